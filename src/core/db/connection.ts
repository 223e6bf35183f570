// The SQLite engine of the storage port (./port.ts): one sqlite3 connection behind a promise wrapper.
// Every statement goes through one queue, so an async transaction can never interleave with another
// caller's statements. Statements are prepared once and kept: each use is then one trip to SQLite's
// thread, where preparing afresh costs three (prepare, step, finalize), and most of that is the kernel
// waking threads.
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import sqlite3 from 'sqlite3';
import { withCleanup } from '../cleanup';
import type { Database, Dialect, Identity, Params, Queryable, ReadQueries, Row } from './port';

export type { Database, Dialect, Params, Queryable, ReadQueries, Row, SqlValue } from './port';

/** User text as an FTS5 query that can never be a syntax error (see searchTerms). */
function ftsQuery(text: string): string | null {
  const terms = searchTerms(text);
  return terms ? terms.map((term) => `"${term}"*`).join(' ') : null;
}

/**
 * Every run of letters, digits and marks in what the person typed, each a prefix term; everything else
 * (quotes, brackets, operators, column filters) is dropped. Null when nothing searchable is left.
 * The runs cannot contain a quote, so quoting them needs no escaping on either engine.
 */
export function searchTerms(text: string): string[] | null {
  return text.normalize('NFC').match(/[\p{L}\p{N}\p{M}]+/gu);
}

export const sqliteDialect: Dialect = {
  engine: 'sqlite',
  inJsonList: (column) => `${column} IN (SELECT value FROM json_each(?))`,
  jsonText: (column, key) => `json_extract(${column}, '$.${key}')`,
  evidenceMatches: 'e.seq IN (SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?)',
  searchParameter: ftsQuery,
  jsonRows: (columns) => `json_group_array(json_array(${columns.join(', ')}))`,
  deferForeignKeys: 'PRAGMA defer_foreign_keys = ON',
  afterExplicitIds: () => null,
};

/** Prepared statements kept per connection, the least recently used let go beyond this many. */
const STATEMENT_CACHE_SIZE = 200;

class StatementCache {
  private readonly statements = new Map<string, Promise<sqlite3.Statement>>();
  private readonly finalizing = new Set<Promise<void>>();

  constructor(private readonly db: sqlite3.Database) {}

  /** The prepared statement for sql, prepared now if it is new. */
  statement(sql: string): Promise<sqlite3.Statement> {
    const cached = this.statements.get(sql);
    if (cached) {
      // Map order is insertion order: moving it to the end keeps the least recently used first.
      this.statements.delete(sql);
      this.statements.set(sql, cached);
      return cached;
    }
    const prepared = new Promise<sqlite3.Statement>((resolve, reject) => {
      const stmt = this.db.prepare(sql, (err) => (err ? reject(err) : resolve(stmt)));
    });
    prepared.catch(() => this.statements.delete(sql));
    this.statements.set(sql, prepared);
    if (this.statements.size > STATEMENT_CACHE_SIZE) this.evict(this.statements.keys().next().value!);
    return prepared;
  }

  private evict(sql: string): void {
    const stmt = this.statements.get(sql)!;
    this.statements.delete(sql);
    const done = stmt.then(
      (s) => new Promise<void>((resolve) => s.finalize(() => resolve())),
      () => undefined,
    );
    this.finalizing.add(done);
    void done.then(() => this.finalizing.delete(done));
  }

  /** Finalizes every statement: SQLite will not close a connection that still has some. */
  async clear(): Promise<void> {
    for (const sql of [...this.statements.keys()]) this.evict(sql);
    await Promise.all(this.finalizing);
  }
}

function bound(params: Params | undefined): unknown {
  return params ?? [];
}

function queriesOver(db: sqlite3.Database, cache: StatementCache): Queryable {
  return {
    dialect: sqliteDialect,
    run: async (sql, params) => {
      const stmt = await cache.statement(sql);
      return new Promise((resolve, reject) =>
        stmt.run(bound(params), function (this: sqlite3.RunResult, err: Error | null) {
          if (err) reject(err);
          else resolve({ changes: this.changes });
        }),
      );
    },
    // Statement#get would leave the statement part-way through its rows, holding its read open until the
    // next use; all() always runs it to the end. Queries read through get() return one row anyway.
    get: async <T>(sql: string, params?: Params) => {
      const stmt = await cache.statement(sql);
      return new Promise<T | undefined>((resolve, reject) =>
        stmt.all(bound(params), (err: Error | null, rows: T[]) => (err ? reject(err) : resolve(rows[0]))),
      );
    },
    all: async <T>(sql: string, params?: Params) => {
      const stmt = await cache.statement(sql);
      return new Promise<T[]>((resolve, reject) =>
        stmt.all(bound(params), (err: Error | null, rows: T[]) => (err ? reject(err) : resolve(rows))),
      );
    },
    exec: (sql) => new Promise((resolve, reject) => db.exec(sql, (err) => (err ? reject(err) : resolve()))),
  };
}

/** The operating system's login name; some systems (a container without a user entry) have none. */
function readOsLoginName(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? '';
  }
}

// Read once: a process's login cannot change while it runs, and every change records it, where asking
// the system (a user-database lookup) cost about 8 µs of CPU each time.
let loginName: string | undefined;
function osLoginName(): string {
  return (loginName ??= readOsLoginName());
}

