// The contract: every operation the interface can ask of the core, with a zod schema for its input and
// its output. The core's handler map is typed from this object, so a missing handler fails to compile;
// hosts (Electron IPC, the CLI, the browser tests) all carry the same { op, input } and Result.
import { z } from 'zod';
import {
  ACTION_STATUSES, AREA_STATUSES, EVIDENCE_TYPES, EXPORT_EDITIONS, FRESHNESS, GRADE_POSITIONS,
  INSPECTION_TYPES, MARKINGS, RAGS, RECOMMENDATION_KINDS, RECOMMENDATION_STATUSES, SENSITIVITIES,
} from './domain';
import {
  ActionSchema, AreaDetailSchema, AttachmentSchema, AuditEntrySchema, EvidenceLinkSchema, EvidenceRowSchema,
  EvidenceSchema, FrameworkSummarySchema, Id, InspectionSchema, IsoDate, NarrativeSchema, PackAreaSchema,
  PackDetailSchema, PackSchema, ProgressNoteSchema, ReadinessSchema, RecommendationSchema, SettingsSchema,
} from './entities';
import { FrameworkSchema } from './framework';
import { RichDocSchema } from './richtext';

const Title = z.string().trim().min(1, 'Enter a title').max(300, 'Keep the title under 300 characters');
const Name = z.string().trim().max(200, 'Keep this under 200 characters');
const Text = z.string().max(20_000, 'Keep this under 20,000 characters');
const OptionalDate = IsoDate.nullable();
const ListItems = z.array(z.string().trim().min(1).max(2000)).max(50);
const FilePath = z.string().min(1).max(4096);

function op<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, description: string) {
  return { input, output, description };
}

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner extends z.ZodType> ? Inner : T;

/**
 * The fields of a record as an update takes them: each optional and without its default. Zod 4
 * applies a default inside .partial(), so { rag: 'red' } would otherwise also reset every field
 * that was not sent; an update must change only what it names.
 */
function patchOf<S extends z.ZodRawShape>(fields: z.ZodObject<S>) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(fields.shape))
    shape[key] = (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType)).optional();
  return z.object(shape as { [K in keyof S]: z.ZodOptional<WithoutDefault<S[K]>> });
}

const Empty = z.object({}).strict();
const Done = z.object({ done: z.literal(true) });
const PackRef = z.object({ packId: Id }).strict();

const EvidenceFields = z.object({
  title: Title,
  type: z.enum(EVIDENCE_TYPES),
  description: Text.default(''),
  owner: Name.default(''),
  effectiveDate: OptionalDate.default(null),
  reviewDue: OptionalDate.default(null),
  source: Name.default(''),
  sensitivity: z.enum(SENSITIVITIES).default('official'),
});

const ActionFields = z.object({
  title: Title,
  owner: Name.default(''),
  dueDate: OptionalDate.default(null),
  status: z.enum(ACTION_STATUSES).default('not_started'),
  rag: z.enum(RAGS).default('green'),
  areaId: Id.nullable().default(null),
  recommendationId: Id.nullable().default(null),
});

const InspectionFields = z.object({
  type: z.enum(INSPECTION_TYPES),
  title: Title,
  startDate: IsoDate,
  endDate: OptionalDate.default(null),
  publishedDate: OptionalDate.default(null),
  frameworkId: Id.nullable().default(null),
  reportReference: Name.default(''),
  summary: Text.default(''),
  grades: z.array(z.object({ areaKey: z.string().min(1).max(80), grade: z.string().min(1).max(80) })).max(60).default([]),
});

const RecommendationFields = z.object({
  reference: Name.default(''),
  kind: z.enum(RECOMMENDATION_KINDS).default('recommendation'),
  text: z.string().trim().min(1, 'Enter the recommendation').max(5000),
  areaKey: z.string().max(80).nullable().default(null),
  status: z.enum(RECOMMENDATION_STATUSES).default('open'),
  progress: Text.default(''),
});

