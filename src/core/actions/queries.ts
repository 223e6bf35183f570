// Reading the action plan: actions with their progress notes and the overdue / due-soon flags, in two
// queries however many actions there are (one for the actions, one for all their notes).
import type { ActionStatus, Rag } from '../../shared/domain';
import type { Action, ProgressNote } from '../../shared/entities';
import { isActionDueSoon, isActionOverdue } from '../../shared/rules';
import { today, type CoreContext } from '../context';
import type { ReadQueries, SqlValue } from '../db/port';
import { notFound } from '../errors';
import { groupBy, referenceOrder } from '../records';

interface ActionDbRow {
  id: string;
  pack_id: string;
  reference: string;
  title: string;
  owner: string;
  due_date: string | null;
  status: string;
  rag: string;
  area_id: string | null;
  recommendation_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

interface NoteDbRow {
  id: string;
  action_id: string;
  date: string;
  text: string;
  author: string;
  created_at: string;
}

export function rowToNote(row: NoteDbRow): ProgressNote {
  return {
    id: row.id,
    actionId: row.action_id,
    date: row.date,
    text: row.text,
    author: row.author,
    createdAt: row.created_at,
  };
}

/** Overdue and due soon are worked out against today, never stored. */
export function rowToAction(row: ActionDbRow, notes: ProgressNote[], todayIso: string): Action {
  const status = row.status as ActionStatus;
  return {
    id: row.id,
    packId: row.pack_id,
    reference: row.reference,
    title: row.title,
    owner: row.owner,
    dueDate: row.due_date,
    status,
    rag: row.rag as Rag,
    areaId: row.area_id,
    recommendationId: row.recommendation_id,
    overdue: isActionOverdue(status, row.due_date, todayIso),
    dueSoon: isActionDueSoon(status, row.due_date, todayIso),
    notes,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

const WHERE_COLUMNS = { packId: 'a.pack_id', areaId: 'a.area_id', actionId: 'a.id' } as const;

/** Actions of a pack, an area or one action, in reference order (A09 before A10), notes by date. */
export async function actionsWhere(
  q: ReadQueries,
  ctx: CoreContext,
  where: { packId?: string; areaId?: string; actionId?: string },
): Promise<Action[]> {
  const keys = (Object.keys(WHERE_COLUMNS) as (keyof typeof WHERE_COLUMNS)[]).filter((k) => where[k] !== undefined);
  const filter = keys.length ? `WHERE ${keys.map((k) => `${WHERE_COLUMNS[k]} = ?`).join(' AND ')}` : '';
  const params: SqlValue[] = keys.map((k) => where[k] as string);
  const rows = await q.all<ActionDbRow>(
    `SELECT a.* FROM actions a ${filter} ORDER BY a.pack_id, ${referenceOrder('a.reference')}`,
    params,
  );
  if (!rows.length) return [];
  const notes = await q.all<NoteDbRow>(
    `SELECT n.* FROM action_notes n WHERE n.action_id IN (SELECT a.id FROM actions a ${filter})
     ORDER BY n.date, n.created_at, n.rowid`,
    params,
  );
  const notesByAction = groupBy(notes, (n) => n.action_id, rowToNote);
  const todayIso = today(ctx);
  return rows.map((row) => rowToAction(row, notesByAction.get(row.id) ?? [], todayIso));
}

export async function actionById(q: ReadQueries, ctx: CoreContext, actionId: string): Promise<Action> {
  const [action] = await actionsWhere(q, ctx, { actionId });
  if (!action) throw notFound('That action');
  return action;
}
