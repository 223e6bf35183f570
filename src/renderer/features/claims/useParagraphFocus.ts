// Following a flag to its paragraph: once the area's narrative editors are on screen, scroll to the
// paragraph (or list item) the flag names, mark it, and put the caret in its section's editor. Works on
// the editor's own block elements, which are the children of its editable root in document order.
import { useEffect } from 'react';
import type { ParagraphFocus } from '../../app/navigation';

export const SECTION_ATTR = 'data-section-id';
export const FLAGGED_CLASS = 'paragraph--flagged';

export function useParagraphFocus(focus: ParagraphFocus | undefined, ready: boolean): void {
  useEffect(() => {
    if (!focus || !ready) return;
    const timer = window.setTimeout(() => {
      const section = document.querySelector(`[${SECTION_ATTR}="${CSS.escape(focus.sectionId)}"]`);
      const root = section?.querySelector<HTMLElement>('[contenteditable]');
      const block = root?.children[focus.blockIndex];
      const target = (focus.itemIndex === null ? block : block?.children[focus.itemIndex]) as HTMLElement | undefined;
      if (!target) return;
      for (const old of document.querySelectorAll(`.${FLAGGED_CLASS}`)) old.classList.remove(FLAGGED_CLASS);
      target.classList.add(FLAGGED_CLASS);
      target.scrollIntoView({ block: 'center' });
      root?.focus({ preventScroll: true });
    }, 50);
    return () => window.clearTimeout(timer);
  }, [focus, ready]);
}
