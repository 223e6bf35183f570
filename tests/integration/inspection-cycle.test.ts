// The inspection cycle through the contract on real SQLite files: packs judged as at their own date,
// the comparison point and direction of travel across framework changes, grades over many inspections,
// moving a pack onto the framework that superseded its own (and undoing it), limiting rules, deadlines
// after an inspection, inspections' strengths and the evidence that comes from them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../src/core/context';
import { call, dispatch } from '../../src/core/dispatch';
import type { OpInput, OpName } from '../../src/shared/api';
import { buildDocx, loadSnapshot } from '../../src/core/export';
import { docFromText } from '../../src/shared/richtext';
import { readBack } from '../unit/export-readback';
import { grant } from '../support/grants';
import { FIXED_NOW, tempContext } from '../support/tempdb';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

let ctx: CoreContext;
let dir: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ ctx, dir, cleanup } = await tempContext());
  await call(ctx, 'settings.update', { displayName: 'Jo Director' });
});
afterEach(async () => cleanup());

async function refused<N extends OpName>(op: N, input: OpInput<N>) {
  const result = await dispatch(ctx, op, input);
  if (result.ok) throw new Error(`${op} was expected to be refused`);
  return result.error;
}

async function areasOf(packId: string) {
  const { areas } = await call(ctx, 'packs.get', { packId });
  return Object.fromEntries(areas.map((a) => [a.areaKey, a]));
}

function inspection(fields: Partial<OpInput<'inspections.create'>> & Pick<OpInput<'inspections.create'>, 'type' | 'startDate'>) {
  return call(ctx, 'inspections.create', { title: `${fields.type} ${fields.startDate}`, ...fields });
}

/** The same context at another moment, as if the pack were read on another day. */
function on(date: string): CoreContext {
  return { ...ctx, now: () => new Date(`${date}T10:00:00Z`) };
}

