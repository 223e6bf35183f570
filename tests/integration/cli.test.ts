// The `sef` command, run for real: `node src/cli/bin.mjs …` in a child process, as a user would, with
// exit statuses, messages, and the files it leaves (or must not touch) checked afterwards.
import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sqlite3 from 'sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeRaw, openRaw } from '../../src/core/db/connection';
import { LATEST_SCHEMA_VERSION } from '../../src/core/db/migrations';
import { APPLICATION_ID, openDatabase } from '../../src/core/db/open';
import { main } from '../../src/cli/main';
import { PACK_FORMAT_VERSION } from '../../src/core/interchange';
import { insertSampleData } from '../support/sample-data';
import { tempDir } from '../support/tempdb';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'src/cli/bin.mjs');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function sef(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups) await c();
  cleanups = [];
});
async function dir(): Promise<string> {
  const t = await tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

/** A SEF Studio database with a little of everything, written with SQL (independent of the services). */
async function sampleFile(folder: string, name = 'sample.sqlite'): Promise<string> {
  const path = join(folder, name);
  const db = await openDatabase(path);
  await db.transaction(insertSampleData);
  await db.close();
  return path;
}

async function rawExec(path: string, sql: string): Promise<void> {
  const db = await openRaw(path, sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE);
  await new Promise<void>((res, rej) => db.exec(sql, (e) => (e ? rej(e) : res())));
  await closeRaw(db);
}

async function count(path: string, table: string): Promise<number> {
  const db = await openDatabase(path, { mustExist: true });
  try {
    return (await db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))!.n;
  } finally {
    await db.close();
  }
}

/** Only the user's files: no temporary or SQLite side files left behind. */
async function filesIn(folder: string): Promise<string[]> {
  return (await readdir(folder)).sort();
}

/** The same main() the launcher runs, in this process: for the many small usage cases. */
async function sefInProcess(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { out: (t) => (stdout += `${t}\n`), err: (t) => (stderr += `${t}\n`) });
  return { code, stdout, stderr };
}

describe('sef help and usage', () => {
  it('documents every command in sef --help and sef <command> --help', async () => {
    const help = await sef('--help');
    expect(help.code).toBe(0);
    for (const name of ['demo', 'check', 'backup', 'dump', 'import'])
      expect(help.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    const demo = await sefInProcess('demo', '--help');
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain('Usage: sef demo --out FILE [--force]');
    expect(demo.stdout).toContain('--force');
    const check = await sefInProcess('help', 'check');
    expect(check.stdout).toContain('Usage: sef check FILE');
    expect((await sefInProcess('--version')).stdout).toMatch(/^SEF Studio \d+\.\d+\.\d+/);
  });

  it('exits with status 2 and a pointer to help when used wrongly', async () => {
    // Through the launcher, to see the status reach the shell.
    const none = await sef();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: sef <command>');
    const unknown = await sef('frobnicate');
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toBe('sef has no command "frobnicate".\nRun "sef --help" to see the commands.\n');

    const missing = await sefInProcess('backup', 'a.sqlite');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /^Give --out COPY: sef backup FILE --out COPY \[--force\]\nRun "sef backup --help" to see how to use it\.\n$/,
    );
    const noFile = await sefInProcess('check');
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toMatch(/^Give either FILE or --url URL, the database to check\.\nRun "sef check --help"/);
    const badOption = await sefInProcess('check', 'a.sqlite', '--colour');
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toMatch(/"sef check" has no option --colour\./);
    const noValue = await sefInProcess('dump', 'a.sqlite', '--out');
    expect(noValue.code).toBe(2);
    expect(noValue.stderr).toMatch(/The option --out needs a value, as in --out PACK\.json\./);
    const flagValue = await sefInProcess('demo', '--out', 'x.sqlite', '--force=yes');
    expect(flagValue.code).toBe(2);
    expect(flagValue.stderr).toMatch(/The option --force takes no value\./);
    const extra = await sefInProcess('check', 'a.sqlite', 'b.sqlite');
    expect(extra.code).toBe(2);
    expect(extra.stderr).toMatch(/Too many arguments \("b\.sqlite"\)/);
    const optionFirst = await sefInProcess('--out', 'x');
    expect(optionFirst.code).toBe(2);
    expect(optionFirst.stderr).toMatch(/Put the command first/);
  });
});

