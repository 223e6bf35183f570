// Spreadsheets in and out against real SQLite files and real XLSX and CSV files: exports Excel users keep
// using, imports that read UK dates, Excel serials and text dates right, match columns (and remember the
// matching), and import every row or none, with each bad row's problem in words.
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../src/core/context';
import { call, dispatch } from '../../src/core/dispatch';
import { importSheet, previewSheet, readSheetAt, SheetImportRefused, type SheetImportOptions } from '../../src/core/sheets/run';
import { readSheetFile } from '../../src/core/sheets/table';
import { describeProblem, type SheetKind } from '../../src/shared/sheets';
import { setDisplayName } from '../support/minimal-pack';
import { tempContext } from '../support/tempdb';
import { csv, day, readWorkbook, saveFile, windows1252, workbook, type SheetInput } from '../support/workbooks';

let ctx: CoreContext;
let dir: string;
let cleanup: () => Promise<void>;
let packId: string;
let areas: Map<string, string>;

beforeEach(async () => {
  ({ ctx, dir, cleanup } = await tempContext());
  await setDisplayName(ctx, 'Priya Shah');
  await call(ctx, 'settings.update', { organisationName: 'Northmoor' });
  const pack = await call(ctx, 'packs.create', { title: 'SEF 2026–27', frameworkId: 'ilacs-2023', period: '2026–27', asAt: '2026-11-01' });
  packId = pack.id;
  areas = new Map((await call(ctx, 'packs.get', { packId })).areas.map((a) => [a.areaKey, a.id]));
});
afterEach(async () => cleanup());

const TABLES = ['actions', 'evidence', 'indicator_values', 'indicators', 'audit_log', 'settings'];
async function snapshot(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) out[t] = await ctx.db.all(`SELECT * FROM ${t} ORDER BY rowid`);
  return out;
}

const fileOf = async (data: Buffer | string, name = 'sheet.xlsx') => readSheetFile(Buffer.isBuffer(data) ? data : Buffer.from(data), name);
const options = (kind: SheetKind, extra: Partial<SheetImportOptions> = {}): SheetImportOptions => ({ kind, packId: kind === 'actions' ? packId : null, ...extra });

/** Imports, expecting a refusal; returns each problem as the command line prints it, after checking nothing changed. */
async function refused(data: Buffer | string, kind: SheetKind, extra: Partial<SheetImportOptions> = {}): Promise<string[]> {
  const before = await snapshot();
  const file = await fileOf(data, typeof data === 'string' ? 'sheet.csv' : 'sheet.xlsx');
  const attempt = importSheet(ctx, file, 'sheet', options(kind, extra));
  await expect(attempt).rejects.toBeInstanceOf(SheetImportRefused);
  const problems = await attempt.catch((err: SheetImportRefused) => err.plan.problems.map(describeProblem));
  expect(await snapshot()).toEqual(before);
  return problems as string[];
}

const actionSheet = (rows: SheetInput['rows'], headings = ['Reference', 'Action', 'Area', 'Owner', 'Due date', 'Status', 'RAG']) =>
  workbook([{ name: 'Plan', headings, rows }]);