describe('a pack is judged as at its own date', () => {
  it('counts a 2019 pack’s actions as at 2019: none was due until 2020, though all are overdue today', async () => {
    const pack = await call(ctx, 'packs.create', { title: 'Self-evaluation 2018–19', frameworkId: 'ilacs-2018', period: '2018–19', asAt: '2019-03-31' });
    for (const dueDate of ['2020-01-31', '2020-03-31', '2020-06-30', '2019-04-10'])
      await call(ctx, 'actions.create', { packId: pack.id, title: `Due ${dueDate}`, dueDate, status: 'in_progress' });
    const actions = await call(ctx, 'actions.list', { packId: pack.id });
    expect(actions.map((a) => [a.dueDate, a.overdue, a.dueSoon, a.overdueToday])).toEqual([
      ['2020-01-31', false, false, true],
      ['2020-03-31', false, false, true],
      ['2020-06-30', false, false, true],
      ['2019-04-10', false, true, true],
    ]);
    const readiness = await call(ctx, 'readiness.get', { packId: pack.id });
    expect(readiness).toMatchObject({ asAt: '2019-03-31', today: '2026-11-23' });
    expect(readiness.totals).toMatchObject({ overdueActions: 0, dueSoonActions: 1 });
    expect(readiness.todayTotals).toMatchObject({ overdueActions: 4, dueSoonActions: 0 });
  });

  it('writes the 2019 pack’s board paper and self-evaluation as at 2019, with no action overdue', async () => {
    const pack = await call(ctx, 'packs.create', { title: 'Self-evaluation 2018–19', frameworkId: 'ilacs-2018', period: '2018–19', asAt: '2019-03-31' });
    for (const dueDate of ['2020-01-31', '2020-03-31', '2020-06-30', '2020-09-30'])
      await call(ctx, 'actions.create', { packId: pack.id, title: `Due ${dueDate}`, dueDate, status: 'in_progress' });
    const snapshot = await loadSnapshot(ctx, pack.id);
    const board = (await readBack((await buildDocx(snapshot, { edition: 'board' })).buffer)).text;
    expect(board).toContain('4 actions: 4 green. None is overdue.');
    expect(board).toContain('No action was overdue as at 31 March 2019.');
    const sef = (await readBack((await buildDocx(snapshot, { edition: 'self_evaluation' })).buffer)).text;
    expect(sef).not.toMatch(/\bOverdue\b/);
  });

  it('judges evidence freshness as at the pack’s date in the pack, and as at today beside it', async () => {
    const pack = await call(ctx, 'packs.create', { title: 'Self-evaluation 2024–25', frameworkId: 'ilacs-2023', period: '2024–25', asAt: '2025-05-30' });
    const { leaders } = await areasOf(pack.id);
    const audit = await call(ctx, 'evidence.create', { title: 'Audit', type: 'case_file_audit', reviewDue: '2025-06-20' });
    await call(ctx, 'evidence.link', { evidenceId: audit.id, areaId: leaders!.id });
    expect(audit).toMatchObject({ freshness: 'out_of_date', freshnessToday: 'out_of_date' });
    const [row] = (await call(ctx, 'evidence.list', { packId: pack.id })).items;
    expect(row).toMatchObject({ freshness: 'due_soon', freshnessToday: 'out_of_date' });
    expect((await call(ctx, 'evidence.list', { packId: pack.id, freshness: 'due_soon' })).total).toBe(1);
    expect((await call(ctx, 'evidence.get', { evidenceId: audit.id, packId: pack.id })).evidence.freshness).toBe('due_soon');
    expect((await call(ctx, 'areas.get', { areaId: leaders!.id })).evidence[0]).toMatchObject({ freshness: 'due_soon', freshnessToday: 'out_of_date' });
    const readiness = await call(ctx, 'readiness.get', { packId: pack.id });
    expect([readiness.totals.evidenceOutOfDate, readiness.totals.evidenceDueSoon]).toEqual([0, 1]);
    expect([readiness.todayTotals.evidenceOutOfDate, readiness.todayTotals.evidenceDueSoon]).toEqual([1, 0]);
  });

  it('says the same of an approved pack whatever day it is read', async () => {
    const pack = await call(ctx, 'packs.create', { title: 'Self-evaluation 2024–25', frameworkId: 'ilacs-2023', period: '2024–25', asAt: '2025-05-30' });
    await call(ctx, 'actions.create', { packId: pack.id, title: 'Due in June 2025', dueDate: '2025-06-30' });
    await call(ctx, 'packs.approve', { packId: pack.id });
    const read = async (date: string) => {
      const { totals, areas, baselineInspection } = await call(on(date), 'readiness.get', { packId: pack.id });
      const actions = (await call(on(date), 'actions.list', { packId: pack.id })).map((a) => [a.overdue, a.dueSoon]);
      return { totals, areas, baselineInspection, actions };
    };
    expect(await read('2025-06-01')).toEqual(await read('2026-11-23'));
  });
});

