// Self-evaluation packs: making them (blank, or from last year's), editing their areas and narratives,
// moving them through draft → in review → approved (and back, with a reason), and reading their
// readiness and history. Every change is one transaction with its audit entry (see ../change.ts), and
// every change to what a pack says is refused while the pack is approved (see ../guards.ts).
import type { PackStatus } from '../../shared/domain';
import type { Pack } from '../../shared/entities';
import { formatLongDate } from '../../shared/dates';
import { actionsWhere } from '../actions/queries';
import { change, diffFields, updatedStamp, type Change } from '../change';
import { today } from '../context';
import { AppError } from '../errors';
import { evidenceForArea } from '../evidence/queries';
import { findFramework } from '../frameworks/lookup';
import { assertPackEditable, editablePackOfArea } from '../guards';
import type { HandlersFor } from '../handlers';
import { auditEntries } from '../packs/audit';
import { AREA_FIELDS, assertSelfGradeFits, PACK_FIELDS, patchWithJson, touchPack } from '../packs/changes';
import { carryOverFromPrevious, insertPack } from '../packs/create';
import { frameworkArea, narrativesOfArea, readNarrative, sectionsOf } from '../packs/narratives';
import { packReadiness } from '../packs/readiness';
import { allPacks, areaById, areasOfPack, packById, packFramework } from '../packs/rows';
import { mustGet, updateRow } from '../records';
import { isStale, lastDetailsChange, refuseStaleSave } from '../versions';

/** What the history keeps about a pack when it is made or deleted. */
function packSummary(pack: Pick<Pack, 'title' | 'period' | 'asAt' | 'frameworkId'>) {
  return { title: pack.title, period: pack.period, asAt: pack.asAt, frameworkId: pack.frameworkId };
}

interface Approval {
  approvedBy: string | null;
  approvedLogin: string | null;
  approvedAt: string | null;
}

interface StatusMove {
  to: PackStatus;
  /** In the history: "Approved pack". */
  action: string;
  /** Who signed the pack off and when; nulls when a reopened pack stops being approved. */
  approval?: Approval;
  /** Recorded with the new status, such as the reason for reopening. */
  note?: Record<string, unknown>;
}

async function moveStatus(c: Change, pack: Pack, move: StatusMove): Promise<Pack> {
  const approvalColumns = move.approval && {
    approved_by: move.approval.approvedBy,
    approved_login: move.approval.approvedLogin,
    approved_at: move.approval.approvedAt,
  };
  await updateRow(c.tx, 'packs', pack.id, { status: move.to, ...approvalColumns });
  await touchPack(c, pack.id);
  await c.record({
    entity: 'pack',
    entityId: pack.id,
    packId: pack.id,
    action: move.action,
    before: { status: pack.status, approvedBy: pack.approvedBy, approvedAt: pack.approvedAt },
    after: { status: move.to, ...move.approval, ...move.note },
  });
  return packById(c.tx, pack.id);
}

function approvedAlready(pack: Pack): AppError {
  return new AppError(
    'conflict',
    `This pack was already approved by ${pack.approvedBy ?? 'someone'} on ${formatLongDate(pack.approvedAt)}. Refresh to see its current state.`,
  );
}

async function assertInspectionExists(c: Change, inspectionId: string | null | undefined): Promise<void> {
  if (inspectionId) await mustGet(c.tx, 'SELECT id FROM inspections WHERE id = ?', [inspectionId], 'That inspection');
}

export const packHandlers: HandlersFor<
  | 'packs.list' | 'packs.get' | 'packs.create' | 'packs.createFromPrevious' | 'packs.update' | 'packs.submitForReview'
  | 'packs.approve' | 'packs.reopen' | 'packs.delete' | 'areas.get' | 'areas.update' | 'narratives.save'
  | 'readiness.get' | 'audit.list'
