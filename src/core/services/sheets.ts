// Spreadsheets in and out, through grants for the files the person chose.
import { basename } from 'node:path';
import type { OpParsedInput } from '../../shared/api';
import type { SheetPreview } from '../../shared/api/sheets';
import type { CoreContext } from '../context';
import { databaseFiles, writeFileSafely } from '../files/write';
import type { HandlersFor } from '../handlers';
import type { SheetPlan } from '../sheets/importer';
import { heldSheet, holdSheet, releaseSheet, type OpenSheet } from '../sheets/open-sheets';
import { exportSheet, importSheet, previewSheet, readSheetAt, type SheetImportOptions } from '../sheets/run';

type SheetOp = 'sheets.open' | 'sheets.preview' | 'sheets.import' | 'sheets.close' | 'sheets.export';

/** How many rows the preview sends besides those with problems: enough to check, not a whole register. */
const PREVIEW_ROWS = 300;
const PREVIEW_PROBLEMS = 1000;

function optionsOf(input: Omit<OpParsedInput<'sheets.preview'>, 'sheetId'>): SheetImportOptions {
  return { kind: input.kind, packId: input.packId, worksheet: input.worksheet, mapping: input.mapping, defaults: input.defaults };
}

function previewOf(sheet: OpenSheet, kind: SheetPreview['kind'], plan: SheetPlan): SheetPreview {
  const problemRows = new Set(plan.problems.map((p) => p.row));
  return {
    sheetId: sheet.id,
    fileName: sheet.fileName,
    kind,
    worksheets: plan.worksheets,
    worksheet: plan.worksheet,
    headingRow: plan.headingRow,
    headings: plan.headings,
    mapping: plan.mapping,
    fields: plan.fields.map(({ id, label, required, hint }) => ({ id, label, required, hint })),
    rows: plan.rows.filter((r, i) => i < PREVIEW_ROWS || problemRows.has(r.row)),
    problems: plan.problems.slice(0, PREVIEW_PROBLEMS),
    counts: plan.counts,
  };
}

async function preview(ctx: CoreContext, sheet: OpenSheet, input: Omit<OpParsedInput<'sheets.preview'>, 'sheetId'>): Promise<SheetPreview> {
  return previewOf(sheet, input.kind, await previewSheet(ctx, sheet.file, optionsOf(input)));
}

export const sheetHandlers: HandlersFor<SheetOp> = {
  'sheets.open': async ({ file: grant, ...input }, ctx) => {
    const path = ctx.files.take(grant, 'import-sheet');
    const sheet = holdSheet(ctx, basename(path), await readSheetAt(path));
    return preview(ctx, sheet, input);
  },

  'sheets.preview': ({ sheetId, ...input }, ctx) => preview(ctx, heldSheet(ctx, sheetId), input),

  'sheets.import': async ({ sheetId, ...input }, ctx) => {
    const sheet = heldSheet(ctx, sheetId);
    const result = await importSheet(ctx, sheet.file, sheet.fileName, optionsOf(input));
    releaseSheet(ctx, sheetId);
    return result;
  },

  'sheets.close': async ({ sheetId }, ctx) => {
    releaseSheet(ctx, sheetId);
    return { done: true as const };
  },

  'sheets.export': async ({ kind, packId, file: grant }, ctx) => {
    const path = ctx.files.take(grant, 'export-sheet');
    const { data, rows } = await exportSheet(ctx, kind, packId);
    const written = await writeFileSafely(path, data, { protectedFiles: databaseFiles(ctx.db.file), what: 'the workbook' });
    return { file: ctx.files.open(written, true), rows };
  },
};