describe('the comparison point and the direction of travel', () => {
  it('compares a 2019 ILACS combined judgement with the 2017 SIF grade for children looked after, saying which area that was', async () => {
    await inspection({
      type: 'sif_inspection', startDate: '2017-01-09', publishedDate: '2017-03-03', frameworkId: 'sif-2013',
      grades: [
        { areaKey: 'children-looked-after-and-permanence', grade: 'requires-improvement' },
        { areaKey: 'care-leavers', grade: 'inadequate' },
        { areaKey: 'leaders', grade: 'requires-improvement' },
      ],
    });
    const pack = await call(ctx, 'packs.create', { title: 'SEF 2019', frameworkId: 'ilacs-2018', period: '2018–19', asAt: '2019-03-31' });
    const areas = await areasOf(pack.id);
    await call(ctx, 'areas.update', { areaId: areas['children-in-care-and-care-leavers']!.id, grade: 'good' });
    await call(ctx, 'areas.update', { areaId: areas.leaders!.id, grade: 'requires-improvement' });
    const readiness = await call(ctx, 'readiness.get', { packId: pack.id });
    const row = (key: string) => readiness.areas.find((a) => a.areaKey === key)!;
    expect(row('children-in-care-and-care-leavers')).toMatchObject({
      previousGrade: 'requires-improvement',
      previousGradeText: 'Requires improvement',
      previousAreaTitle: 'The experiences and progress of children looked after and achieving permanence',
      direction: 'improved',
    });
    expect(row('leaders')).toMatchObject({ previousAreaTitle: 'Leadership, management and governance', direction: 'same' });
    expect(readiness.baselineInspection).toMatchObject({ type: 'sif_inspection', frameworkId: 'sif-2013', chosen: false });
  });

  it('takes the latest graded inspection before the as-at date: never a visit, never one reported after it', async () => {
    const graded = await inspection({ type: 'standard_inspection', startDate: '2023-03-06', publishedDate: '2023-05-12', frameworkId: 'ilacs-2023', grades: [{ areaKey: 'leaders', grade: 'requires-improvement' }] });
    const visit = await inspection({ type: 'focused_visit', startDate: '2025-10-14', publishedDate: '2025-11-18', frameworkId: 'ilacs-2023' });
    await inspection({ type: 'standard_inspection', startDate: '2026-11-02', publishedDate: '2026-12-18', frameworkId: 'ilacs-2026', grades: [{ areaKey: 'leaders', grade: 'good' }] });
    const pack = await call(ctx, 'packs.create', { title: 'SEF 2026', frameworkId: 'ilacs-2026', period: '2025–26', asAt: '2026-11-20' });
    expect((await call(ctx, 'readiness.get', { packId: pack.id })).baselineInspection?.id).toBe(graded.id);

    const error = await refused('packs.update', { packId: pack.id, baselineInspectionId: visit.id });
    expect(error.message).toBe(
      "A focused visit with no grades cannot be the inspection the pack's grades compare with. Choose a graded inspection; what the visit found still shows in progress since the last inspection.",
    );
    const grades = await refused('inspections.create', { type: 'focused_visit', title: 'FV', startDate: '2025-01-01', grades: [{ areaKey: 'leaders', grade: 'good' }] });
    expect(grades.message).toMatch(/^A focused visit gives no grades\. Remove the grades, and record what it found as strengths and areas for improvement\.$/);
  });

  it('keeps every graded inspection’s grades as a history against the pack’s areas, the comparison point marked', async () => {
    await inspection({ type: 'safeguarding_lac_inspection', startDate: '2010-06-07', frameworkId: 'slac-2009', grades: [{ areaKey: 'safeguarding', grade: 'inadequate' }, { areaKey: 'looked-after-children', grade: 'adequate' }] });
    await inspection({ type: 'sif_inspection', startDate: '2016-02-01', frameworkId: 'sif-2013', grades: [{ areaKey: 'help-and-protection', grade: 'requires-improvement' }, { areaKey: 'care-leavers', grade: 'good' }] });
    await inspection({ type: 'monitoring_visit', startDate: '2017-05-01', frameworkId: 'sif-2013' });
    await inspection({ type: 'standard_inspection', startDate: '2023-03-06', frameworkId: 'ilacs-2023', grades: [{ areaKey: 'help-and-protection', grade: 'good' }, { areaKey: 'care-leavers', grade: 'requires-improvement' }] });
    await inspection({ type: 'cqc_assessment', startDate: '2024-03-01', frameworkId: 'cqc-la-2023', grades: [{ areaKey: 'safeguarding', grade: 'good-standard' }] });
    const pack = await call(ctx, 'packs.create', { title: 'SEF 2026', frameworkId: 'ilacs-2026', period: '2025–26', asAt: '2026-11-20' });
    const history = await call(ctx, 'packs.gradeHistory', { packId: pack.id });
    expect(history.areas.map((a) => a.areaKey)).toEqual(['leaders', 'help-and-protection', 'children-in-care', 'care-leavers']);
    expect(history.inspections.map((i) => [i.startDate, i.frameworkShortTitle, i.comparison, i.grades.map((g) => `${g.areaKey}: ${g.text}`)])).toEqual([
      ['2010-06-07', 'Safeguarding and looked after children 2009', false, ['help-and-protection: Inadequate', 'children-in-care: Adequate']],
      ['2016-02-01', 'SIF 2013', false, ['help-and-protection: Requires improvement', 'care-leavers: Good']],
      ['2023-03-06', 'ILACS 2023', true, ['help-and-protection: Good', 'care-leavers: Requires improvement to be good']],
    ]);
    expect(history.inspections[0]!.grades[0]).toMatchObject({ gradedAreaTitle: 'Overall effectiveness of safeguarding services', height: 0 });
  });
});

