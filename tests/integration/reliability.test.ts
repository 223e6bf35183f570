// Issue 7, "never destroy what is open": the protections every path goes through, each tried the way a
// careless user or an attacker would break it, with real SQLite files and real child processes.
//   - a -wal file beside a database that was not written for it is refused at open (SQLite would apply it);
//   - SQLite's failures reach the person as sentences that say what to do, never as "internal" with
//     SQLite's own text;
//   - dispatch never throws, whatever it is given;
//   - a failed clean-up never hides the failure that mattered;
//   - every commit is flushed to disk before it is reported saved (synchronous = FULL);
//   - impossible dates and over-long documents are refused at the contract and in the pack format.
// File grants and the one reader and writer are covered by file-grants.test.ts; kills during writes by
// crash.test.ts; every operation under random input by fuzz.test.ts.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { withCleanup } from '../../src/core/cleanup';
import { coreContext, type CoreContext } from '../../src/core/context';
import { closeRaw, openRaw, type Database, type Queryable } from '../../src/core/db/connection';
import { databaseProblem } from '../../src/core/db/errors';
import { MIGRATIONS } from '../../src/core/db/migrations';
import { inspectDatabase, openDatabase, openDatabaseReadOnly } from '../../src/core/db/open';
import { checkWalBelongs } from '../../src/core/db/wal-guard';
import { call, dispatch } from '../../src/core/dispatch';
import { writeFileSafely } from '../../src/core/files/write';
import { parsePackFile, packFileText, dumpDatabase } from '../../src/core/interchange';
import { MAX_DOC_CHARACTERS } from '../../src/shared/richtext';
import { tempContext, tempDir } from '../support/tempdb';
import { leaveWal } from '../support/writer';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});
async function folder(): Promise<string> {
  const t = await tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}
async function context(): Promise<{ ctx: CoreContext; path: string; dir: string }> {
  const t = await tempContext();
  cleanups.push(t.cleanup);
  return t;
}
const sha = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');

/** The identity table's root page: where a WAL written for this file must write. */
async function identityPage(path: string): Promise<number> {
  const db = await openDatabaseReadOnly(path);
  const row = await db.get<{ rootpage: number }>("SELECT rootpage FROM sqlite_schema WHERE name = 'database_identity'");
  await db.close();
  return row!.rootpage;
}

