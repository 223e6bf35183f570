// Where the pack stands in the inspection cycle, beside its readiness: the limiting rules its self-grades
// break (with what to do) and the deadlines after inspections that are running or overdue today.
import type { Readiness } from '../../../shared/entities';
import { DeadlineList } from '../../components/Deadlines';

export function RuleBreaches({ breaches }: { breaches: Readiness['ruleBreaches'] }) {
  if (!breaches.length) return null;
  return (
    <section className="notice notice--error" aria-label="Limiting judgements broken">
      <p>
        <strong>
          {breaches.length === 1 ? 'The self-grades break a limiting judgement' : `The self-grades break ${breaches.length} limiting judgements`}
        </strong>
        . The pack cannot be approved until they agree.
      </p>
      <ul>
        {breaches.map((b) => (
          <li key={b.ruleId}>
            {b.message} <span className="muted">({b.statement})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function RunningDeadlines({ deadlines }: { deadlines: Readiness['deadlines'] }) {
  if (!deadlines.length) return null;
  return (
    <section className="panel" aria-labelledby="deadlines-title">
      <h2 className="panel__title" id="deadlines-title">
        Deadlines after inspections
      </h2>
      <p className="field__hint">As they stand today, in working days (weekends and bank holidays in England are not counted).</p>
      <DeadlineList deadlines={deadlines} inspectionTitle />
    </section>
  );
}
