import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actionsWhere } from '../../src/core/actions/queries';
import type { CoreContext } from '../../src/core/context';
import { call, dispatch } from '../../src/core/dispatch';
import type { OpInput } from '../../src/shared/api';
import { auditRows, insertMinimalPack, setDisplayName, setPackStatus, type MinimalPack } from '../support/minimal-pack';
import { countingContext } from '../support/query-counter';
import { tempContext } from '../support/tempdb';

let ctx: CoreContext;
let cleanup: () => Promise<void>;
let pack: MinimalPack;

beforeEach(async () => {
  ({ ctx, cleanup } = await tempContext());
  await setDisplayName(ctx, 'Jo Director');
  pack = await insertMinimalPack(ctx);
});
afterEach(async () => cleanup());

function addAction(fields: Partial<OpInput<'actions.create'>> = {}) {
  return call(ctx, 'actions.create', { packId: pack.packId, title: 'Improve supervision', ...fields });
}

function addInspection(fields: Partial<OpInput<'inspections.create'>> = {}) {
  return call(ctx, 'inspections.create', {
    type: 'standard_inspection',
    title: 'ILACS 2024',
    startDate: '2024-03-04',
    ...fields,
  });
}

describe('the action plan', () => {
  it('numbers actions A01, A02… separately in each pack, and lists them in that order', async () => {
    const other = await insertMinimalPack(ctx);
    expect((await addAction()).reference).toBe('A01');
    expect((await addAction()).reference).toBe('A02');
    expect((await call(ctx, 'actions.create', { packId: other.packId, title: 'Elsewhere' })).reference).toBe('A01');
    await ctx.db.run(
      `INSERT INTO actions (id, pack_id, reference, title, status, rag, created_at, updated_at, updated_by)
       VALUES ('x', ?, 'A99', 'Imported', 'not_started', 'green', 't', 't', 't')`,
      [pack.packId],
    );
    expect((await addAction()).reference).toBe('A100');
    expect((await call(ctx, 'actions.list', { packId: pack.packId })).map((a) => a.reference)).toEqual([
      'A01',
      'A02',
      'A99',
      'A100',
    ]);
  });

  it('flags overdue and due-soon actions against today for the live view, and never a complete one', async () => {
    // Today is 23 November 2026; "due soon" runs to 14 days ahead, 7 December 2026.
    const cases = [
      ['Was due yesterday', '2026-11-22', 'in_progress', true, false],
      ['Due today', '2026-11-23', 'not_started', false, true],
      ['Due in 14 days', '2026-12-07', 'paused', false, true],
      ['Due in 15 days', '2026-12-08', 'in_progress', false, false],
      ['Complete but late', '2026-11-01', 'complete', false, false],
      ['Complete and due soon', '2026-11-30', 'complete', false, false],
      ['No due date', null, 'in_progress', false, false],
    ] as const;
    for (const [title, dueDate, status] of cases) await addAction({ title, dueDate, status });
    const listed = await call(ctx, 'actions.list', { packId: pack.packId });
    expect(listed.map((a) => [a.title, a.dueDate, a.status, a.overdueToday, a.dueSoonToday])).toEqual(cases);
  });

  it('changes only the fields sent and records "Changed RAG" with before and after', async () => {
    const action = await addAction({
      owner: 'Head of service',
      dueDate: '2027-03-31',
      status: 'in_progress',
      areaId: pack.areaIds[0],
    });
    const updated = await call(ctx, 'actions.update', { actionId: action.id, rag: 'red' });
    expect(updated).toMatchObject({
      rag: 'red',
      owner: 'Head of service',
      dueDate: '2027-03-31',
      status: 'in_progress',
      areaId: pack.areaIds[0],
      updatedBy: 'Jo Director',
    });
    await call(ctx, 'actions.update', { actionId: action.id, rag: 'red', owner: 'Head of service' });
    await call(ctx, 'actions.update', { actionId: action.id, owner: 'AD Safeguarding', dueDate: null, areaId: null });
    expect(await auditRows(ctx, action.id)).toEqual([
      expect.objectContaining({
        action: 'Added action',
        packId: pack.packId,
        actor: 'Jo Director',
        after: expect.objectContaining({ reference: 'A01' }),
      }),
      {
        actor: 'Jo Director',
        entity: 'action',
        entityId: action.id,
        action: 'Changed RAG',
        packId: pack.packId,
        before: { rag: 'green' },
        after: { rag: 'red' },
      },
      expect.objectContaining({
        action: 'Changed owner, due date and area',
        before: { owner: 'Head of service', dueDate: '2027-03-31', areaId: pack.areaIds[0] },
        after: { owner: 'AD Safeguarding', dueDate: null, areaId: null },
      }),
    ]);
  });

  it('refuses an area from another pack and a recommendation that does not exist', async () => {
    const other = await insertMinimalPack(ctx);
    const wrongArea = await dispatch(ctx, 'actions.create', {
      packId: pack.packId,
      title: 'X',
      areaId: other.areaIds[0],
    });
    expect(wrongArea).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { areaId: expect.any(String) } },
    });
    const noRecommendation = await dispatch(ctx, 'actions.create', {
      packId: pack.packId,
      title: 'X',
      recommendationId: 'gone',
    });
    expect(noRecommendation).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { recommendationId: expect.any(String) } },
    });
    const action = await addAction();
    expect(await dispatch(ctx, 'actions.update', { actionId: action.id, areaId: other.areaIds[1] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await dispatch(ctx, 'actions.create', { packId: 'no-such-pack', title: 'X' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await call(ctx, 'actions.list', { packId: pack.packId })).toHaveLength(1);
  });

  it('adds progress notes by the current user, listed by date, and deletes an action with its notes', async () => {
    const action = await addAction();
    const note = await call(ctx, 'actions.addNote', {
      actionId: action.id,
      date: '2026-11-20',
      text: 'Audit of supervision booked',
    });
    expect(note).toMatchObject({
      actionId: action.id,
      date: '2026-11-20',
      author: 'Jo Director',
      text: 'Audit of supervision booked',
    });
    await call(ctx, 'actions.addNote', { actionId: action.id, date: '2026-10-01', text: 'Plan agreed at board' });
    const [listed] = await call(ctx, 'actions.list', { packId: pack.packId });
    expect(listed!.notes.map((n) => n.date)).toEqual(['2026-10-01', '2026-11-20']);
    expect((await auditRows(ctx, action.id)).at(-1)).toMatchObject({
      action: 'Added progress note',
      packId: pack.packId,
      after: { date: '2026-10-01', text: 'Plan agreed at board' },
    });

    await call(ctx, 'actions.delete', { actionId: action.id });
    expect(await call(ctx, 'actions.list', { packId: pack.packId })).toEqual([]);
    expect(await ctx.db.get('SELECT * FROM action_notes')).toBeUndefined();
    expect((await auditRows(ctx, action.id)).at(-1)).toMatchObject({
      action: 'Deleted action',
      before: { reference: 'A01', notes: [{}, {}] },
      after: null,
    });
  });

  it('refuses every change to the action plan of an approved pack', async () => {
    const action = await addAction();
    await setPackStatus(ctx, pack.packId, 'approved');
    const attempts = [
      dispatch(ctx, 'actions.create', { packId: pack.packId, title: 'New' }),
      dispatch(ctx, 'actions.update', { actionId: action.id, rag: 'red' }),
      dispatch(ctx, 'actions.addNote', { actionId: action.id, date: '2026-11-23', text: 'Note' }),
      dispatch(ctx, 'actions.delete', { actionId: action.id }),
    ];
    for (const result of await Promise.all(attempts))
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'read_only', message: expect.stringContaining('approved') },
      });
    expect(await call(ctx, 'actions.list', { packId: pack.packId })).toEqual([action]);
    expect(await auditRows(ctx)).toHaveLength(1);
  });

  it('reads actions by pack, area or id in two queries however many there are', async () => {
    for (let i = 0; i < 12; i++) {
      const action = await addAction({ title: `Action ${i}`, areaId: pack.areaIds[i % 3] });
      await call(ctx, 'actions.addNote', { actionId: action.id, date: '2026-11-01', text: `Note ${i}` });
    }
    const counter = countingContext(ctx);
    const byPack = await counter.ctx.db.read((q) => actionsWhere(q, counter.ctx, { packId: pack.packId }));
    expect(counter.count()).toBe(2);
    expect(byPack).toHaveLength(12);
    expect(byPack.every((a) => a.notes.length === 1 && a.notes[0]!.text === `Note ${a.title.split(' ')[1]}`)).toBe(
      true,
    );
    const byArea = await ctx.db.read((q) => actionsWhere(q, ctx, { areaId: pack.areaIds[1] }));
    expect(byArea.map((a) => a.title)).toEqual(['Action 1', 'Action 4', 'Action 7', 'Action 10']);
    const one = await ctx.db.read((q) => actionsWhere(q, ctx, { actionId: byArea[0]!.id }));
    expect(one).toEqual([byArea[0]]);
  });
});