/** The display name from settings, recorded against every change; "Unknown user" until one is set. */
export async function displayName(q: ReadQueries): Promise<string> {
  const row = await q.get<{ value: string }>("SELECT value FROM settings WHERE key = 'displayName'");
  const name = row?.value ? (JSON.parse(row.value) as string) : '';
  return name.trim() || 'Unknown user';
}

export function openRaw(path: string, mode: number): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(path, mode, (err) => (err ? reject(err) : resolve(db)));
  });
}

export function closeRaw(db: sqlite3.Database): Promise<void> {
  return new Promise((resolve, reject) => db.close((err) => (err ? reject(err) : resolve())));
}

/** Every committed transaction counts itself here, so each WAL the app writes carries the file's identity. */
const COUNT_COMMIT = 'UPDATE database_identity SET commits = commits + 1 WHERE id = 1';
const CHANGES_DATA = /^\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER)\b/i;

export class Connection implements Database {
  readonly engine = 'sqlite' as const;
  readonly dialect = sqliteDialect;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly q: Queryable;
  private readonly cache: StatementCache;
  private closed = false;
  private countingCommits = false;

  constructor(
    private readonly db: sqlite3.Database,
    readonly path: string,
  ) {
    this.cache = new StatementCache(db);
    this.q = queriesOver(db, this.cache);
  }

  get file(): string {
    return this.path;
  }

  /** Runs fn alone on the connection: nothing else starts until it settles. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('The database is closed.'));
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** A statement that changes data runs as a transaction of its own, so it is counted like any other. */
  run(sql: string, params?: Params) {
    if (this.countingCommits && CHANGES_DATA.test(sql)) return this.transaction((tx) => tx.run(sql, params));
    return this.exclusive(() => this.q.run(sql, params));
  }
  get<T = Row>(sql: string, params?: Params) {
    return this.exclusive(() => this.q.get<T>(sql, params));
  }
  all<T = Row>(sql: string, params?: Params) {
    return this.exclusive(() => this.q.all<T>(sql, params));
  }
  exec(sql: string) {
    return this.exclusive(() => this.q.exec(sql));
  }

  /**
   * From now on every transaction counts itself in database_identity (see wal-guard.ts). Called once the
   * file has that table; the count is part of the transaction, so it commits or rolls back with it.
   */
  countCommits(): void {
    this.countingCommits = true;
  }

  async schemaVersion(): Promise<number> {
    return (await this.get<{ user_version: number }>('PRAGMA user_version'))?.user_version ?? 0;
  }

  /** One person, one app: nobody else to tell. */
  async announce(): Promise<void> {}

  async listen(): Promise<() => Promise<void>> {
    return async () => undefined;
  }

  /** The display name from settings, beside the operating system's login name. */
  async identity(q: ReadQueries): Promise<Identity> {
    return { login: osLoginName(), name: await displayName(q), role: null };
  }

  /** PRAGMA integrity_check plus the foreign key check, as sentences. */
  async check(): Promise<{ ok: boolean; messages: string[] }> {
    const rows = await this.all<{ integrity_check: string }>('PRAGMA integrity_check');
    const messages = rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
    const fk = await this.all<{ table: string; parent: string }>('PRAGMA foreign_key_check');
    for (const row of fk) messages.push(`A row in ${row.table} points to a missing row in ${row.parent}.`);
    return { ok: messages.length === 0, messages };
  }

  /**
   * VACUUM INTO: a consistent copy, even while the file is open elsewhere (it reads one snapshot). The copy
   * gets an identity of its own, so a -wal of this file can never be applied to it (see wal-guard.ts): a
   * backup put back in place beside the original's -wal is refused at open instead of being damaged.
   */
  async copyTo(target: string): Promise<void> {
    await this.run('VACUUM INTO ?', [target]);
    const copy = new Connection(await openRaw(target, sqlite3.OPEN_READWRITE), target);
    await withCleanup(
      async () => {
        if (await copy.get("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'database_identity'"))
          await copy.run('UPDATE database_identity SET identity = ?, commits = 0 WHERE id = 1', [randomBytes(16).toString('hex')]);
      },
      () => copy.close(),
    );
  }

  /** Runs several reads as one consistent snapshot. */
  read<T>(fn: (q: ReadQueries) => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      await this.q.exec('BEGIN');
      let result: T;
      try {
        result = await fn(this.q);
      } catch (err) {
        // Ending the snapshot must not hide why the reads failed.
        await this.q.exec('COMMIT').catch(() => undefined);
        throw err;
      }
      await this.q.exec('COMMIT');
      return result;
    });
  }

  /** Runs fn in one IMMEDIATE transaction: all of it is written, or none of it. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      await this.q.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(this.q);
        // The count and the commit go in one trip to SQLite's thread: each trip costs tens of microseconds
        // of waking threads, a good part of a small save. exec stops at the first failing statement, so a
        // failed count never commits.
        await this.q.exec(this.countingCommits ? `${COUNT_COMMIT}; COMMIT` : 'COMMIT');
        return result;
      } catch (err) {
        await this.q.exec('ROLLBACK').catch(() => undefined);
        throw err;
      }
    });
  }

  close(): Promise<void> {
    return this.exclusive(async () => {
      this.closed = true;
      await this.cache.clear();
      await closeRaw(this.db);
    });
  }
}
