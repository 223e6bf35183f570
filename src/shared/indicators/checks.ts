// What makes a figure impossible, said once for every way figures arrive (a form, a spreadsheet, the
// command line): a percentage above 100, a negative count, a period that cannot end on the date given, an
// extraction before the period was over or after today.
import { formatShortDate } from '../dates';
import type { IndicatorDefinition } from './definition';
import { formatFigure } from './figures';
import { periodEnding, periodLabel, type Period } from './periods';
import type { PeriodKind } from './vocabulary';

export interface FigureToCheck {
  periodKind: PeriodKind;
  periodEnd: string;
  value: number;
  extractedOn: string;
}

/** The period, or the sentence saying why there is none. */
export function checkedPeriod(kind: PeriodKind, end: string): { period: Period } | { problem: string } {
  const made = periodEnding(kind, end);
  return made.ok ? { period: made.period } : { problem: `The period is wrong: ${made.reason}.` };
}

/** Every problem with one figure, as sentences that say what to do; none means it can be stored. */
export function figureProblems(figure: FigureToCheck, indicator: Pick<IndicatorDefinition, 'unit' | 'decimals' | 'title'>, today: string): string[] {
  const problems: string[] = [];
  const made = checkedPeriod(figure.periodKind, figure.periodEnd);
  if ('problem' in made) problems.push(made.problem);
  if (!Number.isFinite(figure.value)) problems.push('The figure is not a number.');
  else if (figure.value < 0) problems.push(`${formatFigure(figure.value, indicator)} is below zero; ${indicator.title} cannot be negative.`);
  else if (indicator.unit === 'percentage' && figure.value > 100)
    problems.push(`${formatFigure(figure.value, indicator)} is more than 100%; write a percentage as a number from 0 to 100.`);
  if (figure.extractedOn > today)
    problems.push(`The extraction date ${formatShortDate(figure.extractedOn)} is after today; give the date the figure was taken from its source.`);
  else if ('period' in made && figure.extractedOn < made.period.end)
    problems.push(
      `The figure for ${periodLabel(made.period)} was extracted on ${formatShortDate(figure.extractedOn)}, before the period ended on ${formatShortDate(made.period.end)}; check the extraction date or the period.`,
    );
  return problems;
}
