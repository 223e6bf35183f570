// The evidence library: items, their attached files, and their links to the areas of a pack.
import { z } from 'zod';
import { EVIDENCE_TYPES, FRESHNESS, SENSITIVITIES } from '../domain';
import { AttachmentSchema, EvidenceLinkSchema, EvidenceRowSchema, EvidenceSchema, Id } from '../entities';
import { WrittenFileSchema } from '../files';
import { BaseVersion, Done, FileGrant, Name, op, OptionalDate, patchOf, Text, Title } from './common';

const EvidenceFields = z.object({
  title: Title,
  // A blank choice says what to do; a value that is not a type lists the types (for files and the command line).
  type: z.enum(EVIDENCE_TYPES, { error: (issue) => (issue.input === '' ? 'Choose the type of evidence' : undefined) }),
  description: Text.default(''),
  owner: Name.default(''),
  effectiveDate: OptionalDate.default(null),
  reviewDue: OptionalDate.default(null),
  source: Name.default(''),
  sensitivity: z.enum(SENSITIVITIES).default('official'),
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

export const evidenceApi = {
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
    patchOf(EvidenceFields).extend({ evidenceId: Id, baseVersion: BaseVersion }).strict(),
    EvidenceSchema,
    'Change an evidence item',
  ),
  'evidence.delete': op(z.object({ evidenceId: Id }).strict(), Done, 'Delete an evidence item, its attachments and links'),
  'evidence.attachFile': op(
    z.object({ evidenceId: Id, file: FileGrant }).strict(),
    AttachmentSchema,
    'Attach a file the person chose or dropped; it is stored inside the database',
  ),
  'evidence.removeAttachment': op(z.object({ attachmentId: Id }).strict(), Done, 'Remove an attachment'),
  'evidence.saveAttachment': op(
    z.object({ attachmentId: Id, file: FileGrant }).strict(),
    z.object({ file: WrittenFileSchema }),
    'Write a copy of an attachment to the file the person chose',
  ),
  'evidence.openableCopy': op(
    z.object({ attachmentId: Id }).strict(),
    z.object({ file: WrittenFileSchema }),
    "Write an attachment to SEF Studio's private temporary folder so the host can open it in the person's own app",
  ),
  'evidence.link': op(
    z.object({ evidenceId: Id, areaId: z.string().min(1, 'Choose the area this evidence supports').max(64), note: Text.default('') }).strict(),
    EvidenceLinkSchema,
    'Link evidence to an area of a pack with a note on what it shows',
  ),
  'evidence.unlink': op(z.object({ evidenceId: Id, areaId: Id }).strict(), Done, 'Remove a link'),
} as const;
