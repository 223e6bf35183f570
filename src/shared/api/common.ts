// The building blocks every part of the contract uses: how an operation is declared, the common field
// rules, and the shape an update takes.
import { z } from 'zod';
import { Id, IsoDate } from '../entities';
import { FileGrantIdSchema } from '../files';

export const Title = z.string().trim().min(1, 'Enter a title').max(300, 'Keep the title under 300 characters');
export const Name = z.string().trim().max(200, 'Keep this under 200 characters');
export const Text = z.string().max(20_000, 'Keep this under 20,000 characters');
export const OptionalDate = IsoDate.nullable();
/** A date that must be given: a blank one is refused with `missing` (what to enter), a wrong one as IsoDate refuses it. */
export function RequiredDate(missing: string) {
  return z.string().min(1, missing).pipe(IsoDate);
}
export const ListItems = z.array(z.string().trim().min(1).max(2000)).max(50);
/** A file the host granted for this operation's purpose (see shared/files.ts); never a path. */
export const FileGrant = FileGrantIdSchema;

export function op<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, description: string) {
  return { input, output, description };
}

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner extends z.ZodType> ? Inner : T;

/**
 * The fields of a record as an update takes them: each optional and without its default. Zod 4
 * applies a default inside .partial(), so { rag: 'red' } would otherwise also reset every field
 * that was not sent; an update must change only what it names.
 */
export function patchOf<S extends z.ZodRawShape>(fields: z.ZodObject<S>) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(fields.shape))
    shape[key] = (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType)).optional();
  return z.object(shape as { [K in keyof S]: z.ZodOptional<WithoutDefault<S[K]>> });
}

/**
 * The version of the record the person started from. When someone else has saved it since, the save is
 * refused (code 'conflict') with the record as it now is and who saved it, and nothing is written. Left
 * out (the command line, a script), the save goes ahead.
 */
export const BaseVersion = z.number().int().min(0).optional();

export const Empty = z.object({}).strict();
export const Done = z.object({ done: z.literal(true) });
export const PackRef = z.object({ packId: Id }).strict();
