// One indicator as a pack sees it, judged as at the pack's date: the council's figures over its last
// periods, its comparators' figures over the same time, the latest figure, how it moved, and how it
// stands against each comparator, in words. Pure, so the interface, the Word export and the readiness
// checks all read the same figures the same way.
import { z } from 'zod';
import { formatLongDate } from '../dates';
import { IndicatorSchema, type Indicator } from './definition';
import { comparatorLabel, comparatorName, formatFigure, movement, polarityPhrase, standing, STANDING_WORDS, type Standing } from './figures';
import { comparePeriods, periodKey, periodLabel, periodSpan, type Period } from './periods';
import { PeriodSchema, type IndicatorValue } from './values';
import { COMPARATORS, type Comparator } from './vocabulary';

/** How many of the council's periods a trend shows. */
export const TREND_PERIODS = 6;

export const SeriesPointSchema = z.object({
  period: PeriodSchema,
  value: z.number(),
  source: z.string(),
  extractedOn: z.string(),
});
export type SeriesPoint = z.infer<typeof SeriesPointSchema>;

export const ComparatorSeriesSchema = z.object({
  comparator: z.enum(COMPARATORS),
  name: z.string(),
  label: z.string(),
  points: z.array(SeriesPointSchema),
});
export type ComparatorSeries = z.infer<typeof ComparatorSeriesSchema>;

export const ComparisonSchema = z.object({
  comparator: z.enum(COMPARATORS),
  name: z.string(),
  label: z.string(),
  point: SeriesPointSchema,
  /** False when the comparator has no figure for the council's latest period and its own latest is used. */
  samePeriod: z.boolean(),
  standing: z.enum(['better', 'worse', 'same', 'higher', 'lower']),
});
export type Comparison = z.infer<typeof ComparisonSchema>;

export const IndicatorSeriesSchema = z.object({
  indicator: IndicatorSchema,
  asAt: z.string(),
  council: z.array(SeriesPointSchema),
  comparators: z.array(ComparatorSeriesSchema),
  latest: SeriesPointSchema.nullable(),
  previous: SeriesPointSchema.nullable(),
  comparisons: z.array(ComparisonSchema),
  /** One paragraph a reader can take the figures from without the chart. */
  summary: z.string(),
});
export type IndicatorSeries = z.infer<typeof IndicatorSeriesSchema>;

const toPoint = (v: IndicatorValue): SeriesPoint => ({ period: v.period, value: v.value, source: v.source, extractedOn: v.extractedOn });
const byPeriod = (a: SeriesPoint, b: SeriesPoint) => comparePeriods(a.period, b.period);

function seriesKey(v: Pick<IndicatorValue, 'comparator' | 'comparatorName'>): string {
  return `${v.comparator}\u0000${v.comparatorName.toLowerCase()}`;
}

/** Comparators in the order readers expect: England, region, statistical neighbours, then named ones A to Z. */
function comparatorOrder(a: ComparatorSeries, b: ComparatorSeries): number {
  const rank = COMPARATORS.indexOf(a.comparator) - COMPARATORS.indexOf(b.comparator);
  return rank || a.name.localeCompare(b.name, 'en-GB');
}

/**
 * The series for one indicator from all its values, as at `asAt`: a period that ends after the pack's date
 * is in the pack's future and is left out. The council's trend keeps to the kind of period its latest
 * figure is for (quarters, or years), so a line never mixes the two.
 */
export function buildSeries(indicator: Indicator, values: IndicatorValue[], asAt: string, councilName = ''): IndicatorSeries {
  const known = values.filter((v) => v.indicatorId === indicator.id && v.period.end <= asAt);
  const councilAll = known.filter((v) => v.comparator === 'council').map(toPoint).sort(byPeriod);
  const latestKind = councilAll.at(-1)?.period.kind;
  const council = councilAll.filter((p) => p.period.kind === latestKind).slice(-TREND_PERIODS);
  const windowStart = council[0]?.period.start ?? '';

  const groups = new Map<string, IndicatorValue[]>();
  for (const v of known) {
    if (v.comparator === 'council') continue;
    const list = groups.get(seriesKey(v));
    if (list) list.push(v);
    else groups.set(seriesKey(v), [v]);
  }
  const comparators: ComparatorSeries[] = [...groups.values()]
    .map((list) => {
      const points = list.map(toPoint).sort(byPeriod);
      const inWindow = points.filter((p) => p.period.end >= windowStart);
      const first = list[0]!;
      return {
        comparator: first.comparator,
        name: first.comparatorName,
        label: comparatorLabel(first.comparator, first.comparatorName),
        // With nothing in the council's window, the comparator's latest figure still gives a comparison.
        points: inWindow.length ? inWindow : points.slice(-1),
      };
    })
    .sort(comparatorOrder);

  const latest = council.at(-1) ?? null;
  const previous = council.at(-2) ?? null;
  const comparisons: Comparison[] = latest
    ? comparators.map((c) => {
        const same = c.points.find((p) => periodKey(p.period) === periodKey(latest.period));
        const point = same ?? c.points.at(-1)!;
        return { comparator: c.comparator, name: c.name, label: c.label, point, samePeriod: !!same, standing: standing(latest.value, point.value, indicator) };
      })
    : [];

  const series = { indicator, asAt, council, comparators, latest, previous, comparisons, summary: '' };
  return { ...series, summary: summarise(series, councilName) };
}