describe('inspections and recommendations', () => {
  it('records grades titled from the framework, in its order, and makes the areas of an unknown framework readable', async () => {
    const inspection = await addInspection({
      frameworkId: 'ilacs-2023',
      grades: [
        { areaKey: 'overall-effectiveness', grade: 'requires-improvement' },
        { areaKey: 'leaders', grade: 'good' },
        { areaKey: 'care-leavers', grade: 'inadequate' },
      ],
    });
    expect(inspection.grades).toEqual([
      {
        areaKey: 'leaders',
        areaTitle: 'The impact of leaders on social work practice with children and families',
        grade: 'good',
      },
      { areaKey: 'care-leavers', areaTitle: 'The experiences and progress of care leavers', grade: 'inadequate' },
      { areaKey: 'overall-effectiveness', areaTitle: 'Overall effectiveness', grade: 'requires-improvement' },
    ]);
    const unknown = await addInspection({
      frameworkId: 'made-up-framework',
      grades: [{ areaKey: 'help-and-protection', grade: 'good' }, { areaKey: 'local-offer_extra', grade: 'good' }],
    });
    expect(unknown.grades).toEqual([
      { areaKey: 'help-and-protection', areaTitle: 'Help and protection', grade: 'good' },
      { areaKey: 'local-offer_extra', areaTitle: 'Local offer extra', grade: 'good' },
    ]);
    expect((await auditRows(ctx, inspection.id))[0]).toMatchObject({
      action: 'Recorded inspection',
      actor: 'Jo Director',
      packId: null,
    });
  });

  it('refuses an area graded twice', async () => {
    const result = await dispatch(ctx, 'inspections.create', {
      type: 'focused_visit',
      title: 'Visit',
      startDate: '2025-01-01',
      grades: [
        { areaKey: 'leaders', grade: 'good' },
        { areaKey: 'leaders', grade: 'inadequate' },
      ],
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('graded twice') },
    });
    expect(await call(ctx, 'inspections.list', {})).toEqual([]);
  });

  it('lists inspections newest first with recommendations in the order they were added', async () => {
    const older = await addInspection({ title: 'SIF 2017', type: 'sif_inspection', startDate: '2017-02-06' });
    const newer = await addInspection({ title: 'Monitoring visit', type: 'monitoring_visit', startDate: '2025-06-10' });
    for (const text of ['Strengthen management oversight', 'Improve pathway plans', 'Reduce caseloads'])
      await call(ctx, 'recommendations.create', { inspectionId: newer.id, text });
    await call(ctx, 'recommendations.create', {
      inspectionId: older.id,
      text: 'Older one',
      kind: 'area_for_priority_action',
    });
    const listed = await call(ctx, 'inspections.list', {});
    expect(listed.map((i) => i.title)).toEqual(['Monitoring visit', 'SIF 2017']);
    expect(listed[0]!.recommendations.map((r) => r.text)).toEqual([
      'Strengthen management oversight',
      'Improve pathway plans',
      'Reduce caseloads',
    ]);
    expect(listed[1]!.recommendations).toMatchObject([
      { text: 'Older one', kind: 'area_for_priority_action', status: 'open', progress: '' },
    ]);
    const missing = await dispatch(ctx, 'recommendations.create', { inspectionId: 'gone', text: 'X' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('replaces the grades as a set on update, leaves other fields alone, and ignores a reordering', async () => {
    const inspection = await addInspection({
      frameworkId: 'ilacs-2023',
      summary: 'Leaders know their services well.',
      reportReference: '80512',
      grades: [
        { areaKey: 'leaders', grade: 'good' },
        { areaKey: 'care-leavers', grade: 'inadequate' },
      ],
    });
    const updated = await call(ctx, 'inspections.update', {
      inspectionId: inspection.id,
      grades: [{ areaKey: 'care-leavers', grade: 'requires-improvement' }],
    });
    expect(updated).toMatchObject({
      summary: 'Leaders know their services well.',
      reportReference: '80512',
      frameworkId: 'ilacs-2023',
      title: 'ILACS 2024',
    });
    expect(updated.grades).toEqual([
      {
        areaKey: 'care-leavers',
        areaTitle: 'The experiences and progress of care leavers',
        grade: 'requires-improvement',
      },
    ]);
    await call(ctx, 'inspections.update', {
      inspectionId: inspection.id,
      grades: [{ areaKey: 'care-leavers', grade: 'requires-improvement' }],
      summary: 'Leaders know their services well.',
    });
    // A different framework names the areas differently, so the titles follow it.
    const reframed = await call(ctx, 'inspections.update', { inspectionId: inspection.id, frameworkId: null });
    expect(reframed.grades).toEqual([
      { areaKey: 'care-leavers', areaTitle: 'Care leavers', grade: 'requires-improvement' },
    ]);
    expect((await auditRows(ctx, inspection.id)).slice(1)).toEqual([
      expect.objectContaining({
        action: 'Changed grades',
        before: {
          grades: [
            { areaKey: 'care-leavers', grade: 'inadequate' },
            { areaKey: 'leaders', grade: 'good' },
          ],
        },
        after: { grades: [{ areaKey: 'care-leavers', grade: 'requires-improvement' }] },
      }),
      expect.objectContaining({
        action: 'Changed framework',
        before: { frameworkId: 'ilacs-2023' },
        after: { frameworkId: null },
      }),
    ]);
  });

  it("records a recommendation's progress, and deletes an inspection with its recommendations", async () => {
    const inspection = await addInspection();
    const recommendation = await call(ctx, 'recommendations.create', {
      inspectionId: inspection.id,
      text: 'Improve pathway plans',
      reference: 'R1',
      areaKey: 'care-leavers',
    });
    const action = await addAction({ recommendationId: recommendation.id });
    const updated = await call(ctx, 'recommendations.update', {
      recommendationId: recommendation.id,
      status: 'in_progress',
      progress: 'All plans reviewed by March',
    });
    expect(updated).toMatchObject({
      text: 'Improve pathway plans',
      reference: 'R1',
      areaKey: 'care-leavers',
      status: 'in_progress',
      progress: 'All plans reviewed by March',
    });
    expect((await auditRows(ctx, recommendation.id)).map((r) => r.action)).toEqual([
      'Added recommendation',
      'Changed status and progress',
    ]);

    await call(ctx, 'inspections.delete', { inspectionId: inspection.id });
    expect(await call(ctx, 'inspections.list', {})).toEqual([]);
    expect(await ctx.db.get('SELECT * FROM recommendations')).toBeUndefined();
    expect((await call(ctx, 'actions.list', { packId: pack.packId }))[0]).toMatchObject({
      id: action.id,
      recommendationId: null,
    });
    expect((await auditRows(ctx, inspection.id)).at(-1)).toMatchObject({
      action: 'Deleted inspection',
      before: { title: 'ILACS 2024', recommendations: [{ text: 'Improve pathway plans' }] },
    });
  });

  it('refuses to delete an inspection or recommendation that an approved pack relies on', async () => {
    const inspection = await addInspection();
    const recommendation = await call(ctx, 'recommendations.create', {
      inspectionId: inspection.id,
      text: 'Improve pathway plans',
    });
    await addAction({ recommendationId: recommendation.id });
    await setPackStatus(ctx, pack.packId, 'approved');
    expect(await dispatch(ctx, 'recommendations.delete', { recommendationId: recommendation.id })).toMatchObject({
      ok: false,
      error: { code: 'read_only' },
    });
    expect(await dispatch(ctx, 'inspections.delete', { inspectionId: inspection.id })).toMatchObject({
      ok: false,
      error: { code: 'read_only' },
    });

    const baseline = await addInspection({ title: 'Baseline' });
    await ctx.db.run('UPDATE packs SET baseline_inspection_id = ? WHERE id = ?', [baseline.id, pack.packId]);
    expect(await dispatch(ctx, 'inspections.delete', { inspectionId: baseline.id })).toMatchObject({
      ok: false,
      error: { code: 'read_only' },
    });
    await setPackStatus(ctx, pack.packId, 'draft');
    await call(ctx, 'recommendations.delete', { recommendationId: recommendation.id });
    expect((await auditRows(ctx, recommendation.id)).at(-1)).toMatchObject({
      action: 'Deleted recommendation',
      before: { text: 'Improve pathway plans' },
    });
  });
});