describe('a -wal file that was not written for the database is refused at open', () => {
  // Made once: each is a real crash of a real writer (a child process killed mid-session).
  let store: string;
  let crashed: string; // a -wal its own writer left
  let other: string; // another SEF Studio database, same history, with its -wal
  let migratedOther: string; // another, made by migrating an old file (its identity lives on another page)
  let bigPages: string; // another, with 8 KB pages
  let plain: string; // a SQLite file of another program, with its -wal
  let checkpointed: string; // every frame copied into the main file, then a crash
  let older: string; // a copy of `crashed` taken before the writes now in its -wal

  beforeAll(async () => {
    const t = await tempDir();
    store = t.dir;
    const make = async (name: string, prepare?: (path: string) => Promise<void>) => {
      const path = join(store, name);
      if (prepare) await prepare(path);
      await (await openDatabase(path, { backupPath: () => `${path}.bak` })).close();
      return path;
    };
    crashed = await make('crashed.sqlite');
    other = await make('other.sqlite');
    migratedOther = await make('migrated.sqlite', async (path) => {
      // A file of the first version with work in it: migration 2 then puts the identity on a later page.
      const v1 = await openDatabase(path, { migrations: MIGRATIONS.slice(0, 1) });
      for (let i = 0; i < 20; i++) await v1.transaction((tx) => tx.run('INSERT INTO settings (key, value) VALUES (?, ?)', [`old-${i}`, JSON.stringify('o'.repeat(1000))]));
      await v1.close();
    });
    bigPages = await make('big-pages.sqlite', async (path) => {
      const db = await openRaw(path, sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE);
      await new Promise<void>((res, rej) => db.exec('PRAGMA page_size = 8192; VACUUM', (e) => (e ? rej(e) : res())));
      await closeRaw(db);
    });
    checkpointed = await make('checkpointed.sqlite');
    plain = join(store, 'plain.sqlite');
    older = join(store, 'older.sqlite');
    await copyFile(crashed, older);
    // The original moves on after the copy: changes copied into it, then more left in its -wal.
    const moving = await openDatabase(crashed);
    for (let i = 0; i < 10; i++) await moving.transaction((tx) => tx.run('INSERT INTO settings (key, value) VALUES (?, ?)', [`moved-${i}`, '"m"']));
    await moving.close();
    await Promise.all([
      leaveWal(crashed, 12),
      leaveWal(other, 5),
      leaveWal(migratedOther, 5),
      leaveWal(bigPages, 5),
      leaveWal(plain, 20, 'plain-sqlite'),
      leaveWal(checkpointed, 8, 'checkpoint-then-die'),
    ]);
  }, 120_000);
  afterAll(() => rm(store, { recursive: true, force: true }));

  /** A copy of `main` with `walFrom`'s -wal beside it, as someone's copying left them. */
  async function besideWalOf(main: string, walFrom: string): Promise<string> {
    const d = await folder();
    const target = join(d, 'pack.sqlite');
    await copyFile(main, target);
    await copyFile(`${walFrom}-wal`, `${target}-wal`);
    return target;
  }

  async function expectRefusedUntouched(path: string) {
    const before = [await sha(path), await sha(`${path}-wal`)];
    await expect(openDatabase(path)).rejects.toMatchObject({
      code: 'database_wal_foreign',
      message: expect.stringMatching(/pack\.sqlite-wal, beside .*pack\.sqlite, holds changes that were not written for this file.*move pack\.sqlite-wal and pack\.sqlite-shm out of the folder/),
    });
    await expect(openDatabaseReadOnly(path)).rejects.toMatchObject({ code: 'database_wal_foreign' });
    expect([await sha(path), await sha(`${path}-wal`)]).toEqual(before);
  }

  it('opens a file with the -wal its own crashed writer left, with every committed change', async () => {
    const path = await besideWalOf(crashed, crashed);
    await expect(checkWalBelongs(path)).resolves.toBeUndefined();
    const db = await openDatabase(path);
    expect((await db.get<{ n: number }>("SELECT count(*) AS n FROM settings WHERE key LIKE 'child-%'"))!.n).toBe(12);
    await db.close();
  });

  it('opens a file whose -wal was all copied in by a checkpoint just before the crash', async () => {
    const path = await besideWalOf(checkpointed, checkpointed);
    const db = await openDatabase(path);
    expect((await db.get<{ n: number }>("SELECT count(*) AS n FROM settings WHERE key LIKE 'child-%'"))!.n).toBe(8);
    await db.close();
  });

  it('refuses the -wal of another SEF Studio database, leaving both files as they were', async () => {
    await expectRefusedUntouched(await besideWalOf(crashed, other));
  });

  it('refuses the -wal of a database whose history put its identity on another page', async () => {
    expect(await identityPage(migratedOther)).not.toBe(await identityPage(crashed));
    await expectRefusedUntouched(await besideWalOf(crashed, migratedOther));
  });

  it('refuses the -wal of an older copy: the file was put back from before the changes in it', async () => {
    const path = await besideWalOf(older, crashed);
    await expectRefusedUntouched(path);
  });

  it('refuses a -wal with another page size, and one from another program', async () => {
    await expectRefusedUntouched(await besideWalOf(crashed, bigPages));
    await expectRefusedUntouched(await besideWalOf(crashed, plain));
  });

  it('refuses a backup put back in place while the original’s -wal is still beside it', async () => {
    const { ctx, dir } = await context();
    const backup = join(dir, 'backup.sqlite');
    await call(ctx, 'database.backup', { file: ctx.files.grant(backup, 'backup-database') });
    // The backup is a healthy file of its own…
    await (await openDatabaseReadOnly(backup)).close();
    // …with an identity of its own, so the crashed file's -wal cannot be applied to it.
    const path = await besideWalOf(backup, crashed);
    await expectRefusedUntouched(path);
  });

  it('reads a file another connection has open with committed changes in its -wal', async () => {
    const d = await folder();
    const path = join(d, 'live.sqlite');
    const live = await openDatabase(path);
    try {
      await live.transaction((tx) => tx.run("INSERT INTO settings (key, value) VALUES ('live', '1')"));
      await live.run("INSERT INTO settings (key, value) VALUES ('autocommit', '1')");
      const reader = await openDatabaseReadOnly(path);
      expect(await reader.get("SELECT value FROM settings WHERE key = 'autocommit'")).toEqual({ value: '1' });
      await reader.close();
      expect((await inspectDatabase(path)).exists).toBe(true);
    } finally {
      await live.close();
    }
  });
});

