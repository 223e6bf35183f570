// A small promise wrapper over one sqlite3 connection. Every statement goes through one queue, so an
// async transaction can never interleave with another caller's statements on the same connection.
import sqlite3 from 'sqlite3';

export type SqlValue = string | number | bigint | Buffer | null;
export type Params = SqlValue[] | Record<string, SqlValue>;
export type Row = Record<string, SqlValue>;

/** The statements a transaction body (or a queued read) may run. */
export interface Queryable {
  run(sql: string, params?: Params): Promise<{ changes: number; lastID: number }>;
  get<T = Row>(sql: string, params?: Params): Promise<T | undefined>;
  all<T = Row>(sql: string, params?: Params): Promise<T[]>;
  exec(sql: string): Promise<void>;
}

function raw(db: sqlite3.Database): Queryable {
  return {
    run: (sql, params = []) =>
      new Promise((resolve, reject) =>
        db.run(sql, params, function (this: sqlite3.RunResult, err: Error | null) {
          if (err) reject(err);
          else resolve({ changes: this.changes, lastID: this.lastID });
        }),
      ),
    get: <T>(sql: string, params: Params = []) =>
      new Promise<T | undefined>((resolve, reject) =>
        db.get(sql, params, (err: Error | null, row: T) => (err ? reject(err) : resolve(row))),
      ),
    all: <T>(sql: string, params: Params = []) =>
      new Promise<T[]>((resolve, reject) =>
        db.all(sql, params, (err: Error | null, rows: T[]) => (err ? reject(err) : resolve(rows))),
      ),
    exec: (sql) => new Promise((resolve, reject) => db.exec(sql, (err) => (err ? reject(err) : resolve()))),
  };
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

export class Connection implements Queryable {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly q: Queryable;
  private closed = false;
  private countingCommits = false;

  constructor(
    private readonly db: sqlite3.Database,
    readonly path: string,
  ) {
    this.q = raw(db);
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

  /** Runs several reads as one consistent snapshot. */
  read<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
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
        if (this.countingCommits) await this.q.run(COUNT_COMMIT);
        await this.q.exec('COMMIT');
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
      await closeRaw(this.db);
    });
  }
}
