// What the core returns: the records of a pack database as the interface and exports see them.
// Zod schemas so outputs can be checked in tests; types are derived, never written twice.
import { z } from 'zod';
import {
  ACTION_STATUSES, AREA_STATUSES, DIRECTIONS, EVIDENCE_TYPES, FRESHNESS, GRADE_POSITIONS, INSPECTION_TYPES,
  MARKINGS, PACK_STATUSES, RAGS, RECOMMENDATION_KINDS, RECOMMENDATION_STATUSES, SENSITIVITIES,
} from './domain';
import { ClaimFlagSchema } from './claims/flag';
import { FrameworkSchema } from './framework';
import { isValidIsoDate } from './dates';
import { RichDocSchema } from './richtext';

export const Id = z.string().min(1).max(64);
/** A calendar date as YYYY-MM-DD that exists: 2026-02-30 and 2026-13-01 are refused, not stored. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Use a date like 2026-11-23', abort: true })
  .refine(isValidIsoDate, 'That date does not exist; check the day and the month');
export const Timestamp = z.string();

export const SettingsSchema = z.object({
  organisationName: z.string(),
  /** The user's display name, recorded against every change in the audit trail. */
  displayName: z.string(),
  defaultMarking: z.enum(MARKINGS),
  /** Logo as a content hash of a stored blob; fetched with settings.getLogo. */
  logoSha256: z.string().nullable(),
  logoMediaType: z.string().nullable(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const FrameworkSummarySchema = z.object({
  id: Id,
  title: z.string(),
  shortTitle: z.string(),
  publisher: z.string(),
  version: z.string(),
  validFrom: IsoDate,
  validTo: IsoDate.nullable(),
  sector: z.string(),
  /** True for the frameworks that ship with the app; false for imported ones. */
  builtIn: z.boolean(),
  /** True when today falls within validFrom..validTo. */
  current: z.boolean(),
});
export type FrameworkSummary = z.infer<typeof FrameworkSummarySchema>;

export const PackSchema = z.object({
  id: Id,
  title: z.string(),
  /** The framework as copied into the pack when it was created. */
  frameworkId: Id,
  frameworkTitle: z.string(),
  period: z.string(),
  asAt: IsoDate,
  status: z.enum(PACK_STATUSES),
  approvedBy: z.string().nullable(),
  /** The login of the director who approved it: authenticated by a team database, the system's in a local file. */
  approvedLogin: z.string().nullable(),
  approvedAt: Timestamp.nullable(),
  previousPackId: Id.nullable(),
  /** The inspection that "previous grade" and "progress since the last inspection" refer to. */
  baselineInspectionId: Id.nullable(),
  /** Context and demographics, shown before the areas in the self-evaluation. */
  context: RichDocSchema,
  /** Decisions or asks of the board, for the board paper. */
  boardAsks: RichDocSchema,
  /** Goes up with every change to what the pack says (any area, any narrative): the edition exported. */
  version: z.number().int(),
  /** Goes up with every change to the pack's own details; a save of them is made against the one read. */
  detailsVersion: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  updatedBy: z.string(),
});
export type Pack = z.infer<typeof PackSchema>;

export const PackAreaSchema = z.object({
  id: Id,
  packId: Id,
  /** The framework area this pack area answers. */
  areaKey: z.string(),
  parentId: Id.nullable(),
  title: z.string(),
  kind: z.string(),
  depth: z.number().int(),
  order: z.number().int(),
  graded: z.boolean(),
  grade: z.string().nullable(),
  position: z.enum(GRADE_POSITIONS).nullable(),
  strengths: z.array(z.string()),
  areasForDevelopment: z.array(z.string()),
  status: z.enum(AREA_STATUSES),
  /** Goes up with every change to the area's own fields; a save of them is made against the one read. */
  version: z.number().int(),
  updatedAt: Timestamp,
  updatedBy: z.string(),
});
export type PackArea = z.infer<typeof PackAreaSchema>;

export const NarrativeSchema = z.object({
  areaId: Id,
  sectionId: z.string(),
  title: z.string(),
  prompt: z.string().nullable(),
  doc: RichDocSchema,
  updatedAt: Timestamp.nullable(),
  updatedBy: z.string().nullable(),
  /** Goes up with every save (0 for a section with nothing stored). An editor saves against the one it read. */
  version: z.number().int().min(0),
});
export type Narrative = z.infer<typeof NarrativeSchema>;

export const AttachmentSchema = z.object({
  id: Id,
  evidenceId: Id,
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  addedAt: Timestamp,
});
export type Attachment = z.infer<typeof AttachmentSchema>;

export const EvidenceSchema = z.object({
  id: Id,
  /** Human reference such as E042, stable for citations and the evidence index. */
  reference: z.string(),
  title: z.string(),
  type: z.enum(EVIDENCE_TYPES),
  description: z.string(),
  owner: z.string(),
  effectiveDate: IsoDate.nullable(),
  reviewDue: IsoDate.nullable(),
  source: z.string(),
  sensitivity: z.enum(SENSITIVITIES),
  freshness: z.enum(FRESHNESS),
  attachmentCount: z.number().int(),
  /** Goes up with every change; a save is made against the one read. */
  version: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  updatedBy: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const EvidenceLinkSchema = z.object({
  evidenceId: Id,
  areaId: Id,
  /** What this evidence shows about the area. */
  note: z.string(),
  createdAt: Timestamp,
});
export type EvidenceLink = z.infer<typeof EvidenceLinkSchema>;

/** A row of the evidence library for one pack: the evidence plus the titles of the areas it supports. */
export const EvidenceRowSchema = EvidenceSchema.extend({
  linkedAreas: z.array(z.object({ areaId: Id, title: z.string() })),
});
export type EvidenceRow = z.infer<typeof EvidenceRowSchema>;

export const ProgressNoteSchema = z.object({
  id: Id,
  actionId: Id,
  date: IsoDate,
  text: z.string(),
  author: z.string(),
  createdAt: Timestamp,
});
export type ProgressNote = z.infer<typeof ProgressNoteSchema>;

export const ActionSchema = z.object({
  id: Id,
  packId: Id,
  reference: z.string(),
  title: z.string(),
  owner: z.string(),
  dueDate: IsoDate.nullable(),
  status: z.enum(ACTION_STATUSES),
  rag: z.enum(RAGS),
  areaId: Id.nullable(),
  recommendationId: Id.nullable(),
  overdue: z.boolean(),
  dueSoon: z.boolean(),
  notes: z.array(ProgressNoteSchema),
  /** Goes up with every change to the action's fields; a save is made against the one read. */
  version: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  updatedBy: z.string(),
});
export type Action = z.infer<typeof ActionSchema>;

export const RecommendationSchema = z.object({
  id: Id,
  inspectionId: Id,
  reference: z.string(),
  kind: z.enum(RECOMMENDATION_KINDS),
  text: z.string(),
  /** Framework area key it concerns, if any. */
  areaKey: z.string().nullable(),
  status: z.enum(RECOMMENDATION_STATUSES),
  progress: z.string(),
  updatedAt: Timestamp,
});
export type Recommendation = z.infer<typeof RecommendationSchema>;

export const InspectionGradeSchema = z.object({ areaKey: z.string(), areaTitle: z.string(), grade: z.string() });
export type InspectionGrade = z.infer<typeof InspectionGradeSchema>;

export const InspectionSchema = z.object({
  id: Id,
  type: z.enum(INSPECTION_TYPES),
  title: z.string(),
  startDate: IsoDate,
  endDate: IsoDate.nullable(),
  publishedDate: IsoDate.nullable(),
  frameworkId: Id.nullable(),
  reportReference: z.string(),
  summary: z.string(),
  grades: z.array(InspectionGradeSchema),
  recommendations: z.array(RecommendationSchema),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Inspection = z.infer<typeof InspectionSchema>;

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: Timestamp,
  actor: z.string(),
  /** The login beside the name: the operating system's in a local file, the authenticated one in a team database. */
  login: z.string(),
  entity: z.string(),
  entityId: z.string(),
  /** What happened, in words: "Changed grade", "Approved pack". */
  action: z.string(),
  packId: Id.nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AreaReadinessSchema = z.object({
  areaId: Id,
  areaKey: z.string(),
  title: z.string(),
  depth: z.number().int(),
  graded: z.boolean(),
  grade: z.string().nullable(),
  position: z.enum(GRADE_POSITIONS).nullable(),
  previousGrade: z.string().nullable(),
  direction: z.enum(DIRECTIONS),
  status: z.enum(AREA_STATUSES),
  evidenceCount: z.number().int(),
  evidenceOutOfDate: z.number().int(),
  evidenceDueSoon: z.number().int(),
  openActions: z.number().int(),
  overdueActions: z.number().int(),
  sectionCount: z.number().int(),
  emptySections: z.array(z.string()),
});
export type AreaReadiness = z.infer<typeof AreaReadinessSchema>;

export const ReadinessSchema = z.object({
  packId: Id,
  today: IsoDate,
  baselineInspection: z.object({ id: Id, title: z.string(), startDate: IsoDate }).nullable(),
  areas: z.array(AreaReadinessSchema),
  actionsByRag: z.record(z.enum(RAGS), z.number().int()),
  totals: z.object({
    areas: z.number().int(),
    graded: z.number().int(),
    agreed: z.number().int(),
    evidence: z.number().int(),
    evidenceOutOfDate: z.number().int(),
    openActions: z.number().int(),
    overdueActions: z.number().int(),
    emptySections: z.number().int(),
    sections: z.number().int(),
  }),
  /** Claims a reader would question, paragraph by paragraph (issue 12, shared/claims). */
  flags: z.array(ClaimFlagSchema),
});
export type Readiness = z.infer<typeof ReadinessSchema>;

export const PackDetailSchema = z.object({
  pack: PackSchema,
  framework: FrameworkSchema,
  areas: z.array(PackAreaSchema),
});
export type PackDetail = z.infer<typeof PackDetailSchema>;

export const AreaDetailSchema = z.object({
  area: PackAreaSchema,
  narratives: z.array(NarrativeSchema),
  /** The framework's prompts for this area, and whether they are SEF Studio's guidance. */
  prompts: z.array(z.string()),
  promptsAreGuidance: z.boolean(),
  description: z.string().nullable(),
  evidence: z.array(EvidenceSchema.extend({ note: z.string() })),
  actions: z.array(ActionSchema),
});
export type AreaDetail = z.infer<typeof AreaDetailSchema>;
