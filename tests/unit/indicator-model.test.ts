// The words and numbers of performance data: dates typed the UK way, reporting periods as councils write
// them, figures with their units, and comparisons that say "better" or "worse" from which way is better.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_FRAMEWORKS } from '../../src/core/frameworks/builtin';
import { indicatorLibraryJsonSchema, indicatorLibraryJsonSchemaText } from '../../src/core/indicators/json-schema';
import { INDICATOR_LIBRARY, parseIndicatorLibrary } from '../../src/core/indicators/library';
import { excelSerialToIso, readDateText } from '../../src/shared/date-text';
import { flattenAreas } from '../../src/shared/framework';
import { figureProblems } from '../../src/shared/indicators/checks';
import { formatFigure, movement, standing } from '../../src/shared/indicators/figures';
import { period, periodAxisLabel, periodEnding, periodLabel, periodSpan, readPeriodText } from '../../src/shared/indicators/periods';

const libraryFile = new URL('../../resources/indicators/library.json', import.meta.url);

describe('dates typed as text', () => {
  it('reads day before month, in every way people write it', () => {
    for (const text of ['23/11/2026', '23/11/26', '23-11-2026', '23.11.2026', '23 November 2026', '23rd Nov 2026', '23 Nov 26', 'November 23, 2026', '2026-11-23', '2026-11-23T00:00:00.000Z'])
      expect(readDateText(text), text).toEqual({ ok: true, iso: '2026-11-23' });
    expect(readDateText('1/2/2026')).toEqual({ ok: true, iso: '2026-02-01' });
  });

  it('says why an impossible or unreadable date is not a date', () => {
    expect(readDateText('31/02/2026')).toEqual({ ok: false, reason: 'February 2026 has no day 31' });
    expect(readDateText('11/23/2026')).toEqual({ ok: false, reason: 'there is no month 23: dates are read day first, as in 23/11/2026' });
    expect(readDateText('32 Smarch 2026')).toEqual({ ok: false, reason: '"Smarch" is not a month' });
    expect(readDateText('next week')).toMatchObject({ ok: false, reason: expect.stringMatching(/write it as day\/month\/year/) });
  });

  it('turns Excel date serials into dates, in the 1900 and 1904 systems', () => {
    expect(excelSerialToIso(46349)).toBe('2026-11-23');
    expect(excelSerialToIso(44927)).toBe('2023-01-01');
    expect(excelSerialToIso(44927 - 1462, true)).toBe('2023-01-01');
    expect(excelSerialToIso(12)).toBeNull();
  });
});

describe('reporting periods', () => {
  it('names quarters of the financial year, years and dates as councils write them', () => {
    const q2 = period('quarter', '2026-09-30');
    expect(q2.start).toBe('2026-07-01');
    expect(periodLabel(q2)).toBe('Q2 2026–27');
    expect(periodSpan(q2)).toBe('July to September 2026');
    expect(periodAxisLabel(q2)).toBe('Q2 26–27');
    expect(periodAxisLabel(period('as_at', '2025-09-30'))).toBe('30 Sep 25');
    const q4 = period('quarter', '2026-03-31');
    expect([q4.start, periodLabel(q4)]).toEqual(['2026-01-01', 'Q4 2025–26']);
    const fy = period('financial_year', '2026-03-31');
    expect([fy.start, periodLabel(fy), periodSpan(fy)]).toEqual(['2025-04-01', '2025–26', 'April 2025 to March 2026']);
    expect(periodLabel(period('academic_year', '2026-08-31'))).toBe('2025/26 academic year');
    expect(periodLabel(period('calendar_year', '2025-12-31'))).toBe('2025');
    expect(periodLabel(period('as_at', '2026-03-31'))).toBe('at 31 March 2026');
  });

  it('refuses a period that cannot end on the date given', () => {
    expect(periodEnding('quarter', '2026-08-31')).toEqual({
      ok: false,
      reason: 'a quarter ends on the last day of June, September, December or March, not 31 August 2026',
    });
    expect(periodEnding('financial_year', '2026-04-30')).toMatchObject({ ok: false, reason: expect.stringMatching(/ends on 31 March/) });
  });

  it('reads periods as spreadsheets spell them', () => {
    const end = (text: string, hint?: Parameters<typeof readPeriodText>[1]) => {
      const r = readPeriodText(text, hint ?? null);
      return r.ok ? `${r.period.kind} ${r.period.end}` : r.reason;
    };
    expect(end('Q2 2026-27')).toBe('quarter 2026-09-30');
    expect(end('2026/27 Q3')).toBe('quarter 2026-12-31');
    expect(end('Q4 2025–2026')).toBe('quarter 2026-03-31');
    expect(end('2025-26')).toBe('financial_year 2026-03-31');
    expect(end('FY 2025/26')).toBe('financial_year 2026-03-31');
    expect(end('AY 2025/26')).toBe('academic_year 2026-08-31');
    expect(end('2025-26', 'academic_year')).toBe('academic_year 2026-08-31');
    expect(end('2025')).toBe('calendar_year 2025-12-31');
    expect(end('2025', 'financial_year')).toBe('financial_year 2025-03-31');
    expect(end('year ending 31 March 2025')).toBe('financial_year 2025-03-31');
    expect(end('31/03/2026')).toBe('as_at 2026-03-31');
    expect(end('30/09/2026', 'quarter')).toBe('quarter 2026-09-30');
    expect(end('Q5 2026-27')).toBe('there are four quarters, Q1 to Q4');
    expect(end('Q2 2026')).toBe('name the financial year of the quarter, as in Q2 2026-27 (quarters run from April)');
    expect(end('2025-27')).toMatch(/the years must follow each other/);
    expect(end('31/02/2026')).toBe('February 2026 has no day 31');
    expect(end('autumn')).toMatch(/not a period SEF Studio knows/);
  });
});