describe('sef check', () => {
  it('reports a healthy file and what it holds, without changing a byte or leaving files beside it', async () => {
    const folder = await dir();
    const path = await sampleFile(folder);
    const before = await readFile(path);
    const listing = await filesIn(folder);
    const run = await sef('check', path);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Integrity: ok');
    expect(run.stdout).toContain(`Database version: ${LATEST_SCHEMA_VERSION} (current)`);
    expect(run.stdout).toContain('Application id: 0x53454653 (SEF Studio)');
    expect(run.stdout).toContain(
      'Holds: 2 packs (6 areas), 3 evidence items (2 attachments), 4 actions, 1 inspection, 4 indicator figures and 3 audit entries',
    );
    expect(Buffer.compare(await readFile(path), before)).toBe(0);
    expect(await filesIn(folder)).toEqual(listing);

    const json = await sef('check', path, '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: true,
      problems: [],
      schemaVersion: LATEST_SCHEMA_VERSION,
      applicationId: APPLICATION_ID,
      counts: { packs: 2, areas: 6, evidence: 3, attachments: 2, actions: 4, inspections: 1, auditEntries: 3 },
    });
  });

  it('reads a file while the app has it open, including changes still in its WAL', async () => {
    const folder = await dir();
    const path = await sampleFile(folder);
    const app = await openDatabase(path);
    try {
      await app.run(
        "INSERT INTO inspections (id, type, title, start_date, created_at, updated_at) VALUES ('i2', 'focused_visit', 'Focused visit', '2025-06-01', 't', 't')",
      );
      const run = await sef('check', path);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('2 inspections');
    } finally {
      await app.close();
    }
  });

  it('refuses a damaged file with status 1 and leaves it unchanged', async () => {
    const folder = await dir();
    const good = await sampleFile(folder);
    await rawExec(good, 'PRAGMA journal_mode = DELETE');
    const bytes = await readFile(good);
    bytes.fill(0x41, 100, bytes.length); // keep the header, destroy every page
    const bad = join(folder, 'bad.sqlite');
    await writeFile(bad, bytes);
    const run = await sef('check', bad);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /bad\.sqlite is damaged and cannot be read\. Open another file, or restore a backup copy/,
    );
    expect(Buffer.compare(await readFile(bad), bytes)).toBe(0);
  });

  it('reports damage that only the integrity check finds', async () => {
    const folder = await dir();
    const path = await sampleFile(folder);
    await rawExec(path, 'PRAGMA journal_mode = DELETE');
    // Break an index behind SQLite's back: the table and its index no longer agree.
    await rawExec(
      path,
      "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = 'CREATE INDEX evidence_by_review_due ON evidence(title)' WHERE name = 'evidence_by_review_due'; PRAGMA writable_schema = OFF;",
    );
    const before = await readFile(path);
    const run = await sef('check', path);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Integrity: \d+ problems? found/);
    expect(run.stderr).toMatch(/sample\.sqlite is damaged \(\d+ problems? found\)\. Restore a backup copy/);
    expect(Buffer.compare(await readFile(path), before)).toBe(0);
  });

  it('refuses a file from another program, a file that is not SQLite, a newer file and a missing file', async () => {
    const folder = await dir();
    const foreign = join(folder, 'customers.sqlite');
    await rawExec(
      foreign,
      "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers VALUES (1, 'A');",
    );
    const text = join(folder, 'notes.sqlite');
    await writeFile(text, 'Meeting notes, not a database.');
    const newer = join(folder, 'newer.sqlite');
    await rawExec(
      newer,
      `PRAGMA application_id = ${APPLICATION_ID}; CREATE TABLE x (a); PRAGMA user_version = ${LATEST_SCHEMA_VERSION + 1};`,
    );
    const snapshots = await Promise.all([foreign, text, newer].map((p) => readFile(p)));
    const listing = await filesIn(folder);

    const r1 = await sef('check', foreign);
    expect(r1.code).toBe(1);
    expect(r1.stderr).toMatch(/customers\.sqlite is a SQLite database from another program, not SEF Studio\./);
    const r2 = await sef('check', text);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toMatch(/notes\.sqlite is not a SEF Studio database \(it is not a SQLite file at all\)/);
    const r3 = await sef('check', newer);
    expect(r3.code).toBe(1);
    expect(r3.stderr).toMatch(/made by a newer version of SEF Studio .* Update SEF Studio to open it\./);
    const r4 = await sef('check', join(folder, 'missing.sqlite'));
    expect(r4.code).toBe(1);
    expect(r4.stderr).toMatch(/missing\.sqlite does not exist\. Check the path/);

    for (const [i, p] of [foreign, text, newer].entries())
      expect(Buffer.compare(await readFile(p), snapshots[i]!)).toBe(0);
    expect(await filesIn(folder)).toEqual(listing);
  });
});