describe('exporting the action plan', () => {
  beforeEach(async () => {
    await call(ctx, 'actions.create', { packId, title: 'Audit neglect cases', owner: 'Head of QA', dueDate: '2026-10-31', status: 'in_progress', rag: 'red', areaId: areas.get('help-and-protection')! });
    await call(ctx, 'actions.create', { packId, title: 'Refresh pathway plans', owner: '', dueDate: null, status: 'complete', rag: 'blue', areaId: null });
  });

  it('writes a workbook Excel users keep using: headings, frozen panes, filters, widths, dates as dates, RAG as word and fill', async () => {
    const path = await saveFile(dir, 'unused', '');
    const result = await call(ctx, 'sheets.export', { kind: 'actions', packId, file: ctx.files.grant(path.replace('unused', 'plan.xlsx'), 'export-sheet') });
    expect(result.rows).toBe(2);
    const wb = await readWorkbook(await readFile(result.file.location));
    const ws = wb.getWorksheet('Action plan')!;
    expect(ws.getRow(1).values).toEqual([
      undefined, 'Reference', 'Action', 'Area', 'Owner', 'Due date', 'Status', 'RAG', 'Overdue at 01/11/2026', 'Recommendation', 'Latest progress', 'Progress noted on',
    ]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 2 });
    expect(ws.autoFilter).toBe('A1:K3');
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(30);
    const due = ws.getCell('E2');
    expect(due.value).toEqual(day('2026-10-31'));
    expect(due.numFmt).toBe('dd/mm/yyyy');
    const rag = ws.getCell('G2');
    expect(rag.value).toBe('Red');
    expect(rag.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC62828' } });
    expect(ws.getCell('G3').value).toBe('Complete');
    expect(ws.getCell('H2').value).toBe('Overdue');
    expect(ws.getCell('C2').value).toBe('The experiences and progress of children who need help and protection');
    expect(ws.getCell('F40').dataValidation).toMatchObject({ type: 'list', formulae: ['"Not started,In progress,Complete,Paused"'] });
    expect(wb.creator).toBe('Priya Shah');
  });

  it('re-imports to the same actions: unchanged into its own pack, identical into another', async () => {
    const { data } = await import('../../src/core/sheets/run').then((m) => m.exportSheet(ctx, 'actions', packId));
    const file = await fileOf(data);
    expect(await importSheet(ctx, file, 'plan.xlsx', options('actions'))).toEqual({ rows: 2, created: 0, updated: 0, unchanged: 2 });

    const other = await call(ctx, 'packs.create', { title: 'Another', frameworkId: 'ilacs-2023', period: '2027–28', asAt: '2027-11-01' });
    expect(await importSheet(ctx, file, 'plan.xlsx', { kind: 'actions', packId: other.id })).toMatchObject({ created: 2 });
    const shape = async (id: string) => {
      const titles = new Map((await call(ctx, 'packs.get', { packId: id })).areas.map((a) => [a.id, a.title]));
      return (await call(ctx, 'actions.list', { packId: id })).map((a) => ({
        reference: a.reference, title: a.title, owner: a.owner, dueDate: a.dueDate, status: a.status, rag: a.rag, area: a.areaId ? titles.get(a.areaId) : null,
      }));
    };
    expect(await shape(other.id)).toEqual(await shape(packId));
  });
});

