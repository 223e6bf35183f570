// A spreadsheet as rows of cells, whether it came as XLSX (read with ExcelJS) or CSV (read with Papa
// Parse). Cells keep what they are (a number, a date, text, a spreadsheet error) and how Excel showed them
// (a percentage format), so each field can be read the right way: a date typed as text, a date cell and a
// date serial all come out as the same date. Nothing here knows what the columns mean.
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../errors';
import { MAX_UNZIPPED_BYTES, openWorkbook, UnzippedTooLarge } from './xlsx-parts';

export type Cell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  /** `percent`: Excel showed it as a percentage, so 0.184 means 18.4%. */
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'date'; iso: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; error: string };

export interface Worksheet {
  name: string;
  /** Rows as they are in the sheet, row 1 first; trailing empty cells are dropped. */
  rows: Cell[][];
}

export interface SheetFile {
  format: 'xlsx' | 'csv';
  /** Dates in the 1904 system (old Mac workbooks): serials count from 1 January 1904. */
  date1904: boolean;
  worksheets: Worksheet[];
}

/** The most rows one import takes; a bigger register is split into several files. */
export const MAX_SHEET_ROWS = 50_000;
export const MAX_SHEET_BYTES = 40 * 1024 * 1024;

const EMPTY: Cell = { kind: 'empty' };
const isoOfDate = (d: Date) => d.toISOString().slice(0, 10);

function cellOf(value: ExcelJS.CellValue, numFmt: string | undefined): Cell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'number') return { kind: 'number', value, percent: !!numFmt && /%/.test(numFmt.replace(/"[^"]*"/g, '')) };
  if (typeof value === 'string') return value.trim() ? { kind: 'text', text: value } : EMPTY;
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  // ExcelJS turns date-formatted serials into Dates at UTC midnight.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? EMPTY : { kind: 'date', iso: isoOfDate(value) };
  if ('error' in value) return { kind: 'error', error: String(value.error) };
  if ('richText' in value) return cellOf(value.richText.map((r) => r.text).join(''), numFmt);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result && typeof result === 'object' && 'error' in result) return { kind: 'error', error: String((result as { error: unknown }).error) };
    return cellOf((result ?? null) as ExcelJS.CellValue, numFmt);
  }
  if ('hyperlink' in value) return cellOf((value as { text?: unknown }).text as ExcelJS.CellValue, numFmt);
  return { kind: 'text', text: String(value) };
}

/**
 * Reads with ExcelJS's streaming reader (see xlsx-parts.ts for why its parts are handed over one by one),
 * three times quicker than loading the whole workbook model (a 10,000-row register in about a second); row
 * by row, so a sheet over the row limit stops early.
 */
async function readXlsx(data: Buffer, name: string): Promise<SheetFile> {
  const worksheets: Worksheet[] = [];
  let total = 0;
  let date1904 = false;
  try {
    const workbook = await openWorkbook(data, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
    // Dates in date-formatted cells are already converted; this is for serials typed into plain cells.
    date1904 = workbook.date1904;
    for await (const sheet of workbook.worksheets()) {
      const rows: Cell[][] = [];
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const cells: Cell[] = [];
        row.eachCell({ includeEmpty: true }, (cell, column) => {
          cells[column - 1] = cellOf(cell.value, cell.numFmt);
        });
        rows[row.number - 1] = trimRow(Array.from(cells, (c) => c ?? EMPTY));
        if (++total > MAX_SHEET_ROWS + 1) throw tooManyRows(name);
      }
      const info = sheet as unknown as { name?: string; state?: string };
      if (info.state && info.state !== 'visible') continue;
      worksheets.push({ name: info.name ?? `Sheet${worksheets.length + 1}`, rows: Array.from(rows, (r) => r ?? []) });
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (err instanceof UnzippedTooLarge)
      throw new AppError(
        'too_large',
        `${name} unzips to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB, far more than a register or a set of figures holds. Check it is the right file, or copy the sheet you need into a new workbook and import that.`,
      );
    throw new AppError(
      'invalid_input',
      `${name} could not be read as an Excel workbook. It may be damaged or protected by a password; open it in Excel, save it as a new .xlsx without a password, and try again.`,
    );
  }
  return { format: 'xlsx', date1904, worksheets };
}

function trimRow(cells: Cell[]): Cell[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1]!.kind === 'empty') end--;
  return cells.slice(0, end);
}

/** CSV as Excel writes it: UTF-8 (often with a byte-order mark), or Windows-1252 from older Excel. */
function decodeText(data: Buffer): string {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return data.subarray(3).toString('utf8');
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return decodeWindows1252(data);
  }
}

/**
 * Windows-1252 by hand: Node's TextDecoder treats it as ISO-8859-1, which turns Excel's curly apostrophe
 * (0x92) into an invisible control character. Bytes 0x80–0x9F are the only ones that differ.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
function decodeWindows1252(data: Buffer): string {
  let out = '';
  for (const byte of data) out += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return out;
}

function readCsv(data: Buffer, name: string): SheetFile {
  const text = decodeText(data);
  // The delimiter is guessed on the lines with something in them (a blank line would spoil the guess), then
  // the whole file is read keeping blank lines, so row numbers match the ones the person sees in Excel.
  const guess = Papa.parse<string[]>(text, { preview: 50, skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'] });
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: guess.meta.delimiter });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal)
    throw new AppError(
      'invalid_input',
      `${name} is not a well-formed CSV file: a quoted value that starts on row ${(fatal.row ?? 0) + 1} is never closed. Check that row, or save the sheet again from Excel as CSV.`,
    );
  if (parsed.data.length > MAX_SHEET_ROWS + 1) throw tooManyRows(name);
  // Text in a CSV is just text: a number or a date is read from it when the field needs one.
  const rows = parsed.data.map((row) => trimRow(row.map((v): Cell => (v.trim() ? { kind: 'text', text: v } : EMPTY))));
  while (rows.length && !rows.at(-1)!.length) rows.pop();
  return { format: 'csv', date1904: false, worksheets: [{ name: 'CSV', rows }] };
}

function tooManyRows(name: string): AppError {
  return new AppError(
    'too_large',
    `${name} has more than ${MAX_SHEET_ROWS.toLocaleString('en-GB')} rows, more than one import takes. Split it into smaller files and import each.`,
  );
}

/**
 * Reads a spreadsheet, telling XLSX from CSV by its first bytes rather than its name (a renamed file is
 * still what it is). The old binary .xls format and other files are refused with what to do instead.
 */
export async function readSheetFile(data: Buffer, name: string): Promise<SheetFile> {
  if (data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04) return readXlsx(data, name);
  if (data.length >= 8 && data.readUInt32BE(0) === 0xd0cf11e0)
    throw new AppError(
      'invalid_input',
      `${name} is in the old Excel 97–2003 format (.xls) or is protected by a password. Open it in Excel and save it as an Excel Workbook (.xlsx) or CSV, then import that.`,
    );
  const utf16 = data[0] === 0xff && data[1] === 0xfe;
  if (data.subarray(0, 5).toString('latin1') === '%PDF-' || (!utf16 && data.includes(0)))
    throw new AppError('invalid_input', `${name} is not a spreadsheet. Choose an Excel workbook (.xlsx) or a CSV file.`);
  return readCsv(data, name);
}
