// Direction of travel since the last inspection: an arrow symbol AND a word, never colour alone.
import { DIRECTION_LABELS, type Direction } from '../../../shared/domain';
import type { GradeScale } from '../../../shared/framework';
import { GradeBadge } from '../../components/Badges';

const ARROWS: Record<Direction, string> = { improved: '↑', same: '→', declined: '↓', none: '–' };

export function DirectionOfTravel({ direction }: { direction: Direction }) {
  return (
    <span className={`direction direction--${direction}`}>
      <span className="direction__arrow" aria-hidden="true">
        {ARROWS[direction]}
      </span>{' '}
      {DIRECTION_LABELS[direction]}
    </span>
  );
}

/** A previous grade: a badge when it is on this framework's scale, its words when not, "None" when absent. */
export function PreviousGrade({ scale, grade }: { scale: GradeScale; grade: string | null }) {
  if (!grade) return <span className="muted">None</span>;
  const known = scale.levels.some((l) => l.id === grade);
  return known ? <GradeBadge scale={scale} grade={grade} /> : <span>{grade}</span>;
}