export const EvidenceQuerySchema = z
  .object({
    /** Pack whose areas supply linkedAreas and the area filter. */
    packId: Id.optional(),
    text: z.string().max(500).optional(),
    type: z.enum(EVIDENCE_TYPES).optional(),
    owner: z.string().max(200).optional(),
    areaId: Id.optional(),
    freshness: z.enum(FRESHNESS).optional(),
    sensitivity: z.enum(SENSITIVITIES).optional(),
    sort: z.enum(['reference', 'title', 'type', 'owner', 'effectiveDate', 'reviewDue', 'updatedAt']).default('reference'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(20_000).default(200),
  })
  .strict();
export type EvidenceQuery = z.input<typeof EvidenceQuerySchema>;

export const ExportOptionsSchema = z
  .object({
    edition: z.enum(EXPORT_EDITIONS),
    marking: z.enum(MARKINGS).optional(),
    /** Leave out evidence marked OFFICIAL-SENSITIVE or personal data; its citations say "withheld". */
    withholdSensitive: z.boolean().default(false),
    includeActionPlan: z.boolean().default(true),
    includeEvidenceIndex: z.boolean().default(true),
    /** Board paper only: mark as exempt under Local Government Act 1972 Schedule 12A. */
    exemptSchedule12A: z.boolean().default(false),
    /** Board paper only: the meeting it goes to, e.g. "Improvement Board, 8 December 2026". */
    meeting: z.string().max(300).default(''),
    /** The document's version as printed on the cover. */
    documentVersion: z.string().max(40).default(''),
  })
  .strict();
export type ExportOptions = z.input<typeof ExportOptionsSchema>;

export const api = {
  'app.info': op(
    Empty,
    z.object({ appVersion: z.string(), schemaVersion: z.number().int(), databasePath: z.string(), today: IsoDate }),
    'What the app and its database are',
  ),

  'settings.get': op(Empty, SettingsSchema, 'Read the organisation settings'),
  'settings.update': op(
    z
      .object({
        organisationName: Name.optional(),
        displayName: Name.optional(),
        defaultMarking: z.enum(MARKINGS).optional(),
      })
      .strict(),
    SettingsSchema,
    'Change organisation settings',
  ),
  'settings.setLogo': op(
    z.object({ path: FilePath.nullable() }).strict(),
    SettingsSchema,
    'Set the logo from a PNG or JPEG file, or remove it with null',
  ),
  'settings.getLogo': op(
    Empty,
    z.object({ mediaType: z.string(), dataBase64: z.string() }).nullable(),
    'The logo image, small enough to show',
  ),

  'frameworks.list': op(Empty, z.array(FrameworkSummarySchema), 'Frameworks available for new packs'),
  'frameworks.get': op(z.object({ frameworkId: Id }).strict(), FrameworkSchema, 'One framework in full'),
  'frameworks.import': op(
    z.object({ path: FilePath }).strict(),
    FrameworkSummarySchema,
    'Add a framework from a JSON file; an invalid one is refused with the reasons',
  ),

  'packs.list': op(Empty, z.array(PackSchema), 'All packs, newest first'),
  'packs.get': op(PackRef, PackDetailSchema, 'A pack with its framework and areas'),
  'packs.create': op(
    z
      .object({
        title: Title,
        frameworkId: Id,
        period: z.string().trim().min(1, 'Enter the period, such as 2025–26').max(40),
        asAt: IsoDate,
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
        period: z.string().trim().min(1, 'Enter the period, such as 2026–27').max(40),
        asAt: IsoDate,
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
        period: z.string().trim().min(1).max(40).optional(),
        asAt: IsoDate.optional(),
        context: RichDocSchema.optional(),
        boardAsks: RichDocSchema.optional(),
        baselineInspectionId: Id.nullable().optional(),
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
      })
      .strict(),
    PackAreaSchema,
    'Change the self-grade, position, strengths, areas for development or status',
  ),
  'narratives.save': op(
    z.object({ areaId: Id, sectionId: z.string().min(1).max(80), doc: RichDocSchema }).strict(),
    NarrativeSchema,
    'Save one narrative section',
  ),

  'evidence.list': op(
    EvidenceQuerySchema,
    z.object({ items: z.array(EvidenceRowSchema), total: z.number().int() }),
    'Search, filter and sort the evidence library',
  ),
  'evidence.get': op(
    z.object({ evidenceId: Id, packId: Id.optional() }).strict(),
    z.object({ evidence: EvidenceSchema, attachments: z.array(AttachmentSchema), links: z.array(EvidenceLinkSchema) }),
    'One evidence item with its attachments and links',
  ),
  'evidence.create': op(EvidenceFields.strict(), EvidenceSchema, 'Add an evidence item to the library'),
  'evidence.update': op(
    patchOf(EvidenceFields).extend({ evidenceId: Id }).strict(),
    EvidenceSchema,
    'Change an evidence item',
  ),
  'evidence.delete': op(z.object({ evidenceId: Id }).strict(), Done, 'Delete an evidence item, its attachments and links'),
  'evidence.attachFile': op(
    z.object({ evidenceId: Id, path: FilePath }).strict(),
    AttachmentSchema,
    'Attach a file from disk; it is stored inside the database',
  ),
  'evidence.removeAttachment': op(z.object({ attachmentId: Id }).strict(), Done, 'Remove an attachment'),
  'evidence.saveAttachment': op(
    z.object({ attachmentId: Id, path: FilePath }).strict(),
    z.object({ path: z.string() }),
    'Write an attachment out to a file (to open it or keep a copy)',
  ),
  'evidence.openableCopy': op(
    z.object({ attachmentId: Id }).strict(),
    z.object({ path: z.string() }),
    "Write an attachment to a private temporary folder so the host can open it in the user's own app",
  ),
  'evidence.link': op(
    z.object({ evidenceId: Id, areaId: Id, note: Text.default('') }).strict(),
    EvidenceLinkSchema,
    'Link evidence to an area of a pack with a note on what it shows',
  ),
  'evidence.unlink': op(z.object({ evidenceId: Id, areaId: Id }).strict(), Done, 'Remove a link'),

  'actions.list': op(PackRef, z.array(ActionSchema), "The pack's action plan"),
  'actions.create': op(ActionFields.extend({ packId: Id }).strict(), ActionSchema, 'Add an action'),
  'actions.update': op(patchOf(ActionFields).extend({ actionId: Id }).strict(), ActionSchema, 'Change an action'),
  'actions.delete': op(z.object({ actionId: Id }).strict(), Done, 'Delete an action'),
  'actions.addNote': op(
    z.object({ actionId: Id, date: IsoDate, text: z.string().trim().min(1, 'Write the progress note').max(5000) }).strict(),
    ProgressNoteSchema,
    'Add a progress note to an action',
  ),

  'inspections.list': op(Empty, z.array(InspectionSchema), 'Past inspections and visits, newest first'),
  'inspections.create': op(InspectionFields.strict(), InspectionSchema, 'Record an inspection or visit'),
  'inspections.update': op(
    patchOf(InspectionFields).extend({ inspectionId: Id }).strict(),
    InspectionSchema,
    'Change an inspection',
  ),
  'inspections.delete': op(z.object({ inspectionId: Id }).strict(), Done, 'Delete an inspection and its recommendations'),
  'recommendations.create': op(
    RecommendationFields.extend({ inspectionId: Id }).strict(),
    RecommendationSchema,
    'Add a recommendation or area for priority action',
  ),
  'recommendations.update': op(
    patchOf(RecommendationFields).extend({ recommendationId: Id }).strict(),
    RecommendationSchema,
    'Change a recommendation or record its progress',
  ),
  'recommendations.delete': op(z.object({ recommendationId: Id }).strict(), Done, 'Delete a recommendation'),

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

  'export.word': op(
    z
      .object({
        packId: Id,
        path: FilePath,
        options: ExportOptionsSchema,
        /** Lets the caller cancel the export with jobs.cancel while it runs. */
        jobId: z.string().min(1).max(64).optional(),
      })
      .strict(),
    z.object({ path: z.string(), bytes: z.number().int(), withheldCount: z.number().int() }),
    'Write the Word pack to a file',
  ),

  'jobs.cancel': op(
    z.object({ jobId: z.string().min(1).max(64) }).strict(),
    z.object({ cancelled: z.boolean() }),
    'Stop long work started with this job id (an export); false when it had already finished',
  ),

  'database.check': op(
    Empty,
    z.object({ ok: z.boolean(), messages: z.array(z.string()), schemaVersion: z.number().int() }),
    'Run an integrity check',
  ),
  'database.backup': op(z.object({ path: FilePath }).strict(), z.object({ path: z.string(), bytes: z.number().int() }), 'Write a consistent copy of the database'),
} as const;

export type Api = typeof api;
export type OpName = keyof Api;
export type OpInput<N extends OpName> = z.input<Api[N]['input']>;
export type OpParsedInput<N extends OpName> = z.output<Api[N]['input']>;
export type OpOutput<N extends OpName> = z.output<Api[N]['output']>;

export function isOpName(name: unknown): name is OpName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(api, name);
}
