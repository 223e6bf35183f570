// A pack with a few areas written by plain SQL, so the evidence, action and inspection tests do not
// depend on packs.create. Also the display name the audit trail records, and the audit rows themselves.
import type { CoreContext } from '../../src/core/context';
import type { PackStatus } from '../../src/shared/domain';

export interface MinimalPack {
  packId: string;
  /** In the pack's area order. */
  areaIds: string[];
}

let packs = 0;

export async function insertMinimalPack(
  ctx: CoreContext,
  options: { title?: string; status?: PackStatus; areaTitles?: string[] } = {},
): Promise<MinimalPack> {
  packs += 1;
  const packId = `pack-${packs}`;
  const t = '2026-11-01T09:00:00.000Z';
  const emptyDoc = JSON.stringify({ type: 'doc', blocks: [] });
  await ctx.db.run(
    `INSERT INTO packs (id, title, framework_id, framework_json, period, as_at, status, context_json, board_asks_json,
       created_at, updated_at, updated_by)
     VALUES (?, ?, 'ilacs-2023', '{}', '2026–27', '2026-11-01', ?, ?, ?, ?, ?, 'Test')`,
    [packId, options.title ?? `Pack ${packs}`, options.status ?? 'draft', emptyDoc, emptyDoc, t, t],
  );
  const titles = options.areaTitles ?? ['Leaders', 'Help and protection', 'Children in care'];
  const areaIds: string[] = [];
  for (const [i, title] of titles.entries()) {
    const areaId = `${packId}-area-${i + 1}`;
    await ctx.db.run(
      `INSERT INTO pack_areas (id, pack_id, area_key, title, kind, depth, sort_order, graded, status, updated_at, updated_by)
       VALUES (?, ?, ?, ?, 'judgement', 0, ?, 1, 'to_review', ?, 'Test')`,
      [areaId, packId, `area-${i + 1}`, title, i, t],
    );
    areaIds.push(areaId);
  }
  return { packId, areaIds };
}

export async function setPackStatus(ctx: CoreContext, packId: string, status: PackStatus): Promise<void> {
  await ctx.db.run('UPDATE packs SET status = ? WHERE id = ?', [status, packId]);
}

/** Stored JSON-encoded, as settings keeps every value. */
export async function setDisplayName(ctx: CoreContext, name: string): Promise<void> {
  await ctx.db.run("INSERT INTO settings (key, value) VALUES ('displayName', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [
    JSON.stringify(name),
  ]);
}

export interface AuditRow {
  actor: string;
  entity: string;
  entityId: string;
  action: string;
  packId: string | null;
  before: unknown;
  after: unknown;
}

/** The audit trail in the order it was written, optionally for one record. */
export async function auditRows(ctx: CoreContext, entityId?: string): Promise<AuditRow[]> {
  const rows = await ctx.db.all<Record<string, string | null>>(
    `SELECT * FROM audit_log WHERE CAST(? AS TEXT) IS NULL OR entity_id = ? ORDER BY id`,
    [entityId ?? null, entityId ?? null],
  );
  return rows.map((r) => ({
    actor: r.actor!,
    entity: r.entity!,
    entityId: r.entity_id!,
    action: r.action!,
    packId: r.pack_id ?? null,
    before: r.before_json === null ? null : JSON.parse(r.before_json!),
    after: r.after_json === null ? null : JSON.parse(r.after_json!),
  }));
}