describe('inspections record what they found', () => {
  it('keeps strengths, and evidence can point to the report or letter it comes from', async () => {
    const made = await inspection({ type: 'focused_visit', startDate: '2025-10-14', strengths: ['Conferences well chaired'] });
    expect(made.strengths).toEqual(['Conferences well chaired']);
    const changed = await call(ctx, 'inspections.update', { inspectionId: made.id, strengths: ['Conferences well chaired', 'Social workers know children well'] });
    expect(changed.strengths).toHaveLength(2);
    const letter = await call(ctx, 'evidence.create', { title: 'Focused visit letter', type: 'other', inspectionId: made.id });
    expect(letter.inspectionId).toBe(made.id);
    expect((await refused('evidence.update', { evidenceId: letter.id, inspectionId: 'nope' })).message).toMatch(/^That inspection or visit is not recorded/);
    await call(ctx, 'inspections.delete', { inspectionId: made.id });
    expect((await call(ctx, 'evidence.get', { evidenceId: letter.id })).evidence.inspectionId).toBeNull();
  });

  it('accepts the older regimes and SCCIF visits as inspection types', async () => {
    for (const type of ['safeguarding_lac_inspection', 'unannounced_inspection', 'sccif_monitoring_visit'] as const)
      expect((await inspection({ type, startDate: '2011-02-01' })).type).toBe(type);
  });
});

describe('deadlines after an inspection', () => {
  it('gives a standard inspection’s action plan 70 working days from publication, met when sent in time', async () => {
    const made = await inspection({ type: 'standard_inspection', startDate: '2023-03-06', publishedDate: '2023-05-12' });
    expect(made.deadlines).toEqual([
      expect.objectContaining({ kind: 'action_plan', workingDays: 70, startsOn: '2023-05-12', dueDate: '2023-08-21', state: 'overdue', problem: null }),
    ]);
    const sent = await call(ctx, 'inspections.update', { inspectionId: made.id, planSubmittedDate: '2023-08-04' });
    expect(sent.deadlines[0]).toMatchObject({ state: 'met', submittedOn: '2023-08-04' });
    const late = await call(ctx, 'inspections.update', { inspectionId: made.id, planSubmittedDate: '2023-08-22' });
    expect(late.deadlines[0]!.state).toBe('late');
  });

  it('gives a focused visit with an area for priority action a draft plan in 20 working days, running in readiness', async () => {
    const visit = await inspection({ type: 'focused_visit', startDate: '2026-10-20', publishedDate: '2026-11-06' });
    expect(visit.deadlines).toEqual([]);
    await call(ctx, 'recommendations.create', { inspectionId: visit.id, kind: 'area_for_priority_action', text: 'Emergency accommodation for care leavers' });
    const [deadline] = (await call(ctx, 'inspections.list', {}))[0]!.deadlines;
    expect(deadline).toMatchObject({ kind: 'draft_action_plan', dueDate: '2026-12-04', state: 'running', workingDaysLeft: 9 });
    expect(deadline!.rule).toBe('Within 20 working days of the letter’s publication on 6 November 2026, as the visit found an area for priority action');
    const pack = await call(ctx, 'packs.create', { title: 'SEF', frameworkId: 'ilacs-2026', period: '2025–26', asAt: '2026-11-20' });
    expect((await call(ctx, 'readiness.get', { packId: pack.id })).deadlines).toEqual([expect.objectContaining({ inspectionId: visit.id, dueDate: '2026-12-04' })]);
  });

  it('says plainly when the dates fall outside the bank holidays it knows', async () => {
    const made = await inspection({ type: 'short_inspection', startDate: '2027-10-04', publishedDate: '2027-11-01' });
    expect(made.deadlines[0]).toMatchObject({ dueDate: null, state: null });
    expect(made.deadlines[0]!.problem).toMatch(/for 2010 to 2027 only/);
  });
});

