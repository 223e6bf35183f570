// Performance indicators against real SQLite files: the library and the organisation's own indicators,
// figures for the council and its comparators, refused all together when any is wrong, and a pack's view
// of them judged as at the pack's date.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../src/core/context';
import { call, dispatch } from '../../src/core/dispatch';
import type { OpInput } from '../../src/shared/api';
import type { ChangeEvent } from '../../src/shared/events';
import { auditRows, setDisplayName } from '../support/minimal-pack';
import { tempContext } from '../support/tempdb';

let ctx: CoreContext;
let cleanup: () => Promise<void>;
let events: ChangeEvent[];

beforeEach(async () => {
  ({ ctx, cleanup } = await tempContext());
  events = [];
  ctx.onChange = (e) => events.push(e);
  await setDisplayName(ctx, 'Priya Shah');
});
afterEach(async () => cleanup());

type Figure = OpInput<'indicators.setValues'>['values'][number];
const figure = (fields: Partial<Figure> = {}): Figure => ({
  indicatorId: 're-referrals-within-12-months',
  comparator: 'council',
  periodKind: 'quarter',
  periodEnd: '2026-09-30',
  value: 18.4,
  source: 'Local performance report',
  extractedOn: '2026-10-14',
  ...fields,
});

async function count(table: string): Promise<number> {
  return (await ctx.db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))!.n;
}

