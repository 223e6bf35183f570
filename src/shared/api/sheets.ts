// Spreadsheets in and out: open a file the person chose and preview its import (columns matched, each
// row's problems in words), change the matching and preview again, import all rows or none, and export
// the action plan, the evidence register or the indicator figures as a workbook.
import { z } from 'zod';
import { Id, IsoDate } from '../entities';
import { WrittenFileSchema } from '../files';
import { RowProblemSchema, SHEET_KINDS, SheetMappingSchema } from '../sheets';
import { Done, FileGrant, op } from './common';

const SheetId = z.string().regex(/^sheet-[A-Za-z0-9_-]{8,40}$/, 'Choose the file again');

const ImportChoices = {
  kind: z.enum(SHEET_KINDS),
  /** The pack an action plan goes into. */
  packId: Id.nullable().default(null),
  /** A worksheet of a workbook, by name; the first that fits when not given. */
  worksheet: z.string().max(100).optional(),
  /** The column for each field; matched from the headings when not given. */
  mapping: SheetMappingSchema.optional(),
  /** Indicator figures: a source and an extraction date for rows that give none. */
  defaults: z
    .object({ source: z.string().trim().max(300).optional(), extractedOn: IsoDate.optional() })
    .strict()
    .default({}),
};

export const SheetPreviewSchema = z.object({
  sheetId: SheetId,
  fileName: z.string(),
  kind: z.enum(SHEET_KINDS),
  worksheets: z.array(z.string()),
  worksheet: z.string(),
  /** The spreadsheet row the headings are on. */
  headingRow: z.number().int(),
  headings: z.array(z.string()),
  mapping: SheetMappingSchema,
  fields: z.array(z.object({ id: z.string(), label: z.string(), required: z.boolean(), hint: z.string() })),
  /** Rows as they will import, each with what it will do; the first few hundred and every row with a problem. */
  rows: z.array(
    z.object({ row: z.number().int(), values: z.record(z.string(), z.string()), outcome: z.enum(['create', 'update', 'unchanged', 'problem']) }),
  ),
  /** Every problem, by row (row null: a problem with the whole sheet). */
  problems: z.array(RowProblemSchema),
  counts: z.object({
    rows: z.number().int(),
    create: z.number().int(),
    update: z.number().int(),
    unchanged: z.number().int(),
    withProblems: z.number().int(),
  }),
});
export type SheetPreview = z.infer<typeof SheetPreviewSchema>;

export const sheetsApi = {
  'sheets.open': op(
    z.object({ file: FileGrant, ...ImportChoices }).strict(),
    SheetPreviewSchema,
    'Read a spreadsheet the person chose (XLSX or CSV) and preview importing it',
  ),
  'sheets.preview': op(z.object({ sheetId: SheetId, ...ImportChoices }).strict(), SheetPreviewSchema, 'Preview again with other columns or choices'),
  'sheets.import': op(
    z.object({ sheetId: SheetId, ...ImportChoices }).strict(),
    z.object({ rows: z.number().int(), created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
    'Import every row, or none if any has a problem',
  ),
  'sheets.close': op(z.object({ sheetId: SheetId }).strict(), Done, 'Let go of a spreadsheet that was being previewed'),
  'sheets.export': op(
    z.object({ kind: z.enum(SHEET_KINDS), packId: Id.nullable().default(null), file: FileGrant }).strict(),
    z.object({ file: WrittenFileSchema, rows: z.number().int() }),
    'Write the action plan, the evidence register or the indicator figures as an Excel workbook',
  ),
} as const;
