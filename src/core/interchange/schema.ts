// The interchange format: a whole SEF Studio database as one JSON file ("pack file"), for moving data
// between machines, archiving it in a readable form, and feeding other tools. This zod schema is the
// single source of truth; resources/interchange/pack.schema.json is generated from it (a test fails if
// the two drift apart) and resources/interchange/README.md describes it for people.
//
// Versioning: `format` never changes; `formatVersion` goes up by one whenever a reader of the previous
// version could misread a file (a field added, removed or changing meaning). A reader refuses a
// formatVersion newer than its own with a message that says to update SEF Studio.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  ACTION_STATUSES,
  AREA_STATUSES,
  EVIDENCE_TYPES,
  GRADE_POSITIONS,
  INSPECTION_TYPES,
  PACK_STATUSES,
  RAGS,
  RECOMMENDATION_KINDS,
  RECOMMENDATION_STATUSES,
  SENSITIVITIES,
} from '../../shared/domain';
import { FrameworkSchema } from '../../shared/framework';
import { IndicatorDefinitionSchema, OWN_INDICATOR_PREFIX } from '../../shared/indicators/definition';
import { periodEnding } from '../../shared/indicators/periods';
import { COMPARATORS, PERIOD_KINDS } from '../../shared/indicators/vocabulary';
import { RichDocSchema } from '../../shared/richtext';
import { libraryIndicator } from '../indicators/library';

export const PACK_FORMAT = 'sef-studio-pack';
/** 2 added performance indicators ("indicators", "indicatorValues"); a version 1 file reads as having none. */
export const PACK_FORMAT_VERSION = 2;

const Id = z.string().min(1).max(64);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-23');
/** A moment as an ISO 8601 timestamp, as the app records it (2026-11-23T10:00:00.000Z). */
const Timestamp = z.string().min(1).max(40);
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'Use the SHA-256 of the data as 64 lower-case hex digits');
const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Use standard base64 (A–Z, a–z, 0–9, + and /)');

/** The bytes of a stored file, with the hash that names it. Checked on import: the hash must match the data. */
const BlobFields = {
  sha256: Sha256,
  size: z.number().int().min(0),
  dataBase64: Base64,
};

export const PackFileBlobSchema = z.object(BlobFields);

export const PackFileAttachmentSchema = z.object({
  id: Id,
  fileName: z.string().min(1).max(500),
  mediaType: z.string().min(1).max(200),
  addedAt: Timestamp,
  ...BlobFields,
});

export const PackFileEvidenceSchema = z.object({
  id: Id,
  reference: z.string().min(1).max(40),
  title: z.string().min(1).max(300),
  type: z.enum(EVIDENCE_TYPES),
  description: z.string(),
  owner: z.string(),
  effectiveDate: IsoDate.nullable(),
  reviewDue: IsoDate.nullable(),
  source: z.string(),
  sensitivity: z.enum(SENSITIVITIES),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  updatedBy: z.string(),
  attachments: z.array(PackFileAttachmentSchema),
});

export const PackFileRecommendationSchema = z.object({
  id: Id,
  reference: z.string(),
  kind: z.enum(RECOMMENDATION_KINDS),
  text: z.string().min(1),
  areaKey: z.string().nullable(),
  status: z.enum(RECOMMENDATION_STATUSES),
  progress: z.string(),
  order: z.number().int(),
  updatedAt: Timestamp,
});

export const PackFileInspectionSchema = z.object({
  id: Id,
  type: z.enum(INSPECTION_TYPES),
  title: z.string().min(1),
  startDate: IsoDate,
  endDate: IsoDate.nullable(),
  publishedDate: IsoDate.nullable(),
  frameworkId: z.string().nullable(),
  reportReference: z.string(),
  summary: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  grades: z.array(z.object({ areaKey: z.string().min(1), areaTitle: z.string(), grade: z.string().min(1) })),
  recommendations: z.array(PackFileRecommendationSchema),
});

export const PackFileImportedFrameworkSchema = z.object({ id: Id, importedAt: Timestamp, framework: FrameworkSchema });

export const PackFileNarrativeSchema = z.object({
  sectionId: z.string().min(1).max(80),
  doc: RichDocSchema,
  updatedAt: Timestamp,
  updatedBy: z.string(),
});

