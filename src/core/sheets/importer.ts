// Importing rows from a spreadsheet, whatever they are: find the heading row, match columns to fields
// (remembered from last time, then by the headings SEF Studio knows), read every row into a record or a
// list of problems in words, and plan what each record will do (add, change, or nothing). A plan with any
// problem imports nothing; applying one writes everything in the caller's change, so it is all or nothing.
import {
  describeProblem,
  fieldForHeading,
  headingKey,
  SHEET_FIELDS,
  type RowProblem,
  type SheetField,
  type SheetKind,
  type SheetMapping,
} from '../../shared/sheets';
import type { Change } from '../change';
import type { ReadQueries } from '../db/port';
import { AppError } from '../errors';
import { isBlank, readText, shown } from './cells';
import type { Cell, SheetFile, Worksheet } from './table';

export type Outcome = 'create' | 'update' | 'unchanged';

/** One data row as an importer reads it: its cells by field, undefined where the field has no column. */
export interface RowInput {
  row: number;
  cell(fieldId: string): Cell | undefined;
  /** The heading of the column a field is read from, for messages. */
  heading(fieldId: string): string;
}

export interface ReadEnvironment {
  date1904: boolean;
  today: string;
  defaults: ImportDefaults;
}

export interface ImportDefaults {
  /** Indicator figures: the source for rows whose sheet has no source column or leaves it empty. */
  source?: string;
  /** Indicator figures: the extraction date for rows that do not give one. */
  extractedOn?: string;
}

export interface ReadRow<R> {
  record: R | null;
  problems: RowProblem[];
  /**
   * What the row is, for finding the same thing given twice: a reference, or a figure's indicator,
   * comparator and period. Given even when the row has other problems, so a repeat is reported at once.
   */
  keys?: { key: string; describe: string }[];
}

export interface PlannedRecord<R> {
  row: number;
  record: R;
  outcome: Outcome;
}

/** A register's reference as it is matched: "A04", " a04 " and "A04" are the same row. */
export const referenceKey = (reference: string) => reference.trim().toLowerCase();

/**
 * The start of every register row, actions and evidence alike: a reference, if given, and a title, which
 * must be. Each problem goes to `problem` in words; `keys` finds a reference given twice.
 */
export function readReferenceAndTitle(
  input: RowInput,
  problem: (fieldId: string, message: string) => void,
  rules: { referenceMax: number; titleWhat: string; noTitle: string },
): { reference: string | null; title: string; keys: { key: string; describe: string }[] } {
  let reference: string | null = null;
  let title = '';
  const referenceCell = input.cell('reference');
  if (referenceCell && !isBlank(referenceCell)) {
    const read = readText(referenceCell, rules.referenceMax, 'reference');
    if (read.ok) reference = read.value;
    else problem('reference', read.message);
  }
  const titleCell = input.cell('title')!;
  if (isBlank(titleCell)) problem('title', rules.noTitle);
  else {
    const read = readText(titleCell, 300, rules.titleWhat);
    if (read.ok) title = read.value;
    else problem('title', read.message);
  }
  return { reference, title, keys: reference ? [{ key: referenceKey(reference), describe: reference }] : [] };
}

/** What one kind of sheet knows: its context in the database, how a row reads, and how records land. */
export interface SheetImporter<Ctx, R> {
  kind: SheetKind;
  /** Actions belong to a pack; evidence and figures do not. */
  needsPack: boolean;
  load(q: ReadQueries, packId: string | null, env: ReadEnvironment): Promise<Ctx>;
  /** Headings this database gives a meaning to, as remembered matchings do (the council's own name). */
  headingsKnown?(ctx: Ctx): RememberedMapping;
  /** Problems with the columns chosen, before any row is read (a required field with no column). */
  checkMapping?(mapped: (fieldId: string) => boolean, env: ReadEnvironment): string[];
  readRow(input: RowInput, ctx: Ctx, env: ReadEnvironment): ReadRow<R>;
  /** What each record will do: add, change, or nothing. */
  plan(rows: { row: number; record: R }[], ctx: Ctx): PlannedRecord<R>[];
  /** The sentence for a row that repeats another: "this row has the same reference, A04, as row 7…". */
  repeated(describe: string, firstRow: number): string;
  /** The record as the preview table shows it: a display value per field. */
  show(record: R, ctx: Ctx): Record<string, string>;
  apply(c: Change, planned: PlannedRecord<R>[], ctx: Ctx, source: string): Promise<void>;
}

