// What an indicator citation in a narrative stands for, as at the pack's date: the council's figure for the
// period cited, or its latest figure when no period is cited. Shared by the Word export (which writes the
// figure and its period where the citation is), the editor's chip and the readiness checks.
import type { IndicatorCitation } from '../richtext';
import type { Indicator } from './definition';
import { formatFigure } from './figures';
import { parsePeriodKey, periodKey, periodLabel } from './periods';
import { buildSeries, type SeriesPoint } from './series';
import type { IndicatorValue } from './values';

export interface IndicatorFigures {
  indicator: Indicator;
  /** Every figure for the indicator whose period ends by the pack's date. */
  values: IndicatorValue[];
}

export interface ResolvedCitation {
  indicator: Indicator | null;
  /** The council's figure cited, or null when there is none for that period by the pack's date. */
  point: SeriesPoint | null;
  /**
   * Figures a sentence quoting this one may also give: the same period's comparators, each comparator's
   * latest, and the council's earlier periods ("down from 19.6% to 18.4%, against England's 22.1%").
   */
  related: number[];
  /** As Word writes it: "18.4% (Q2 2026–27)"; or what is missing. */
  text: string;
}

export function resolveCitation(citation: IndicatorCitation, figures: Map<string, IndicatorFigures>, asAt: string): ResolvedCitation {
  const found = figures.get(citation.indicatorId);
  if (!found) return { indicator: null, point: null, related: [], text: '[indicator not found]' };
  const { indicator, values } = found;
  const wanted = citation.period ? parsePeriodKey(citation.period) : null;
  const series = buildSeries(indicator, values, asAt);
  let point: SeriesPoint | null = null;
  if (wanted) {
    const v = values.find((x) => x.comparator === 'council' && periodKey(x.period) === citation.period && x.period.end <= asAt);
    point = v ? { period: v.period, value: v.value, source: v.source, extractedOn: v.extractedOn } : null;
  } else point = series.latest;
  if (!point)
    return {
      indicator,
      point: null,
      related: [],
      text: `[no figure for ${indicator.shortTitle}${wanted ? `, ${periodLabel(wanted)}` : ` by the pack's date`}]`,
    };
  const key = periodKey(point.period);
  return {
    indicator,
    point,
    related: [
      ...values.filter((v) => periodKey(v.period) === key).map((v) => v.value),
      ...series.comparisons.map((c) => c.point.value),
      ...series.council.map((p) => p.value),
    ],
    text: `${formatFigure(point.value, indicator)} (${periodLabel(point.period)})`,
  };
}
