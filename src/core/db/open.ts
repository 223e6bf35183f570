// Opening a pack database safely. A file is first inspected read-only: a newer, foreign or corrupt file
// is refused with a message that says what to do, and is never written to. Only then is it opened for
// writing, a copy taken if migrations are due, and the migrations applied one transaction each.
import { access, open as openFile, stat } from 'node:fs/promises';
import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import sqlite3 from 'sqlite3';
import { AppError } from '../errors';
import { Connection, closeRaw, openRaw } from './connection';
import type { Database } from './port';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';

/** "SEFS" in the database header, so SEF Studio knows its own files from other SQLite files. */
export const APPLICATION_ID = 0x53454653;
const SQLITE_HEADER = 'SQLite format 3\0';

export interface DatabaseFacts {
  path: string;
  exists: boolean;
  bytes: number;
  schemaVersion: number;
  applicationId: number;
  /** A SQLite file with tables that is not a SEF Studio file. */
  foreign: boolean;
}

function sqliteCode(err: unknown): string {
  return typeof err === 'object' && err && 'code' in err ? String((err as { code: unknown }).code) : '';
}

/** Turns a low-level SQLite error about the file into one a person can act on. */
export function describeFileError(path: string, err: unknown): AppError {
  if (err instanceof AppError) return err;
  const code = sqliteCode(err);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT')
    return new AppError(
      'database_corrupt',
      `${path} is damaged and cannot be read. Open another file, or restore a backup copy (files ending .bak beside it).`,
    );
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED')
    return new AppError(
      'database_locked',
      `${path} is in use by another program that is holding it locked. Close the other program, or open a copy.`,
    );
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM' || code === 'SQLITE_READONLY')
    return new AppError('io_error', `${path} cannot be opened for writing. Check that the folder exists and you can write to it.`);
  return new AppError('io_error', `${path} could not be opened: ${err instanceof Error ? err.message : String(err)}`);
}

async function readHeader(path: string): Promise<{ exists: boolean; bytes: number; header: string }> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new AppError('io_error', `${path} is a folder, not a database file. Choose a file.`);
    const handle = await openFile(path, 'r');
    try {
      const buffer = Buffer.alloc(16);
      const { bytesRead } = await handle.read(buffer, 0, 16, 0);
      return { exists: true, bytes: info.size, header: buffer.subarray(0, bytesRead).toString('latin1') };
    } finally {
      await handle.close();
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { exists: false, bytes: 0, header: '' };
    throw err;
  }
}

/**
 * Opens a file for reading only, without leaving anything behind. A read-only connection to a WAL-mode
 * file would otherwise create empty -wal and -shm files beside it and could not remove them. So a
 * WAL-mode file with no -wal file beside it (at rest: nothing open, nothing uncommitted) is read as
 * immutable: no locks, no side files. Otherwise (a -wal file exists because it is open elsewhere or was
 * left by a crash, or the file uses a rollback journal) it is opened read-only in the ordinary way, so
 * committed changes still in the WAL are seen and a hot journal is honoured.
 */
export async function openForReading(path: string): Promise<sqlite3.Database> {
  const exists = (p: string) =>
    access(p).then(
      () => true,
      () => false,
    );
  let walMode = false;
  const handle = await openFile(path, 'r');
  try {
    const header = Buffer.alloc(20);
    const { bytesRead } = await handle.read(header, 0, 20, 0);
    // Bytes 18 and 19 of the header are the file format write/read versions: 2 means WAL.
    walMode = bytesRead === 20 && header[18] === 2 && header[19] === 2;
  } finally {
    await handle.close();
  }
  if (!walMode || (await exists(`${path}-wal`))) return openRaw(path, sqlite3.OPEN_READONLY);
  return openRaw(`${pathToFileURL(resolvePath(path)).href}?immutable=1`, sqlite3.OPEN_READONLY | sqlite3.OPEN_URI);
}

/** Reads what a file is without changing a byte of it. */
export async function inspectDatabase(path: string, latestVersion: number = LATEST_SCHEMA_VERSION): Promise<DatabaseFacts> {
  const { exists, bytes, header } = await readHeader(path);
  const facts: DatabaseFacts = { path, exists, bytes, schemaVersion: 0, applicationId: 0, foreign: false };
  if (!exists || bytes === 0) return facts;
  if (header !== SQLITE_HEADER)
    throw new AppError(
      'database_foreign',
      `${path} is not a SEF Studio database (it is not a SQLite file at all). Choose a .sqlite file made by SEF Studio.`,
    );
  let db: sqlite3.Database | undefined;
  try {
    db = await openForReading(path);
    const get = <T>(sql: string) =>
      new Promise<T>((resolve, reject) => db!.get(sql, (err: Error | null, row: T) => (err ? reject(err) : resolve(row))));
    facts.schemaVersion = (await get<{ user_version: number }>('PRAGMA user_version')).user_version;
    facts.applicationId = (await get<{ application_id: number }>('PRAGMA application_id')).application_id;
    const tables = (await get<{ n: number }>("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'")).n;
    facts.foreign = facts.applicationId !== APPLICATION_ID && (tables > 0 || facts.applicationId !== 0);
  } catch (err) {
    throw describeFileError(path, err);
  } finally {
    if (db) await closeRaw(db).catch(() => undefined);
  }
  if (facts.foreign)
    throw new AppError(
      'database_foreign',
      `${path} is a SQLite database from another program, not SEF Studio. Choose a file made by SEF Studio; this one has not been changed.`,
    );
  if (facts.schemaVersion > latestVersion)
    throw new AppError(
      'database_newer',
      `This file was made by a newer version of SEF Studio (database version ${facts.schemaVersion}; this app reads up to ${latestVersion}). Update SEF Studio to open it. The file has not been changed.`,
    );
  return facts;
}

