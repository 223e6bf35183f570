// `sef sheet export` and `sef sheet import`, run for real in a child process: the commands exactly as the
// issue gives them, all or nothing, each bad row printed with its number and what to do, exit status 1 and
// the database file not changed by a byte.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/core/db/open';
import { insertSampleData } from '../support/sample-data';
import { tempDir } from '../support/tempdb';
import { csv, readWorkbook, saveFile } from '../support/workbooks';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'src/cli/bin.mjs');

function sef(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
    );
  });
}

let folder = '';
let db = '';
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir: folder, cleanup } = await tempDir());
  db = join(folder, 'sample.sqlite');
  const conn = await openDatabase(db);
  await conn.transaction(insertSampleData);
  await conn.exec('PRAGMA journal_mode = DELETE');
  await conn.close();
});
afterAll(async () => cleanup());

describe('sef sheet', () => {
  it('exports each kind as a workbook, and an exported action plan imports back unchanged', async () => {
    const plan = join(folder, 'plan.xlsx');
    const exported = await sef('sheet', 'export', db, '--what', 'actions', '--out', plan);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    expect(exported.stdout).toMatch(/^Wrote .*plan\.xlsx: 2 actions from "Self-evaluation 2026–27"\.\n$/);
    const wb = await readWorkbook(await readFile(plan));
    expect(wb.getWorksheet('Action plan')!.getCell('B2').value).toBe('Raise supervision quality');

    const imported = await sef('sheet', 'import', plan, '--what', 'actions', '--into', db);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toMatch(/^Imported 2 rows from .*plan\.xlsx into .*sample\.sqlite \("Self-evaluation 2026–27"\): 0 actions added, 0 changed, 2 unchanged\.\n$/);

    for (const what of ['evidence', 'indicators']) {
      const out = join(folder, `${what}.xlsx`);
      expect(await sef('sheet', 'export', db, '--what', what, '--out', out)).toMatchObject({ code: 0 });
      expect(await sef('sheet', 'import', out, '--what', what, '--into', db)).toMatchObject({ code: 0, stdout: expect.stringMatching(/0 changed, \d+ unchanged\./) });
    }
  });

  it('prints every bad row with its number and what to do, exits 1, and leaves the database as it was', async () => {
    const bad = await saveFile(
      folder,
      'bad.csv',
      csv([
        ['Reference', 'Title', 'Review due', 'Sensitivity'],
        ['E100', 'Fine', '01/12/2026', 'OFFICIAL'],
        ['E101', 'Impossible date', '31/02/2026', ''],
        ['E102', '', '', 'Secret'],
      ]),
    );
    const before = await readFile(db);
    const run = await sef('sheet', 'import', bad, '--what', 'evidence', '--into', db);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      "row 3, Review due: '31/02/2026' is not a date: February 2026 has no day 31. Write dates as day/month/year, such as 23/11/2026.",
      'row 4, Title: the evidence has no title. Give every item a title, or delete the row.',
      "row 4, Sensitivity: 'Secret' is not a sensitivity. Use one of: OFFICIAL, OFFICIAL-SENSITIVE, Personal data.",
      `Nothing was imported and ${db} is unchanged: 2 rows of ${bad} have problems. Correct them and run the command again.`,
    ]);
    expect((await readFile(db)).equals(before)).toBe(true);
  });

  it('takes a source and an extraction date for figures that give none, and explains how it is used wrongly', async () => {
    const figures = await saveFile(folder, 'q2.csv', csv([['Indicator', 'Period', 'Council', 'England'], ['Re-referrals', 'Q2 2026-27', '18.4', '22.1']]));
    const run = await sef('sheet', 'import', figures, '--what', 'indicators', '--into', db, '--source', 'LAIT', '--extracted', '14/10/2026');
    expect(run).toMatchObject({ code: 0, stdout: expect.stringMatching(/1 row of figures added/) });
    expect(await sef('sheet', 'import', figures, '--what', 'budgets', '--into', db)).toMatchObject({ code: 2, stderr: expect.stringMatching(/--what is actions, evidence, indicators; not "budgets"/) });
    expect(await sef('sheet', 'import', figures, '--what', 'indicators')).toMatchObject({ code: 2, stderr: expect.stringMatching(/Give --into DB/) });
    expect(await sef('sheet', 'send', figures, '--what', 'indicators')).toMatchObject({ code: 2, stderr: expect.stringMatching(/followed by export or import, not "send"/) });
  });
});
