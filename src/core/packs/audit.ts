// Reading the history. Entries are append-only (triggers refuse updates and deletes), newest first, and
// paged by id: "the 100 before entry 5230" stays right however many entries are added meanwhile.
import type { AuditEntry } from '../../shared/entities';
import type { ReadQueries } from '../db/port';

export interface AuditFilter {
  packId?: string;
  entity?: string;
  entityId?: string;
  beforeId?: number;
  limit: number;
}

interface AuditDbRow {
  id: number;
  at: string;
  actor: string;
  login: string;
  entity: string;
  entity_id: string;
  action: string;
  pack_id: string | null;
  before_json: string | null;
  after_json: string | null;
}

function rowToEntry(row: AuditDbRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    login: row.login,
    entity: row.entity,
    entityId: row.entity_id,
    action: row.action,
    packId: row.pack_id,
    before: row.before_json === null ? null : (JSON.parse(row.before_json) as unknown),
    after: row.after_json === null ? null : (JSON.parse(row.after_json) as unknown),
  };
}

export async function auditEntries(q: ReadQueries, filter: AuditFilter): Promise<AuditEntry[]> {
  const rows = await q.all<AuditDbRow>(
    `SELECT * FROM audit_log
     WHERE (CAST($pack AS TEXT) IS NULL OR pack_id = $pack) AND (CAST($entity AS TEXT) IS NULL OR entity = $entity)
       AND (CAST($entityId AS TEXT) IS NULL OR entity_id = $entityId) AND (CAST($beforeId AS INTEGER) IS NULL OR id < $beforeId)
     ORDER BY id DESC LIMIT $limit`,
    {
      $pack: filter.packId ?? null,
      $entity: filter.entity ?? null,
      $entityId: filter.entityId ?? null,
      $beforeId: filter.beforeId ?? null,
      $limit: filter.limit,
    },
  );
  return rows.map(rowToEntry);
}
