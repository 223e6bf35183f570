// How a deadline after an inspection reads, the same in the app, in `sef` and in the Word documents.
import { formatLongDate } from './dates';
import type { Deadline } from './entities';

function workingDays(n: number): string {
  return `${n} working ${n === 1 ? 'day' : 'days'}`;
}

/** "Due 4 December 2026 (3 working days left)", "Overdue since 25 November 2026", "Sent 20 November 2026, in time". */
export function deadlineSentence(d: Deadline): string {
  if (!d.dueDate) return d.problem ?? '';
  const due = formatLongDate(d.dueDate);
  switch (d.state) {
    case 'met':
      return `Due ${due}; sent ${formatLongDate(d.submittedOn)}, in time`;
    case 'late':
      return `Due ${due}; sent ${formatLongDate(d.submittedOn)}, late`;
    case 'overdue':
      return `Due ${due}; not yet sent (${workingDays(Math.abs(d.workingDaysLeft ?? 0))} overdue)`;
    default:
      return d.workingDaysLeft === null ? `Due ${due}` : `Due ${due} (${workingDays(d.workingDaysLeft)} left)`;
  }
}