describe('sef backup', () => {
  it('writes a consistent copy, even while the file is open with changes in its WAL, and never overwrites without --force', async () => {
    const folder = await dir();
    const path = await sampleFile(folder);
    const app = await openDatabase(path);
    const copy = join(folder, 'copy.sqlite');
    try {
      await app.run(
        "INSERT INTO inspections (id, type, title, start_date, created_at, updated_at) VALUES ('i2', 'focused_visit', 'Focused visit', '2025-06-01', 't', 't')",
      );
      const run = await sef('backup', path, '--out', copy);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Copied .*sample\.sqlite to .*copy\.sqlite \(\d+\.\d KB\)\.\n$/);
    } finally {
      await app.close();
    }
    expect(await count(copy, 'inspections')).toBe(2);
    const check = await sef('check', copy);
    expect(check.code).toBe(0);

    const copyBytes = await readFile(copy);
    const again = await sef('backup', path, '--out', copy);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /copy\.sqlite already exists and has not been changed\. Choose another name, or add --force to replace it\./,
    );
    expect(Buffer.compare(await readFile(copy), copyBytes)).toBe(0);

    const forced = await sef('backup', path, '--out', copy, '--force');
    expect(forced.code).toBe(0);
    expect((await filesIn(folder)).filter((f) => f.startsWith('.'))).toEqual([]);

    const self = await sef('backup', path, '--out', path);
    expect(self.code).toBe(1);
    expect(self.stderr).toMatch(/The copy cannot replace .* itself/);
  });
});