describe('limiting rules', () => {
  async function sccifPack() {
    const pack = await call(ctx, 'packs.create', { title: 'Agency self-evaluation', frameworkId: 'sccif', period: '2026', asAt: '2026-10-01' });
    return { pack, areas: await areasOf(pack.id) };
  }

  it('are stated where the director grades and in readiness, and stop approval while broken', async () => {
    const { pack, areas } = await sccifPack();
    await call(ctx, 'areas.update', { areaId: areas['overall-experiences-and-progress']!.id, grade: 'good' });
    await call(ctx, 'areas.update', { areaId: areas['helped-and-protected']!.id, grade: 'inadequate' });
    const message =
      '"Overall experiences and progress of children and young people" is graded Good, but it cannot be better than Inadequate while "How well children and young people are helped and protected" is Inadequate. Change one of the two grades.';
    const readiness = await call(ctx, 'readiness.get', { packId: pack.id });
    expect(readiness.ruleBreaches.map((b) => [b.ruleId, b.message])).toEqual([['helped-and-protected-limits-overall', message]]);
    const detail = await call(ctx, 'areas.get', { areaId: areas['helped-and-protected']!.id });
    expect(detail.rules.map((r) => [r.ruleId, r.breach])).toEqual([['helped-and-protected-limits-overall', message]]);
    // What the approval dialog lists before approval is given.
    expect(await call(ctx, 'packs.outstanding', { packId: pack.id })).toMatchObject({ ready: false, ruleBreaches: [{ ruleId: 'helped-and-protected-limits-overall', message }] });
    expect((await refused('packs.approve', { packId: pack.id })).message).toBe(`This pack cannot be approved yet: ${message}`);
    await call(ctx, 'areas.update', { areaId: areas['overall-experiences-and-progress']!.id, grade: 'inadequate' });
    expect((await call(ctx, 'readiness.get', { packId: pack.id })).ruleBreaches).toEqual([]);
    expect((await call(ctx, 'packs.approve', { packId: pack.id })).status).toBe('approved');
  });

  it('refuse an inspection’s grades that break them, since Ofsted’s own never do', async () => {
    const error = await refused('inspections.create', {
      type: 'sccif_inspection', title: 'Agency inspection', startDate: '2025-01-13', frameworkId: 'sccif',
      grades: [{ areaKey: 'leaders-and-managers', grade: 'inadequate' }, { areaKey: 'overall-experiences-and-progress', grade: 'good' }],
    });
    expect(error.message).toMatch(/^These grades break a rule of SCCIF fostering and adoption: The effectiveness of leaders and managers is a limiting judgement/);
  });
});

