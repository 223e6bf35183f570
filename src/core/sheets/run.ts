// Importing and exporting a kind of sheet, for the app and the command line alike: the preview (a plan,
// read-only), the import (the same plan made again inside one write, refused whole if any row has a
// problem, the column matching remembered for next time) and the export (a workbook written safely).
import { basename } from 'node:path';
import type { SheetKind, SheetMapping } from '../../shared/sheets';
import { change } from '../change';
import { today, type CoreContext } from '../context';
import type { ReadQueries } from '../db/port';
import { AppError } from '../errors';
import { buildWorkbook } from './workbook';
import { rowsOf, workbookFor } from './export';
import { applyPlan, importRefused, mappingToRemember, planImport, type ImportDefaults, type PlannedImport, type RememberedMapping, type SheetImporter, type SheetPlan } from './importer';
import { actionsImporter } from './kinds/actions';
import { evidenceImporter } from './kinds/evidence';
import { indicatorsImporter } from './kinds/indicators';
import { MAX_SHEET_BYTES, readSheetFile, type SheetFile } from './table';
import { megabytes, readRegularFile } from '../files/read';

const IMPORTERS: Record<SheetKind, SheetImporter<unknown, unknown>> = {
  actions: actionsImporter as SheetImporter<unknown, unknown>,
  evidence: evidenceImporter as SheetImporter<unknown, unknown>,
  indicators: indicatorsImporter as SheetImporter<unknown, unknown>,
};

export interface SheetImportOptions {
  kind: SheetKind;
  packId: string | null;
  worksheet?: string | undefined;
  mapping?: SheetMapping | undefined;
  defaults?: ImportDefaults;
}

const rememberKey = (kind: SheetKind) => `sheetColumns.${kind}`;

async function remembered(q: ReadQueries, kind: SheetKind): Promise<RememberedMapping> {
  const row = await q.get<{ value: string }>('SELECT value FROM settings WHERE key = ?', [rememberKey(kind)]);
  try {
    const value = row ? (JSON.parse(row.value) as unknown) : {};
    return value && typeof value === 'object' ? (value as RememberedMapping) : {};
  } catch {
    return {};
  }
}

/** Reads a spreadsheet file the person gave (XLSX or CSV), with the size limit said in the error. */
export async function readSheetAt(path: string): Promise<SheetFile> {
  const data = await readRegularFile(path, {
    maxBytes: MAX_SHEET_BYTES,
    tooLarge: (bytes) =>
      new AppError('too_large', `${basename(path)} is ${megabytes(bytes)}; SEF Studio imports spreadsheets up to ${megabytes(MAX_SHEET_BYTES)}. Split it into smaller files.`),
    empty: () => new AppError('invalid_input', `${basename(path)} is empty. Choose the spreadsheet with your rows in it.`),
  });
  return readSheetFile(data, basename(path));
}

async function plan(q: ReadQueries, ctx: CoreContext, file: SheetFile, options: SheetImportOptions): Promise<PlannedImport<unknown, unknown>> {
  return planImport(q, file, IMPORTERS[options.kind], {
    kind: options.kind,
    packId: options.packId,
    worksheet: options.worksheet,
    mapping: options.mapping,
    remembered: await remembered(q, options.kind),
    defaults: options.defaults ?? {},
    today: today(ctx),
  });
}

/** The preview: what importing would do, row by row, and every problem. Writes nothing. */
export function previewSheet(ctx: CoreContext, file: SheetFile, options: SheetImportOptions): Promise<SheetPlan> {
  return ctx.db.read(async (q) => (await plan(q, ctx, file, options)).plan);
}

export interface SheetImportResult {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
}

/** The import: all rows or none. The column matching used is remembered for the next sheet of this kind. */
export function importSheet(ctx: CoreContext, file: SheetFile, fileName: string, options: SheetImportOptions): Promise<SheetImportResult> {
  return change(ctx, async (c) => {
    const planned = await plan(c.tx, ctx, file, options);
    if (planned.plan.problems.length) throw new SheetImportRefused(planned.plan);
    await applyPlan(c, IMPORTERS[options.kind], planned, fileName);
    await c.tx.run('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [
      rememberKey(options.kind),
      JSON.stringify({ ...(await remembered(c.tx, options.kind)), ...mappingToRemember(planned.plan.headings, planned.plan.mapping) }),
    ]);
    const { counts } = planned.plan;
    return { rows: counts.rows, created: counts.create, updated: counts.update, unchanged: counts.unchanged };
  });
}

/** An import refused because rows have problems; the plan lists them (the command line prints each). */
export class SheetImportRefused extends AppError {
  constructor(readonly plan: SheetPlan) {
    super('invalid_input', importRefused(plan.problems).message);
    this.name = 'SheetImportRefused';
  }
}

/** The workbook's bytes and how many rows its main sheet has. */
export async function exportSheet(ctx: CoreContext, kind: SheetKind, packId: string | null): Promise<{ data: Buffer; rows: number }> {
  if (kind === 'actions' && !packId) throw new AppError('invalid_input', 'Choose the pack whose action plan to export.');
  const spec = await ctx.db.read((q) => workbookFor(q, ctx, kind, packId));
  return { data: await buildWorkbook(spec, ctx.now()), rows: rowsOf(spec) };
}

