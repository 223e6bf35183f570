// How the indicator forms' boxes hold what the contract wants: a select of numbers holds text, and a
// group of checkboxes holds false, one string or a list. Each reads the box, then the contract checks it.
import { z } from 'zod';

/** A select of numbers holds text; the contract wants the number. */
export const numberChoice = (contract: z.ZodType): z.ZodType => z.string().transform(Number).pipe(contract as z.ZodType<unknown, number>);

/** Checkboxes give false when none is ticked, a string for one and a list for several. */
export const ticked = (contract: z.ZodType): z.ZodType =>
  z
    .union([z.literal(false), z.string(), z.array(z.string())])
    .transform((v) => (v === false ? [] : typeof v === 'string' ? [v] : v))
    .pipe(contract as z.ZodType<unknown, string[]>);

/** The decimal places a figure may be shown with. */
export const DECIMAL_CHOICES = [0, 1, 2, 3] as const;
