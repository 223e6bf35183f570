// Grades, RAG ratings and statuses are always shown as a word AND a colour, never colour alone.
import type { GradeScale } from '../../shared/framework';
import { RAG_COLOURS, RAG_SHORT_LABELS, type Rag } from '../../shared/domain';
import { textColourOn } from '../../shared/rules';

export function GradeBadge({ scale, grade, short = false }: { scale: GradeScale; grade: string | null; short?: boolean }) {
  const level = scale.levels.find((l) => l.id === grade);
  if (!level) return <span className="badge badge--empty">Not graded</span>;
  return (
    <span
      className="badge"
      style={{ backgroundColor: level.colour, color: textColourOn(level.colour) }}
      title={short ? level.label : undefined}
    >
      {short ? level.shortLabel : level.label}
    </span>
  );
}

export function RagBadge({ rag }: { rag: Rag }) {
  const colour = RAG_COLOURS[rag];
  return (
    <span className="badge" style={{ backgroundColor: colour, color: textColourOn(colour) }}>
      {RAG_SHORT_LABELS[rag]}
    </span>
  );
}

type Tone = 'neutral' | 'info' | 'good' | 'warn' | 'bad';

/** A quiet label for statuses and flags: "Approved", "Overdue", "Out of date". */
export function Tag({ tone = 'neutral', children }: { tone?: Tone; children: React.ReactNode }) {
  return <span className={`tag tag--${tone}`}>{children}</span>;
}