describe('a pack whose framework has been superseded', () => {
  async function packOn2023() {
    const pack = await call(ctx, 'packs.create', { title: 'SEF 2025–26', frameworkId: 'ilacs-2023', period: '2025–26', asAt: '2026-11-20' });
    const areas = await areasOf(pack.id);
    const overall = areas['overall-effectiveness']!;
    await call(ctx, 'areas.update', { areaId: areas.leaders!.id, grade: 'good', position: 'low', status: 'agreed', strengths: ['Stable team'] });
    await call(ctx, 'narratives.save', { areaId: areas.leaders!.id, sectionId: 'plans', doc: docFromText('Grow our own.') });
    await call(ctx, 'areas.update', { areaId: overall.id, grade: 'requires-improvement', strengths: ['One improvement plan'] });
    await call(ctx, 'narratives.save', { areaId: overall.id, sectionId: 'what-we-know', doc: docFromText('Improving overall.') });
    const evidence = await call(ctx, 'evidence.create', { title: 'Inspection report', type: 'other' });
    await call(ctx, 'evidence.link', { evidenceId: evidence.id, areaId: overall.id, note: 'The baseline' });
    await call(ctx, 'evidence.link', { evidenceId: evidence.id, areaId: areas.leaders!.id, note: 'Recommendations' });
    const action = await call(ctx, 'actions.create', { packId: pack.id, title: 'Share the self-evaluation', areaId: overall.id });
    return { pack, areas, evidence, action };
  }

  it('says so, and lists before the move what cannot be carried', async () => {
    const { pack } = await packOn2023();
    expect((await call(ctx, 'readiness.get', { packId: pack.id })).superseded).toEqual({
      frameworkId: 'ilacs-2026', shortTitle: 'ILACS 2026', validFrom: '2026-04-01', steps: ['ilacs-2026'],
    });
    const plan = await call(ctx, 'packs.planFrameworkMove', { packId: pack.id });
    expect(plan).toMatchObject({ from: { id: 'ilacs-2023' }, to: { id: 'ilacs-2026' } });
    expect(plan.notCarried.map((n) => n.kind)).toEqual(['narrative', 'grade', 'strengths', 'evidence_link', 'action']);
    expect(plan.carried.find((c) => c.areaKey === 'leaders')).toMatchObject({ grade: 'Good', strengths: 1, narratives: 1, evidenceLinks: 1, reviewAgain: false });
  });

  it('moves onto the successor, keeping what it cannot carry, recorded in the history; undo puts it back exactly', async () => {
    const { pack, evidence, action } = await packOn2023();
    const read = async () => {
      const detail = await call(ctx, 'packs.get', { packId: pack.id });
      const areas = [];
      for (const a of detail.areas) areas.push(await call(ctx, 'areas.get', { areaId: a.id }));
      return { frameworkId: detail.pack.frameworkId, areas, actions: await call(ctx, 'actions.list', { packId: pack.id }) };
    };
    const before = await read();
    const { pack: moved, move } = await call(ctx, 'packs.moveFramework', { packId: pack.id, toFrameworkId: 'ilacs-2026' });
    expect(moved).toMatchObject({ frameworkId: 'ilacs-2026', frameworkTitle: expect.stringMatching(/from April 2026/) });
    const after = await areasOf(pack.id);
    expect(Object.keys(after)).toEqual(['leaders', 'help-and-protection', 'children-in-care', 'care-leavers']);
    expect(after.leaders).toMatchObject({ grade: 'good', position: 'low', status: 'agreed', strengths: ['Stable team'] });
    const leaders = await call(ctx, 'areas.get', { areaId: after.leaders!.id });
    expect(leaders.narratives.find((n) => n.sectionId === 'plans')!.doc).toEqual(docFromText('Grow our own.'));
    expect(leaders.evidence.map((e) => [e.id, e.note])).toEqual([[evidence.id, 'Recommendations']]);
    expect((await call(ctx, 'actions.list', { packId: pack.id })).find((a) => a.id === action.id)!.areaId).toBeNull();

    const [kept] = await call(ctx, 'packs.frameworkMoves', { packId: pack.id });
    expect(kept).toMatchObject({ id: move.id, movedBy: 'Jo Director', undoneAt: null, undoBlockedBy: null });
    expect(kept!.notCarried.find((n) => n.kind === 'narrative')!.doc).toEqual(docFromText('Improving overall.'));
    expect(kept!.notCarried.find((n) => n.kind === 'grade')).toMatchObject({ grade: 'requires-improvement', areaTitle: 'Overall effectiveness' });
    const [entry] = await call(ctx, 'audit.list', { packId: pack.id, limit: 1 });
    expect(entry).toMatchObject({ action: 'Moved pack onto ILACS 2026', before: { frameworkId: 'ilacs-2023' }, after: { frameworkId: 'ilacs-2026' } });

    await call(ctx, 'packs.undoFrameworkMove', { packId: pack.id });
    expect(await read()).toEqual(before);
    expect((await call(ctx, 'packs.frameworkMoves', { packId: pack.id }))[0]!.undoneBy).toBe('Jo Director');
    expect((await call(ctx, 'audit.list', { packId: pack.id, limit: 1 }))[0]!.action).toBe('Undid the move onto ILACS 2026');
  });

  it('cannot be undone once the pack has changed since, and an approved pack cannot be moved', async () => {
    const { pack } = await packOn2023();
    await call(ctx, 'packs.moveFramework', { packId: pack.id, toFrameworkId: 'ilacs-2026' });
    const { leaders } = await areasOf(pack.id);
    await call(ctx, 'areas.update', { areaId: leaders!.id, grade: 'outstanding' });
    const [move] = await call(ctx, 'packs.frameworkMoves', { packId: pack.id });
    expect(move!.undoBlockedBy).toBe('The pack has changed since the move (1 change in its history), so undoing it would lose that work.');
    expect((await refused('packs.undoFrameworkMove', { packId: pack.id })).code).toBe('conflict');

    const other = await call(ctx, 'packs.create', { title: 'Approved', frameworkId: 'ilacs-2023', period: '2025–26', asAt: '2026-11-20' });
    await call(ctx, 'packs.approve', { packId: other.id });
    expect((await refused('packs.moveFramework', { packId: other.id, toFrameworkId: 'ilacs-2026' })).code).toBe('read_only');
    const current = await call(ctx, 'packs.create', { title: 'Current', frameworkId: 'ilacs-2026', period: '2025–26', asAt: '2026-11-20' });
    expect((await refused('packs.planFrameworkMove', { packId: current.id })).message).toMatch(/^ILACS 2026 is still the framework in force on 20\/11\/2026/);
  });

  it('starts next year’s pack on the framework in force, carrying last year’s content by the mapping', async () => {
    const lastYear = await call(ctx, 'packs.create', { title: 'SEF 2024–25', frameworkId: 'ilacs-2023', period: '2024–25', asAt: '2025-05-30' });
    const { leaders } = await areasOf(lastYear.id);
    await call(ctx, 'areas.update', { areaId: leaders!.id, grade: 'requires-improvement' });
    const offer = await call(ctx, 'frameworks.inForce', { frameworkId: 'ilacs-2023', date: '2026-11-20' });
    expect(offer).toMatchObject({ superseded: true, framework: { id: 'ilacs-2026' }, steps: [{ id: 'ilacs-2026' }] });
    expect((await call(ctx, 'frameworks.inForce', { frameworkId: 'ilacs-2023', date: '2025-06-01' })).superseded).toBe(false);
    const next = await call(ctx, 'packs.createFromPrevious', {
      previousPackId: lastYear.id, title: 'SEF 2025–26', period: '2025–26', asAt: '2026-11-20', frameworkId: offer.framework.id,
    });
    expect(next.frameworkId).toBe('ilacs-2026');
    expect((await areasOf(next.id)).leaders!.grade).toBe('requires-improvement');
    expect((await call(ctx, 'packs.frameworkMoves', { packId: next.id }))[0]).toMatchObject({ from: { id: 'ilacs-2023' }, to: { id: 'ilacs-2026' } });
  });
});

