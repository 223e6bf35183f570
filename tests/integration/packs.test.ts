// Packs through the same entry point every host uses (dispatch/call), on real SQLite files: making a pack,
// editing its areas and narratives, review and approval, starting next year's pack from this year's,
// readiness figures and the history. Evidence, actions and inspections are written with plain SQL so
// these tests do not depend on those services.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../src/core/context';
import { call, dispatch } from '../../src/core/dispatch';
import type { OpInput, OpName } from '../../src/shared/api';
import type { PackArea } from '../../src/shared/entities';
import { docFromText, emptyDoc } from '../../src/shared/richtext';
import { FIXED_NOW, tempContext } from '../support/tempdb';
import { importTestFramework, TEST_FRAMEWORK } from '../support/test-framework';

const NOW = FIXED_NOW.toISOString();
const DIRECTOR = 'Jo Director';

let ctx: CoreContext;
let dir: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ ctx, dir, cleanup } = await tempContext());
  await call(ctx, 'settings.update', { displayName: DIRECTOR });
  await importTestFramework(ctx, dir);
});
afterEach(async () => cleanup());

// --- Helpers ---------------------------------------------------------------------------------------

async function newPack(title = 'Self-evaluation 2026–27') {
  return call(ctx, 'packs.create', { title, frameworkId: TEST_FRAMEWORK.id, period: '2026–27', asAt: '2026-11-23' });
}

async function areasByKey(packId: string): Promise<Record<string, PackArea>> {
  const { areas } = await call(ctx, 'packs.get', { packId });
  return Object.fromEntries(areas.map((a) => [a.areaKey, a]));
}

async function count(sql: string, params: (string | null)[] = []): Promise<number> {
  return (await ctx.db.get<{ n: number }>(`SELECT count(*) AS n FROM (${sql}) AS counted`, params))!.n;
}

async function auditCount(): Promise<number> {
  return count('SELECT * FROM audit_log');
}

async function lastAudit() {
  const [entry] = await call(ctx, 'audit.list', { limit: 1 });
  return entry!;
}

/** Dispatches an operation expected to be refused, and returns the error. */
async function refused<N extends OpName>(op: N, input: OpInput<N>) {
  const result = await dispatch(ctx, op, input);
  if (result.ok) throw new Error(`${op} was expected to be refused`);
  return result.error;
}

let evidenceSeq = 0;
async function insertEvidence(reviewDue: string | null): Promise<string> {
  evidenceSeq += 1;
  const id = `ev-${evidenceSeq}`;
  await ctx.db.run(
    `INSERT INTO evidence (id, reference, title, type, review_due, sensitivity, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, 'case_file_audit', ?, 'official', ?, ?, 'Test')`,
    [id, `E${String(evidenceSeq).padStart(3, '0')}`, `Audit ${evidenceSeq}`, reviewDue, NOW, NOW],
  );
  return id;
}

async function link(evidenceId: string, areaId: string, note = ''): Promise<void> {
  await ctx.db.run('INSERT INTO evidence_links (evidence_id, area_id, note, created_at) VALUES (?, ?, ?, ?)', [evidenceId, areaId, note, NOW]);
}

interface ActionRow {
  reference: string;
  status: string;
  rag: string;
  dueDate?: string | null;
  areaId?: string | null;
}

async function insertAction(packId: string, action: ActionRow): Promise<string> {
  const id = `${packId}-${action.reference}`;
  await ctx.db.run(
    `INSERT INTO actions (id, pack_id, reference, title, due_date, status, rag, area_id, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Test')`,
    [id, packId, action.reference, `Action ${action.reference}`, action.dueDate ?? null, action.status, action.rag, action.areaId ?? null, NOW, NOW],
  );
  return id;
}

async function insertInspection(id: string, startDate: string, grades: Record<string, string>): Promise<void> {
  await ctx.db.run(
    `INSERT INTO inspections (id, type, title, start_date, created_at, updated_at) VALUES (?, 'standard_inspection', ?, ?, ?, ?)`,
    [id, `Inspection ${startDate}`, startDate, NOW, NOW],
  );
  for (const [areaKey, grade] of Object.entries(grades))
    await ctx.db.run('INSERT INTO inspection_grades (inspection_id, area_key, area_title, grade) VALUES (?, ?, ?, ?)', [id, areaKey, areaKey, grade]);
}