describe('SQLite failures become sentences that say what to do', () => {
  const noSqliteText = (message: string) => {
    expect(message).not.toMatch(/SQLITE_|database is locked|disk image is malformed|readonly database|database or disk is full/);
  };

  it('another program holding the file locked', async () => {
    const { ctx, path } = await context();
    await ctx.db.exec('PRAGMA busy_timeout = 50');
    const other = await openRaw(path, sqlite3.OPEN_READWRITE);
    await new Promise<void>((res, rej) => other.exec('BEGIN IMMEDIATE', (e) => (e ? rej(e) : res())));
    try {
      const result = await dispatch(ctx, 'settings.update', { displayName: 'Sam' });
      expect(result).toMatchObject({ ok: false, error: { code: 'database_locked', message: expect.stringMatching(/^Another program has the database open .*Close that program, or wait a moment, then try again\. Nothing was changed\.$/) } });
      noSqliteText(!result.ok ? result.error.message : '');
    } finally {
      await new Promise<void>((res) => other.exec('ROLLBACK', () => res()));
      await closeRaw(other);
    }
    expect(await call(ctx, 'settings.update', { displayName: 'Sam' })).toMatchObject({ displayName: 'Sam' });
  });

  it('a file that cannot be changed', async () => {
    const { ctx } = await context();
    await ctx.db.exec('PRAGMA query_only = 1');
    const result = await dispatch(ctx, 'evidence.create', { title: 'Audit', type: 'case_file_audit' });
    expect(result).toMatchObject({ ok: false, error: { code: 'read_only', message: expect.stringMatching(/cannot be changed.*Copy the file to a folder you can write to/) } });
    noSqliteText(!result.ok ? result.error.message : '');
  });

  it('a full disk', async () => {
    const { ctx } = await context();
    const { page_count } = (await ctx.db.get<{ page_count: number }>('PRAGMA page_count'))!;
    await ctx.db.exec(`PRAGMA max_page_count = ${page_count + 1}`);
    const result = await dispatch(ctx, 'evidence.create', { title: 'Audit', type: 'case_file_audit', description: 'x'.repeat(20_000) });
    expect(result).toMatchObject({ ok: false, error: { code: 'io_error', message: expect.stringMatching(/is full, so nothing was changed\. Free some space/) } });
    noSqliteText(!result.ok ? result.error.message : '');
  });

  it('a damaged file found while working', async () => {
    const { ctx, path } = await context();
    for (let i = 0; i < 40; i++) await call(ctx, 'evidence.create', { title: `Audit ${i}`, type: 'case_file_audit', description: 'x'.repeat(500) });
    const { rootpage } = (await ctx.db.get<{ rootpage: number }>("SELECT rootpage FROM sqlite_schema WHERE name = 'evidence'"))!;
    await ctx.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    await ctx.db.close();
    const bytes = await readFile(path);
    bytes.fill(0x41, (rootpage - 1) * 4096, rootpage * 4096);
    await writeFile(path, bytes);
    const db = await openDatabase(path);
    cleanups.push(() => db.close().catch(() => undefined));
    const result = await dispatch(coreContext({ db, appVersion: 'test' }), 'evidence.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'database_corrupt', message: expect.stringMatching(/is damaged and cannot be read\. Open another file, or restore a backup copy/) } });
    noSqliteText(!result.ok ? result.error.message : '');
  });

  it.each([
    ['SQLITE_BUSY', 'database_locked'],
    ['SQLITE_LOCKED', 'database_locked'],
    ['SQLITE_FULL', 'io_error'],
    ['SQLITE_IOERR', 'io_error'],
    ['SQLITE_READONLY', 'read_only'],
    ['SQLITE_CORRUPT', 'database_corrupt'],
    ['SQLITE_NOTADB', 'database_corrupt'],
    ['SQLITE_CANTOPEN', 'io_error'],
    ['SQLITE_PERM', 'io_error'],
    ['SQLITE_NOMEM', 'io_error'],
    ['SQLITE_TOOBIG', 'too_large'],
    ['SQLITE_CONSTRAINT', 'conflict'],
    ['SQLITE_PROTOCOL', 'database_locked'],
  ])('%s means %s, in words', (code, expected) => {
    const err = Object.assign(new Error(`${code}: the text SQLite gives`), { code, errno: 1 });
    const problem = databaseProblem(err, 'pack.sqlite')!;
    expect(problem.code).toBe(expected);
    expect(problem.message).not.toContain('the text SQLite gives');
    expect(problem.message).toMatch(/\.$/);
  });

  it('keeps even an unexpected code out of the words, and says to report it', () => {
    const problem = databaseProblem(Object.assign(new Error('SQLITE_MISMATCH: datatype mismatch'), { code: 'SQLITE_MISMATCH' }))!;
    expect(problem).toMatchObject({ code: 'internal', message: expect.stringMatching(/database error SQLITE_MISMATCH\)\. Nothing was changed; try again, and report it/) });
    expect(problem.message).not.toContain('datatype mismatch');
  });
});

