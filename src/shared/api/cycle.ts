// The inspection cycle: grades over many inspections, frameworks that change under a pack, and the
// framework in force for a new one.
import { z } from 'zod';
import { FrameworkSummarySchema, Id, IsoDate, PackSchema } from '../entities';
import { CarriedSchema, NotCarriedSchema } from '../move';
import { INSPECTION_TYPES } from '../domain';
import { op, PackRef } from './common';

const FrameworkBrief = z.object({ id: Id, shortTitle: z.string(), version: z.string() });

/** What moving a pack onto the framework in force would do, shown before it is done. */
export const MovePlanSchema = z.object({
  packId: Id,
  from: FrameworkBrief,
  to: FrameworkBrief,
  /** Each version passed through on the way (ILACS 2018 → ILACS 2023 → ILACS April 2026). */
  steps: z.array(FrameworkBrief),
  carried: z.array(CarriedSchema),
  /** Everything that cannot be carried, with its content: kept with the move, never dropped. */
  notCarried: z.array(NotCarriedSchema),
});
export type MovePlan = z.infer<typeof MovePlanSchema>;

export const FrameworkMoveSchema = MovePlanSchema.extend({
  id: Id,
  movedAt: z.string(),
  movedBy: z.string(),
  undoneAt: z.string().nullable(),
  undoneBy: z.string().nullable(),
  /** Null when the move can be undone; otherwise why not. */
  undoBlockedBy: z.string().nullable(),
});
export type FrameworkMove = z.infer<typeof FrameworkMoveSchema>;

const HistoryGradeSchema = z.object({
  /** The pack's area this grade is read against. */
  areaKey: z.string(),
  grade: z.string(),
  text: z.string(),
  /** 1 the best grade of its scale, 0 the worst: for charts. */
  height: z.number().nullable(),
  /** The area as the inspection named it. */
  gradedAreaTitle: z.string(),
});

export const GradeHistorySchema = z.object({
  packId: Id,
  asAt: IsoDate,
  /** The pack's graded areas, in order. */
  areas: z.array(z.object({ areaKey: z.string(), title: z.string() })),
  /** Graded inspections up to the pack's as-at date, oldest first. */
  inspections: z.array(
    z.object({
      id: Id,
      title: z.string(),
      type: z.enum(INSPECTION_TYPES),
      startDate: IsoDate,
      publishedDate: IsoDate.nullable(),
      frameworkShortTitle: z.string().nullable(),
      /** The inspection the pack's direction of travel compares with. */
      comparison: z.boolean(),
      grades: z.array(HistoryGradeSchema),
    }),
  ),
});
export type GradeHistory = z.infer<typeof GradeHistorySchema>;

export const cycleApi = {
  'packs.gradeHistory': op(PackRef, GradeHistorySchema, "Every graded inspection's grades against the pack's areas, up to its as-at date"),
  'packs.planFrameworkMove': op(
    PackRef,
    MovePlanSchema,
    'What moving the pack onto the framework in force at its as-at date would carry, and what it could not',
  ),
  'packs.moveFramework': op(
    z.object({ packId: Id, toFrameworkId: Id }).strict(),
    z.object({ pack: PackSchema, move: FrameworkMoveSchema }),
    'Move the pack onto the framework that superseded its own; recorded, undoable, and nothing dropped',
  ),
  'packs.undoFrameworkMove': op(PackRef, PackSchema, "Undo the pack's latest framework move, while nothing has changed since"),
  'packs.frameworkMoves': op(PackRef, z.array(FrameworkMoveSchema), "The pack's framework moves, newest first, with what each kept"),
  'frameworks.inForce': op(
    z.object({ frameworkId: Id, date: IsoDate }).strict(),
    z.object({ framework: FrameworkSummarySchema, superseded: z.boolean(), steps: z.array(FrameworkSummarySchema) }),
    'The framework in force on a date for a pack that was on this one: itself, or the version that replaced it',
  ),
} as const;