/** Who writes an area and who reviews it (logins in a team database, names in a local file). */
export const PackFileAssignmentSchema = z.object({
  author: z.string().nullable(),
  reviewer: z.string().nullable(),
  assignedAt: Timestamp,
  assignedBy: z.string(),
});

/** A comment on an area, one of its sections or one paragraph; an answer names the comment it answers. */
export const PackFileCommentSchema = z.object({
  id: Id,
  sectionId: z.string().nullable(),
  paragraph: z.number().int().min(0).nullable(),
  parentId: Id.nullable(),
  text: z.string().min(1),
  author: z.string(),
  authorLogin: z.string(),
  createdAt: Timestamp,
  resolvedAt: Timestamp.nullable(),
  resolvedBy: z.string().nullable(),
});

export const PackFileAreaSchema = z.object({
  id: Id,
  areaKey: z.string().min(1),
  parentId: Id.nullable(),
  title: z.string(),
  kind: z.string(),
  depth: z.number().int().min(0),
  order: z.number().int(),
  graded: z.boolean(),
  grade: z.string().nullable(),
  position: z.enum(GRADE_POSITIONS).nullable(),
  strengths: z.array(z.string()),
  areasForDevelopment: z.array(z.string()),
  status: z.enum(AREA_STATUSES),
  updatedAt: Timestamp,
  updatedBy: z.string(),
  narratives: z.array(PackFileNarrativeSchema),
  /** Absent when nobody is assigned. */
  assignment: PackFileAssignmentSchema.optional(),
  /** Absent when there are none. */
  comments: z.array(PackFileCommentSchema).optional(),
});

export const PackFileLinkSchema = z.object({ evidenceId: Id, areaId: Id, note: z.string(), createdAt: Timestamp });

export const PackFileActionSchema = z.object({
  id: Id,
  reference: z.string(),
  title: z.string().min(1),
  owner: z.string(),
  dueDate: IsoDate.nullable(),
  status: z.enum(ACTION_STATUSES),
  rag: z.enum(RAGS),
  areaId: Id.nullable(),
  recommendationId: Id.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  updatedBy: z.string(),
  notes: z.array(
    z.object({ id: Id, date: IsoDate, text: z.string().min(1), author: z.string(), createdAt: Timestamp }),
  ),
});

export const PackFilePackSchema = z.object({
  id: Id,
  title: z.string().min(1),
  frameworkId: Id,
  /** The framework as copied into the pack when it was created. */
  framework: FrameworkSchema,
  period: z.string(),
  asAt: IsoDate,
  status: z.enum(PACK_STATUSES),
  approvedBy: z.string().nullable(),
  /** The approver's login (absent in files from before logins were recorded). */
  approvedLogin: z.string().nullable().optional(),
  approvedAt: Timestamp.nullable(),
  previousPackId: Id.nullable(),
  baselineInspectionId: Id.nullable(),
  context: RichDocSchema,
  boardAsks: RichDocSchema,
  version: z.number().int().min(1),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  updatedBy: z.string(),
  areas: z.array(PackFileAreaSchema),
  links: z.array(PackFileLinkSchema),
  actions: z.array(PackFileActionSchema),
});

/** An indicator of the organisation's own ('own'), or its own wording of a library indicator ('library'). */
export const PackFileIndicatorSchema = IndicatorDefinitionSchema.extend({
  origin: z.enum(['library', 'own']),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  updatedBy: z.string(),
});

/** One figure for one period, the council's or a comparator's. */
export const PackFileIndicatorValueSchema = z.object({
  id: Id,
  indicatorId: z.string().min(1).max(80),
  comparator: z.enum(COMPARATORS),
  /** The named comparator's name; '' for the others. */
  comparatorName: z.string().max(120),
  periodKind: z.enum(PERIOD_KINDS),
  periodStart: IsoDate,
  periodEnd: IsoDate,
  value: z.number(),
  source: z.string().min(1).max(300),
  extractedOn: IsoDate,
  note: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  updatedBy: z.string(),
});

export const PackFileAuditEntrySchema = z.object({
  id: z.number().int().min(1),
  at: Timestamp,
  actor: z.string(),
  /** The login beside the name (absent in files from before logins were recorded). */
  login: z.string().optional(),
  entity: z.string(),
  entityId: z.string(),
  action: z.string(),
  packId: z.string().nullable(),
  /** The values before the change; absent when there were none (the record was created). */
  before: z.unknown().optional(),
  /** The values after the change; absent when there were none (the record was deleted). */
  after: z.unknown().optional(),
});