describe('dispatch never throws, whatever it is given', () => {
  let ctx: CoreContext;
  let done: () => Promise<void>;
  beforeAll(async () => {
    ({ ctx, cleanup: done } = await tempContext());
  });
  afterAll(() => done());
  const hostile = new Proxy(
    {},
    {
      get() {
        throw new Error('a getter that throws');
      },
      ownKeys() {
        throw new Error('keys that throw');
      },
      getPrototypeOf() {
        throw new Error('no prototype');
      },
      has() {
        throw new Error('has throws');
      },
      getOwnPropertyDescriptor() {
        throw new Error('descriptor throws');
      },
    },
  );

  it.each([
    ['an operation whose toString throws', { toString: () => { throw new Error('boom'); } }],
    ['a symbol', Symbol('op')],
    ['a hostile proxy', hostile],
    ['a huge name', 'x'.repeat(100_000)],
    ['null', null],
  ])('refuses %s as an unknown operation', async (_name, op) => {
    const result = await dispatch(ctx, op, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    expect(!result.ok && result.error.message.length).toBeLessThan(200);
  });

  it.each([
    ['getters that throw', { get title() { throw new Error('getter'); }, type: 'case_file_audit' }],
    ['a getter that throws a non-error', { get title() { throw 42; }, type: 'case_file_audit' }],
    ['a hostile proxy', hostile],
    ['an array', [1, 2, 3]],
    ['a function', () => 'x'],
  ])('refuses input made of %s', async (_name, input) => {
    expect(await dispatch(ctx, 'evidence.create', input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('reports a handler that fails with something that is not an error', async () => {
    const strange = coreContext({ db: ctx.db, appVersion: 'test', now: () => { throw hostile; } });
    expect(await dispatch(strange, 'settings.update', { displayName: 'A' })).toMatchObject({ ok: false, error: { code: 'internal' } });
    const plain = coreContext({ db: ctx.db, appVersion: 'test', now: () => { throw 'a string'; } });
    expect(await dispatch(plain, 'settings.update', { displayName: 'A' })).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('a string') } });
    expect(await call(ctx, 'settings.get', {})).toMatchObject({ displayName: '' });
  });
});

describe('a failed clean-up never hides the failure that mattered', () => {
  it('withCleanup reports the work’s error, and the clean-up’s only when the work succeeded', async () => {
    const failingCleanup = async () => {
      throw new Error('clean-up failed');
    };
    await expect(withCleanup(async () => { throw new Error('the real failure'); }, failingCleanup)).rejects.toThrow('the real failure');
    await expect(withCleanup(async () => 1, failingCleanup)).rejects.toThrow('clean-up failed');
    await expect(withCleanup(async () => 1, async () => undefined)).resolves.toBe(1);
  });

  it('a read snapshot that cannot be ended still reports why the reads failed', async () => {
    const { ctx } = await context();
    await expect(
      ctx.db.read(async (q) => {
        // A read snapshot offers no exec; this one ends the snapshot itself, so ending it again fails too.
        await (q as unknown as Queryable).exec('ROLLBACK');
        throw new Error('the read that failed');
      }),
    ).rejects.toThrow('the read that failed');
    expect(await call(ctx, 'settings.get', {})).toMatchObject({ organisationName: '' });
  });

  it('a write whose temporary file cannot be removed still reports why the write failed', async () => {
    const d = await folder();
    const target = join(d, 'out.docx');
    const failure = writeFileSafely(
      target,
      async (temporary) => {
        // Leaves something at the temporary path that a plain remove cannot take away.
        await mkdir(temporary);
        await writeFile(join(temporary, 'inside'), 'x');
        throw new Error('the document could not be built');
      },
      { protectedFiles: [], what: 'the document' },
    );
    await expect(failure).rejects.toThrow(/the document could not be built/);
  });

  it('a backup to a folder that does not exist says so, not "internal"', async () => {
    const { ctx, dir } = await context();
    const result = await dispatch(ctx, 'database.backup', { file: ctx.files.grant(join(dir, 'no-such-folder', 'b.sqlite'), 'backup-database') });
    expect(result).toMatchObject({ ok: false, error: { code: 'io_error', message: expect.stringMatching(/The folder .*no-such-folder does not exist/) } });
    expect((await readdir(dir)).filter((n) => n.includes('partial'))).toEqual([]);
  });
});

describe('what survives a power cut', () => {
  it('flushes every commit to the disk before it is reported saved (synchronous = FULL)', async () => {
    const { ctx } = await context();
    expect(await ctx.db.get('PRAGMA synchronous')).toEqual({ synchronous: 2 });
    expect(await ctx.db.get('PRAGMA journal_mode')).toEqual({ journal_mode: 'wal' });
  });
});

describe('impossible dates and over-long documents are refused everywhere', () => {
  let db: Database;
  let ctx: CoreContext;
  let done: () => Promise<void>;
  beforeAll(async () => {
    ({ ctx, cleanup: done } = await tempContext());
    db = ctx.db;
  });
  afterAll(() => done());

  it.each(['2026-02-30', '2026-13-01', '2026-00-10', '2025-02-29'])('refuses %s at the contract', async (date) => {
    const result = await dispatch(ctx, 'evidence.create', { title: 'Audit', type: 'case_file_audit', effectiveDate: date });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/That date does not exist/) } });
  });

  it.each(['2026-02-30', '2026-13-01'])('refuses %s in a pack file, naming where it is', async (date) => {
    await call(ctx, 'evidence.create', { title: 'Audit', type: 'case_file_audit', effectiveDate: '2026-02-28' });
    const text = packFileText(await dumpDatabase(db));
    const bad = text.replace('"effectiveDate": "2026-02-28"', `"effectiveDate": "${date}"`);
    expect(bad).not.toBe(text);
    expect(() => parsePackFile(bad, 'pack.json')).toThrow(/evidence\.\d+\.effectiveDate: That date does not exist/);
  });

  it('refuses a framework file with an impossible date', async () => {
    const framework = await call(ctx, 'frameworks.get', { frameworkId: 'ilacs-2023' });
    const path = join(await folder(), 'framework.json');
    await writeFile(path, JSON.stringify({ ...framework, id: 'local-bad-date', validFrom: '2026-02-30' }));
    const result = await dispatch(ctx, 'frameworks.import', { file: ctx.files.grant(path, 'import-framework') });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/validFrom.*That date does not exist/) } });
  });

  it('refuses a document over the size limit, stating the limit, and saves nothing', async () => {
    const pack = await call(ctx, 'packs.create', { title: 'Long', frameworkId: 'ilacs-2023', period: '2026–27', asAt: '2026-11-23' });
    const areaId = (await call(ctx, 'packs.get', { packId: pack.id })).areas[0]!.id;
    const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
    const long = { type: 'doc', blocks: Array.from({ length: 30 }, () => paragraph('x'.repeat(MAX_DOC_CHARACTERS / 25))) };
    const result = await dispatch(ctx, 'narratives.save', { areaId, sectionId: 'what-we-know', doc: long });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/too long to save: it has 240,000 characters, and one section can hold up to 200,000/) },
    });
    const fits = { type: 'doc', blocks: Array.from({ length: 20 }, () => paragraph('x'.repeat(MAX_DOC_CHARACTERS / 20))) };
    expect(await dispatch(ctx, 'narratives.save', { areaId, sectionId: 'what-we-know', doc: fits })).toMatchObject({ ok: true });
  });
});
