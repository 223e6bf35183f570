// Figures in words: "18.4%", "56.2 per 10,000", "412 days", and what a comparison means given which way
// is better ("better than England", "worse than statistical neighbours"), so no screen or document ever
// leaves a reader to work it out from a colour.
import type { Comparator, IndicatorUnit, Polarity } from './vocabulary';

export interface UnitOf {
  unit: IndicatorUnit;
  decimals: number;
}

// One formatter per number of decimals: toLocaleString with options builds a new one on every call, which
// was about a twentieth of the CPU of a Word export (every figure of every chart, table and sentence).
const formatters = new Map<number, Intl.NumberFormat>();

function grouped(value: number, decimals: number): string {
  let format = formatters.get(decimals);
  if (!format) formatters.set(decimals, (format = new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  return format.format(value);
}

/** The figure as a reader sees it, with its unit. */
export function formatFigure(value: number, indicator: UnitOf): string {
  const n = grouped(value, indicator.decimals);
  switch (indicator.unit) {
    case 'percentage':
      return `${n}%`;
    case 'rate_per_10000':
      return `${n} per 10,000`;
    case 'count':
      return n;
    case 'days':
      return `${n} ${value === 1 ? 'day' : 'days'}`;
    case 'weeks':
      return `${n} ${value === 1 ? 'week' : 'weeks'}`;
  }
}

/** The figure alone, for table cells whose header names the unit. */
export function formatNumber(value: number, decimals: number): string {
  return grouped(value, decimals);
}

/** The unit as a table header or axis title says it. */
export function unitCaption(unit: IndicatorUnit): string {
  return { percentage: '%', rate_per_10000: 'per 10,000 children', count: 'number', days: 'days', weeks: 'weeks' }[unit];
}

/** Two figures are the same when they show the same at the indicator's precision. */
export function sameFigure(a: number, b: number, decimals: number): boolean {
  return Math.round(a * 10 ** decimals) === Math.round(b * 10 ** decimals);
}

export type Standing = 'better' | 'worse' | 'same' | 'higher' | 'lower';

/** How a figure stands against another, given which way is better. */
export function standing(value: number, other: number, indicator: UnitOf & { polarity: Polarity }): Standing {
  if (sameFigure(value, other, indicator.decimals)) return 'same';
  const higher = value > other;
  if (indicator.polarity === 'neither') return higher ? 'higher' : 'lower';
  return higher === (indicator.polarity === 'higher_is_better') ? 'better' : 'worse';
}

export const STANDING_WORDS: Record<Standing, string> = {
  better: 'better than',
  worse: 'worse than',
  same: 'the same as',
  higher: 'higher than',
  lower: 'lower than',
};

/** How a figure moved since the last period: "improved", "worsened", "no change", "rose", "fell". */
export function movement(latest: number, previous: number, indicator: UnitOf & { polarity: Polarity }): string {
  const s = standing(latest, previous, indicator);
  return { better: 'improved', worse: 'worsened', same: 'no change', higher: 'rose', lower: 'fell' }[s];
}

/** A comparator's name as a sentence uses it: "England", "the region", "statistical neighbours", "Leeds". */
export function comparatorName(comparator: Comparator, name: string): string {
  switch (comparator) {
    case 'council':
      return name || 'our council';
    case 'england':
      return 'England';
    case 'region':
      return name ? `the region (${name})` : 'the region';
    case 'statistical_neighbours':
      return 'statistical neighbours';
    case 'named':
      return name;
  }
}

/** The comparator as a legend or column header names it. */
export function comparatorLabel(comparator: Comparator, name: string): string {
  switch (comparator) {
    case 'council':
      return name || 'Our council';
    case 'england':
      return 'England';
    case 'region':
      return name ? `Region (${name})` : 'Region';
    case 'statistical_neighbours':
      return 'Statistical neighbours';
    case 'named':
      return name;
  }
}

/** The council's name as a chart key or column has room for: "Northmoor" for "Northmoor Borough Council". */
export function shortCouncilName(name: string): string {
  return name.replace(/\s+(metropolitan\s+)?(borough|county|city|district)?\s*council$/i, '').trim() || name;
}

/** "lower is better" for sentences. */
export function polarityPhrase(polarity: Polarity): string {
  return { higher_is_better: 'higher is better', lower_is_better: 'lower is better', neither: 'neither higher nor lower is better' }[polarity];
}