// ---------------------------------------------------------------------------------------------------
// Headings and columns

/** How many rows at the top may hold a title or notes before the heading row. */
const HEADING_SEARCH_ROWS = 15;

/**
 * The heading row: among the first rows, the one with most headings SEF Studio knows for this kind;
 * failing that, the first row with two or more cells filled. Title rows above it are skipped.
 */
export function headingRowIndex(ws: Worksheet, kind: SheetKind): number {
  let best = -1;
  let bestScore = 0;
  ws.rows.slice(0, HEADING_SEARCH_ROWS).forEach((row, i) => {
    const score = new Set(row.map((c) => (c.kind === 'text' ? fieldForHeading(kind, c.text) : null)).filter(Boolean))
      .size;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  if (best >= 0) return best;
  const filled = ws.rows.findIndex((row) => row.filter((c) => !isBlank(c)).length >= 2);
  return filled >= 0 ? filled : ws.rows.findIndex((row) => row.some((c) => !isBlank(c)));
}

/** Column headings, with a name made up for an empty heading cell ("Column D"). */
export function headingsOf(row: Cell[]): string[] {
  return row.map((c, i) => shown(c) || `Column ${columnLetter(i)}`);
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Remembered mappings: heading (as headingKey) to field id, saved after each import of a kind. */
export type RememberedMapping = Record<string, string>;

/**
 * The column for each field: where a heading was mapped to a field last time, that; otherwise where it
 * is one of the headings SEF Studio knows for the field. Each column serves one field at most.
 */
export function suggestMapping(kind: SheetKind, headings: string[], remembered: RememberedMapping = {}): SheetMapping {
  const mapping: SheetMapping = Object.fromEntries(SHEET_FIELDS[kind].map((f) => [f.id, null]));
  const used = new Set<number>();
  const assign = (fieldId: string | null | undefined, column: number) => {
    if (fieldId && fieldId in mapping && mapping[fieldId] === null && !used.has(column)) {
      mapping[fieldId] = column;
      used.add(column);
    }
  };
  headings.forEach((h, i) => assign(remembered[headingKey(h)], i));
  headings.forEach((h, i) => assign(fieldForHeading(kind, h), i));
  return mapping;
}

/** What to remember of a mapping: each used column's heading and the field it fed. */
export function mappingToRemember(headings: string[], mapping: SheetMapping): RememberedMapping {
  const out: RememberedMapping = {};
  for (const [fieldId, column] of Object.entries(mapping))
    if (column !== null && column !== undefined && headings[column] !== undefined)
      out[headingKey(headings[column])] = fieldId;
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Planning

export interface PlanOptions {
  kind: SheetKind;
  packId: string | null;
  /** The worksheet to read, by name; the first with rows when not given. */
  worksheet?: string | undefined;
  /** The columns chosen; suggested from the headings when not given. */
  mapping?: SheetMapping | undefined;
  remembered?: RememberedMapping;
  defaults: ImportDefaults;
  today: string;
}

export interface PreviewRow {
  row: number;
  values: Record<string, string>;
  outcome: Outcome | 'problem';
}

export interface SheetPlan<R = unknown> {
  worksheets: string[];
  worksheet: string;
  /** The spreadsheet row number of the headings. */
  headingRow: number;
  headings: string[];
  mapping: SheetMapping;
  fields: SheetField[];
  /** Every data row, as the preview shows it. */
  rows: PreviewRow[];
  problems: RowProblem[];
  planned: PlannedRecord<R>[];
  counts: { rows: number; create: number; update: number; unchanged: number; withProblems: number };
}

function chooseWorksheet(file: SheetFile, name: string | undefined, kind: SheetKind): Worksheet {
  if (name !== undefined) {
    const found = file.worksheets.find((w) => w.name === name);
    if (!found)
      throw new AppError(
        'invalid_input',
        `The workbook has no worksheet called "${name}". Its worksheets are: ${file.worksheets.map((w) => w.name).join(', ')}.`,
      );
    return found;
  }
  const withRows = file.worksheets.filter((w) => w.rows.some((r) => r.length));
  // The first sheet whose headings are ones SEF Studio knows for this kind, else the first with rows.
  const fits = (w: Worksheet) =>
    (w.rows[headingRowIndex(w, kind)] ?? []).some((c) => c.kind === 'text' && fieldForHeading(kind, c.text) !== null);
  return withRows.find(fits) ?? withRows[0] ?? file.worksheets[0] ?? { name: 'Sheet1', rows: [] };
}

export interface PlannedImport<Ctx, R> {
  plan: SheetPlan<R>;
  /** What the importer read from the database to make the plan, for applying it in the same transaction. */
  context: Ctx;
}

export async function planImport<Ctx, R>(
  q: ReadQueries,
  file: SheetFile,
  importer: SheetImporter<Ctx, R>,
  options: PlanOptions,
): Promise<PlannedImport<Ctx, R>> {
  const env: ReadEnvironment = { date1904: file.date1904, today: options.today, defaults: options.defaults };
  if (importer.needsPack && !options.packId)
    throw new AppError('invalid_input', 'Choose the pack whose action plan this is: actions belong to a pack.');
  const ctx = await importer.load(q, options.packId, env);
  const ws = chooseWorksheet(file, options.worksheet, importer.kind);
  const fields = SHEET_FIELDS[importer.kind];
  const base = {
    worksheets: file.worksheets.map((w) => w.name),
    worksheet: ws.name,
    fields,
  };
  const headingIndex = headingRowIndex(ws, importer.kind);
  if (headingIndex < 0)
    return {
      context: ctx,
      plan: {
        ...base,
        headingRow: 1,
        headings: [],
        mapping: Object.fromEntries(fields.map((f) => [f.id, null])),
        rows: [],
        planned: [],
        problems: [
          {
            row: null,
            column: null,
            message: 'The sheet is empty. Choose the sheet with a row of headings and a row for each item.',
          },
        ],
        counts: { rows: 0, create: 0, update: 0, unchanged: 0, withProblems: 0 },
      },
    };
  const headings = headingsOf(ws.rows[headingIndex]!);
  const mapping = {
    ...Object.fromEntries(fields.map((f) => [f.id, null])),
    ...(options.mapping ?? suggestMapping(importer.kind, headings, { ...importer.headingsKnown?.(ctx), ...options.remembered })),
  };
  const problems: RowProblem[] = [];
  const mapped = (fieldId: string) => mapping[fieldId] !== null && mapping[fieldId] !== undefined;
  for (const f of fields) {
    const column = mapping[f.id];
    if (column !== null && column !== undefined && column >= headings.length)
      problems.push({
        row: null,
        column: null,
        message: `${f.label} is matched to a column the sheet does not have; choose one of its columns.`,
      });
    else if (f.required && !mapped(f.id))
      problems.push({
        row: null,
        column: null,
        message: `No column is matched to ${f.label}. Choose the column that holds it, or add one headed "${f.label}".`,
      });
  }
  for (const message of importer.checkMapping?.(mapped, env) ?? []) problems.push({ row: null, column: null, message });

  const readRows: { row: number; record: R }[] = [];
  const seen = new Map<string, number>();
  const preview = new Map<number, PreviewRow>();
  const dataRows = ws.rows.slice(headingIndex + 1);
  if (!problems.length)
    dataRows.forEach((cells, i) => {
      const row = headingIndex + i + 2;
      const cell = (fieldId: string) => {
        const column = mapping[fieldId];
        return column === null || column === undefined ? undefined : (cells[column] ?? { kind: 'empty' as const });
      };
      // A row with nothing in any column used is a gap in the sheet, not an item.
      if (fields.every((f) => isBlank(cell(f.id)))) return;
      const read = importer.readRow(
        { row, cell, heading: (fieldId) => headings[mapping[fieldId] ?? -1] ?? fieldId },
        ctx,
        env,
      );
      for (const { key, describe } of read.keys ?? []) {
        const first = seen.get(key);
        if (first === undefined) seen.set(key, row);
        else read.problems.push({ row, column: null, message: importer.repeated(describe, first) });
      }
      problems.push(...read.problems);
      if (read.record && !read.problems.length) readRows.push({ row, record: read.record });
      else
        preview.set(row, {
          row,
          values: Object.fromEntries(fields.filter((f) => mapped(f.id)).map((f) => [f.id, shown(cell(f.id)!)])),
          outcome: 'problem',
        });
    });
  const planned = importer.plan(readRows, ctx);
  for (const p of planned) preview.set(p.row, { row: p.row, values: importer.show(p.record, ctx), outcome: p.outcome });
  const rows = [...preview.values()].sort((a, b) => a.row - b.row);
  if (!rows.length && !problems.length)
    problems.push({
      row: null,
      column: null,
      message: 'The sheet has headings but no rows below them. Add a row for each item.',
    });
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const plan: SheetPlan<R> = {
    ...base,
    headingRow: headingIndex + 1,
    headings,
    mapping,
    rows,
    problems,
    planned,
    counts: {
      rows: rows.length,
      create: planned.filter((p) => p.outcome === 'create').length,
      update: planned.filter((p) => p.outcome === 'update').length,
      unchanged: planned.filter((p) => p.outcome === 'unchanged').length,
      withProblems: new Set(problems.filter((p) => p.row !== null).map((p) => p.row)).size,
    },
  };
  return { plan, context: ctx };
}

/** Refuses a plan with problems, listing them; otherwise lands every record in the caller's change. */
export async function applyPlan<Ctx, R>(
  c: Change,
  importer: SheetImporter<Ctx, R>,
  planned: PlannedImport<Ctx, R>,
  source: string,
): Promise<void> {
  if (planned.plan.problems.length) throw importRefused(planned.plan.problems);
  await importer.apply(c, planned.plan.planned, planned.context, source);
}

/** The error an import with problems ends in: every problem listed, nothing imported. */
export function importRefused(problems: RowProblem[]): AppError {
  const rows = new Set(problems.filter((p) => p.row !== null).map((p) => p.row)).size;
  const head = rows
    ? `Nothing was imported: ${rows} ${rows === 1 ? 'row has a problem' : 'rows have problems'}.`
    : 'Nothing was imported.';
  const listed = problems.slice(0, 20).map(describeProblem);
  const more = problems.length > 20 ? ` …and ${problems.length - 20} more.` : '';
  return new AppError('invalid_input', `${head} ${listed.join(' ')}${more} Correct the sheet and import it again.`);
}

/** Kept well inside both engines' limits on parameters in one statement. */
const IDS_PER_STATEMENT = 500;

/**
 * Moves on the version of every record the import changed, so anyone editing one of them in the app is
 * told it was saved elsewhere instead of saving over the imported values. `table` is one of ours, never input.
 */
export async function moveVersionsOn(c: Change, table: 'actions' | 'evidence', ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += IDS_PER_STATEMENT) {
    const chunk = ids.slice(i, i + IDS_PER_STATEMENT);
    await c.tx.run(`UPDATE ${table} SET version = version + 1 WHERE id IN (${chunk.map(() => '?').join(', ')})`, chunk);
  }
}