// --- Tests -----------------------------------------------------------------------------------------

describe('creating a pack', () => {
  it('copies the framework in, lays out its area tree and starts an empty narrative for every section', async () => {
    const pack = await newPack();
    expect(pack).toMatchObject({
      status: 'draft', version: 1, frameworkId: 'test-council-sef', frameworkTitle: TEST_FRAMEWORK.title,
      approvedBy: null, previousPackId: null, context: emptyDoc(), updatedBy: DIRECTOR, createdAt: NOW,
    });

    const { framework, areas } = await call(ctx, 'packs.get', { packId: pack.id });
    expect(framework).toEqual(TEST_FRAMEWORK);
    expect(areas.map((a) => [a.areaKey, a.depth, a.order, a.graded, a.status])).toEqual([
      ['leaders', 0, 0, true, 'to_review'],
      ['help-and-protection', 0, 1, true, 'to_review'],
      ['front-door', 1, 2, false, 'to_review'],
    ]);
    expect(areas[2]!.parentId).toBe(areas[1]!.id);

    // The framework's three questions for the judgements, the theme's own single section for the theme.
    expect(await count('SELECT * FROM narratives n JOIN pack_areas a ON a.id = n.area_id WHERE a.pack_id = ?', [pack.id])).toBe(7);
    const leaders = await call(ctx, 'areas.get', { areaId: areas[0]!.id });
    expect(leaders.narratives.map((n) => [n.sectionId, n.title, n.prompt, n.doc])).toEqual([
      ['what-we-know', 'What do you know?', 'Describe practice as children experience it.', emptyDoc()],
      ['how-we-know', 'How do you know it?', null, emptyDoc()],
      ['plans', 'What are your plans?', null, emptyDoc()],
    ]);
    expect(leaders).toMatchObject({
      prompts: ['Workforce stability', 'Management oversight'], promptsAreGuidance: true,
      description: 'How leaders know and shape practice.', evidence: [], actions: [],
    });
    const frontDoor = await call(ctx, 'areas.get', { areaId: areas[2]!.id });
    expect(frontDoor.narratives.map((n) => [n.sectionId, n.title, n.prompt])).toEqual([
      ['summary', 'Summary of the front door', 'Thresholds and consent.'],
    ]);

    expect(await lastAudit()).toMatchObject({
      actor: DIRECTOR, entity: 'pack', entityId: pack.id, packId: pack.id, action: 'Created pack',
      after: { title: 'Self-evaluation 2026–27', period: '2026–27', asAt: '2026-11-23', frameworkId: 'test-council-sef' },
    });
  });

  it('keeps the framework it was made from when the imported framework is later replaced', async () => {
    const pack = await newPack();
    await importTestFramework(ctx, dir, { ...TEST_FRAMEWORK, title: 'Renamed framework', areas: TEST_FRAMEWORK.areas.slice(0, 1) });
    const detail = await call(ctx, 'packs.get', { packId: pack.id });
    expect(detail.pack.frameworkTitle).toBe(TEST_FRAMEWORK.title);
    expect(detail.framework).toEqual(TEST_FRAMEWORK);
    expect(detail.areas).toHaveLength(3);
  });

  it('makes a pack from a built-in framework', async () => {
    const pack = await call(ctx, 'packs.create', { title: 'ILACS pack', frameworkId: 'ilacs-2023', period: '2025–26', asAt: '2026-03-01' });
    const { areas } = await call(ctx, 'packs.get', { packId: pack.id });
    expect(areas.map((a) => a.areaKey)).toEqual(['leaders', 'help-and-protection', 'children-in-care', 'care-leavers', 'overall-effectiveness']);
  });

  it('refuses a framework that does not exist and writes nothing', async () => {
    const audits = await auditCount();
    const error = await refused('packs.create', { title: 'X', frameworkId: 'no-such-framework', period: '2026–27', asAt: '2026-11-23' });
    expect(error).toMatchObject({ code: 'not_found', message: expect.stringMatching(/framework could not be found/) });
    expect(await count('SELECT * FROM packs')).toBe(0);
    expect(await auditCount()).toBe(audits);
  });

  it('lists packs newest first', async () => {
    const older = await call(ctx, 'packs.create', { title: 'Older', frameworkId: TEST_FRAMEWORK.id, period: '2025–26', asAt: '2025-11-01' });
    const newer = await newPack('Newer');
    expect((await call(ctx, 'packs.list', {})).map((p) => p.id)).toEqual([newer.id, older.id]);
  });
});

