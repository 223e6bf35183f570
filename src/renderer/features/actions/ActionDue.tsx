// When an action is due, and its flags (overdue, due within 14 days), as the action plan and an area's
// actions both show it: the date in the short form tables use, the flags in words under it. The flags
// are as at the pack's date; when that is not today, the plan being worked on also says where the action
// stands today, labelled.
import { formatShortDate } from '../../../shared/dates';
import type { Action } from '../../../shared/entities';
import { Tag } from '../../components/Badges';

export function ActionDue({
  action,
  asAt,
  today,
}: {
  action: Pick<Action, 'dueDate' | 'overdue' | 'dueSoon' | 'overdueToday'>;
  /** The pack's as-at date and today, when the flags should say which they count from. */
  asAt?: string;
  today?: string;
}) {
  const both = asAt !== undefined && today !== undefined && asAt !== today;
  return (
    <span className="cell-stack">
      <span>{action.dueDate ? formatShortDate(action.dueDate) : <span className="muted">No date</span>}</span>
      {action.overdue && <Tag tone="bad">{both ? `Overdue as at ${formatShortDate(asAt)}` : 'Overdue'}</Tag>}
      {action.dueSoon && <Tag tone="warn">Due within 14 days</Tag>}
      {both && action.overdueToday && !action.overdue && <Tag tone="bad">Overdue today</Tag>}
      {both && action.overdue && !action.overdueToday && <Tag tone="good">Not overdue today</Tag>}
    </span>
  );
}
