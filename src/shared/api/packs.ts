// Self-evaluation packs, their areas and narratives, sign-off, readiness and history.
import { z } from 'zod';
import { AREA_STATUSES, GRADE_POSITIONS } from '../domain';
import {
  AreaDetailSchema, AuditEntrySchema, Id, NarrativeSchema, PackAreaSchema, PackDetailSchema, PackSchema,
  ReadinessSchema,
} from '../entities';
import { RichDocSchema } from '../richtext';
import { BaseVersion, Done, Empty, ListItems, op, PackRef, RequiredDate, Title } from './common';

export const packsApi = {
  'packs.list': op(Empty, z.array(PackSchema), 'All packs, newest first'),
  'packs.get': op(PackRef, PackDetailSchema, 'A pack with its framework and areas'),
  'packs.create': op(
    z
      .object({
        title: Title,
        frameworkId: Id,
        period: z.string().trim().min(1, 'Enter the period, such as 2025–26').max(40, 'Keep the period under 40 characters'),
        asAt: RequiredDate('Enter the as-at date'),
      })
      .strict(),
    PackSchema,
    'Create a blank pack from a framework',
  ),
  'packs.createFromPrevious': op(
    z
      .object({
        previousPackId: Id,
        title: Title,
        period: z.string().trim().min(1, 'Enter the period, such as 2026–27').max(40, 'Keep the period under 40 characters'),
        asAt: RequiredDate('Enter the as-at date'),
      })
      .strict(),
    PackSchema,
    "Start this cycle's pack from last year's: content copied, every area back to \"to review\"",
  ),
  'packs.update': op(
    z
      .object({
        packId: Id,
        title: Title.optional(),
        period: z.string().trim().min(1, 'Enter the period, such as 2026–27').max(40, 'Keep the period under 40 characters').optional(),
        asAt: RequiredDate('Enter the as-at date').optional(),
        context: RichDocSchema.optional(),
        boardAsks: RichDocSchema.optional(),
        baselineInspectionId: Id.nullable().optional(),
        baseVersion: BaseVersion,
      })
      .strict(),
    PackSchema,
    'Change pack details',
  ),
  'packs.submitForReview': op(PackRef, PackSchema, 'Mark a draft pack as in review'),
  'packs.approve': op(PackRef, PackSchema, 'Sign the pack off; it becomes read-only'),
  'packs.reopen': op(
    z.object({ packId: Id, reason: z.string().trim().min(1, 'Say why the pack is being reopened').max(2000) }).strict(),
    PackSchema,
    'Reopen an approved pack for editing; the reason is recorded',
  ),
  'packs.delete': op(PackRef, Done, 'Delete a pack and its areas, narratives, links and actions'),

  'areas.get': op(z.object({ areaId: Id }).strict(), AreaDetailSchema, 'An area with narratives, evidence and actions'),
  'areas.update': op(
    z
      .object({
        areaId: Id,
        grade: z.string().max(80).nullable().optional(),
        position: z.enum(GRADE_POSITIONS).nullable().optional(),
        strengths: ListItems.optional(),
        areasForDevelopment: ListItems.optional(),
        status: z.enum(AREA_STATUSES).optional(),
        baseVersion: BaseVersion,
      })
      .strict(),
    PackAreaSchema,
    'Change the self-grade, position, strengths, areas for development or status',
  ),
  'narratives.save': op(
    z
      .object({
        areaId: Id,
        sectionId: z.string().min(1).max(80),
        doc: RichDocSchema,
        /** The version the editor started from (see BaseVersion): a stale save comes back with their text and name. */
        baseVersion: BaseVersion,
      })
      .strict(),
    NarrativeSchema,
    'Save one narrative section',
  ),

  'audit.list': op(
    z
      .object({
        packId: Id.optional(),
        entity: z.string().max(40).optional(),
        entityId: Id.optional(),
        beforeId: z.number().int().optional(),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    z.array(AuditEntrySchema),
    'Who changed what and when, newest first',
  ),

  'readiness.get': op(PackRef, ReadinessSchema, 'The readiness summary of a pack'),
} as const;