describe('the inspection-day kit', () => {
  it('lists the Annex A lists and the rest with an owner and status each, the self-evaluation following the packs', async () => {
    const kit = await call(ctx, 'kit.get', {});
    expect(kit.sections.map((s) => [s.title, s.items.length])).toEqual([
      ['Annex A lists', 11], ['Documents for the first days', 8], ['The self-evaluation', 1], ['Case tracking arrangements', 4],
    ]);
    expect(kit.sections[0]!.items[0]).toMatchObject({ title: 'List 1: contacts', owner: '', status: 'not_started', own: false });
    expect(kit.guidance).toMatch(/stay in the case management system/);
    expect(kit.selfEvaluation).toBeNull();

    await call(ctx, 'kit.updateItem', { key: 'annex-a-1', owner: 'Head of performance', status: 'ready' });
    expect((await call(ctx, 'audit.list', { entity: 'kit', limit: 1 }))[0]).toMatchObject({
      action: 'Changed owner and status of “List 1: contacts”', after: { owner: 'Head of performance', status: 'ready' },
    });
    expect((await refused('kit.updateItem', { key: 'self-evaluation', status: 'ready' })).message).toMatch(/follows the packs/);
    expect((await refused('kit.updateItem', { key: 'annex-a-2', title: 'Something else' })).fields).toEqual({ title: 'This title cannot be changed' });

    const pack = await call(ctx, 'packs.create', { title: 'SEF 2024–25', frameworkId: 'ilacs-2023', period: '2024–25', asAt: '2025-05-30' });
    await call(ctx, 'packs.approve', { packId: pack.id });
    const ready = await call(ctx, 'kit.get', {});
    expect(ready.selfEvaluation).toMatchObject({ packId: pack.id, title: 'SEF 2024–25', approvedBy: 'Jo Director' });
    expect(ready.sections[2]!.items[0]!.status).toBe('ready');
    expect([ready.ready, ready.needed]).toEqual([2, 24]);

    const own = await call(ctx, 'kit.addItem', { section: 'first_days', title: 'Rota of duty managers', owner: 'Business support' });
    expect(own).toMatchObject({ own: true, status: 'not_started' });
    await call(ctx, 'kit.updateItem', { key: 'first-days-sufficiency', status: 'not_needed' });
    expect((await call(ctx, 'kit.get', {})).needed).toBe(24);
    await call(ctx, 'kit.removeItem', { key: own.key });
    expect((await refused('kit.removeItem', { key: 'annex-a-3' })).message).toMatch(/mark this one not needed/);
  });

  it('exports as a Word checklist with each item’s owner and status, the marking and the guidance, never a list’s contents', async () => {
    await call(ctx, 'settings.update', { organisationName: 'Northmoor Borough Council', defaultMarking: 'official_sensitive' });
    await call(ctx, 'kit.updateItem', { key: 'annex-a-8', owner: 'Head of service, children in care', status: 'in_progress', note: 'New report needed' });
    const out = join(dir, 'kit.docx');
    const { file, bytes } = await call(ctx, 'kit.export', { file: grant(ctx, out, 'export-kit') });
    expect(file).toMatchObject({ name: 'kit.docx', canOpen: true });
    const buffer = await readFile(out);
    expect(buffer.length).toBe(bytes);
    const read = await readBack(buffer);
    expect(read.text).toContain('Inspection-day kit');
    expect(read.text).toContain('Northmoor Borough Council: what we produce when Ofsted calls, as at 23 November 2026.');
    expect(read.text).toContain('0 of 24 items are ready.');
    expect(read.text).toContain('No self-evaluation has been approved yet, so there is none to hand over.');
    // Every Annex A list is due at once, so that is said once above the table, not on every row.
    expect(read.text).toContain('When: At the start of the inspection: check the time in the notification letter.');
    expect(read.html).toMatch(/List 8: children in care<\/p><\/td><td><p>Head of service, children in care<\/p><\/td><td><p>In progress<\/p><\/td><td><p>New report needed/);
    expect(read.text).toContain('stay in the case management system');
    expect(Object.entries(read.parts).filter(([n]) => /header\d+\.xml$/.test(n)).map(([, x]) => x).join('')).toContain('OFFICIAL-SENSITIVE');
  });
});

