// The words of performance data: units, which way is better, who a figure is for, and the kinds of period
// figures are reported over. Const tuples, so zod enums, TypeScript unions and labels come from one place.

export const INDICATOR_UNITS = ['percentage', 'rate_per_10000', 'count', 'days', 'weeks'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];
export const INDICATOR_UNIT_LABELS: Record<IndicatorUnit, string> = {
  percentage: 'Percentage',
  rate_per_10000: 'Rate per 10,000 children',
  count: 'Number',
  days: 'Days',
  weeks: 'Weeks',
};

/** Which way is better. "Neither" is for figures that describe demand (children in need per 10,000). */
export const POLARITIES = ['higher_is_better', 'lower_is_better', 'neither'] as const;
export type Polarity = (typeof POLARITIES)[number];
export const POLARITY_LABELS: Record<Polarity, string> = {
  higher_is_better: 'Higher is better',
  lower_is_better: 'Lower is better',
  neither: 'Neither higher nor lower is better',
};

/**
 * Whose figure a value is: the council's own, or a comparator. The statistical neighbours' figure is the
 * average of the ten councils the Department for Education's model finds most similar; a named comparator
 * is any other council or group the organisation chooses to compare with.
 */
export const COMPARATORS = ['council', 'england', 'region', 'statistical_neighbours', 'named'] as const;
export type Comparator = (typeof COMPARATORS)[number];
export const COMPARATOR_LABELS: Record<Comparator, string> = {
  council: 'Our council',
  england: 'England',
  region: 'Region',
  statistical_neighbours: 'Statistical neighbours',
  named: 'Named comparator',
};

/**
 * The periods councils report over. Quarters are financial-year quarters (Q1 is April to June), as
 * council performance reports count them; the financial year runs April to March and is also the
 * Department for Education's "reporting year" for the children in need census and the children looked
 * after return; the academic year runs September to August; "as at" is a count on one date.
 */
export const PERIOD_KINDS = ['quarter', 'financial_year', 'academic_year', 'calendar_year', 'as_at'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  quarter: 'Quarter',
  financial_year: 'Financial year',
  academic_year: 'Academic year',
  calendar_year: 'Calendar year',
  as_at: 'As at a date',
};