describe('editing areas, narratives and pack details', () => {
  it('records a self-grade in the history and makes a new version of the pack', async () => {
    const pack = await newPack();
    const { leaders } = await areasByKey(pack.id);
    const area = await call(ctx, 'areas.update', {
      areaId: leaders!.id, grade: 'good', position: 'secure', strengths: ['Stable workforce'], status: 'in_review',
    });
    expect(area).toMatchObject({ grade: 'good', position: 'secure', strengths: ['Stable workforce'], areasForDevelopment: [], status: 'in_review' });
    expect(await lastAudit()).toMatchObject({
      actor: DIRECTOR, entity: 'area', entityId: leaders!.id, packId: pack.id,
      action: 'Changed grade, position, strengths and status',
      before: { grade: null, position: null, strengths: [], status: 'to_review' },
      after: { grade: 'good', position: 'secure', strengths: ['Stable workforce'], status: 'in_review' },
    });
    expect((await call(ctx, 'packs.get', { packId: pack.id })).pack.version).toBe(2);
  });

  it('refuses a grade that is not on the pack’s scale, and any grade for an ungraded area, writing nothing', async () => {
    const pack = await newPack();
    const areas = await areasByKey(pack.id);
    const audits = await auditCount();

    const offScale = await refused('areas.update', { areaId: areas.leaders!.id, grade: 'excellent' });
    expect(offScale.code).toBe('invalid_input');
    expect(offScale.message).toBe(
      '"excellent" is not a grade in Test SEF. Choose one of: Outstanding, Good, Requires improvement to be good, Inadequate.',
    );

    const ungraded = await refused('areas.update', { areaId: areas['front-door']!.id, grade: 'good' });
    expect(ungraded).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/"The front door" is not graded/) });

    expect(await areasByKey(pack.id)).toEqual(areas);
    expect(await auditCount()).toBe(audits);
    expect((await call(ctx, 'packs.get', { packId: pack.id })).pack.version).toBe(1);
  });

  it('records nothing when autosave sends the values already stored', async () => {
    const pack = await newPack();
    const { leaders } = await areasByKey(pack.id);
    await call(ctx, 'areas.update', { areaId: leaders!.id, grade: 'good' });
    const audits = await auditCount();
    await call(ctx, 'areas.update', { areaId: leaders!.id, grade: 'good', strengths: [] });
    const narrative = await call(ctx, 'narratives.save', { areaId: leaders!.id, sectionId: 'plans', doc: emptyDoc() });
    expect(narrative.doc).toEqual(emptyDoc());
    expect(await auditCount()).toBe(audits);
    expect((await call(ctx, 'packs.get', { packId: pack.id })).pack.version).toBe(2);
  });

  it('saves a narrative section with its history, and refuses a section the area does not have', async () => {
    const pack = await newPack();
    const { leaders } = await areasByKey(pack.id);
    const doc = docFromText('Leaders know their services well.');
    const saved = await call(ctx, 'narratives.save', { areaId: leaders!.id, sectionId: 'how-we-know', doc });
    expect(saved).toEqual({
      areaId: leaders!.id, sectionId: 'how-we-know', title: 'How do you know it?', prompt: null, doc, updatedAt: NOW, updatedBy: DIRECTOR, version: 2,
    });
    expect((await call(ctx, 'areas.get', { areaId: leaders!.id })).narratives[1]!.doc).toEqual(doc);
    expect(await lastAudit()).toMatchObject({
      entity: 'narrative', entityId: leaders!.id, packId: pack.id, action: 'Changed narrative "How do you know it?"',
      before: emptyDoc(), after: doc,
    });

    const audits = await auditCount();
    const error = await refused('narratives.save', { areaId: leaders!.id, sectionId: 'summary', doc });
    expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/"The impact of leaders" has no narrative section "summary"/) });
    expect(await count("SELECT * FROM narratives WHERE section_id = 'summary' AND area_id = ?", [leaders!.id])).toBe(0);
    expect(await auditCount()).toBe(audits);
  });

  it('changes pack details, keeping rich text as documents, and refuses a baseline inspection that does not exist', async () => {
    const pack = await newPack();
    const context = docFromText('A large shire county with 110,000 children.');
    const updated = await call(ctx, 'packs.update', { packId: pack.id, title: 'SEF 2026–27 (draft 2)', context });
    expect(updated).toMatchObject({ title: 'SEF 2026–27 (draft 2)', context, version: 2 });
    expect(await lastAudit()).toMatchObject({
      entity: 'pack', action: 'Changed title and context',
      before: { title: 'Self-evaluation 2026–27', context: emptyDoc() }, after: { title: 'SEF 2026–27 (draft 2)', context },
    });

    const error = await refused('packs.update', { packId: pack.id, baselineInspectionId: 'missing' });
    expect(error.code).toBe('not_found');
    await insertInspection('insp-1', '2023-03-01', {});
    expect((await call(ctx, 'packs.update', { packId: pack.id, baselineInspectionId: 'insp-1' })).baselineInspectionId).toBe('insp-1');
  });
});

