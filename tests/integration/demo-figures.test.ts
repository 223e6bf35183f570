// The demo council's performance figures: a year of quarters for the council, its region and its
// statistical neighbours, and England's year, as a council's performance report lays them out in Excel. The
// test builds that workbook and imports it: into an empty database it gives exactly the demo's figures, and
// into the demo it changes nothing. The demo's pack then shows them, and its narratives quote them right.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../src/core/context';
import { DEMO_FIGURES } from '../../src/core/demo/content/indicators';
import { populateDemo } from '../../src/core/demo/index';
import { call } from '../../src/core/dispatch';
import { importSheet } from '../../src/core/sheets/run';
import { readSheetFile } from '../../src/core/sheets/table';
import { period, periodLabel } from '../../src/shared/indicators/periods';
import { PERIOD_KIND_LABELS } from '../../src/shared/indicators/vocabulary';
import { tempContext } from '../support/tempdb';
import { day, workbook } from '../support/workbooks';

let demo: CoreContext;
let empty: CoreContext;
const cleanups: (() => Promise<void>)[] = [];

/** Northmoor's performance report as its analysts keep it: a title, then a row per indicator and period. */
async function performanceReport(): Promise<Buffer> {
  return workbook([
    {
      name: 'Scorecard',
      before: [['Northmoor children’s services performance report, quarter 2 2026–27'], ['Figures from the case management system, the regional benchmarking club and DfE statistics'], []],
      headings: ['Indicator', 'Period', 'Period type', 'Northmoor', 'Region', 'Stat neighbours', 'England', 'Source', 'Extracted on'],
      rows: DEMO_FIGURES.map((r) => [
        r.indicator,
        // Years and quarters as text, a count at a date as a date cell.
        r.periodKind === 'as_at' ? day(r.periodEnd) : periodLabel(period(r.periodKind, r.periodEnd)).replace('–', '-'),
        PERIOD_KIND_LABELS[r.periodKind],
        r.council ?? null,
        r.region ?? null,
        r.statisticalNeighbours ?? null,
        r.england ?? null,
        r.source,
        day(r.extractedOn),
      ]),
    },
  ]);
}

beforeAll(async () => {
  const a = await tempContext();
  const b = await tempContext();
  cleanups.push(a.cleanup, b.cleanup);
  demo = a.ctx;
  empty = b.ctx;
  await populateDemo(demo);
  await call(empty, 'settings.update', { organisationName: 'Northmoor Borough Council' });
}, 180_000);
afterAll(async () => {
  for (const c of cleanups) await c();
});

const comparable = (ctx: CoreContext) =>
  call(ctx, 'indicators.values', {}).then((values) => values.map(({ id: _id, updatedAt: _at, updatedBy: _by, ...rest }) => rest));

describe('the demo council’s figures', () => {
  it('are a year of quarters with comparators for fifteen indicators, which the performance report imports exactly', async () => {
    const file = await readSheetFile(await performanceReport(), 'performance-report.xlsx');
    const result = await importSheet(empty, file, 'performance-report.xlsx', { kind: 'indicators', packId: null });
    expect(result).toEqual({ rows: DEMO_FIGURES.length, created: DEMO_FIGURES.length, updated: 0, unchanged: 0 });
    const imported = await comparable(empty);
    expect(imported).toEqual(await comparable(demo));
    expect(new Set(imported.map((v) => v.indicatorId)).size).toBe(15);
    expect(imported.filter((v) => v.comparator === 'council').map((v) => v.period.end)).toEqual(
      expect.arrayContaining(['2025-12-31', '2026-03-31', '2026-06-30', '2026-09-30']),
    );
    // Into the demo itself the same report changes nothing.
    expect(await importSheet(demo, file, 'performance-report.xlsx', { kind: 'indicators', packId: null })).toMatchObject({ unchanged: DEMO_FIGURES.length, created: 0, updated: 0 });
  });

  it('show in this year’s pack as at its date, each area with its own indicators, and last year’s pack had none yet', async () => {
    const [thisYear, lastYear] = await call(demo, 'packs.list', {});
    const view = await call(demo, 'indicators.forPack', { packId: thisYear!.id });
    expect(view.series).toHaveLength(15);
    const areas = new Map((await call(demo, 'packs.get', { packId: thisYear!.id })).areas.map((a) => [a.areaKey, a.id]));
    const shown = (key: string) => view.areas.find((a) => a.areaId === areas.get(key))!.indicatorIds;
    expect(shown('help-and-protection')).toContain('re-referrals-within-12-months');
    expect(shown('care-leavers')).toEqual(['care-leavers-in-education-employment-training', 'care-leavers-suitable-accommodation']);
    expect(shown('leaders')).toEqual(['social-worker-turnover', 'social-worker-vacancy', 'agency-social-workers', 'average-caseload']);
    const reReferrals = view.series.find((s) => s.indicator.id === 're-referrals-within-12-months')!;
    expect(reReferrals.summary).toBe(
      'Re-referrals within 12 months of a previous referral: 24.1% in Q2 2026–27 (July to September 2026), worse than England (22.1%, 2025–26), the region (21.9%) and statistical neighbours (20.9%). Improved from 24.3% in Q1 2026–27. Lower is better.',
    );
    expect((await call(demo, 'indicators.forPack', { packId: lastYear!.id })).series).toEqual([]);
  });

  it('are quoted by the narratives without a figure the data contradicts', async () => {
    const [thisYear] = await call(demo, 'packs.list', {});
    const flags = (await call(demo, 'readiness.get', { packId: thisYear!.id })).flags;
    expect(flags.filter((f) => f.kind === 'figure_contradicts' || f.kind === 'figure_missing')).toEqual([]);
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.every((f) => f.kind === 'uncited' && f.sectionId === 'what-we-know')).toBe(true);
  });
});