export const PackFileObjectSchema = z.object({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.number().int().min(1).max(PACK_FORMAT_VERSION),
  exportedAt: Timestamp,
  /** The database schema version (PRAGMA user_version) of the file this was dumped from. */
  schemaVersion: z.number().int().min(1),
  /** Settings by key, each value as the JSON it is stored as (displayName, organisationName, …). */
  settings: z.record(z.string(), z.unknown()),
  frameworks: z.array(PackFileImportedFrameworkSchema),
  inspections: z.array(PackFileInspectionSchema),
  evidence: z.array(PackFileEvidenceSchema),
  packs: z.array(PackFilePackSchema),
  /** Own indicators and the organisation's wording of library ones (the library itself ships with the app). */
  indicators: z.array(PackFileIndicatorSchema).default([]),
  /** Every figure, the council's and its comparators'. */
  indicatorValues: z.array(PackFileIndicatorValueSchema).default([]),
  /** Stored files no attachment refers to (the logo); attachments carry their own bytes. */
  otherBlobs: z.array(PackFileBlobSchema),
  audit: z.array(PackFileAuditEntrySchema),
});

function sha256Hex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Cross-checks JSON Schema cannot express: hashes match data, ids are unique, references resolve. */
export const PackFileSchema = PackFileObjectSchema.superRefine((file, ctx) => {
  const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

  const checkBlob = (path: (string | number)[], blob: { sha256: string; size: number; dataBase64: string }) => {
    const data = Buffer.from(blob.dataBase64, 'base64');
    if (data.length !== blob.size)
      problem([...path, 'size'], `The size says ${blob.size} bytes but the data holds ${data.length}`);
    if (sha256Hex(data) !== blob.sha256)
      problem([...path, 'sha256'], 'The SHA-256 does not match the data, so the file inside is damaged or was changed');
  };
  file.otherBlobs.forEach((b, i) => checkBlob(['otherBlobs', i], b));

  const unique = (what: string, ids: { id: string; path: (string | number)[] }[]) => {
    const seen = new Set<string>();
    for (const { id, path } of ids) {
      if (seen.has(id)) problem(path, `The ${what} "${id}" is used twice`);
      seen.add(id);
    }
    return seen;
  };

  const evidenceIds = unique(
    'evidence id',
    file.evidence.map((e, i) => ({ id: e.id, path: ['evidence', i, 'id'] })),
  );
  unique(
    'evidence reference',
    file.evidence.map((e, i) => ({ id: e.reference, path: ['evidence', i, 'reference'] })),
  );
  unique(
    'attachment id',
    file.evidence.flatMap((e, i) =>
      e.attachments.map((a, j) => ({ id: a.id, path: ['evidence', i, 'attachments', j, 'id'] })),
    ),
  );
  file.evidence.forEach((e, i) => e.attachments.forEach((a, j) => checkBlob(['evidence', i, 'attachments', j], a)));

  const inspectionIds = unique(
    'inspection id',
    file.inspections.map((x, i) => ({ id: x.id, path: ['inspections', i, 'id'] })),
  );
  const recommendationIds = unique(
    'recommendation id',
    file.inspections.flatMap((x, i) =>
      x.recommendations.map((r, j) => ({ id: r.id, path: ['inspections', i, 'recommendations', j, 'id'] })),
    ),
  );
  const packIds = unique(
    'pack id',
    file.packs.map((p, i) => ({ id: p.id, path: ['packs', i, 'id'] })),
  );
  unique(
    'area id',
    file.packs.flatMap((p, i) => p.areas.map((a, j) => ({ id: a.id, path: ['packs', i, 'areas', j, 'id'] }))),
  );
  unique(
    'action id',
    file.packs.flatMap((p, i) => p.actions.map((a, j) => ({ id: a.id, path: ['packs', i, 'actions', j, 'id'] }))),
  );
  unique(
    'framework id',
    file.frameworks.map((f, i) => ({ id: f.id, path: ['frameworks', i, 'id'] })),
  );
  unique(
    'audit entry id',
    file.audit.map((a, i) => ({ id: String(a.id), path: ['audit', i, 'id'] })),
  );

  const ownIndicators = new Set<string>();
  unique(
    'indicator id',
    file.indicators.map((x, i) => ({ id: x.id, path: ['indicators', i, 'id'] })),
  );
  file.indicators.forEach((indicator, i) => {
    if (indicator.origin === 'own') {
      if (!indicator.id.startsWith(OWN_INDICATOR_PREFIX))
        problem(['indicators', i, 'id'], `An own indicator's id starts with "${OWN_INDICATOR_PREFIX}"`);
      ownIndicators.add(indicator.id);
    } else if (!libraryIndicator(indicator.id))
      problem(['indicators', i, 'id'], `"${indicator.id}" is not in this version of SEF Studio's indicator library`);
  });
  unique(
    'indicator figure id',
    file.indicatorValues.map((v, i) => ({ id: v.id, path: ['indicatorValues', i, 'id'] })),
  );
  unique(
    'figure (indicator, comparator and period)',
    file.indicatorValues.map((v, i) => ({
      id: [v.indicatorId, v.comparator, v.comparatorName.toLowerCase(), v.periodKind, v.periodEnd].join(' '),
      path: ['indicatorValues', i],
    })),
  );
  file.indicatorValues.forEach((v, i) => {
    if (!ownIndicators.has(v.indicatorId) && !libraryIndicator(v.indicatorId))
      problem(['indicatorValues', i, 'indicatorId'], `The indicator "${v.indicatorId}" is neither in the file nor in the library`);
    const made = periodEnding(v.periodKind, v.periodEnd);
    if (!made.ok) problem(['indicatorValues', i, 'periodEnd'], `The period is wrong: ${made.reason}`);
    else if (made.period.start !== v.periodStart)
      problem(['indicatorValues', i, 'periodStart'], `A ${v.periodKind} ending ${v.periodEnd} starts on ${made.period.start}`);
    if ((v.comparator === 'named') !== (v.comparatorName !== ''))
      problem(['indicatorValues', i, 'comparatorName'], 'Only a named comparator has a name, and it must have one');
  });

  file.packs.forEach((pack, i) => {
    const areaIds = new Set(pack.areas.map((a) => a.id));
    if (pack.previousPackId !== null && !packIds.has(pack.previousPackId))
      problem(['packs', i, 'previousPackId'], `The previous pack "${pack.previousPackId}" is not in the file`);
    if (pack.baselineInspectionId !== null && !inspectionIds.has(pack.baselineInspectionId))
      problem(['packs', i, 'baselineInspectionId'], `The inspection "${pack.baselineInspectionId}" is not in the file`);
    pack.areas.forEach((area, j) => {
      if (area.parentId !== null && !areaIds.has(area.parentId))
        problem(['packs', i, 'areas', j, 'parentId'], `The parent area "${area.parentId}" is not in this pack`);
    });
    pack.links.forEach((link, j) => {
      if (!evidenceIds.has(link.evidenceId))
        problem(['packs', i, 'links', j, 'evidenceId'], `The evidence "${link.evidenceId}" is not in the file`);
      if (!areaIds.has(link.areaId))
        problem(['packs', i, 'links', j, 'areaId'], `The area "${link.areaId}" is not in this pack`);
    });
    pack.actions.forEach((action, j) => {
      if (action.areaId !== null && !areaIds.has(action.areaId))
        problem(['packs', i, 'actions', j, 'areaId'], `The area "${action.areaId}" is not in this pack`);
      if (action.recommendationId !== null && !recommendationIds.has(action.recommendationId))
        problem(
          ['packs', i, 'actions', j, 'recommendationId'],
          `The recommendation "${action.recommendationId}" is not in the file`,
        );
    });
  });
});

export type PackFile = z.infer<typeof PackFileObjectSchema>;
export type PackFilePack = z.infer<typeof PackFilePackSchema>;
export type PackFileEvidence = z.infer<typeof PackFileEvidenceSchema>;
export type PackFileInspection = z.infer<typeof PackFileInspectionSchema>;
export type PackFileAuditEntry = z.infer<typeof PackFileAuditEntrySchema>;
export type PackFileAssignment = z.infer<typeof PackFileAssignmentSchema>;
export type PackFileComment = z.infer<typeof PackFileCommentSchema>;
export type PackFileIndicator = z.infer<typeof PackFileIndicatorSchema>;
export type PackFileIndicatorValue = z.infer<typeof PackFileIndicatorValueSchema>;
