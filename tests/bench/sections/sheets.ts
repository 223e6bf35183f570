// Spreadsheets at size: a 10,000-row evidence register as an XLSX file, read, previewed and imported into a
// new database in one transaction, then exported again and re-imported (every row unchanged).
import ExcelJS from 'exceljs';
import { EVIDENCE_TYPE_LABELS } from '../../../src/shared/domain';
import { exportSheet, importSheet, previewSheet } from '../../../src/core/sheets/run';
import { readSheetFile } from '../../../src/core/sheets/table';
import type { Section } from '../section';

const ROWS = 10_000;
const TYPES = Object.values(EVIDENCE_TYPE_LABELS);

async function register(rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Evidence register');
  ws.addRow(['Ref', 'Title', 'Type', 'Description', 'Owner', 'Date', 'Review date', 'Source', 'Marking']);
  for (let i = 1; i <= rows; i++) {
    const row = ws.addRow([
      `E${String(i).padStart(5, '0')}`,
      `Case-file audit ${i}: neglect and the voice of the child`,
      TYPES[i % TYPES.length],
      'Twelve cases audited with practitioners; practice good or better in eight, with actions for the other four.',
      `Team manager ${i % 40}`,
      new Date(Date.UTC(2026, i % 12, 1 + (i % 28))),
      // Every third review date typed as text, as registers pasted together from several teams have them.
      i % 3 ? new Date(Date.UTC(2027, i % 12, 1 + (i % 28))) : `${1 + (i % 28)}/${1 + (i % 12)}/2027`,
      'Audit tool',
      i % 10 ? 'OFFICIAL' : 'OFFICIAL-SENSITIVE',
    ]);
    row.getCell(6).numFmt = 'dd/mm/yyyy';
    row.getCell(7).numFmt = 'dd/mm/yyyy';
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const sheetsSection: Section = {
  name: 'sheets',
  title: `Spreadsheets: a ${ROWS.toLocaleString('en-GB')}-row evidence register in and out of XLSX`,
  async run(bench) {
    const data = await bench.time('Build the register XLSX with ExcelJS (test set-up)', () => register(ROWS), (d) => `${(d.length / 1024 / 1024).toFixed(1)} MB`);
    const ctx = await bench.newDatabase();
    const file = await bench.time('Read the XLSX into cells (ExcelJS)', () => readSheetFile(data, 'register.xlsx'));
    const options = { kind: 'evidence' as const, packId: null };
    await bench.time('Preview: match columns, read and check every row', () => previewSheet(ctx, file, options), (p) => `${p.counts.create.toLocaleString('en-GB')} to add, ${p.problems.length} problems`);
    await bench.time('Import every row (one transaction, with history)', () => importSheet(ctx, file, 'register.xlsx', options), (r) => `${r.created.toLocaleString('en-GB')} added`);
    const exported = await bench.time('Export the register to XLSX', () => exportSheet(ctx, 'evidence', null), (e) => `${e.rows.toLocaleString('en-GB')} rows, ${(e.data.length / 1024 / 1024).toFixed(1)} MB`);
    const again = await readSheetFile(exported.data, 'export.xlsx');
    await bench.time('Re-import the exported register (nothing changes)', () => importSheet(ctx, again, 'export.xlsx', options), (r) => `${r.unchanged.toLocaleString('en-GB')} unchanged`);
  },
};
