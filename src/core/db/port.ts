// The storage port: what the core's repositories and services need from a database, whichever engine
// holds it. Two engines implement it: the local SQLite file (./connection.ts) and a team database on
// PostgreSQL (./postgres.ts). Code written against these types runs unchanged on either.
//
// SQL is written once, in the portable subset both engines share: `?` placeholders (or `$name` when one
// value is used twice), ON CONFLICT … DO UPDATE/NOTHING, COALESCE, lower() rather than COLLATE NOCASE,
// dates as ISO text, booleans as 0/1, a `rowid` for insertion order (SQLite gives every table one; the
// PostgreSQL schema gives every table without an integer key a `rowid` identity column). Where an engine
// has a better tool of its own (full-text search, JSON), the SQL fragment comes from `db.dialect`.

import type { ChangeEvent } from '../../shared/events';

export type SqlValue = string | number | bigint | Buffer | null;
/** Positional values for `?`, or named values for `$name` (keys written with their `$`). */
export type Params = readonly SqlValue[] | Readonly<Record<string, SqlValue>>;
export type Row = Record<string, SqlValue>;

export type Engine = 'sqlite' | 'postgres';

/** Who is making changes, as the engine knows them. */
export interface Identity {
  /**
   * The login: the operating system's login name for a local file; for a team database the login the
   * server authenticated (which is also what the audit log records, whatever the client says).
   */
  login: string;
  /** The name shown in the history and on sign-off: Settings' display name, or the member's name. */
  name: string;
  /** The person's role in a team database; null for a local file, where one person does everything. */
  role: 'director' | 'quality_lead' | 'author' | 'reader' | null;
}

/** Statements that only read. A read snapshot hands out these, so a read cannot write by mistake. */
export interface ReadQueries {
  readonly dialect: Dialect;
  get<T = Row>(sql: string, params?: Params): Promise<T | undefined>;
  all<T = Row>(sql: string, params?: Params): Promise<T[]>;
}

/** Statements a write transaction may run. */
export interface Queryable extends ReadQueries {
  run(sql: string, params?: Params): Promise<{ changes: number }>;
  /** One or more statements without parameters (schema changes, engine settings). */
  exec(sql: string): Promise<void>;
}

/** The SQL fragments that differ between engines. Each returns SQL text only; values stay parameters. */
export interface Dialect {
  readonly engine: Engine;
  /** `column` is one of the strings in the JSON array given as the one parameter: `? ` → '["a","b"]'. */
  inJsonList(column: string): string;
  /** The text at `key` of a JSON object stored as text in `column`. `key` comes from our code, never input. */
  jsonText(column: string, key: string): string;
  /**
   * The evidence alias `e` matches the search text given as the one parameter; `searchParameter` turns
   * what the person typed into that parameter (null when nothing searchable is left).
   */
  evidenceMatches: string;
  searchParameter(text: string): string | null;
  /**
   * An aggregate over the selected rows giving one JSON text, an array of [column, …] arrays ('[]' for no
   * rows), for reads of hundreds of small rows: node-sqlite3 builds a JS object per row, which costs several
   * times what SQLite spends finding them, where one string and JSON.parse cost a fraction. Columns come
   * from our code, never input.
   */
  jsonRows(columns: string[]): string;
  /** Foreign keys checked at commit instead of at each statement, for an import that writes in any order. */
  deferForeignKeys: string;
  /** After rows were written with explicit ids, the statement that moves the id counter past them (or null). */
  afterExplicitIds(table: string, column: string): string | null;
}

/** Someone else who has a pack open, and where in it. */
export interface PresentPerson {
  login: string;
  name: string;
  areaId: string | null;
  areaTitle: string | null;
}

/** Who has which pack or area open. A team database has it; a local file, one person at a time, does not. */
export interface Presence {
  /** Says where the signed-in person is now (a pack and an area, or nowhere); the others hear of a move. */
  here(place: { packId: string | null; areaId: string | null }): Promise<void>;
  /** The other people seen lately in a pack. */
  inPack(packId: string, withinSeconds: number): Promise<PresentPerson[]>;
}

/** An open database: single statements, read snapshots and write transactions. */
export interface Database extends Queryable {
  readonly engine: Engine;
  /**
   * How the database is named in messages: the file's path for SQLite, or a server and database name for
   * PostgreSQL (never with a password).
   */
  readonly path: string;
  /** The local file and its side files, which nothing may be written over; none for a server database. */
  readonly file: string | null;
  /** Several reads as one consistent snapshot. */
  read<T>(fn: (q: ReadQueries) => Promise<T>): Promise<T>;
  /**
   * fn in one transaction: all of it is written, or none of it. The engine may run fn again when the
   * database asks it to (a conflict with another writer on PostgreSQL), so fn must not have effects
   * outside the transaction until it returns.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** The schema version: the last migration applied. */
  schemaVersion(): Promise<number>;
  /** Who is signed in, read with q (inside the transaction that records their change). */
  identity(q: ReadQueries): Promise<Identity>;
  /**
   * Tells everyone else's app about a change, in its transaction so the news goes out if and only if it
   * commits. A local file has nobody else to tell.
   */
  announce(tx: Queryable, event: ChangeEvent): Promise<void>;
  /**
   * Calls listener with the changes other people make (origin 'remote'), until the returned function is
   * called. After the connection is lost and found again, an event naming every kind of record says that
   * anything may have changed meanwhile.
   */
  listen(listener: (event: ChangeEvent) => void): Promise<() => Promise<void>>;
  /** Who has which pack or area open; absent for a local file. */
  readonly presence?: Presence;
  /** The engine's own integrity checks, as sentences a person can act on. */
  check(): Promise<{ ok: boolean; messages: string[] }>;
  /** A consistent copy of everything as a local SQLite file at `target` (a backup, or a pulled copy). */
  copyTo(target: string): Promise<void>;
  close(): Promise<void>;
}
