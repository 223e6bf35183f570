// Writing a workbook Excel users keep using: one real heading row (no title rows above it, so sorting and
// filters work), panes frozen below the headings, a filter on every column, widths that fit the content,
// dates stored as dates and shown day/month/year, numbers as numbers, RAG ratings as a word with its fill,
// and drop-down lists where a column takes one of a few values. Written with ExcelJS.
import ExcelJS from 'exceljs';
import { textColourOn } from '../../shared/rules';

export type ColumnKind = 'text' | 'longText' | 'date' | 'number' | 'integer';

export interface SheetColumn<Row> {
  heading: string;
  kind: ColumnKind;
  value(row: Row): string | number | null;
  /** Decimal places for numbers: one for the column, or each row's own (an indicator's precision). */
  decimals?: number | ((row: Row) => number);
  /** A drop-down of the values the column takes, so edits stay importable. */
  choices?: readonly string[];
  /** A cell fill (#RRGGBB) for the row's value, such as a RAG colour; the text colour is chosen for contrast. */
  fill?(row: Row): string | null;
}

export interface SheetSpec<Row> {
  name: string;
  columns: SheetColumn<Row>[];
  rows: Row[];
  /** Columns kept in view when scrolling sideways (the reference and title). */
  frozenColumns?: number;
}

export interface WorkbookSpec {
  /** The person exporting, as the document's author; nothing else about the machine is recorded. */
  author: string;
  title: string;
  sheets: SheetSpec<never>[];
  /** A short sheet saying what this is, as label and value pairs. */
  about?: [string, string][];
}

/** ExcelJS's worksheet validations by address, which its types leave out. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

const HEADING_FILL = '#1F3A5F';
const WIDTHS: Record<ColumnKind, { min: number; max: number }> = {
  text: { min: 10, max: 40 },
  longText: { min: 30, max: 70 },
  date: { min: 12, max: 12 },
  number: { min: 10, max: 16 },
  integer: { min: 8, max: 12 },
};

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const dateOf = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

function numberFormat(column: SheetColumn<never>, row: never): string | undefined {
  if (column.kind === 'date') return 'dd/mm/yyyy';
  if (column.kind === 'integer') return '0';
  if (column.kind !== 'number') return undefined;
  const decimals = typeof column.decimals === 'function' ? column.decimals(row) : (column.decimals ?? 0);
  return decimals ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

function addSheet(workbook: ExcelJS.Workbook, spec: SheetSpec<never>): void {
  const sheet = workbook.addWorksheet(spec.name.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1, xSplit: spec.frozenColumns ?? 0, activeCell: 'A2' }],
  });
  const widths = spec.columns.map((c) => Math.max(c.heading.length + 2, WIDTHS[c.kind].min));
  sheet.addRow(spec.columns.map((c) => c.heading));
  for (const row of spec.rows) {
    const values = spec.columns.map((c) => {
      const v = c.value(row);
      return v === null || v === '' ? null : c.kind === 'date' && typeof v === 'string' ? dateOf(v) : v;
    });
    const added = sheet.addRow(values);
    spec.columns.forEach((c, i) => {
      const cell = added.getCell(i + 1);
      const format = numberFormat(c, row);
      if (format) cell.numFmt = format;
      if (c.kind === 'longText') cell.alignment = { wrapText: true, vertical: 'top' };
      else cell.alignment = { vertical: 'top' };
      const fill = c.fill?.(row);
      if (fill) {
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(fill) } };
        cell.font = { color: { argb: argb(textColourOn(fill)) }, bold: true };
      }
      const v = c.value(row);
      const length = v === null ? 0 : c.kind === 'date' ? 10 : String(v).length;
      widths[i] = Math.min(WIDTHS[c.kind].max, Math.max(widths[i]!, length + 2));
    });
  }
  const heading = sheet.getRow(1);
  heading.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  heading.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(HEADING_FILL) } };
  heading.alignment = { vertical: 'middle', wrapText: true };
  heading.height = 30;
  spec.columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = widths[i];
  });
  const last = Math.max(2, spec.rows.length + 1);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: last, column: spec.columns.length } };
  // Drop-downs on the rows there are and room for more, so new rows typed in Excel stay importable.
  const through = spec.rows.length + 200;
  spec.columns.forEach((c, i) => {
    if (!c.choices?.length) return;
    const letter = sheet.getColumn(i + 1).letter;
    // One validation over the column's range, not one per cell: a 10,000-row register writes in a
    // fraction of the time and Excel opens it faster. ExcelJS takes a range here but does not type it.
    (sheet as unknown as RangeValidations).dataValidations.add(`${letter}2:${letter}${through}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${c.choices.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: c.heading,
      error: `Choose one of: ${c.choices.join(', ')}`,
    });
  });
}

export async function buildWorkbook(spec: WorkbookSpec, now: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = spec.author;
  workbook.lastModifiedBy = spec.author;
  workbook.title = spec.title;
  workbook.created = now;
  workbook.modified = now;
  for (const sheet of spec.sheets) addSheet(workbook, sheet);
  if (spec.about?.length) {
    const about = workbook.addWorksheet('About');
    about.columns = [{ width: 24 }, { width: 90 }];
    for (const [label, value] of spec.about) {
      const row = about.addRow([label, value]);
      row.getCell(1).font = { bold: true };
      row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