function listWords(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

/** "better than England (22.1%) and statistical neighbours (20.3%); worse than the region (17.9%, 2025–26)". */
export function comparisonWords(indicator: Indicator, comparisons: Comparison[]): string {
  const order: Standing[] = ['better', 'worse', 'higher', 'lower', 'same'];
  return order
    .map((s) => {
      const these = comparisons.filter((c) => c.standing === s);
      if (!these.length) return '';
      const names = these.map((c) => {
        const when = c.samePeriod ? '' : `, ${periodLabel(c.point.period)}`;
        return `${comparatorName(c.comparator, c.name)} (${formatFigure(c.point.value, indicator)}${when})`;
      });
      return `${STANDING_WORDS[s]} ${listWords(names)}`;
    })
    .filter(Boolean)
    .join('; ');
}

/** The main comparators, in the order summary tables give them a column each. */
export const SUMMARY_COMPARATORS = ['england', 'region', 'statistical_neighbours'] as const satisfies readonly Comparator[];

/**
 * One comparator's cell in a summary table: "Better: 22.1%", "Worse: 17.9% (2025–26)", or "–" when there is
 * no figure. The period is said where it is not the council's latest, or as `period` decides (a table
 * whose header already names the period most rows share).
 */
export function standingAgainst(
  series: Pick<IndicatorSeries, 'indicator' | 'comparisons'>,
  comparator: Comparator,
  period: (c: Comparison) => string | null = (c) => (c.samePeriod ? null : periodLabel(c.point.period)),
): string {
  const c = series.comparisons.find((x) => x.comparator === comparator);
  if (!c) return '–';
  const label = period(c);
  const when = label ? ` (${label})` : '';
  const word = STANDING_WORDS[c.standing].replace(/ (than|as)$/, '');
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}: ${formatFigure(c.point.value, series.indicator)}${when}`;
}

function summarise(series: Omit<IndicatorSeries, 'summary'>, councilName: string): string {
  const { indicator, latest, previous, comparisons } = series;
  const who = councilName || 'The council';
  if (!latest) return `${who} has no figure for ${indicator.title} up to ${formatLongDate(series.asAt)}.`;
  const headline = `${indicator.title}: ${formatFigure(latest.value, indicator)} in ${periodLabel(latest.period)} (${periodSpan(latest.period)})`;
  const compared = comparisonWords(indicator, comparisons);
  let text = compared ? `${headline}, ${compared}.` : `${headline}.`;
  if (previous) {
    const moved = movement(latest.value, previous.value, indicator);
    text +=
      moved === 'no change'
        ? ` No change from ${periodLabel(previous.period)}.`
        : ` ${capitalise(moved)} from ${formatFigure(previous.value, indicator)} in ${periodLabel(previous.period)}.`;
  }
  return `${text} ${capitalise(polarityPhrase(indicator.polarity))}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Every distinct period the series show, in time order: the columns of an indicator table. */
export function seriesPeriods(series: Pick<IndicatorSeries, 'council' | 'comparators'>): Period[] {
  const seen = new Map<string, Period>();
  for (const p of [...series.council, ...series.comparators.flatMap((c) => c.points)]) seen.set(periodKey(p.period), p.period);
  return [...seen.values()].sort(comparePeriods);
}

/** The comparator a value belongs to, in a form fit for a map key. */
export function comparatorKey(comparator: Comparator, name: string): string {
  return seriesKey({ comparator, comparatorName: name });
}
