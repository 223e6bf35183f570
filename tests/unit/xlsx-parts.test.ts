// Reading .xlsx files whatever order their parts are stored in. ExcelJS's own streaming pass lost parts
// now and then (exceljs#3064), so a sound workbook was called damaged; the reader now opens the archive by
// its central directory and reads the parts in the order they are needed.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readSheetFile } from '../../src/core/sheets/table';
import { day, workbook } from '../support/workbooks';

/** The signature of an entry in a ZIP's central directory; its uncompressed size is 24 bytes on. */
const CENTRAL_ENTRY = Buffer.from([0x50, 0x4b, 0x01, 0x02]);

const twoSheets = () =>
  workbook([
    { name: 'Register', headings: ['Reference', 'Title', 'Review due'], rows: [['E1', 'Audit of neglect cases', day('2026-11-23')]] },
    { name: 'Notes', headings: ['Note'], rows: [['Kept by the quality lead']] },
  ]);

/** The same parts, stored in another order, optionally changed on the way. */
function rezip(data: Buffer, order: (names: string[]) => string[], change: (name: string, text: string) => string = (_, t) => t): Buffer {
  const parts = unzipSync(data);
  const out: Zippable = {};
  for (const name of order(Object.keys(parts))) out[name] = name.endsWith('.xml') ? strToU8(change(name, strFromU8(parts[name]!))) : parts[name]!;
  return Buffer.from(zipSync(out));
}

const texts = (file: Awaited<ReturnType<typeof readSheetFile>>) =>
  file.worksheets.map((w) => ({ name: w.name, rows: w.rows.map((r) => r.map((c) => (c.kind === 'text' ? c.text : c.kind === 'date' ? c.iso : c.kind))) }));

describe('an .xlsx file', () => {
  it('reads the same with its worksheets stored before or after the workbook, shared strings and styles', async () => {
    const original = await twoSheets();
    const expected = texts(await readSheetFile(original, 'register.xlsx'));
    expect(expected).toEqual([
      { name: 'Register', rows: [['Reference', 'Title', 'Review due'], ['E1', 'Audit of neglect cases', '2026-11-23']] },
      { name: 'Notes', rows: [['Note'], ['Kept by the quality lead']] },
    ]);
    const worksheetsFirst = rezip(original, (names) => [...names.filter((n) => n.includes('worksheets/')), ...names.filter((n) => !n.includes('worksheets/'))]);
    const reversed = rezip(original, (names) => [...names].reverse());
    for (const data of [worksheetsFirst, reversed]) expect(texts(await readSheetFile(data, 'register.xlsx'))).toEqual(expected);
  });

  it('gives its worksheets in tab order, not the order of their parts', async () => {
    const original = await twoSheets();
    // Move the Notes tab in front, as dragging it would in Excel: workbook.xml lists the sheets in tab order.
    const notesFirst = rezip(original, (names) => names, (name, text) =>
      name === 'xl/workbook.xml' ? text.replace(/(<sheet [^>]*name="Register"[^>]*\/>)(<sheet [^>]*name="Notes"[^>]*\/>)/, '$2$1') : text,
    );
    expect((await readSheetFile(notesFirst, 'register.xlsx')).worksheets.map((w) => w.name)).toEqual(['Notes', 'Register']);
  });

  it('is refused, with what to do, when it would unzip to far more than any register', async () => {
    // A few bytes that say they unzip to 600 MB each, as a ZIP bomb's do: the size is read before anything is inflated.
    const huge = Buffer.from(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': strToU8('<worksheet/>') }));
    for (let at = huge.indexOf(CENTRAL_ENTRY); at >= 0; at = huge.indexOf(CENTRAL_ENTRY, at + 4)) huge.writeUInt32LE(600 * 1024 * 1024, at + 24);
    await expect(readSheetFile(huge, 'bomb.xlsx')).rejects.toThrow(/bomb\.xlsx unzips to more than 512 MB.*copy the sheet you need into a new workbook/);
  });

  it('without a workbook part is called damaged, with what to do', async () => {
    const original = await twoSheets();
    const noWorkbook = rezip(original, (names) => names.filter((n) => n !== 'xl/workbook.xml'));
    await expect(readSheetFile(noWorkbook, 'broken.xlsx')).rejects.toThrow(/broken\.xlsx could not be read as an Excel workbook.*save it as a new \.xlsx/);
  });
});
