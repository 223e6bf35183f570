// What every handler is given: the open database, the clock, who is making the change, the files the
// host has granted, and where to announce changes.
import { randomUUID } from 'node:crypto';
import { todayIso } from '../shared/dates';
import type { ChangeEvent } from '../shared/events';
import type { Database, Queryable } from './db/port';
import { insertRows } from './records';
import type { DocumentBuilder } from './export';
import { FileGrants } from './files/grants';
import { PrivateCopies } from './files/private-copies';

export interface CoreContext {
  /** The open database, on either engine (see db/port.ts). */
  db: Database;
  /** The current moment; tests pass a fixed clock. */
  now(): Date;
  appVersion: string;
  /** Files the host granted for one purpose each, and files the core wrote for the person to open. */
  files: FileGrants;
  /** SEF Studio's own folder for copies of attachments being opened in another program. */
  privateCopies: PrivateCopies;
  /** Told after every committed change, so hosts can tell the renderer what to refresh. */
  onChange?: (event: ChangeEvent) => void;
  /**
   * Builds Word documents. Building is seconds of CPU work; a host with a user interface (Electron) passes
   * one that runs in a worker thread so its main process stays responsive. Defaults to building in-line.
   */
  documentBuilder?: DocumentBuilder;
}

/** A context with the defaults filled in: a new grant registry and the per-user private folder. */
export function coreContext(
  fields: Pick<CoreContext, 'db' | 'appVersion'> & Partial<Omit<CoreContext, 'db' | 'appVersion'>>,
): CoreContext {
  return {
    now: () => new Date(),
    files: new FileGrants(),
    privateCopies: new PrivateCopies(),
    ...fields,
  };
}

export function nowIso(ctx: CoreContext): string {
  return ctx.now().toISOString();
}

export function today(ctx: CoreContext): string {
  return todayIso(ctx.now());
}

export function newId(): string {
  return randomUUID();
}


export interface AuditRecord {
  entity: string;
  entityId: string;
  /** What happened, in words a reviewer reads in the history panel: "Changed grade". */
  action: string;
  packId?: string | null;
  before?: unknown;
  after?: unknown;
}

const AUDIT_COLUMNS = ['at', 'actor', 'login', 'entity', 'entity_id', 'action', 'pack_id', 'before_json', 'after_json'] as const;

/**
 * Appends to the audit log inside the caller's transaction, so a change and its records land together.
 * Records are written in the order given, as multi-row inserts.
 */
export async function audit(
  tx: Queryable,
  at: string,
  who: { name: string; login: string },
  records: readonly AuditRecord[],
): Promise<void> {
  await insertRows(
    tx,
    'audit_log',
    AUDIT_COLUMNS,
    records.map((record) => [
      at,
      who.name,
      who.login,
      record.entity,
      record.entityId,
      record.action,
      record.packId ?? null,
      record.before === undefined ? null : JSON.stringify(record.before),
      record.after === undefined ? null : JSON.stringify(record.after),
    ]),
  );
}
