// What both Word editions say about the inspection cycle, read back from documents built from real SQLite
// packs: the comparison point and why it is that one, grades over every inspection, grades bridged across
// a framework change, limiting judgements broken, deadlines as they stood on the pack's date, and an adult
// social care pack that never calls itself children's services.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../src/core/context';
import { call } from '../../src/core/dispatch';
import { buildDocx, loadSnapshot } from '../../src/core/export';
import type { OpInput } from '../../src/shared/api';
import type { ExportOptions } from '../../src/shared/api';
import { readBack } from '../unit/export-readback';
import { tempContext } from '../support/tempdb';

let ctx: CoreContext;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ ctx, cleanup } = await tempContext());
  await call(ctx, 'settings.update', { displayName: 'Jo Director', organisationName: 'Northmoor Borough Council' });
});
afterEach(async () => cleanup());

async function areasOf(packId: string) {
  const { areas } = await call(ctx, 'packs.get', { packId });
  return Object.fromEntries(areas.map((a) => [a.areaKey, a]));
}

function inspection(fields: Partial<OpInput<'inspections.create'>> & Pick<OpInput<'inspections.create'>, 'type' | 'startDate'>) {
  return call(ctx, 'inspections.create', { title: `${fields.type} ${fields.startDate}`, ...fields });
}

async function documents(packId: string): Promise<{ board: string; sef: string }> {
  const snapshot = await loadSnapshot(ctx, packId);
  const text = async (options: ExportOptions) => (await readBack((await buildDocx(snapshot, options)).buffer)).text;
  return { board: await text({ edition: 'board' }), sef: await text({ edition: 'self_evaluation' }) };
}

describe('the comparison point and grades over time', () => {
  it('name the 2017 SIF inspection a 2019 ILACS pack compares with, bridge its areas, and list every graded inspection before the pack’s date', async () => {
    await inspection({
      type: 'safeguarding_lac_inspection', title: 'Inspection of safeguarding and looked after children services, June 2010', startDate: '2010-06-07',
      publishedDate: '2010-07-16', frameworkId: 'slac-2009',
    });
    await inspection({
      type: 'sif_inspection', title: 'SIF inspection, January 2017', startDate: '2017-01-09', publishedDate: '2017-03-03', frameworkId: 'sif-2013',
      grades: [
        { areaKey: 'children-looked-after-and-permanence', grade: 'requires-improvement' },
        { areaKey: 'leaders', grade: 'requires-improvement' },
      ],
    });
    await inspection({ type: 'monitoring_visit', title: 'Monitoring visit, May 2018', startDate: '2018-05-01', publishedDate: '2018-06-01', frameworkId: 'sif-2013' });
    await inspection({
      type: 'standard_inspection', title: 'ILACS inspection, 2021', startDate: '2021-03-01', publishedDate: '2021-04-30', frameworkId: 'ilacs-2018',
      grades: [{ areaKey: 'leaders', grade: 'good' }],
    });
    const pack = await call(ctx, 'packs.create', { title: 'SEF 2019', frameworkId: 'ilacs-2018', period: '2018–19', asAt: '2019-03-31' });
    const areas = await areasOf(pack.id);
    await call(ctx, 'areas.update', { areaId: areas['children-in-care-and-care-leavers']!.id, grade: 'good' });
    await call(ctx, 'areas.update', { areaId: areas.leaders!.id, grade: 'requires-improvement' });

    const { board, sef } = await documents(pack.id);
    const why = 'SIF inspection, 9 January 2017; report published 3 March 2017, the latest graded inspection before 31 March 2019';
    expect(board).toContain(`The direction of travel compares each self-grade with the grade given at ${why}.`);
    expect(sef).toContain(`the grade at the inspection we compare with (${why})`);
    for (const text of [board, sef])
      expect(text).toContain('Requires improvement (for “The experiences and progress of children looked after and achieving permanence”)');

    expect(sef).toContain('Grades over time');
    expect(sef).toContain('The grades given at every graded inspection before 31 March 2019');
    expect(sef).toContain('SIF inspection, January 2017 (SIF 2013): the comparison point');
    expect(sef).toContain('This self-evaluation, as at 31 March 2019');
    // Never a visit, and never an inspection after the pack's date.
    expect(sef).not.toContain('Monitoring visit, May 2018 (');
    expect(sef).not.toContain('ILACS inspection, 2021 (');
  });
});

