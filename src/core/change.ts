// Every change to a pack database has one shape: a single transaction, the actor's name read inside it,
// the rows written, and an audit entry that lands with them or not at all. Services describe what
// changes; this module supplies the shape, so no handler can forget the audit or split a change in two.
import type { Identity, Queryable, SqlValue } from './db/port';
import type { ChangeEvent } from '../shared/events';
import { audit, nowIso, type AuditRecord, type CoreContext } from './context';
import { updateRow } from './records';

export interface Change {
  tx: Queryable;
  ctx: CoreContext;
  /** The display name recorded against the change (and as updated_by). */
  actor: string;
  /** Who is making it: login, name and (in a team database) role. */
  who: Identity;
  /** One timestamp for every row the change writes, so they agree with each other. */
  at: string;
  /** Adds an entry to the history; entries are written together, in order, before the change commits. */
  record(entry: AuditRecord): Promise<void>;
}

export async function change<T>(ctx: CoreContext, body: (c: Change) => Promise<T>): Promise<T> {
  const recorded: AuditRecord[] = [];
  let actor = '';
  let at = '';
  const result = await ctx.db.transaction(async (tx) => {
    recorded.length = 0;
    const who = await ctx.db.identity(tx);
    actor = who.name;
    at = nowIso(ctx);
    const result = await body({
      tx,
      ctx,
      actor,
      who,
      at,
      record: async (entry) => {
        recorded.push(entry);
      },
    });
    await audit(tx, at, who, recorded);
    if (recorded.length) await ctx.db.announce(tx, changeEventOf(recorded, actor, at));
    return result;
  });
  // Announced only once committed, and only when something was recorded: a save that changed nothing
  // is not news. What the history records is exactly what changed, so it is also what to refresh.
  if (recorded.length && ctx.onChange) {
    try {
      ctx.onChange(changeEventOf(recorded, actor, at));
    } catch {
      // A host that cannot pass the news on must not turn a saved change into a failure.
    }
  }
  return result;
}

export function changeEventOf(records: readonly AuditRecord[], actor: string, at: string): ChangeEvent {
  const entities = [...new Set(records.map((r) => r.entity))];
  const packIds = [...new Set(records.map((r) => r.packId).filter((id): id is string => !!id))];
  return { entities, packIds, actor, at, origin: 'local' };
}

/**
 * The editable fields of a record: the column each is stored in, and the words used for it in the
 * history ("Changed review date"). A field without a column is compared and audited here but written
 * by the caller (an inspection's grades live in their own table).
 */
export type FieldMap<K extends string> = Record<K, { column?: string; label: string }>;

/** The stored columns for a set of field values, for an INSERT or UPDATE. */
export function columnsOf<K extends string>(
  fields: FieldMap<K>,
  values: Partial<Record<K, unknown>>,
): Record<string, SqlValue> {
  const out: Record<string, SqlValue> = {};
  for (const key of Object.keys(values) as K[]) {
    const column = fields[key]?.column;
    if (column && values[key] !== undefined) out[column] = values[key] as SqlValue;
  }
  return out;
}

export interface FieldDiff<K extends string, T extends Record<K, unknown> = Record<K, unknown>> {
  keys: K[];
  before: Partial<Pick<T, K>>;
  after: Partial<Pick<T, K>>;
}

/** Only the fields whose values really change: autosave resends unchanged values, which are not news. */
export function diffFields<K extends string, T extends Record<K, unknown>>(
  fields: FieldMap<K>,
  current: T,
  patch: Partial<Pick<T, K>>,
): FieldDiff<K, T> {
  const diff: FieldDiff<K, T> = { keys: [], before: {}, after: {} };
  for (const key of Object.keys(fields) as K[]) {
    const next = patch[key];
    if (next === undefined || JSON.stringify(next) === JSON.stringify(current[key])) continue;
    diff.keys.push(key);
    diff.before[key] = current[key];
    diff.after[key] = next;
  }
  return diff;
}

/** "Changed RAG", "Changed owner and due date", "Changed title, owner and status". */
export function describeChange<K extends string>(fields: FieldMap<K>, keys: K[]): string {
  const labels = keys.map((k) => fields[k].label);
  const listed = labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}` : (labels[0] ?? '');
  return `Changed ${listed}`;
}

export interface PatchTarget<K extends string> {
  table: string;
  id: string;
  fields: FieldMap<K>;
  /** Audit entity and pack, as for audit(). */
  entity: string;
  packId?: string | null;
  /** Columns written whenever something changes, such as updated_at and updated_by. */
  stamp: Record<string, SqlValue>;
}

/**
 * Writes the fields that change and records them in the history, in the caller's transaction.
 * Returns the keys that changed (none means nothing was written and nothing recorded).
 */
export async function patchRecord<K extends string, T extends Record<K, unknown>>(
  c: Change,
  target: PatchTarget<K>,
  current: T,
  patch: Partial<Pick<T, K>>,
): Promise<K[]> {
  const diff = diffFields(target.fields, current, patch);
  if (!diff.keys.length) return [];
  await updateRow(c.tx, target.table, target.id, { ...columnsOf(target.fields, diff.after), ...target.stamp });
  await c.record({
    entity: target.entity,
    entityId: target.id,
    action: describeChange(target.fields, diff.keys),
    packId: target.packId ?? null,
    before: diff.before,
    after: diff.after,
  });
  return diff.keys;
}

/** The columns that say who last changed a record and when. */
export function updatedStamp(c: Change): { updated_at: string; updated_by: string } {
  return { updated_at: c.at, updated_by: c.actor };
}