export interface OpenOptions {
  /** Refuse to create a file that does not exist (for commands that read an existing pack). */
  mustExist?: boolean;
  /** Where to put the copy taken before migrating; defaults to beside the file. */
  backupPath?: (from: number, to: number) => string;
  /** The migrations to apply; the app's own list unless a test supplies a synthetic one. */
  migrations?: readonly Migration[];
}

function timestampForFile(now = new Date()): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

export async function openDatabase(path: string, options: OpenOptions = {}): Promise<Connection> {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  const facts = await inspectDatabase(path, latest);
  if (!facts.exists && options.mustExist)
    throw new AppError('not_found', `${path} does not exist. Check the path, or run "sef demo --out ${path}" to make one.`);

  if (facts.exists && facts.bytes > 0 && facts.schemaVersion > 0 && facts.schemaVersion < latest) {
    const target = options.backupPath?.(facts.schemaVersion, latest) ?? `${path}.v${facts.schemaVersion}-${timestampForFile()}.bak`;
    await copyBeforeMigrating(path, target);
  }

  let db: sqlite3.Database;
  try {
    db = await openRaw(path, sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE);
  } catch (err) {
    throw describeFileError(path, err);
  }
  const conn = new Connection(db, path);
  try {
    await conn.exec('PRAGMA busy_timeout = 5000');
    await conn.exec('PRAGMA journal_mode = WAL');
    await conn.exec('PRAGMA foreign_keys = ON');
    await conn.exec('PRAGMA synchronous = NORMAL');
    await migrate(conn, migrations);
    return conn;
  } catch (err) {
    await conn.close().catch(() => undefined);
    throw describeFileError(path, err);
  }
}

/** VACUUM INTO from a read-only connection: a consistent copy that includes anything still in the WAL. */
async function copyBeforeMigrating(path: string, target: string): Promise<void> {
  const db = await openRaw(path, sqlite3.OPEN_READONLY);
  try {
    await new Promise<void>((resolve, reject) => db.run('VACUUM INTO ?', [target], (err) => (err ? reject(err) : resolve())));
  } finally {
    await closeRaw(db);
  }
}

async function migrate(conn: Connection, migrations: readonly Migration[]): Promise<void> {
  const { user_version: current } = (await conn.get<{ user_version: number }>('PRAGMA user_version'))!;
  for (const migration of migrations.filter((m) => m.version > current)) {
    await conn.transaction(async (tx) => {
      await tx.exec(migration.sql);
      await tx.exec(`PRAGMA application_id = ${APPLICATION_ID}`);
      await tx.exec(`PRAGMA user_version = ${migration.version}`);
    });
  }
}

/**
 * Opens an existing SEF Studio database for reading only: a newer, foreign or damaged file is refused
 * first (inspectDatabase), nothing is migrated, and no byte of the file or anything beside it is written.
 * For `sef check`, `sef dump` and `sef backup`.
 */
export async function openDatabaseReadOnly(path: string): Promise<Connection> {
  const facts = await inspectDatabase(path);
  if (!facts.exists)
    throw new AppError('not_found', `${path} does not exist. Check the path, or run "sef demo --out ${path}" to make one.`);
  if (facts.bytes === 0 || facts.schemaVersion === 0)
    throw new AppError('database_foreign', `${path} is empty: it holds no SEF Studio data. Choose a file made by SEF Studio.`);
  let db: sqlite3.Database;
  try {
    db = await openForReading(path);
  } catch (err) {
    throw describeFileError(path, err);
  }
  const conn = new Connection(db, path);
  try {
    // The connection itself is read-only (no query_only pragma: it would also forbid VACUUM INTO a copy).
    await conn.exec('PRAGMA busy_timeout = 5000');
    return conn;
  } catch (err) {
    await conn.close().catch(() => undefined);
    throw describeFileError(path, err);
  }
}

/** The engine's integrity checks, as sentences (PRAGMA integrity_check and foreign_key_check for SQLite). */
export function checkIntegrity(conn: Database): Promise<{ ok: boolean; messages: string[] }> {
  return conn.check();
}

/** A consistent copy of the database as a SQLite file, even while it is open elsewhere. */
export function backupDatabase(conn: Database, target: string): Promise<void> {
  return conn.copyTo(target);
}
