// The area's sections, one link each (grade, each narrative question, strengths and areas for
// development, evidence, actions), so the writing is a click away however long the screen grows. Beside
// the screen on a wide window, at its top on a narrow one. A link scrolls its section into view and
// moves focus there (no navigation: the app has one page).
export interface AreaSection {
  /** The DOM id of the section's wrapper (see sectionAnchor). */
  id: string;
  label: string;
}

/** The id a section's wrapper carries, for its link. */
export function sectionAnchor(key: string): string {
  return `area-section-${key}`;
}

export function SectionNav({ sections }: { sections: readonly AreaSection[] }) {
  return (
    <nav className="section-nav" aria-label="Sections of this area">
      <h2 className="section-nav__title">On this page</h2>
      <ul className="section-nav__list">
        {sections.map((s) => (
          <li key={s.id}>
            <a
              href={`#${s.id}`}
              onClick={(e) => {
                e.preventDefault();
                const target = document.getElementById(s.id);
                if (!target) return;
                target.scrollIntoView({ block: 'start' });
                target.focus({ preventScroll: true });
              }}
            >
              {s.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