describe('figures and comparisons', () => {
  const percent = { unit: 'percentage' as const, decimals: 1, polarity: 'lower_is_better' as const };
  it('shows figures with their units', () => {
    expect(formatFigure(18.4, percent)).toBe('18.4%');
    expect(formatFigure(56.25, { unit: 'rate_per_10000', decimals: 1 })).toBe('56.3 per 10,000');
    expect(formatFigure(1412, { unit: 'days', decimals: 0 })).toBe('1,412 days');
    expect(formatFigure(17, { unit: 'count', decimals: 1 })).toBe('17.0');
  });

  it('says better or worse from which way is better, and the same when the shown figures match', () => {
    expect(standing(18.4, 21.4, percent)).toBe('better');
    expect(standing(18.4, 17.9, percent)).toBe('worse');
    expect(standing(18.44, 18.4, percent)).toBe('same');
    expect(standing(70, 60, { ...percent, polarity: 'higher_is_better' })).toBe('better');
    expect(standing(70, 60, { ...percent, polarity: 'neither' })).toBe('higher');
    expect(movement(18.4, 19.6, percent)).toBe('improved');
  });

  it('refuses impossible figures with what to do', () => {
    const indicator = { unit: 'percentage' as const, decimals: 1, title: 'Re-referrals' };
    expect(figureProblems({ periodKind: 'quarter', periodEnd: '2026-09-30', value: 140, extractedOn: '2026-10-10' }, indicator, '2026-11-23')).toEqual([
      '140.0% is more than 100%; write a percentage as a number from 0 to 100.',
    ]);
    expect(figureProblems({ periodKind: 'quarter', periodEnd: '2026-09-30', value: 18, extractedOn: '2026-09-15' }, indicator, '2026-11-23')).toEqual([
      'The figure for Q2 2026–27 was extracted on 15/09/2026, before the period ended on 30/09/2026; check the extraction date or the period.',
    ]);
    expect(figureProblems({ periodKind: 'quarter', periodEnd: '2026-09-30', value: -1, extractedOn: '2027-01-01' }, indicator, '2026-11-23')).toEqual([
      '-1.0% is below zero; Re-referrals cannot be negative.',
      'The extraction date 01/01/2027 is after today; give the date the figure was taken from its source.',
    ]);
  });
});

describe('the indicator library', () => {
  it('is valid against its schema and the committed JSON Schema, which is the generated one', () => {
    const json = JSON.parse(readFileSync(libraryFile, 'utf8')) as unknown;
    expect(() => parseIndicatorLibrary(json)).not.toThrow();
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(indicatorLibraryJsonSchema());
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    // If this fails, run: npx tsx src/core/indicators/json-schema.ts
    expect(readFileSync(new URL('../../resources/indicators/indicators.schema.json', import.meta.url), 'utf8')).toBe(indicatorLibraryJsonSchemaText());
  });

  it('holds the indicators councils report, each informing areas that exist in a framework', () => {
    const ids = INDICATOR_LIBRARY.indicators.map((i) => i.id);
    for (const id of [
      're-referrals-within-12-months', 'assessments-within-45-working-days', 'children-in-need-rate', 'section-47-enquiries-rate',
      'child-protection-plans-rate', 'children-looked-after-rate', 'repeat-child-protection-plans', 'child-protection-plans-two-years-or-more',
      'initial-conferences-within-15-days', 'three-or-more-placements', 'long-term-placement-stability',
      'care-leavers-in-education-employment-training', 'care-leavers-suitable-accommodation', 'days-entering-care-to-adoptive-family',
      'social-worker-turnover', 'social-worker-vacancy', 'agency-social-workers', 'average-caseload',
    ])
      expect(ids).toContain(id);
    const areaIds = new Set(BUILT_IN_FRAMEWORKS.flatMap((f) => flattenAreas(f.areas).map((a) => a.area.id)));
    for (const indicator of INDICATOR_LIBRARY.indicators) {
      expect(indicator.areas.length, indicator.id).toBeGreaterThan(0);
      for (const area of indicator.areas) expect(areaIds.has(area), `${indicator.id} informs ${area}`).toBe(true);
      expect(indicator.source?.publisher, indicator.id).toBe('Department for Education');
    }
    // Placement stability is the one where fewer is better for moves and more is better for staying put.
    const byId = new Map(INDICATOR_LIBRARY.indicators.map((i) => [i.id, i]));
    expect(byId.get('three-or-more-placements')!.polarity).toBe('lower_is_better');
    expect(byId.get('long-term-placement-stability')!.polarity).toBe('higher_is_better');
    expect(byId.get('children-in-need-rate')!.polarity).toBe('neither');
    // Definitions not checked against the publisher's wording say so.
    expect(INDICATOR_LIBRARY.indicators.filter((i) => i.definitionIsGuidance).length).toBeGreaterThan(0);
  });

  it('is refused, naming the problem, when two indicators share an id', () => {
    const json = JSON.parse(readFileSync(libraryFile, 'utf8')) as { indicators: { id: string }[] };
    json.indicators[1]!.id = json.indicators[0]!.id;
    expect(() => parseIndicatorLibrary(json)).toThrow(/indicators\.1\.id: Indicator id "re-referrals-within-12-months" is used twice/);
  });
});
