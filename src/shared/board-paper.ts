// The board paper as a council committee report: the title block (meeting, date, report of, lead
// member, wards affected, key decision, publication), and the sections whose words the council writes
// (purpose, background, implications, consultation, contact officer, background papers). Each field has
// generated words; Settings can give a council-wide default; a pack can give its own. The paper prints
// the pack's own, or else the default, or else the generated words.
import { z } from 'zod';
import { IsoDate } from './entities';
import { RichDocSchema } from './richtext';

/**
 * The paragraphs of Part 1 of Schedule 12A to the Local Government Act 1972 an exempt report may rely on
 * (shared/domain.md), as the paper names them.
 */
export const SCHEDULE_12A_PARAGRAPHS = {
  1: 'information relating to any individual',
  2: 'information which is likely to reveal the identity of an individual',
  3: 'information relating to the financial or business affairs of any particular person (including the authority holding that information)',
  4: 'information relating to consultations or negotiations in connection with any labour relations matter',
  5: 'information in respect of which a claim to legal professional privilege could be maintained in legal proceedings',
  6: 'information which reveals that the authority proposes to give a notice imposing requirements on a person, or to make an order or direction',
  7: 'information relating to any action taken or to be taken in connection with the prevention, investigation or prosecution of crime',
} as const;
export type Schedule12AParagraph = keyof typeof SCHEDULE_12A_PARAGRAPHS;
export const SCHEDULE_12A_NUMBERS = [1, 2, 3, 4, 5, 6, 7] as const satisfies readonly Schedule12AParagraph[];

/** The public-interest test an exempt report states, in the words councils use. */
export const PUBLIC_INTEREST_TEST =
  'In all the circumstances of the case, the public interest in maintaining the exemption outweighs the public interest in disclosing the information.';

/**
 * Whether the paper is published. Automatic: open, unless the document is marked OFFICIAL-SENSITIVE, when
 * it is not for publication (an open paper with a sensitive marking contradicts itself).
 */
export const PUBLICATIONS = ['automatic', 'open', 'exempt'] as const;
export type Publication = (typeof PUBLICATIONS)[number];
export const PUBLICATION_LABELS: Record<Publication, string> = {
  automatic: 'Open, unless marked OFFICIAL-SENSITIVE',
  open: 'Open',
  exempt: 'Not for publication (Schedule 12A)',
};

const Line = z.string().trim().max(300, 'Keep this under 300 characters');
const Lines = z.string().max(4000, 'Keep this under 4,000 characters');

export const BoardPaperFieldsSchema = z.object({
  committee: Line,
  meetingDate: IsoDate.nullable(),
  reportOf: Line,
  leadMember: Line,
  wardsAffected: Line,
  keyDecision: z.boolean(),
  publication: z.enum(PUBLICATIONS),
  exemptParagraph: z
    .number()
    .int()
    .refine((n) => (SCHEDULE_12A_NUMBERS as readonly number[]).includes(n), 'Choose a paragraph from 1 to 7 of Part 1 of Schedule 12A')
    .nullable(),
  publicInterest: Lines,
  purpose: RichDocSchema,
  background: RichDocSchema,
  considerations: RichDocSchema,
  financial: RichDocSchema,
  legal: RichDocSchema,
  risk: RichDocSchema,
  equalities: RichDocSchema,
  workforce: RichDocSchema,
  consultation: RichDocSchema,
  contactOfficer: Lines,
  backgroundPapers: Lines,
});
export type BoardPaperFields = z.infer<typeof BoardPaperFieldsSchema>;
export type BoardPaperField = keyof BoardPaperFields;
export const BOARD_PAPER_FIELDS = Object.keys(BoardPaperFieldsSchema.shape) as BoardPaperField[];

/** The fields written as rich text (paragraphs and lists); the rest are a line or a few lines. */
export const BOARD_PAPER_TEXT_FIELDS = [
  'purpose',
  'background',
  'considerations',
  'financial',
  'legal',
  'risk',
  'equalities',
  'workforce',
  'consultation',
] as const satisfies readonly BoardPaperField[];

/** How the interface, the history and `sef board-paper` name each field. */
export const BOARD_PAPER_FIELD_LABELS: Record<BoardPaperField, string> = {
  committee: 'Meeting',
  meetingDate: 'Date of meeting',
  reportOf: 'Report of',
  leadMember: 'Lead member',
  wardsAffected: 'Wards affected',
  keyDecision: 'Key decision',
  publication: 'Publication',
  exemptParagraph: 'Paragraph of Schedule 12A relied on',
  publicInterest: 'Public interest test',
  purpose: 'Purpose of the report',
  background: 'Background',
  considerations: 'Main considerations: introduction',
  financial: 'Financial implications',
  legal: 'Legal implications',
  risk: 'Risk implications',
  equalities: 'Equalities implications',
  workforce: 'Workforce implications',
  consultation: 'Consultation',
  contactOfficer: 'Contact officer',
  backgroundPapers: 'Background papers',
};

/** Stored values, each field on its own: what a pack or Settings gives, the rest left to the next source. */
export const BoardPaperValuesSchema = BoardPaperFieldsSchema.partial();
export type BoardPaperValues = z.infer<typeof BoardPaperValuesSchema>;

/** A change: each field named is set, or with null given back to the default (or generated words). */
export const BoardPaperPatchSchema = z
  .object(
    Object.fromEntries(BOARD_PAPER_FIELDS.map((f) => [f, BoardPaperFieldsSchema.shape[f].nullable().optional()])) as {
      [K in BoardPaperField]: z.ZodOptional<z.ZodNullable<(typeof BoardPaperFieldsSchema.shape)[K]>>;
    },
  )
  .strict();
export type BoardPaperPatch = z.infer<typeof BoardPaperPatchSchema>;

export const BOARD_PAPER_SOURCES = ['pack', 'settings', 'generated'] as const;
export type BoardPaperSource = (typeof BOARD_PAPER_SOURCES)[number];
