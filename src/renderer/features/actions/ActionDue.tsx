// When an action is due, and its flags (overdue, due within 14 days), as the action plan and an area's
// actions both show it: the date in the short form tables use, the flags in words under it.
import { formatShortDate } from '../../../shared/dates';
import type { Action } from '../../../shared/entities';
import { Tag } from '../../components/Badges';

export function ActionDue({ action }: { action: Pick<Action, 'dueDate' | 'overdue' | 'dueSoon'> }) {
  return (
    <span className="cell-stack">
      <span>{action.dueDate ? formatShortDate(action.dueDate) : <span className="muted">No date</span>}</span>
      {action.overdue && <Tag tone="bad">Overdue</Tag>}
      {action.dueSoon && <Tag tone="warn">Due within 14 days</Tag>}
    </span>
  );
}