describe('the indicator library and the organisation’s own indicators', () => {
  it('lists the library, then adds an indicator of the organisation’s own with an id made from its title', async () => {
    const before = await call(ctx, 'indicators.list', {});
    expect(before.indicators[0]).toMatchObject({ id: 're-referrals-within-12-months', origin: 'library', edited: false });
    const own = await call(ctx, 'indicators.create', {
      title: 'Return interviews within 72 hours',
      shortTitle: 'Return interviews',
      definition: 'Children missing from home offered a return interview within 72 hours of coming back.',
      unit: 'percentage',
      polarity: 'higher_is_better',
      areas: ['help-and-protection'],
    });
    expect(own).toMatchObject({ id: 'own-return-interviews-within-72-hours', origin: 'own', decimals: 1, definitionIsGuidance: false, updatedBy: 'Priya Shah' });
    const again = await call(ctx, 'indicators.create', { title: 'Return interviews within 72 hours', shortTitle: 'Again', definition: 'x', unit: 'count', polarity: 'neither' });
    expect(again.id).toBe('own-return-interviews-within-72-hours-2');
    expect((await call(ctx, 'indicators.list', {})).indicators.at(-2)!.id).toBe(own.id);
    expect(events.at(-1)).toMatchObject({ entities: ['indicator'], packIds: [] });
  });

  it('lets the organisation rewrite a library definition in its own words, and go back to the library’s', async () => {
    const library = (await call(ctx, 'indicators.list', {})).indicators.find((i) => i.id === 'agency-social-workers')!;
    expect(library.definitionIsGuidance).toBe(true);
    const edited = await call(ctx, 'indicators.update', { indicatorId: 'agency-social-workers', definition: 'Agency workers holding cases, as a share of all case holders.' });
    expect(edited).toMatchObject({ origin: 'library', edited: true, definitionIsGuidance: false, unit: 'percentage' });
    expect((await auditRows(ctx, 'agency-social-workers')).at(-1)).toMatchObject({ action: 'Changed definition of indicator' });
    // The list carries the library's own words beside the organisation's, for the screen to show both.
    const listed = await call(ctx, 'indicators.list', {});
    expect(listed.libraryWording).toEqual([expect.objectContaining({ id: 'agency-social-workers', definition: library.definition, definitionIsGuidance: true })]);

    const refused = await dispatch(ctx, 'indicators.update', { indicatorId: 'agency-social-workers', unit: 'count' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/library indicator, so its unit, which way is better and its source stay as published/) } });

    const reset = await call(ctx, 'indicators.resetToLibrary', { indicatorId: 'agency-social-workers' });
    expect(reset).toEqual({ ...library });
    expect((await call(ctx, 'indicators.list', {})).libraryWording).toEqual([]);
    expect(await count('indicators')).toBe(0);
  });

  it('deletes an own indicator with its figures, but never a library one', async () => {
    const own = await call(ctx, 'indicators.create', { title: 'Visits on time', shortTitle: 'Visits', definition: 'Statutory visits on time.', unit: 'percentage', polarity: 'higher_is_better' });
    await call(ctx, 'indicators.setValues', { values: [figure({ indicatorId: own.id, value: 91 })] });
    await call(ctx, 'indicators.delete', { indicatorId: own.id });
    expect(await count('indicator_values')).toBe(0);
    expect(await dispatch(ctx, 'indicators.delete', { indicatorId: 'average-caseload' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/part of SEF Studio's library and cannot be deleted/) } });
  });
});

describe('figures', () => {
  it('adds figures, then replaces only those that changed: the same figures twice change nothing', async () => {
    const values = [
      figure(),
      figure({ comparator: 'england', value: 22.1 }),
      figure({ comparator: 'named', comparatorName: 'Northshire', value: 19.9 }),
    ];
    expect(await call(ctx, 'indicators.setValues', { values })).toEqual({ created: 3, updated: 0, unchanged: 0 });
    const audits = (await auditRows(ctx)).length;
    expect(await call(ctx, 'indicators.setValues', { values })).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect((await auditRows(ctx)).length).toBe(audits);
    // A named comparator matches without regard to case.
    const revised = [figure({ value: 18.6, extractedOn: '2026-10-21' }), figure({ comparator: 'named', comparatorName: 'NORTHSHIRE', value: 19.9 })];
    expect(await call(ctx, 'indicators.setValues', { values: revised })).toEqual({ created: 0, updated: 2, unchanged: 0 });
    expect(await count('indicator_values')).toBe(3);
    const history = (await auditRows(ctx, 're-referrals-within-12-months')).at(-1)!;
    expect(history).toMatchObject({
      action: 'Set 2 figures for Re-referrals within 12 months of a previous referral',
      before: [{ period: 'Q2 2026–27', comparator: 'council', value: '18.4%' }, { period: 'Q2 2026–27', comparator: 'Northshire', value: '19.9%' }],
    });
  });

  it('refuses the whole list when one figure is wrong, saying which and why, and writes nothing', async () => {
    const result = await dispatch(ctx, 'indicators.setValues', {
      values: [figure(), figure({ value: 140, comparator: 'england' }), figure({ indicatorId: 'own-missing' }), figure()],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const message = result.ok ? '' : result.error.message;
    expect(message).toMatch(/^No figures were saved: /);
    expect(message).toMatch(/figure 2: 140\.0% is more than 100%/);
    expect(message).toMatch(/figure 3: There is no indicator "own-missing"/);
    expect(message).toMatch(/figure 4: This is the same figure as number 1/);
    expect(await count('indicator_values')).toBe(0);
    expect(await auditRows(ctx)).toEqual([]);
  });
});

describe('a pack’s indicators, as at its date', () => {
  async function packAsAt(asAt: string) {
    return call(ctx, 'packs.create', { title: `SEF as at ${asAt}`, frameworkId: 'ilacs-2023', period: '2026–27', asAt });
  }

  beforeEach(async () => {
    await call(ctx, 'settings.update', { organisationName: 'Northmoor' });
    const quarters = [
      ['2025-12-31', 21.0, '2026-01-20'],
      ['2026-03-31', 20.2, '2026-04-20'],
      ['2026-06-30', 19.6, '2026-07-20'],
      ['2026-09-30', 18.4, '2026-10-14'],
    ] as const;
    await call(ctx, 'indicators.setValues', {
      values: [
        ...quarters.map(([end, value, extractedOn]) => figure({ periodEnd: end, value, extractedOn })),
        ...quarters.map(([end, , extractedOn], i) => figure({ periodEnd: end, comparator: 'statistical_neighbours', value: 20.5 - i * 0.1, extractedOn })),
        figure({ comparator: 'england', periodKind: 'financial_year', periodEnd: '2026-03-31', value: 22.1, extractedOn: '2026-10-30', source: 'Children in need 2026' }),
        figure({ comparator: 'region', value: 17.9 }),
        // A year's figure for the council as well: the trend keeps to quarters.
        figure({ periodKind: 'financial_year', periodEnd: '2026-03-31', value: 20.6, extractedOn: '2026-05-01' }),
      ],
    });
  });

  it('shows the latest figure, how it moved, and how it stands against each comparator, in words', async () => {
    const pack = await packAsAt('2026-11-01');
    const view = await call(ctx, 'indicators.forPack', { packId: pack.id });
    expect(view.series.map((s) => s.indicator.id)).toEqual(['re-referrals-within-12-months']);
    const series = view.series[0]!;
    expect(series.council.map((p) => [p.period.end, p.value])).toEqual([
      ['2025-12-31', 21],
      ['2026-03-31', 20.2],
      ['2026-06-30', 19.6],
      ['2026-09-30', 18.4],
    ]);
    expect(series.comparisons.map((c) => [c.label, c.point.value, c.samePeriod, c.standing])).toEqual([
      ['England', 22.1, false, 'better'],
      ['Region', 17.9, true, 'worse'],
      ['Statistical neighbours', 20.2, true, 'better'],
    ]);
    expect(series.summary).toBe(
      'Re-referrals within 12 months of a previous referral: 18.4% in Q2 2026–27 (July to September 2026), better than England (22.1%, 2025–26) and statistical neighbours (20.2%); worse than the region (17.9%). Improved from 19.6% in Q1 2026–27. Lower is better.',
    );
    const helpAndProtection = (await call(ctx, 'packs.get', { packId: pack.id })).areas.find((a) => a.areaKey === 'help-and-protection')!;
    expect(view.areas.find((a) => a.areaId === helpAndProtection.id)!.indicatorIds).toEqual(['re-referrals-within-12-months']);
  });

  it('leaves out periods that end after the pack’s date', async () => {
    const pack = await packAsAt('2026-06-30');
    const series = (await call(ctx, 'indicators.forPack', { packId: pack.id })).series[0]!;
    expect(series.latest).toMatchObject({ period: { end: '2026-06-30' }, value: 19.6 });
    expect(series.comparisons.find((c) => c.comparator === 'region')).toBeUndefined();
    const early = await packAsAt('2025-10-01');
    expect((await call(ctx, 'indicators.forPack', { packId: early.id })).series).toEqual([]);
  });
});