describe('review and approval', () => {
  it('approval records who and when, and makes the pack read-only until it is reopened', async () => {
    const pack = await newPack();
    const { leaders } = await areasByKey(pack.id);
    const approved = await call(ctx, 'packs.approve', { packId: pack.id });
    expect(approved).toMatchObject({ status: 'approved', approvedBy: DIRECTOR, approvedAt: NOW, version: 2 });
    expect(await lastAudit()).toMatchObject({
      action: 'Approved pack', before: { status: 'draft' }, after: { status: 'approved', approvedBy: DIRECTOR, approvedAt: NOW },
    });

    const audits = await auditCount();
    const attempts = [
      await refused('areas.update', { areaId: leaders!.id, grade: 'good' }),
      await refused('narratives.save', { areaId: leaders!.id, sectionId: 'plans', doc: docFromText('More') }),
      await refused('packs.update', { packId: pack.id, title: 'Changed' }),
      await refused('packs.submitForReview', { packId: pack.id }),
      await refused('packs.delete', { packId: pack.id }),
    ];
    for (const error of attempts) expect(error).toMatchObject({ code: 'read_only', message: expect.stringMatching(/approved and read-only/) });
    expect(await auditCount()).toBe(audits);
    expect((await areasByKey(pack.id)).leaders!.grade).toBeNull();
    expect((await call(ctx, 'packs.get', { packId: pack.id })).pack).toMatchObject({ title: pack.title, version: 2 });
  });

  it('reopening records the reason and who reopened it, and the pack can be edited again', async () => {
    const pack = await newPack();
    const { leaders } = await areasByKey(pack.id);
    await call(ctx, 'packs.approve', { packId: pack.id });
    await call(ctx, 'settings.update', { displayName: 'Sam Deputy' });

    const reopened = await call(ctx, 'packs.reopen', { packId: pack.id, reason: 'Board asked for the care leavers data to be updated' });
    expect(reopened).toMatchObject({ status: 'draft', approvedBy: null, approvedAt: null });
    expect(await lastAudit()).toMatchObject({
      actor: 'Sam Deputy', entity: 'pack', entityId: pack.id, action: 'Reopened pack',
      before: { status: 'approved', approvedBy: DIRECTOR, approvedAt: NOW },
      after: { status: 'draft', approvedBy: null, approvedAt: null, reason: 'Board asked for the care leavers data to be updated' },
    });
    expect((await call(ctx, 'areas.update', { areaId: leaders!.id, grade: 'good' })).grade).toBe('good');
  });

  it('moves draft → in review → approved and refuses moves that make no sense', async () => {
    const pack = await newPack();
    expect((await refused('packs.reopen', { packId: pack.id, reason: 'Why not' })).code).toBe('conflict');
    expect((await call(ctx, 'packs.submitForReview', { packId: pack.id })).status).toBe('in_review');
    expect(await lastAudit()).toMatchObject({ action: 'Submitted pack for review', before: { status: 'draft' }, after: { status: 'in_review' } });
    expect((await refused('packs.submitForReview', { packId: pack.id })).code).toBe('conflict');
    expect((await call(ctx, 'packs.approve', { packId: pack.id })).status).toBe('approved');
    expect(await refused('packs.approve', { packId: pack.id })).toMatchObject({
      code: 'conflict', message: expect.stringMatching(/already approved by Jo Director on 23 November 2026/),
    });
  });
});