describe('sef dump and sef import', () => {
  it('round-trips: dump → import into a new file → dump gives the same JSON apart from exportedAt', async () => {
    const folder = await dir();
    const path = await sampleFile(folder);
    const first = join(folder, 'first.json');
    const restored = join(folder, 'restored.sqlite');
    const second = join(folder, 'second.json');

    const d1 = await sef('dump', path, '--out', first);
    expect(d1.stderr).toBe('');
    expect(d1.code).toBe(0);
    expect(d1.stdout).toMatch(/^Wrote .*first\.json \(.*\): 2 packs and 3 evidence items from .*sample\.sqlite\.\n$/);

    const imp = await sef('import', first, '--into', restored);
    expect(imp.stderr).toBe('');
    expect(imp.code).toBe(0);
    expect(imp.stdout).toMatch(
      /^Imported 2 packs \(6 areas\), 3 evidence items \(2 attachments\), 4 actions, 1 inspection, 4 indicator figures and 3 audit entries into .*restored\.sqlite\.\n$/,
    );

    expect((await sef('dump', restored, '--out', second)).code).toBe(0);
    const normalise = (t: string) => t.replace(/"exportedAt": "[^"]*"/, '"exportedAt": "X"');
    expect(normalise(await readFile(second, 'utf8'))).toBe(normalise(await readFile(first, 'utf8')));
    expect((await sef('check', restored)).code).toBe(0);
    expect(await filesIn(folder)).toEqual(['first.json', 'restored.sqlite', 'sample.sqlite', 'second.json']);
  });

  it('refuses bad JSON with its line number, leaving an existing database unchanged and making no new one', async () => {
    const folder = await dir();
    const bad = join(folder, 'bad.json');
    await writeFile(bad, '{\n  "format": "sef-studio-pack",\n  "formatVersion": 1\n  "settings": {}\n}\n');
    const empty = join(folder, 'empty.sqlite');
    await (await openDatabase(empty)).close();
    const before = await readFile(empty);

    const run = await sef('import', bad, '--into', empty);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^.*bad\.json is not valid JSON: .* at line 4, column 3\. Correct the file, or make it again with "sef dump"\.\n$/,
    );
    expect(Buffer.compare(await readFile(empty), before)).toBe(0);

    const fresh = join(folder, 'fresh.sqlite');
    expect((await sef('import', bad, '--into', fresh)).code).toBe(1);
    expect(await filesIn(folder)).toEqual(['bad.json', 'empty.sqlite']);
  });

  it('refuses to import into a database that already holds packs or evidence', async () => {
    const folder = await dir();
    const path = await sampleFile(folder);
    const pack = join(folder, 'pack.json');
    expect((await sef('dump', path, '--out', pack)).code).toBe(0);
    const before = await readFile(path);
    const run = await sef('import', pack, '--into', path);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /sample\.sqlite already holds 2 packs, 3 evidence items, 1 inspection, 1 imported framework, so nothing was imported\. Import into a new file instead/,
    );
    expect(Buffer.compare(await readFile(path), before)).toBe(0);
    expect(await count(path, 'packs')).toBe(2);
    expect(await count(path, 'audit_log')).toBe(3);
  });

  it('refuses to overwrite a pack file without --force', async () => {
    const folder = await dir();
    const path = await sampleFile(folder);
    const pack = join(folder, 'pack.json');
    await writeFile(pack, 'keep me');
    const run = await sef('dump', path, '--out', pack);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/pack\.json already exists and has not been changed/);
    expect(await readFile(pack, 'utf8')).toBe('keep me');
    expect((await sef('dump', path, '--out', pack, '--force')).code).toBe(0);
    expect(JSON.parse(await readFile(pack, 'utf8'))).toMatchObject({ format: 'sef-studio-pack', formatVersion: PACK_FORMAT_VERSION });
  });
});