> = {
  'packs.list': async (_input, ctx) => allPacks(ctx.db),

  'packs.get': async ({ packId }, ctx) =>
    ctx.db.read(async (q) => {
      const pack = await packById(q, packId);
      return { pack, framework: await packFramework(q, packId), areas: await areasOfPack(q, packId) };
    }),

  'packs.create': async ({ title, frameworkId, period, asAt }, ctx) =>
    change(ctx, async (c) => {
      const framework = await findFramework(c.tx, frameworkId);
      const packId = await insertPack(c, { title, period, asAt, framework });
      await c.record({ entity: 'pack', entityId: packId, packId, action: 'Created pack', after: packSummary({ title, period, asAt, frameworkId }) });
      return packById(c.tx, packId);
    }),

  'packs.createFromPrevious': async ({ previousPackId, title, period, asAt }, ctx) =>
    change(ctx, async (c) => {
      const previous = await packById(c.tx, previousPackId);
      // The new pack answers the same framework as the one it continues, so its areas line up one to one.
      const framework = await packFramework(c.tx, previousPackId);
      const packId = await insertPack(c, {
        title, period, asAt, framework, previousPackId, context: previous.context, boardAsks: previous.boardAsks,
      });
      const carriedOver = await carryOverFromPrevious(c, previousPackId, packId);
      await c.record({
        entity: 'pack',
        entityId: packId,
        packId,
        action: `Created pack from "${previous.title}"`,
        after: { ...packSummary({ title, period, asAt, frameworkId: framework.id }), previousPackId, carriedOver },
      });
      return packById(c.tx, packId);
    }),

  'packs.update': async ({ packId, baseVersion, ...patch }, ctx) =>
    change(ctx, async (c) => {
      await assertPackEditable(c.tx, packId);
      await assertInspectionExists(c, patch.baselineInspectionId);
      const pack = await packById(c.tx, packId);
      const save = { baseVersion, version: pack.detailsVersion, changes: diffFields(PACK_FIELDS, pack, patch).keys.length > 0 };
      if (isStale(save)) {
        // The pack's own stamp says who last changed anything in it; the history says who changed its details.
        const last = await lastDetailsChange(c.tx, 'pack', packId);
        refuseStaleSave({ ...save, record: pack, what: 'the pack’s details', by: last?.by ?? null, at: last?.at ?? null });
      }
      const target = { table: 'packs', id: packId, fields: PACK_FIELDS, entity: 'pack', packId, stamp: { details_version: pack.detailsVersion + 1 } };
      if ((await patchWithJson(c, target, pack, patch)).length) await touchPack(c, packId);
      return packById(c.tx, packId);
    }),

  'packs.submitForReview': async ({ packId }, ctx) =>
    change(ctx, async (c) => {
      await assertPackEditable(c.tx, packId);
      const pack = await packById(c.tx, packId);
      if (pack.status !== 'draft') throw new AppError('conflict', 'This pack is already in review. Refresh to see its current state.');
      return moveStatus(c, pack, { to: 'in_review', action: 'Submitted pack for review' });
    }),

  'packs.approve': async ({ packId }, ctx) =>
    change(ctx, async (c) => {
      const pack = await packById(c.tx, packId);
      if (pack.status === 'approved') throw approvedAlready(pack);
      return moveStatus(c, pack, {
        to: 'approved',
        action: 'Approved pack',
        approval: { approvedBy: c.actor, approvedLogin: c.who.login, approvedAt: c.at },
      });
    }),

  'packs.reopen': async ({ packId, reason }, ctx) =>
    change(ctx, async (c) => {
      const pack = await packById(c.tx, packId);
      if (pack.status !== 'approved')
        throw new AppError('conflict', 'This pack is not approved, so it is already open for editing.');
      return moveStatus(c, pack, {
        to: 'draft',
        action: 'Reopened pack',
        approval: { approvedBy: null, approvedLogin: null, approvedAt: null },
        note: { reason },
      });
    }),

  'packs.delete': async ({ packId }, ctx) =>
    change(ctx, async (c) => {
      // A signed-off pack is a record of what was agreed: it is reopened (with a reason) before it can go.
      await assertPackEditable(c.tx, packId);
      const pack = await packById(c.tx, packId);
      await c.tx.run('DELETE FROM packs WHERE id = ?', [packId]);
      await c.record({ entity: 'pack', entityId: packId, packId, action: 'Deleted pack', before: { ...packSummary(pack), status: pack.status } });
      return { done: true as const };
    }),

  'areas.get': async ({ areaId }, ctx) =>
    ctx.db.read(async (q) => {
      const area = await areaById(q, areaId);
      const framework = await packFramework(q, area.packId);
      const definition = frameworkArea(framework, area.areaKey);
      return {
        area,
        narratives: await narrativesOfArea(q, framework, area),
        prompts: definition?.prompts ?? [],
        promptsAreGuidance: definition?.promptsAreGuidance ?? false,
        description: definition?.description ?? null,
        evidence: await evidenceForArea(q, ctx, areaId),
        actions: await actionsWhere(q, ctx, { areaId }),
      };
    }),

  'areas.update': async ({ areaId, baseVersion, ...patch }, ctx) =>
    change(ctx, async (c) => {
      const packId = await editablePackOfArea(c.tx, areaId);
      const area = await areaById(c.tx, areaId);
      assertSelfGradeFits(await packFramework(c.tx, packId), area, patch);
      refuseStaleSave({
        baseVersion, version: area.version, record: area, by: area.updatedBy, at: area.updatedAt,
        what: `“${area.title}”`, changes: diffFields(AREA_FIELDS, area, patch).keys.length > 0,
      });
      const stamp = { ...updatedStamp(c), version: area.version + 1 };
      const target = { table: 'pack_areas', id: areaId, fields: AREA_FIELDS, entity: 'area', packId, stamp };
      if ((await patchWithJson(c, target, area, patch)).length) await touchPack(c, packId);
      return areaById(c.tx, areaId);
    }),

  'narratives.save': async ({ areaId, sectionId, doc, baseVersion }, ctx) =>
    change(ctx, async (c) => {
      const packId = await editablePackOfArea(c.tx, areaId);
      const area = await areaById(c.tx, areaId);
      const framework = await packFramework(c.tx, packId);
      const section = sectionsOf(framework, frameworkArea(framework, area.areaKey)).find((s) => s.id === sectionId);
      if (!section)
        throw new AppError('invalid_input', `"${area.title}" has no narrative section "${sectionId}". Refresh the page and try again.`, {
          sectionId: 'Not a section of this area',
        });
      const before = await readNarrative(c.tx, areaId, section);
      // Autosave sends the text again when nothing changed; that is not a change worth a version or a history entry.
      if (JSON.stringify(before.doc) === JSON.stringify(doc)) return before;
      refuseStaleSave({ baseVersion, version: before.version, record: before, by: before.updatedBy, at: before.updatedAt, what: `“${section.title}”`, changes: true });
      await c.tx.run(
        `INSERT INTO narratives (area_id, section_id, doc_json, updated_at, updated_by, updated_login, version)
         VALUES (?, ?, ?, ?, ?, ?, 1)
         ON CONFLICT (area_id, section_id) DO UPDATE SET doc_json = excluded.doc_json, updated_at = excluded.updated_at,
           updated_by = excluded.updated_by, updated_login = excluded.updated_login, version = narratives.version + 1`,
        [areaId, sectionId, JSON.stringify(doc), c.at, c.actor, c.who.login],
      );
      await touchPack(c, packId);
      await c.record({ entity: 'narrative', entityId: areaId, packId, action: `Changed narrative "${section.title}"`, before: before.doc, after: doc });
      return readNarrative(c.tx, areaId, section);
    }),

  'readiness.get': async ({ packId }, ctx) => ctx.db.read((q) => packReadiness(q, packId, today(ctx))),

  'audit.list': async (filter, ctx) => auditEntries(ctx.db, filter),
};