describe('importing an action plan', () => {
  it('adds new actions after the plan’s references, changes those it names, and records each in the history', async () => {
    await call(ctx, 'actions.create', { packId, title: 'Existing', rag: 'green' });
    const data = await actionSheet([
      ['A01', 'Existing, now with an owner', '', 'Principal social worker', day('2027-01-31'), 'In progress', 'Amber'],
      [null, 'A new action', 'Care leavers', null, '31/03/2027', 'not started', 'G'],
      ['B7', 'Our own reference', 'help-and-protection', null, 46478, null, null],
    ]);
    const result = await importSheet(ctx, await fileOf(data), 'plan.xlsx', options('actions'));
    expect(result).toEqual({ rows: 3, created: 2, updated: 1, unchanged: 0 });
    const actions = await call(ctx, 'actions.list', { packId });
    // In reference order, shortest first: B7 before A01.
    expect(actions.map((a) => [a.reference, a.title, a.owner, a.dueDate, a.status, a.rag])).toEqual([
      ['B7', 'Our own reference', '', '2027-04-01', 'not_started', 'green'],
      ['A01', 'Existing, now with an owner', 'Principal social worker', '2027-01-31', 'in_progress', 'amber'],
      ['A02', 'A new action', '', '2027-03-31', 'not_started', 'green'],
    ]);
    expect(actions[2]!.areaId).toBe(areas.get('care-leavers'));
    expect(actions[0]!.areaId).toBe(areas.get('help-and-protection'));
    const history = await ctx.db.all<{ action: string }>("SELECT action FROM audit_log WHERE entity = 'action' ORDER BY id");
    expect(history.map((h) => h.action)).toEqual(['Added action', 'Changed title, owner, due date, status and RAG', 'Added action from plan.xlsx', 'Added action from plan.xlsx']);
  });

  it('moves on the version of each record it changes, so a save made before the import is refused, not lost', async () => {
    const made = await call(ctx, 'actions.create', { packId, title: 'Audit supervision', rag: 'green' });
    const evidence = await call(ctx, 'evidence.create', { title: 'Case-file audit', type: 'case_file_audit' });
    await importSheet(ctx, await fileOf(await actionSheet([[made.reference, 'Audit supervision in every team', '', '', null, null, null]])), 'plan.xlsx', options('actions'));
    await importSheet(ctx, await fileOf(csv([['Ref', 'Title'], [evidence.reference, 'Case-file audit, October']])), 'register.csv', options('evidence'));
    const action = (await call(ctx, 'actions.list', { packId })).find((a) => a.id === made.id)!;
    expect(action.version).toBe(made.version + 1);
    await expect(call(ctx, 'actions.update', { actionId: made.id, baseVersion: made.version, title: 'Someone’s older edit' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(call(ctx, 'evidence.update', { evidenceId: evidence.id, baseVersion: evidence.version, title: 'Someone’s older edit' })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('finds the headings below a title row and remembers a matching the person chose', async () => {
    const data = await workbook([{ before: [['Northmoor improvement plan, November 2026'], []], headings: ['Our ref', 'What we will do', 'Lead officer'], rows: [['X1', 'Audit supervision', 'Sam']] }]);
    const file = await fileOf(data);
    const first = await previewSheet(ctx, file, options('actions'));
    expect(first.headingRow).toBe(3);
    expect(first.mapping).toMatchObject({ reference: null, title: null, owner: 2 });
    expect(first.problems.map(describeProblem)).toEqual(['No column is matched to Action. Choose the column that holds it, or add one headed "Action".']);
    await importSheet(ctx, file, 'plan.xlsx', options('actions', { mapping: { reference: 0, title: 1, owner: 2 } }));
    const next = await previewSheet(ctx, file, options('actions'));
    expect(next.mapping).toMatchObject({ reference: 0, title: 1, owner: 2 });
    expect(next.counts).toMatchObject({ rows: 1, unchanged: 1 });
  });

  it('refuses an approved pack', async () => {
    await ctx.db.run("UPDATE packs SET status = 'approved' WHERE id = ?", [packId]);
    await expect(importSheet(ctx, await fileOf(await actionSheet([['A1', 'x', '', '', null, '', '']])), 's', options('actions'))).rejects.toMatchObject({ code: 'read_only' });
  });
});

describe('every kind of bad row is refused, with its row number and what to do, and nothing is written', () => {
  it('in an action plan', async () => {
    const data = await actionSheet([
      ['A1', 'Impossible date', '', '', '31/02/2026', '', ''],
      ['A2', null, '', '', null, '', ''],
      ['A3', 'Unreadable date and choices', 'Early help', '', 'next week', 'Finished', 'Purple'],
      ['A1', 'Repeats A1', 'care', '', { error: '#REF!' }, '', ''],
      ['A4', 'x'.repeat(301), 'The experiences and progress', '', '11/23/2026', '', ''],
    ]);
    expect(await refused(data, 'actions')).toEqual([
      "row 2, Due date: '31/02/2026' is not a date: February 2026 has no day 31. Write dates as day/month/year, such as 23/11/2026.",
      'row 3, Action: the action has no title. Give every action a title, or delete the row.',
      "row 4, Area: 'Early help' is not an area of this pack. Use an area's title, such as \"The impact of leaders on social work practice with children and families\", or leave the cell empty.",
      "row 4, Due date: 'next week' is not a date. Write dates as day/month/year, such as 23/11/2026.",
      "row 4, Status: 'Finished' is not a status. Use one of: Not started, In progress, Complete, Paused.",
      "row 4, RAG: 'Purple' is not a RAG rating. Use one of: Red, Amber, Green, Complete.",
      "row 5, Area: 'care' could be more than one area of this pack. Give the area's full title.",
      'row 5, Due date: the cell holds the spreadsheet error #REF!. Correct the formula, or type the value instead.',
      'row 5: this row has the same reference, A1, as row 2. Give each action its own reference, or delete one of the rows.',
      'row 6, Action: the action is 301 characters long; keep it under 300.',
      "row 6, Area: 'The experiences and progress' could be more than one area of this pack. Give the area's full title.",
      "row 6, Due date: '11/23/2026' is not a date: there is no month 23: dates are read day first, as in 23/11/2026. Write dates as day/month/year, such as 23/11/2026.",
    ]);
  });

  it('in an evidence register', async () => {
    const data = csv([
      ['Reference', 'Title', 'Type', 'Evidence date', 'Review due', 'Sensitivity'],
      ['E1', 'Audit', 'Gossip', '01/10/2026', '30/13/2026', 'Secret'],
      ['E1', '', 'Case-file audit', '', '', ''],
    ]);
    expect(await refused(data, 'evidence')).toEqual([
      "row 2, Type: 'Gossip' is not a type of evidence. Use one of: Case-file audit, Supervision audit, Practice observation, Performance data, Feedback from children and families, Staff survey, Peer review or challenge, Quality assurance report, Complaints and compliments, Learning review, Partnership evidence, Policy, strategy or plan, Other.",
      "row 2, Review due: '30/13/2026' is not a date: there is no month 13. Write dates as day/month/year, such as 23/11/2026.",
      "row 2, Sensitivity: 'Secret' is not a sensitivity. Use one of: OFFICIAL, OFFICIAL-SENSITIVE, Personal data.",
      'row 3, Title: the evidence has no title. Give every item a title, or delete the row.',
      'row 3: this row has the same reference, E1, as row 2. Give each item its own reference, or delete one of the rows.',
    ]);
  });

  it('in indicator figures', async () => {
    const data = await workbook([
      {
        headings: ['Indicator', 'Period', 'Period type', 'Council', 'England', 'Source', 'Extracted on'],
        rows: [
          ['Rereferral rate', 'Q2 2026-27', null, 18, 22, 'LAIT', '14/10/2026'],
          ['re-referrals-within-12-months', 'Q5 2026-27', null, 'abc', 140, 'LAIT', '14/10/2026'],
          ['re-referrals-within-12-months', day('2026-08-31'), 'Quarter', 18, null, 'LAIT', '14/10/2026'],
          ['re-referrals-within-12-months', 'Q2 2026-27', 'Monthly', 18, null, 'LAIT', '14/10/2026'],
          ['average-caseload', 'Q2 2026-27', null, -1, null, 'LAIT', '15/09/2026'],
          ['average-caseload', 'Q1 2026-27', null, 17, null, null, '01/01/2027'],
          ['average-caseload', 'Q1 2026-27', null, 17.5, 'x', 'HR', '01/07/2026'],
          [null, 'Q1 2026-27', null, 17, null, 'HR', '01/07/2026'],
          ['average-caseload', null, null, 17, null, 'HR', '01/07/2026'],
        ],
      },
    ]);
    expect(await refused(data, 'indicators')).toEqual([
      "row 2, Indicator: 'Rereferral rate' is not an indicator SEF Studio knows. Use the id or title of one in the library, or add it as your own indicator first.",
      "row 3, Period: 'Q5 2026-27' is not a period: there are four quarters, Q1 to Q4.",
      "row 3, Council: 'abc' is not a number. Write the figure alone, such as 18.4, or leave the cell empty.",
      'row 4, Period: \'31/08/2026\' is not a period: a quarter ends on the last day of June, September, December or March, not 31 August 2026.',
      "row 5, Period type: 'Monthly' is not a kind of period. Use Quarter, Financial year, Academic year, Calendar year, As at a date.",
      'row 6, Council: -1.0 is below zero; Average caseload of children\'s social workers cannot be negative.',
      'row 6, Council: The figure for Q2 2026–27 was extracted on 15/09/2026, before the period ended on 30/09/2026; check the extraction date or the period.',
      'row 7, Source: the row has no source. Say where the figures came from, or give one source for all of them when you import.',
      'row 7, Council: The extraction date 01/01/2027 is after today; give the date the figure was taken from its source.',
      "row 8: this row gives Our council's figure for Q1 2026–27 again, as row 7 does. Give each figure once.",
      'row 9, Indicator: the row names no indicator. Give the indicator’s id or title, or delete the row.',
      'row 10, Period: the row has no period. Give the quarter, year or date the figures are for.',
    ]);
    expect(
      await refused(await workbook([{ headings: ['Indicator', 'Period', 'Value'], rows: [['average-caseload', '2025-26', 140]] }]), 'indicators'),
    ).toEqual([
      'No column is matched to Source. Match the column that says where the figures came from, or give one source for all of them.',
      'No column is matched to Extracted on. Match the column with the date the figures were taken, or give one date for all of them.',
    ]);
    expect(
      await refused(await workbook([{ headings: ['Indicator', 'Period', 'Value'], rows: [['re-referrals-within-12-months', '2025-26', 140]] }]), 'indicators', {
        defaults: { source: 'LAIT', extractedOn: '2026-10-01' },
      }),
    ).toEqual(['row 2, Value: 140.0% is more than 100%; write a percentage as a number from 0 to 100.']);
  });

  it('for files that are not spreadsheets, with what to do instead', async () => {
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100)]);
    await expect(readSheetFile(xls, 'old.xls')).rejects.toThrow(/old Excel 97–2003 format \(\.xls\).*save it as an Excel Workbook \(\.xlsx\) or CSV/);
    await expect(readSheetFile(Buffer.from('%PDF-1.4'), 'report.pdf')).rejects.toThrow('report.pdf is not a spreadsheet. Choose an Excel workbook (.xlsx) or a CSV file.');
    await expect(readSheetFile(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'broken.xlsx')).rejects.toThrow(/could not be read as an Excel workbook/);
    await expect(readSheetFile(Buffer.from('Title\n"never closed\n'), 'bad.csv')).rejects.toThrow(/never closed/);
    expect((await refused('', 'evidence').catch(() => ['refused'])).length).toBeGreaterThan(0);
  });
});

describe('dates, numbers and text come out right however they were written', () => {
  it('reads date cells, Excel serials, UK text dates and ISO dates as the same date, in 1900 and 1904 workbooks', async () => {
    const rows = [day('2026-11-23'), 46349, '23/11/2026', '23 Nov 2026', '2026-11-23', '23.11.26'].map((d, i) => [`E${i + 1}`, `Item ${i + 1}`, d]);
    await importSheet(ctx, await fileOf(await workbook([{ headings: ['Reference', 'Title', 'Review due'], rows }])), 'r', options('evidence'));
    expect((await ctx.db.all<{ review_due: string }>('SELECT review_due FROM evidence')).map((r) => r.review_due)).toEqual(Array(6).fill('2026-11-23'));
    const mac = await workbook([{ headings: ['Reference', 'Title', 'Review due'], rows: [['E1', 'Item 1', 46349 - 1462]] }], { date1904: true });
    const plan = await previewSheet(ctx, await fileOf(mac), options('evidence'));
    expect(plan.rows[0]).toMatchObject({ outcome: 'unchanged' });
  });

  it('reads CSV saved as UTF-8 with a byte-order mark, as Windows-1252, and with semicolons', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv([['Title', 'Owner'], ['Children’s survey', 'Zoë']]))]);
    const ansi = windows1252(csv([['Title', 'Owner'], ['Young people’s forum', 'Renée']]));
    const semicolons = csv([['Title', 'Source'], ['Budget, 2026–27', '£ ledger']], ';');
    for (const data of [bom, ansi, Buffer.from(semicolons)]) await importSheet(ctx, await fileOf(data, 'r.csv'), 'r.csv', options('evidence'));
    expect(await ctx.db.all('SELECT reference, title, owner, source FROM evidence ORDER BY reference')).toEqual([
      { reference: 'E001', title: 'Children’s survey', owner: 'Zoë', source: '' },
      { reference: 'E002', title: 'Young people’s forum', owner: 'Renée', source: '' },
      { reference: 'E003', title: 'Budget, 2026–27', owner: '', source: '£ ledger' },
    ]);
  });

  it('reads figures in a column per comparator, percentage cells as percentages, and skips figures marked as not published', async () => {
    const data = await workbook([
      {
        headings: ['Indicator', 'Period', 'Our council', 'England', 'Stat neighbours', 'Source', 'Extracted on'],
        rows: [
          ['Re-referrals', 'Q2 2026-27', { percent: 0.184 }, '22.1%', 'x', 'LAIT', day('2026-10-14')],
          ['children-looked-after-rate', '31/03/2026', 93, 70, 'c', 'CLA return', '30/10/2026'],
        ],
      },
    ]);
    expect(await importSheet(ctx, await fileOf(data), 'q2.xlsx', options('indicators'))).toEqual({ rows: 2, created: 2, updated: 0, unchanged: 0 });
    const figures = await call(ctx, 'indicators.values', {});
    expect(figures.map((f) => [f.indicatorId, f.comparator, f.period.kind, f.period.end, f.value])).toEqual([
      ['children-looked-after-rate', 'council', 'as_at', '2026-03-31', 93],
      ['children-looked-after-rate', 'england', 'as_at', '2026-03-31', 70],
      ['re-referrals-within-12-months', 'council', 'quarter', '2026-09-30', 18.4],
      ['re-referrals-within-12-months', 'england', 'quarter', '2026-09-30', 22.1],
    ]);
  });

  it('exports the figures and reads them back unchanged, with a named comparator', async () => {
    await call(ctx, 'indicators.setValues', {
      values: [
        { indicatorId: 'average-caseload', comparator: 'council', periodKind: 'quarter', periodEnd: '2026-09-30', value: 17.2, source: 'HR', extractedOn: '2026-10-05' },
        { indicatorId: 'average-caseload', comparator: 'named', comparatorName: 'Eastbrook', periodKind: 'quarter', periodEnd: '2026-09-30', value: 19, source: 'Benchmarking club', extractedOn: '2026-10-20', note: 'Provisional' },
        { indicatorId: 'days-entering-care-to-adoptive-family', comparator: 'england', periodKind: 'financial_year', periodEnd: '2026-03-31', value: 412, source: 'ASGLB', extractedOn: '2026-10-01' },
      ],
    });
    const { exportSheet } = await import('../../src/core/sheets/run');
    const { data } = await exportSheet(ctx, 'indicators', packId);
    const wb = await readWorkbook(data);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Figures', 'Latest at 01-11-2026', 'About']);
    expect(wb.getWorksheet('Figures')!.getCell('I2').numFmt).toBe('#,##0.0');
    expect(await importSheet(ctx, await fileOf(data), 'figures.xlsx', options('indicators'))).toEqual({ rows: 3, created: 0, updated: 0, unchanged: 3 });
  });
});

