// Spreadsheets built by the tests, as councils make them: ExcelJS workbooks with date cells, date serials,
// percentage formats and formulas, and CSV text in the encodings Excel saves.
import ExcelJS from 'exceljs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export type CellInput = string | number | Date | null | { formula: string; result?: unknown } | { error: string } | { percent: number };

export interface SheetInput {
  name?: string;
  /** Rows above the headings (a title, a note). */
  before?: CellInput[][];
  headings: string[];
  rows: CellInput[][];
}

/** A UTC-midnight date, as Excel dates come back. */
export const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export async function workbook(sheets: SheetInput[], options: { date1904?: boolean } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (options.date1904) wb.properties.date1904 = true;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name ?? 'Sheet1');
    for (const row of s.before ?? []) ws.addRow(row);
    ws.addRow(s.headings);
    for (const row of s.rows) {
      const added = ws.addRow(row.map((c) => (c && typeof c === 'object' && 'percent' in c ? c.percent : c)));
      row.forEach((c, i) => {
        if (c instanceof Date) added.getCell(i + 1).numFmt = 'dd/mm/yyyy';
        if (c && typeof c === 'object' && 'percent' in c) added.getCell(i + 1).numFmt = '0.0%';
      });
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function saveFile(dir: string, name: string, data: Buffer | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, data);
  return path;
}

/** CSV text from rows, quoting where needed. */
export function csv(rows: (string | number)[][], delimiter = ','): string {
  return `${rows
    .map((r) => r.map((v) => (/[",;\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v))).join(delimiter))
    .join('\r\n')}\r\n`;
}

/** Windows-1252, as older Excel saves "CSV (Comma delimited)": curly quotes and £ as single bytes. */
export function windows1252(text: string): Buffer {
  const map: Record<string, number> = { '\u2019': 0x92, '\u2018': 0x91, '\u201c': 0x93, '\u201d': 0x94, '\u2013': 0x96, '£': 0xa3, 'é': 0xe9 };
  return Buffer.from([...text].map((ch) => map[ch] ?? ch.charCodeAt(0)));
}

export async function readWorkbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  return wb;
}