describe('starting a pack from the previous one', () => {
  it('copies grades, narratives, context, evidence links and open actions, and sends every area back to review', async () => {
    const previous = await newPack('Self-evaluation 2025–26');
    const old = await areasByKey(previous.id);
    await call(ctx, 'packs.update', { packId: previous.id, context: docFromText('Context'), boardAsks: docFromText('Note the plan') });
    await call(ctx, 'areas.update', {
      areaId: old.leaders!.id, grade: 'requires-improvement', position: 'strong', strengths: ['Stable workforce'],
      areasForDevelopment: ['Supervision quality'], status: 'agreed',
    });
    await call(ctx, 'areas.update', { areaId: old['front-door']!.id, status: 'in_review' });
    await call(ctx, 'narratives.save', { areaId: old.leaders!.id, sectionId: 'what-we-know', doc: docFromText('We know a lot.') });
    await call(ctx, 'narratives.save', { areaId: old['front-door']!.id, sectionId: 'summary', doc: docFromText('The front door works.') });
    const audit = await insertEvidence('2027-01-01');
    await link(audit, old.leaders!.id, 'Shows supervision is regular');
    const openAction = await insertAction(previous.id, { reference: 'A01', status: 'in_progress', rag: 'amber', dueDate: '2027-03-31', areaId: old.leaders!.id });
    await ctx.db.run(
      "INSERT INTO action_notes (id, action_id, date, text, author, created_at) VALUES ('note-1', ?, '2026-10-01', 'Recruited two managers', 'Pat', ?)",
      [openAction, NOW],
    );
    await insertAction(previous.id, { reference: 'A02', status: 'complete', rag: 'blue', areaId: old.leaders!.id });
    await call(ctx, 'packs.approve', { packId: previous.id });

    const pack = await call(ctx, 'packs.createFromPrevious', {
      previousPackId: previous.id, title: 'Self-evaluation 2026–27', period: '2026–27', asAt: '2026-11-23',
    });
    expect(pack).toMatchObject({
      status: 'draft', previousPackId: previous.id, approvedBy: null, version: 1, frameworkId: TEST_FRAMEWORK.id,
      context: docFromText('Context'), boardAsks: docFromText('Note the plan'),
    });

    const areas = await areasByKey(pack.id);
    expect(Object.values(areas).map((a) => a.status)).toEqual(['to_review', 'to_review', 'to_review']);
    expect(areas.leaders).toMatchObject({
      grade: 'requires-improvement', position: 'strong', strengths: ['Stable workforce'], areasForDevelopment: ['Supervision quality'],
    });
    expect(areas['front-door']!.parentId).toBe(areas['help-and-protection']!.id);

    const leaders = await call(ctx, 'areas.get', { areaId: areas.leaders!.id });
    expect(leaders.narratives.map((n) => n.doc)).toEqual([docFromText('We know a lot.'), emptyDoc(), emptyDoc()]);
    expect(leaders.evidence.map((e) => [e.id, e.note])).toEqual([[audit, 'Shows supervision is regular']]);
    expect(leaders.actions.map((a) => [a.reference, a.status, a.rag, a.areaId])).toEqual([['A01', 'in_progress', 'amber', areas.leaders!.id]]);
    expect(leaders.actions[0]!.id).not.toBe(openAction);
    expect(leaders.actions[0]!.notes.map((n) => [n.date, n.text, n.author])).toEqual([['2026-10-01', 'Recruited two managers', 'Pat']]);
    const frontDoor = await call(ctx, 'areas.get', { areaId: areas['front-door']!.id });
    expect(frontDoor.narratives[0]!.doc).toEqual(docFromText('The front door works.'));

    // The previous pack is left exactly as it was signed off, and the library still has one copy of the item.
    const before = await call(ctx, 'areas.get', { areaId: old.leaders!.id });
    expect(before.area.status).toBe('agreed');
    expect(before.actions.map((a) => a.reference)).toEqual(['A01', 'A02']);
    expect(await count('SELECT * FROM evidence')).toBe(1);

    expect(await lastAudit()).toMatchObject({
      entity: 'pack', entityId: pack.id, action: 'Created pack from "Self-evaluation 2025–26"',
      after: { previousPackId: previous.id, carriedOver: { evidenceLinks: 1, openActions: 1 } },
    });
  });
});

