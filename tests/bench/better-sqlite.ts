// The baseline the SQLite engine is measured against: better-sqlite3 (synchronous, statements prepared
// once) behind the same storage port, so the core's own code runs the same SQL on both and only the
// driver differs. For the bench only; the app uses sqlite3 (asynchronous, off the main thread).
import Sqlite from 'better-sqlite3';
import { displayName, sqliteDialect } from '../../src/core/db/connection';
import type { Database, Params, Queryable, Row } from '../../src/core/db/port';

type Bindable = unknown[] | Record<string, unknown>;

/** better-sqlite3 names parameters without their `$`; positional values go as they are. */
function bindable(params: Params | undefined): Bindable {
  if (!params) return [];
  if (Array.isArray(params)) return params as unknown[];
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k.replace(/^\$/, ''), v]));
}

export function openBetterSqlite(path: string): Database {
  const db = new Sqlite(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  const statements = new Map<string, Sqlite.Statement>();
  const prepared = (sql: string) => {
    let stmt = statements.get(sql);
    if (!stmt) statements.set(sql, (stmt = db.prepare(sql)));
    return stmt;
  };
  const run = (stmt: Sqlite.Statement, params: Params | undefined) => {
    const values = bindable(params);
    return Array.isArray(values) ? stmt.run(...values) : stmt.run(values);
  };
  const rows = <T>(sql: string, params: Params | undefined): T[] => {
    const stmt = prepared(sql);
    const values = bindable(params);
    return (Array.isArray(values) ? stmt.all(...values) : stmt.all(values)) as T[];
  };
  const q: Queryable = {
    dialect: sqliteDialect,
    run: async (sql, params) => ({ changes: run(prepared(sql), params).changes }),
    get: async <T = Row>(sql: string, params?: Params) => rows<T>(sql, params)[0],
    all: async <T = Row>(sql: string, params?: Params) => rows<T>(sql, params),
    exec: async (sql) => void db.exec(sql),
  };
  return {
    ...q,
    engine: 'sqlite',
    path,
    file: path,
    read: async (fn) => {
      db.exec('BEGIN');
      try {
        return await fn(q);
      } finally {
        db.exec('COMMIT');
      }
    },
    transaction: async (fn) => {
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(q);
        db.exec('COMMIT');
        return result;
      } catch (err) {
        db.exec('ROLLBACK');
        throw err;
      }
    },
    schemaVersion: async () => Number(db.pragma('user_version', { simple: true })),
    identity: async (q) => ({ login: 'bench', name: await displayName(q), role: null }),
    announce: async () => undefined,
    listen: async () => async () => undefined,
    check: async () => ({ ok: true, messages: [] }),
    copyTo: async (target) => void db.prepare('VACUUM INTO ?').run(target),
    close: async () => void db.close(),
  };
}
