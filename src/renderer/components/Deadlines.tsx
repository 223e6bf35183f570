// Deadlines after an inspection, in working days: what is due, by when, and where it stands today, in
// words and a tag (never colour alone). Shown on the inspection and in a pack's readiness.
import { deadlineSentence } from '../../shared/deadlines';
import { DEADLINE_STATE_LABELS, type DeadlineState } from '../../shared/domain';
import type { Deadline } from '../../shared/entities';
import { Tag } from './Badges';

const TONES: Record<DeadlineState, 'info' | 'good' | 'warn' | 'bad'> = { running: 'warn', met: 'good', late: 'bad', overdue: 'bad' };

export function DeadlineList({ deadlines, inspectionTitle }: { deadlines: (Deadline & { inspectionTitle?: string })[]; inspectionTitle?: boolean }) {
  return (
    <ul className="deadline-list">
      {deadlines.map((d) => (
        <li key={`${d.inspectionTitle ?? ''}${d.kind}`} className="deadline-list__item">
          <span className="deadline-list__head">
            <strong>{d.title}</strong>
            {d.state && <Tag tone={TONES[d.state]}>{DEADLINE_STATE_LABELS[d.state]}</Tag>}
          </span>
          {inspectionTitle && d.inspectionTitle && <span className="deadline-list__from">{d.inspectionTitle}</span>}
          <span className={d.problem && !d.dueDate ? 'text-bad' : undefined}>{deadlineSentence(d)}</span>
          <span className="field__hint">{d.rule}.</span>
        </li>
      ))}
    </ul>
  );
}