describe('through the contract, with grants', () => {
  it('opens a file once, previews it with another matching, and imports the same rows', async () => {
    const path = await saveFile(dir, 'register.csv', csv([['Ref', 'Name of document', 'Kept by'], ['E050', 'Practice week report', 'PSW']]));
    const first = await call(ctx, 'sheets.open', { file: ctx.files.grant(path, 'import-sheet'), kind: 'evidence' });
    expect(first).toMatchObject({ fileName: 'register.csv', headings: ['Ref', 'Name of document', 'Kept by'], counts: { withProblems: 0 } });
    expect(first.problems.map((p) => p.message)).toEqual(['No column is matched to Title. Choose the column that holds it, or add one headed "Title".']);
    const again = await call(ctx, 'sheets.preview', { sheetId: first.sheetId, kind: 'evidence', mapping: { reference: 0, title: 1, owner: 2 } });
    expect(again.rows).toEqual([{ row: 2, outcome: 'create', values: { reference: 'E050', title: 'Practice week report', owner: 'PSW' } }]);
    expect(await call(ctx, 'sheets.import', { sheetId: first.sheetId, kind: 'evidence', mapping: { reference: 0, title: 1, owner: 2 } })).toEqual({ rows: 1, created: 1, updated: 0, unchanged: 0 });
    // The sheet is let go once imported, and its grant was good for one read.
    expect(await dispatch(ctx, 'sheets.preview', { sheetId: first.sheetId, kind: 'evidence' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await readSheetAt(path)).worksheets[0]!.rows).toHaveLength(2);
  });
});
