// Figures for one period: the council's own and its comparators', each with where it came from and when it
// was extracted. The schemas here are the contract's; the input schema is what forms and spreadsheet
// imports send.
import { z } from 'zod';
import { IsoDate } from '../entities';
import { COMPARATORS, PERIOD_KINDS } from './vocabulary';

export const PeriodSchema = z.object({
  kind: z.enum(PERIOD_KINDS),
  start: IsoDate,
  end: IsoDate,
});

export const IndicatorValueSchema = z.object({
  id: z.string(),
  indicatorId: z.string(),
  comparator: z.enum(COMPARATORS),
  /** The named comparator's name; '' for the council, England, the region and statistical neighbours. */
  comparatorName: z.string(),
  period: PeriodSchema,
  value: z.number(),
  /** Where the figure came from: "LAIT, published 7 November 2026", "Local performance report". */
  source: z.string(),
  extractedOn: IsoDate,
  note: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;

/** A figure's fields, each checked alone; forms extend this with their own boxes. */
export const IndicatorValueFieldsSchema = z
  .object({
    indicatorId: z.string().min(1).max(80),
    comparator: z.enum(COMPARATORS),
    comparatorName: z.string().trim().max(120).default(''),
    periodKind: z.enum(PERIOD_KINDS),
    periodEnd: IsoDate,
    value: z.number().finite('Enter a number'),
    source: z.string().trim().min(1, 'Say where the figure came from').max(300),
    extractedOn: IsoDate,
    note: z.string().trim().max(2000).default(''),
  })
  .strict();

/** A named comparator has a name, and only a named one. */
export function checkComparatorName(v: { comparator: string; comparatorName: string }, ctx: z.RefinementCtx): void {
  if (v.comparator === 'named' && !v.comparatorName)
    ctx.addIssue({ code: 'custom', path: ['comparatorName'], message: 'Name the comparator, such as the council compared with' });
  if (v.comparator !== 'named' && v.comparatorName)
    ctx.addIssue({ code: 'custom', path: ['comparatorName'], message: 'Only a named comparator has a name' });
}

export const IndicatorValueInputSchema = IndicatorValueFieldsSchema.superRefine(checkComparatorName);
export type IndicatorValueInput = z.input<typeof IndicatorValueInputSchema>;
