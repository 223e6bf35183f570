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
    /**
     * Board paper only: mark it exempt under Schedule 12A to the Local Government Act 1972 whatever the
     * paper's own publication says (its paragraph and public-interest test come from the paper).
     */
    exemptSchedule12A: z.boolean().default(false),
    /** Board paper only: the meeting it goes to, in place of the paper's own, e.g. "Improvement Board". */
    meeting: z.string().max(300).default(''),
    /**
     * Board paper only: how many strengths and areas for development of each area it names ('all' for
     * every one). When it names fewer than an area has, it says how many there are.
     */
    pointsPerArea: z.union([z.number().int().min(1).max(50), z.literal('all')]).default(3),
    /**
     * Board paper only: an appendix on the indicators needing attention, charting those worse than the
     * period before or behind every comparator and naming those behind only some. On by default: members
     * scrutinise exactly these, the report itself stays the same length, and the summary table in the
     * report holds every latest figure when it is off.
     */
    includeCharts: z.boolean().default(true),
    /** The document's version as printed on the cover. */
    documentVersion: z.string().max(40).default(''),
  })
  .strict();
export type ExportOptions = z.input<typeof ExportOptionsSchema>;

export const EXPORT_FINDINGS = [
  'sensitive_unmarked',
  'sensitive_official',
  'open_but_sensitive',
  'exempt_without_paragraph',
  'green_overdue',
  'review_before_evidence',
  'approved_not_agreed',
  'template_styles_missing',
] as const;

export const ExportFindingSchema = z.object({ code: z.enum(EXPORT_FINDINGS), message: z.string() });
export type ExportFinding = z.infer<typeof ExportFindingSchema>;

export const ExportCheckSchema = z.object({
  /** How the document would be handled: sensitive evidence marked too low, a paper open but sensitive… */
  handling: z.array(ExportFindingSchema),
  /** Things a reader may question: a Green action already overdue, a review date before the evidence date… */
  questions: z.array(ExportFindingSchema),
  /** What of the council's Word template cannot be used: styles it lacks, for which SEF Studio's own are used. */
  template: z.array(ExportFindingSchema),
});
export type ExportCheck = z.infer<typeof ExportCheckSchema>;

export const exportApi = {
  'export.check': op(
    z.object({ packId: Id, options: ExportOptionsSchema }).strict(),
    ExportCheckSchema,
    'What to look at before the document goes out: how it is handled, and things a reader may question',
  ),

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