describe('sef demo', () => {
  // The demo takes a while to build, so one is made and shared; the test that replaces it runs last.
  let folder = '';
  let demo = '';
  beforeAll(async () => {
    const t = await tempDir();
    folder = t.dir;
    demo = join(folder, 'demo.sqlite');
    const run = await sef('demo', '--out', demo);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Made .*demo\.sqlite with demo data: \d+ packs? \(\d+ areas\), [\d,]+ evidence items/);
    return t.cleanup;
  });

  it('makes a demo database that checks clean, with nothing left beside it', async () => {
    expect(await filesIn(folder)).toEqual(['demo.sqlite']);
    const check = await sef('check', demo, '--json');
    expect(check.code).toBe(0);
    const counts = (JSON.parse(check.stdout) as { counts: Record<string, number> }).counts;
    expect(counts.packs).toBeGreaterThan(0);
    expect(counts.evidence).toBeGreaterThan(0);
    expect(counts.auditEntries).toBeGreaterThan(0);
  });

  it("is readable by Debian's sqlite3 shell, an independent client", async (ctx) => {
    const installed = await new Promise<boolean>((resolve) =>
      execFile('sqlite3', ['--version'], (err) => resolve(!err)),
    );
    if (!installed) {
      ctx.skip('the sqlite3 shell is not installed (apt-get install sqlite3)');
      return;
    }
    // One argument per command: the shell does not accept a dot command after SQL in the same argument.
    const out = await new Promise<string>((resolve, reject) =>
      execFile(
        'sqlite3',
        ['-readonly', demo, 'PRAGMA integrity_check;', '.tables'],
        { encoding: 'utf8' },
        (err, stdout) => (err ? reject(err) : resolve(stdout)),
      ),
    );
    expect(out.split('\n')[0]).toBe('ok');
    for (const table of [
      'packs',
      'pack_areas',
      'narratives',
      'evidence',
      'evidence_fts',
      'attachments',
      'blobs',
      'actions',
      'audit_log',
    ])
      expect(out).toMatch(new RegExp(`\\b${table}\\b`));
  });

  it('round-trips the demo through dump and import', async () => {
    const work = await dir();
    const first = join(work, 'first.json');
    const second = join(work, 'second.json');
    const restored = join(work, 'restored.sqlite');
    expect((await sef('dump', demo, '--out', first)).code).toBe(0);
    const imported = await sef('import', first, '--into', restored);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect((await sef('dump', restored, '--out', second)).code).toBe(0);
    const normalise = (t: string) => t.replace(/"exportedAt": "[^"]*"/, '"exportedAt": "X"');
    expect(normalise(await readFile(second, 'utf8'))).toBe(normalise(await readFile(first, 'utf8')));
  });

  it('refuses to overwrite an existing file without --force, and replaces it with --force', async () => {
    const before = await readFile(demo);
    const again = await sef('demo', '--out', demo);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /demo\.sqlite already exists and has not been changed\. Choose another name, or add --force to replace it\./,
    );
    expect(Buffer.compare(await readFile(demo), before)).toBe(0);
    const forced = await sef('demo', '--out', demo, '--force');
    expect(forced.code).toBe(0);
    expect(await filesIn(folder)).toEqual(['demo.sqlite']);
    expect((await sef('check', demo)).code).toBe(0);
  });
});

