// Grades, RAG ratings and statuses are always shown as a word AND a colour, never colour alone.
import type { GradeScale } from '../../shared/framework';
import { PACK_STATUS_LABELS, RAG_COLOURS, RAG_SHORT_LABELS, type PackStatus, type Rag } from '../../shared/domain';
import { textColourOn } from '../../shared/rules';

/**
 * A grade in the framework's own words ("Requires improvement to be good"). `short` is only for genuinely
 * tiny places: it shows the short label, with the full one as a tooltip and for screen readers.
 */
export function GradeBadge({ scale, grade, short = false }: { scale: GradeScale; grade: string | null; short?: boolean }) {
  const level = scale.levels.find((l) => l.id === grade);
  if (!level) return <span className="badge badge--empty">Not graded</span>;
  const style = { backgroundColor: level.colour, color: textColourOn(level.colour) };
  if (!short || level.shortLabel === level.label) {
    return (
      <span className="badge badge--grade" style={style}>
        {level.label}
      </span>
    );
  }
  return (
    <span className="badge" style={style} title={level.label}>
      <span aria-hidden="true">{level.shortLabel}</span>
      <span className="visually-hidden">{level.label}</span>
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

const PACK_STATUS_TONE: Record<PackStatus, Tone> = {
  draft: 'neutral',
  in_review: 'info',
  approved: 'good',
};

export function PackStatusTag({ status }: { status: PackStatus }) {
  return <Tag tone={PACK_STATUS_TONE[status]}>{PACK_STATUS_LABELS[status]}</Tag>;
}