describe('limiting judgements', () => {
  it('are stated in both editions when the self-grades break them', async () => {
    const pack = await call(ctx, 'packs.create', { title: 'Agency self-evaluation 2026', frameworkId: 'sccif', period: '2026', asAt: '2026-10-01' });
    const areas = await areasOf(pack.id);
    await call(ctx, 'areas.update', { areaId: areas['overall-experiences-and-progress']!.id, grade: 'good' });
    await call(ctx, 'areas.update', { areaId: areas['helped-and-protected']!.id, grade: 'inadequate' });
    const { board, sef } = await documents(pack.id);
    const broken =
      'How well children and young people are helped and protected is a limiting judgement: if it is inadequate, the overall experiences and progress of children and young people is inadequate. The self-grades do not agree with it:';
    expect(board).toContain(broken);
    expect(sef).toContain(broken);
    expect(board).toContain('but it cannot be better than Inadequate while');
    // Fostering and adoption agencies are not children's services.
    expect(board).toContain('judges its fostering and adoption services to be against');
  });
});

describe('deadlines after inspections in the board paper', () => {
  it('lists the action plan as it stood on the pack’s date: running before it was sent, gone once it was', async () => {
    await inspection({
      type: 'standard_inspection', title: 'ILACS standard inspection, March 2023', startDate: '2023-03-06', publishedDate: '2023-05-12',
      planSubmittedDate: '2023-08-01', frameworkId: 'ilacs-2023', grades: [{ areaKey: 'leaders', grade: 'requires-improvement' }],
    });
    const before = await call(ctx, 'packs.create', { title: 'SEF summer 2023', frameworkId: 'ilacs-2023', period: '2023–24', asAt: '2023-06-30' });
    const after = await call(ctx, 'packs.create', { title: 'SEF autumn 2023', frameworkId: 'ilacs-2023', period: '2023–24', asAt: '2023-09-30' });

    const running = (await documents(before.id)).board;
    expect(running).toContain('Deadlines after inspections');
    expect(running).toMatch(
      /Action plan to Ofsted after ILACS standard inspection, March 2023: due \d+ August 2023\. Within 70 working days of the report’s publication on 12 May 2023 \(working days leave out weekends and bank holidays in England\)\./,
    );
    expect((await documents(after.id)).board).not.toContain('Deadlines after inspections');
  });

  it('never lists another sector’s deadlines', async () => {
    await inspection({
      type: 'focused_visit', title: 'Focused visit, October 2026', startDate: '2026-10-20', publishedDate: '2026-11-06', frameworkId: 'ilacs-2026',
    });
    const visit = (await call(ctx, 'inspections.list', {}))[0]!;
    await call(ctx, 'recommendations.create', { inspectionId: visit.id, kind: 'area_for_priority_action', text: 'Emergency accommodation for care leavers' });
    const children = await call(ctx, 'packs.create', { title: 'SEF 2026', frameworkId: 'ilacs-2026', period: '2026–27', asAt: '2026-11-20' });
    const adults = await call(ctx, 'packs.create', { title: 'Adult social care self-assessment 2026', frameworkId: 'cqc-la-2023', period: '2026', asAt: '2026-11-20' });
    expect((await documents(children.id)).board).toContain('Draft action plan to Ofsted after Focused visit, October 2026: due 4 December 2026.');
    expect((await documents(adults.id)).board).not.toContain('Deadlines after inspections');
  });
});

describe('an adult social care pack', () => {
  it('never calls itself children’s services, and says how many statements its percentage stands on', async () => {
    const pack = await call(ctx, 'packs.create', { title: 'Adult social care self-assessment 2026', frameworkId: 'cqc-la-2023', period: '2026', asAt: '2026-11-20' });
    const graded = (await call(ctx, 'packs.get', { packId: pack.id })).areas.filter((a) => a.graded);
    for (const area of graded.slice(0, -1)) await call(ctx, 'areas.update', { areaId: area.id, grade: 'good-standard' });
    const { board, sef } = await documents(pack.id);
    for (const text of [board, sef]) {
      expect(text).not.toMatch(/children[’']s services/i);
      expect(text).toContain(`(${graded.length - 1} of ${graded.length} scored)`);
    }
    expect(board).toContain('judges its adult social care to be against');
  });
});