// Issue 7: a `sef` that starts as plain JavaScript and loads only what the command needs, takes markings
// as people write them, lists the packs export needs, and stays quiet when its reader goes away.
describe('sef as shipped', () => {
  /** Runs the launcher with a hook that records every module the process loads. */
  async function modulesLoadedBy(...args: string[]): Promise<{ run: Run; modules: string[] }> {
    const log = join(await dir(), 'modules.log');
    await writeFile(log, '');
    const run = await new Promise<Run>((resolve) =>
      execFile(
        process.execPath,
        ['--import', join(ROOT, 'tests/support/module-log.mjs'), BIN, ...args],
        { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SEF_MODULE_LOG: log } },
        (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
      ),
    );
    return { run, modules: (await readFile(log, 'utf8')).split('\n').filter(Boolean) };
  }

  it('runs the bundle: no TypeScript is compiled when sef starts, and help loads no database or schema code', async () => {
    const { run, modules } = await modulesLoadedBy('--help');
    expect(run.code).toBe(0);
    expect(modules.some((m) => m.includes('/dist/cli/sef.mjs'))).toBe(true);
    expect(modules.filter((m) => /\.tsx?$|\/tsx\//.test(m))).toEqual([]);
    expect(modules.filter((m) => /node_modules\/(sqlite3|zod|docx)\//.test(m))).toEqual([]);
  });

  it('names in help exactly the kinds of sheet the import and export take', async () => {
    const { SHEET_KINDS_IN_HELP } = await import('../../src/cli/commands/sheet');
    const { SHEET_KINDS } = await import('../../src/shared/sheets');
    expect(SHEET_KINDS_IN_HELP).toEqual(SHEET_KINDS);
  });

  it('checks a file without loading the Word export', async () => {
    const path = await sampleFile(await dir());
    const { run, modules } = await modulesLoadedBy('check', path);
    expect(run.code).toBe(0);
    expect(modules.some((m) => m.includes('node_modules/sqlite3/'))).toBe(true);
    expect(modules.filter((m) => m.includes('node_modules/docx/'))).toEqual([]);
  });

  it('lists the packs with their ids, which export takes, and export’s help points there', async () => {
    const path = await sampleFile(await dir());
    const run = await sef('check', path);
    expect(run.stdout).toMatch(/Packs, newest first \(give the id to "sef export --pack"\):\n {4}pack-2026 +Self-evaluation 2026–27 \(.*, draft\)\n {4}pack-2025 +Self-evaluation 2025–26 \(.*, approved\)/);
    const json = JSON.parse((await sef('check', path, '--json')).stdout) as { packs: { id: string }[] };
    expect(json.packs.map((p) => p.id)).toEqual(['pack-2026', 'pack-2025']);
    expect((await sefInProcess('export', '--help')).stdout).toMatch(/--pack ID +The pack to export: "sef check FILE" lists the packs with their ids/);
  });

  it('takes the marking as people write it, as well as its id', async () => {
    const { exportOptionsFrom } = await import('../../src/cli/commands/export');
    const options = (marking: string) => exportOptionsFrom({ positionals: ['x'], options: { edition: 'board', marking, out: 'x.docx' } }).marking;
    for (const written of ['OFFICIAL-SENSITIVE', 'Official Sensitive', 'official_sensitive', 'official-sensitive', ' OFFICIAL SENSITIVE '])
      expect(options(written), written).toBe('official_sensitive');
    expect(options('OFFICIAL')).toBe('official');
    expect(() => options('SECRET')).toThrow('--marking is none, OFFICIAL or OFFICIAL-SENSITIVE, not "SECRET".');
    const run = await sefInProcess('export', 'x.sqlite', '--latest', '--edition', 'board', '--marking', 'TOP SECRET', '--out', 'x.docx');
    expect(run).toMatchObject({ code: 2, stderr: expect.stringContaining('--marking is none, OFFICIAL or OFFICIAL-SENSITIVE') });
  });

  it('stops quietly when the reader goes away (| head, | true): no EPIPE stack trace', async () => {
    const path = await sampleFile(await dir());
    const piped = (command: string) =>
      new Promise<Run>((resolve) =>
        execFile('bash', ['-c', `set -o pipefail; ${command}`], { cwd: ROOT, encoding: 'utf8' }, (err, stdout, stderr) =>
          resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
        ),
      );
    const head = await piped(`node ${BIN} check "${path}" | head -1`);
    expect(head).toMatchObject({ code: 0, stdout: `${path}\n`, stderr: '' });
    const closed = await piped(`node ${BIN} --help | true`);
    expect(closed).toMatchObject({ code: 0, stderr: '' });
  });

  it('answers through npx as the README says', async () => {
    const run = await new Promise<Run>((resolve) =>
      execFile('npx', ['--no-install', 'sef', '--version'], { cwd: ROOT, encoding: 'utf8' }, (err, stdout, stderr) =>
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
      ),
    );
    expect(run).toMatchObject({ code: 0, stdout: expect.stringMatching(/^SEF Studio \d+\.\d+\.\d+\n$/) });
  });

  it('says in one sentence what to do when npm start finds no Electron program', async () => {
    const start = (overridePath: string) =>
      new Promise<Run>((resolve) =>
        execFile(process.execPath, [join(ROOT, 'scripts/require-electron.mjs')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: overridePath } }, (err, stdout, stderr) =>
          resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
        ),
      );
    const missing = await start(await dir());
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^Electron's program is not installed here [^\n]*then "npm start"\.\n$/);
    const installed = await dir();
    await writeFile(join(installed, process.platform === 'win32' ? 'electron.exe' : 'electron'), '');
    expect(await start(installed)).toMatchObject({ code: 0, stderr: '' });
  });
});
