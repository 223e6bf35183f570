// Every record people edit at the same time carries a version, and a save says which version it was made
// against. When someone else has saved the record since, the save is refused (code 'conflict') with the
// record as it now is and who saved it, and nothing is written: the person compares and chooses, and
// nobody's work is replaced without their knowing. A save that changes nothing is never a conflict, and a
// save with no version (the command line, an import) goes ahead as before.
import type { ReadQueries } from './db/port';
import { AppError } from './errors';

export interface SaveAgainst {
  /** The version the save was made against; undefined when the caller read none. */
  baseVersion: number | undefined;
  /** The record's version now. */
  version: number;
  /** The record as it now is, sent back with the refusal so the person can compare. */
  record: unknown;
  /** Who saved it last, and when. */
  by: string | null;
  at: string | null;
  /** The record in the message: "the action A03", "“What do you know…”". */
  what: string;
  /** Whether the save changes anything at all. */
  changes: boolean;
}

/** 14:05, UK time, for a message. */
function timeOf(iso: string): string {
  return new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
}

export function isStale(save: Pick<SaveAgainst, 'baseVersion' | 'version' | 'changes'>): boolean {
  return save.baseVersion !== undefined && save.baseVersion !== save.version && save.changes;
}

/** Throws the refusal when the save was made against a version someone else has moved on since. */
export function refuseStaleSave(save: SaveAgainst): void {
  if (!isStale(save)) return;
  const by = save.by || 'Someone';
  const when = save.at ? ` at ${timeOf(save.at)}` : '';
  throw new AppError(
    'conflict',
    `${by} saved ${save.what}${when} while you were editing, so your change was not saved over theirs. ` +
      'What you wrote is still here: compare it with theirs, choose, and save again.',
    undefined,
    { by, at: save.at, current: save.record },
  );
}

/**
 * Who last changed a record's fields, and when, from the history: for a record whose own stamp is moved on
 * by other things (a pack's updated_by follows every narrative saved in it). Status moves ("Approved
 * pack") are not changes to its fields, so only "Changed …" entries count.
 */
export async function lastDetailsChange(q: ReadQueries, entity: string, entityId: string): Promise<{ by: string; at: string } | null> {
  const row = await q.get<{ actor: string; at: string }>(
    `SELECT actor, at FROM audit_log WHERE entity = ? AND entity_id = ? AND action LIKE 'Changed %' ORDER BY id DESC LIMIT 1`,
    [entity, entityId],
  );
  return row ? { by: row.actor, at: row.at } : null;
}