describe('readiness', () => {
  async function handBuiltPack() {
    const pack = await newPack();
    const areas = await areasByKey(pack.id);
    const [leaders, help, frontDoor] = [areas.leaders!.id, areas['help-and-protection']!.id, areas['front-door']!.id];
    await call(ctx, 'areas.update', { areaId: leaders, grade: 'good', position: 'low', status: 'agreed' });
    await call(ctx, 'areas.update', { areaId: help, grade: 'requires-improvement' });
    await call(ctx, 'narratives.save', { areaId: leaders, sectionId: 'what-we-know', doc: docFromText('Written') });

    const outOfDate = await insertEvidence('2026-10-01');
    await link(outOfDate, leaders);
    await link(outOfDate, help);
    await link(await insertEvidence('2026-12-10'), leaders); // due within 30 days
    await link(await insertEvidence(null), leaders); // no review date: never out of date

    await insertAction(pack.id, { reference: 'A01', status: 'in_progress', rag: 'red', dueDate: '2026-11-01', areaId: leaders });
    await insertAction(pack.id, { reference: 'A02', status: 'complete', rag: 'green', dueDate: '2026-10-01', areaId: leaders });
    await insertAction(pack.id, { reference: 'A03', status: 'not_started', rag: 'amber', dueDate: '2027-01-31', areaId: leaders });
    await insertAction(pack.id, { reference: 'A04', status: 'paused', rag: 'amber', dueDate: '2026-11-20', areaId: frontDoor });
    await insertAction(pack.id, { reference: 'A05', status: 'not_started', rag: 'green', dueDate: null, areaId: null });

    await insertInspection('ilacs-2019', '2019-05-01', { leaders: 'inadequate', 'help-and-protection': 'inadequate' });
    await insertInspection('ilacs-2023', '2023-03-01', { leaders: 'requires-improvement', 'help-and-protection': 'good' });
    await insertInspection('monitoring-2025', '2025-06-01', { 'help-and-protection': 'inadequate' });
    return pack;
  }

  it('counts evidence, actions and empty sections per area and for the pack', async () => {
    const pack = await handBuiltPack();
    const readiness = await call(ctx, 'readiness.get', { packId: pack.id });
    expect(readiness.today).toBe('2026-11-23');

    const rows = readiness.areas.map((a) => ({
      key: a.areaKey, evidence: [a.evidenceCount, a.evidenceOutOfDate, a.evidenceDueSoon], actions: [a.openActions, a.overdueActions],
      sections: a.sectionCount, empty: a.emptySections,
    }));
    expect(rows).toEqual([
      { key: 'leaders', evidence: [3, 1, 1], actions: [2, 1], sections: 3, empty: ['How do you know it?', 'What are your plans?'] },
      { key: 'help-and-protection', evidence: [1, 1, 0], actions: [0, 0], sections: 3, empty: ['What do you know?', 'How do you know it?', 'What are your plans?'] },
      { key: 'front-door', evidence: [0, 0, 0], actions: [1, 1], sections: 1, empty: ['Summary of the front door'] },
    ]);
    expect(readiness.totals).toEqual({
      areas: 3, graded: 2, agreed: 1, evidence: 3, evidenceOutOfDate: 1, openActions: 4, overdueActions: 2, emptySections: 6, sections: 7,
    });
    // Completed actions count as blue whatever RAG they were left with.
    expect(readiness.actionsByRag).toEqual({ red: 1, amber: 2, green: 1, blue: 1 });
  });

  it('compares each grade with the latest inspection that graded the area, or with the chosen baseline', async () => {
    const pack = await handBuiltPack();
    const travel = async () =>
      (await call(ctx, 'readiness.get', { packId: pack.id })).areas.map((a) => [a.areaKey, a.grade, a.previousGrade, a.direction]);

    expect(await travel()).toEqual([
      ['leaders', 'good', 'requires-improvement', 'improved'],
      ['help-and-protection', 'requires-improvement', 'inadequate', 'improved'],
      ['front-door', null, null, 'none'],
    ]);
    expect((await call(ctx, 'readiness.get', { packId: pack.id })).baselineInspection).toEqual({
      id: 'monitoring-2025', title: 'Inspection 2025-06-01', startDate: '2025-06-01',
    });

    await call(ctx, 'packs.update', { packId: pack.id, baselineInspectionId: 'ilacs-2023' });
    expect(await travel()).toEqual([
      ['leaders', 'good', 'requires-improvement', 'improved'],
      ['help-and-protection', 'requires-improvement', 'good', 'declined'],
      ['front-door', null, null, 'none'],
    ]);
    expect((await call(ctx, 'readiness.get', { packId: pack.id })).baselineInspection?.id).toBe('ilacs-2023');
  });
});

