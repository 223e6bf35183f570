import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, inspectDatabase, checkIntegrity, APPLICATION_ID } from '../../src/core/db/open';
import { LATEST_SCHEMA_VERSION } from '../../src/core/db/migrations';
import { openRaw, closeRaw } from '../../src/core/db/connection';
import sqlite3 from 'sqlite3';
import { tempDir } from '../support/tempdb';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups) await c();
  cleanups = [];
});
async function dir() {
  const t = await tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}
async function rawExec(path: string, sql: string) {
  const db = await openRaw(path, sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE);
  await new Promise<void>((res, rej) => db.exec(sql, (e) => (e ? rej(e) : res())));
  await closeRaw(db);
}

describe('opening a pack database', () => {
  it('creates a new file with the latest schema, WAL, foreign keys and our application id', async () => {
    const path = join(await dir(), 'new.sqlite');
    const db = await openDatabase(path);
    expect((await db.get<{ user_version: number }>('PRAGMA user_version'))!.user_version).toBe(LATEST_SCHEMA_VERSION);
    expect((await db.get<{ journal_mode: string }>('PRAGMA journal_mode'))!.journal_mode).toBe('wal');
    expect((await db.get<{ foreign_keys: number }>('PRAGMA foreign_keys'))!.foreign_keys).toBe(1);
    expect((await db.get<{ application_id: number }>('PRAGMA application_id'))!.application_id).toBe(APPLICATION_ID);
    expect(await checkIntegrity(db)).toEqual({ ok: true, messages: [] });
    await db.close();
  });

  it('refuses a file from a newer version and leaves it byte-for-byte untouched', async () => {
    const path = join(await dir(), 'newer.sqlite');
    await rawExec(path, `PRAGMA application_id = ${APPLICATION_ID}; CREATE TABLE x (a); PRAGMA user_version = ${LATEST_SCHEMA_VERSION + 5};`);
    const before = await readFile(path);
    await expect(openDatabase(path)).rejects.toMatchObject({ code: 'database_newer', message: expect.stringMatching(/newer version of SEF Studio/) });
    expect(Buffer.compare(await readFile(path), before)).toBe(0);
  });

  it('refuses a file that is not SQLite at all, and a SQLite file from another program', async () => {
    const d = await dir();
    const text = join(d, 'notes.sqlite');
    await writeFile(text, 'These are my meeting notes, not a database.');
    await expect(openDatabase(text)).rejects.toMatchObject({ code: 'database_foreign' });
    expect(await readFile(text, 'utf8')).toBe('These are my meeting notes, not a database.');

    const other = join(d, 'other.sqlite');
    await rawExec(other, 'CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers VALUES (1, "A");');
    const before = await readFile(other);
    await expect(openDatabase(other)).rejects.toMatchObject({ code: 'database_foreign' });
    expect(Buffer.compare(await readFile(other), before)).toBe(0);
  });

  it('refuses a damaged file with a message about restoring a backup', async () => {
    const d = await dir();
    const good = join(d, 'good.sqlite');
    const db = await openDatabase(good);
    await db.exec("PRAGMA journal_mode = DELETE");
    await db.close();
    const bytes = await readFile(good);
    bytes.fill(0x41, 100, bytes.length); // keep the header, destroy the pages
    const bad = join(d, 'bad.sqlite');
    await writeFile(bad, bytes);
    await expect(openDatabase(bad)).rejects.toMatchObject({ code: 'database_corrupt' });
  });

  it('reports a missing file when one must exist', async () => {
    const path = join(await dir(), 'missing.sqlite');
    await expect(openDatabase(path, { mustExist: true })).rejects.toMatchObject({ code: 'not_found' });
    expect((await inspectDatabase(path)).exists).toBe(false);
  });

  it('keeps the audit log append-only', async () => {
    const path = join(await dir(), 'audit.sqlite');
    const db = await openDatabase(path);
    await db.run("INSERT INTO audit_log (at, actor, entity, entity_id, action) VALUES ('t', 'a', 'pack', '1', 'Created')");
    await expect(db.run('UPDATE audit_log SET actor = ?', ['b'])).rejects.toThrow(/append-only/);
    await expect(db.run('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await db.close();
  });

  it('rolls a failed transaction back whole', async () => {
    const path = join(await dir(), 'tx.sqlite');
    const db = await openDatabase(path);
    await expect(
      db.transaction(async (tx) => {
        await tx.run("INSERT INTO settings VALUES ('a', '1')");
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.get("SELECT * FROM settings WHERE key = 'a'")).toBeUndefined();
    await db.close();
  });
});