describe('the annual engagement meeting', () => {
  it('records its date, what is sent and when, and the self-evaluation version shared', async () => {
    const pack = await call(ctx, 'packs.create', { title: 'SEF 2025–26', frameworkId: 'ilacs-2026', period: '2025–26', asAt: '2026-11-20' });
    const meeting = await call(ctx, 'engagement.create', {
      date: '2026-12-10', attendees: 'Regional senior HMI', packId: pack.id,
      sent: [{ what: 'Self-evaluation', sendBy: '2026-11-26' }],
    });
    expect(meeting).toMatchObject({ packTitle: 'SEF 2025–26', packVersion: 1, packChangedSince: false, sent: [{ what: 'Self-evaluation', sendBy: '2026-11-26', sentOn: null }] });
    await call(ctx, 'packs.update', { packId: pack.id, title: 'SEF 2025–26 (final)' });
    expect((await call(ctx, 'engagement.list', {}))[0]).toMatchObject({ packVersion: 1, packChangedSince: true });
    expect((await refused('engagement.update', { meetingId: meeting.id, packVersion: 9 })).message).toMatch(/is at version 2, so version 9 cannot have been shared/);
    await call(ctx, 'engagement.update', { meetingId: meeting.id, sent: [{ what: 'Self-evaluation', sendBy: '2026-11-26', sentOn: '2026-11-25' }] });
    expect((await call(ctx, 'engagement.list', {}))[0]!.sent[0]!.sentOn).toBe('2026-11-25');
    expect((await call(ctx, 'audit.list', { entity: 'engagement', limit: 1 }))[0]).toMatchObject({ action: 'Changed the annual engagement meeting', at: FIXED_NOW.toISOString() });
  });
});