describe('the history', () => {
  it('lists entries newest first, pages back by id and filters by record', async () => {
    const pack = await newPack();
    const { leaders } = await areasByKey(pack.id);
    await call(ctx, 'areas.update', { areaId: leaders!.id, grade: 'good' });
    await call(ctx, 'areas.update', { areaId: leaders!.id, position: 'strong' });
    await call(ctx, 'packs.submitForReview', { packId: pack.id });

    const all = await call(ctx, 'audit.list', { packId: pack.id });
    expect(all.map((e) => e.action)).toEqual(['Submitted pack for review', 'Changed position', 'Changed grade', 'Created pack']);
    expect(all.every((e) => e.actor === DIRECTOR && e.at === NOW)).toBe(true);

    const page = await call(ctx, 'audit.list', { packId: pack.id, beforeId: all[1]!.id, limit: 1 });
    expect(page.map((e) => e.action)).toEqual(['Changed grade']);
    const forArea = await call(ctx, 'audit.list', { entity: 'area', entityId: leaders!.id });
    expect(forArea.map((e) => e.action)).toEqual(['Changed position', 'Changed grade']);
  });
});

describe('deleting a pack', () => {
  it('removes its areas, narratives, links and actions, keeps the evidence library, and records the deletion', async () => {
    const pack = await newPack();
    const { leaders } = await areasByKey(pack.id);
    const evidence = await insertEvidence(null);
    await link(evidence, leaders!.id);
    const action = await insertAction(pack.id, { reference: 'A01', status: 'not_started', rag: 'green', areaId: leaders!.id });
    await ctx.db.run("INSERT INTO action_notes (id, action_id, date, text, author, created_at) VALUES ('n1', ?, '2026-11-01', 'Note', 'Pat', ?)", [action, NOW]);

    expect(await call(ctx, 'packs.delete', { packId: pack.id })).toEqual({ done: true });
    for (const table of ['packs', 'pack_areas', 'narratives', 'evidence_links', 'actions', 'action_notes'])
      expect(await count(`SELECT * FROM ${table}`), table).toBe(0);
    expect(await count('SELECT * FROM evidence')).toBe(1);
    expect(await lastAudit()).toMatchObject({
      entity: 'pack', entityId: pack.id, action: 'Deleted pack', before: { title: pack.title, status: 'draft' },
    });
    expect((await refused('packs.get', { packId: pack.id })).code).toBe('not_found');
  });
});
