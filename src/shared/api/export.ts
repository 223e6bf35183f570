// The Word export and cancelling long work.
import { z } from 'zod';
import { EXPORT_EDITIONS, MARKINGS } from '../domain';
import { Id } from '../entities';
import { WrittenFileSchema } from '../files';
import { FileGrant, op } from './common';

export const ExportOptionsSchema = z
  .object({
    edition: z.enum(EXPORT_EDITIONS),
    marking: z.enum(MARKINGS).optional(),
    /** Leave out evidence marked OFFICIAL-SENSITIVE or personal data; its citations say "withheld". */
    withholdSensitive: z.boolean().default(false),
    includeActionPlan: z.boolean().default(true),
    includeEvidenceIndex: z.boolean().default(true),
    /** Self-evaluation: progress since the last inspection, with the improvement plan's counts (overdue included). */
    includeProgress: z.boolean().default(true),
    /** Board paper only: mark as exempt under Local Government Act 1972 Schedule 12A. */
    exemptSchedule12A: z.boolean().default(false),
    /** Board paper only: the meeting it goes to, e.g. "Improvement Board, 8 December 2026". */
    meeting: z.string().max(300).default(''),
    /** The document's version as printed on the cover. */
    documentVersion: z.string().max(40).default(''),
  })
  .strict();
export type ExportOptions = z.input<typeof ExportOptionsSchema>;

export const exportApi = {
  'export.word': op(
    z
      .object({
        packId: Id,
        file: FileGrant,
        options: ExportOptionsSchema,
        /** Lets the caller cancel the export with jobs.cancel while it runs. */
        jobId: z.string().min(1).max(64).optional(),
      })
      .strict(),
    z.object({ file: WrittenFileSchema, bytes: z.number().int(), withheldCount: z.number().int() }),
    'Write the Word pack to the file the person chose',
  ),

  'jobs.cancel': op(
    z.object({ jobId: z.string().min(1).max(64) }).strict(),
    z.object({ cancelled: z.boolean() }),
    'Stop long work started with this job id (an export); false when it had already finished',
  ),
} as const;
