// The PostgreSQL engine of the storage port (./port.ts): a team database on a server, over `pg`.
// The core's SQL arrives in the portable form (`?` and `$name` placeholders) and is compiled once per text
// to PostgreSQL's numbered parameters, then run as a named prepared statement, so each connection
// prepares it once. Reads run in REPEATABLE READ READ ONLY snapshots. Writes take one lock for the whole
// team database first (a transaction-level advisory lock, as SQLite's BEGIN IMMEDIATE takes the file's),
// so the app's writers queue instead of racing: two people saving at once is never an anomaly and never an
// error they see. (SERIALIZABLE with retries was tried first: with ten people saving into one pack, whose
// version every save moves on, attempts failed faster than retries could succeed.) A deadlock or
// serialization failure from elsewhere is still retried.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { CHANGED_ENTITIES, ChangeEventSchema, type ChangeEvent } from '../../shared/events';
import { displayName, searchTerms } from './connection';
import { POSTGRES_MIGRATIONS } from './migrations/postgres';
import type { Migration } from './migrations';
import type { Database, Dialect, Identity, Params, Presence, PresentPerson, Queryable, ReadQueries, Row, SqlValue } from './port';
import { AppError } from '../errors';
import { readCertificateAuthority } from './certificate-authority';

export const postgresDialect: Dialect = {
  engine: 'postgres',
  inJsonList: (column) => `${column} IN (SELECT json_array_elements_text(CAST(? AS json)))`,
  jsonText: (column, key) => `(CAST(${column} AS json) ->> '${key}')`,
  evidenceMatches: `e.search @@ to_tsquery('sef_english', ?)`,
  // Each term a quoted lexeme with a prefix match ('audit':*), all required: never a syntax error.
  searchParameter: (text) => {
    const terms = searchTerms(text);
    return terms ? terms.map((term) => `'${term}':*`).join(' & ') : null;
  },
  // The planner chooses an index-only scan of (id, review_due) by itself, from its statistics.
  // Text, as on SQLite (pg would parse a json column itself); json_agg of no rows is null.
  jsonRows: (columns) => `COALESCE(CAST(json_agg(json_build_array(${columns.join(', ')})) AS text), '[]')`,
  deferForeignKeys: 'SET CONSTRAINTS ALL DEFERRED',
  afterExplicitIds: (table, column) =>
    `SELECT setval(pg_get_serial_sequence('${table}', '${column}'), COALESCE((SELECT max(${column}) FROM ${table}), 0) + 1, false)`,
};

// --- From portable SQL to PostgreSQL's ---------------------------------------------------------------

interface CompiledSql {
  /** The statement's name on every connection that prepares it. */
  name: string;
  text: string;
  /** For `$name` placeholders: the names in parameter order; null when the SQL uses `?`. */
  names: string[] | null;
}

const compiled = new Map<string, CompiledSql>();

/**
 * `?` becomes $1, $2… in order; `$name` becomes one number per distinct name. Quoted strings, quoted
 * identifiers and comments are copied as they are, so a `?` or `$` inside them is left alone.
 */
export function compileSql(sql: string): CompiledSql {
  const cached = compiled.get(sql);
  if (cached) return cached;
  let text = '';
  let positional = 0;
  const names: string[] = [];
  for (let i = 0; i < sql.length; ) {
    const ch = sql[i]!;
    const quote = ch === "'" || ch === '"' ? ch : null;
    if (quote) {
      let end = i + 1;
      while (end < sql.length && !(sql[end] === quote && sql[end + 1] !== quote)) end += sql[end] === quote ? 2 : 1;
      text += sql.slice(i, end + 1);
      i = end + 1;
    } else if (ch === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      text += sql.slice(i, end < 0 ? sql.length : end);
      i = end < 0 ? sql.length : end;
    } else if (ch === '?') {
      text += `$${++positional}`;
      i++;
    } else if (ch === '$' && /[A-Za-z_]/.test(sql[i + 1] ?? '')) {
      const name = /^\$[A-Za-z_][A-Za-z0-9_]*/.exec(sql.slice(i))![0];
      let index = names.indexOf(name);
      if (index < 0) index = names.push(name) - 1;
      text += `$${index + 1}`;
      i += name.length;
    } else {
      text += ch;
      i++;
    }
  }
  if (positional && names.length) throw new Error('SQL may use ? or $name placeholders, not both.');
  const result = { name: `sef_${compiled.size + 1}`, text, names: names.length ? names : null };
  compiled.set(sql, result);
  return result;
}

function valuesFor(statement: CompiledSql, params: Params | undefined): unknown[] {
  if (!params) return [];
  if (Array.isArray(params)) return params as SqlValue[];
  const named = params as Readonly<Record<string, SqlValue>>;
  return (statement.names ?? []).map((name) => {
    if (!(name in named)) throw new Error(`No value given for ${name}.`);
    return named[name];
  });
}

/** Counts come back as bigint and sums as numeric, which pg hands over as text; they are numbers here. */
const types = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format),
};

type Client = pg.PoolClient | pg.Pool;

function queriesOver(client: Client): Queryable {
  const query = async <T>(sql: string, params?: Params) => {
    const statement = compileSql(sql);
    const result = await client.query({ name: statement.name, text: statement.text, values: valuesFor(statement, params) });
    return result as unknown as pg.QueryResult<T & pg.QueryResultRow>;
  };
  return {
    dialect: postgresDialect,
    run: async (sql, params) => ({ changes: (await query(sql, params)).rowCount ?? 0 }),
    get: async <T>(sql: string, params?: Params) => (await query<T>(sql, params)).rows[0] as T | undefined,
    all: async <T>(sql: string, params?: Params) => (await query<T>(sql, params)).rows as T[],
    exec: async (sql) => void (await client.query(sql)),
  };
}

// --- Errors a person can act on ---------------------------------------------------------------------

const RETRYABLE = new Set(['40001', '40P01']);
/** The advisory lock every write transaction of the app takes first ("SEFS" as a number). */
const WRITE_LOCK = 0x53454653;
const CONNECTION_LOST = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004']);
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE', 'EAI_AGAIN']);

function codeOf(err: unknown): string {
  return typeof err === 'object' && err && 'code' in err ? String((err as { code: unknown }).code) : '';
}

export function isConnectionLost(err: unknown): boolean {
  const code = codeOf(err);
  if (CONNECTION_LOST.has(code) || NETWORK.has(code)) return true;
  const message = err instanceof Error ? err.message : '';
  return /Connection terminated|connection timeout|Client has encountered a connection error|not queryable/i.test(message);
}

/** Turns a server's refusal into a sentence; anything unexpected stays as it is. */
export function describePostgresError(where: string, err: unknown): unknown {
  if (err instanceof AppError) return err;
  const code = codeOf(err);
  if (isConnectionLost(err))
    return new AppError(
      'offline',
      `The team database (${where}) cannot be reached just now, so that was not saved. SEF Studio keeps trying; check your network connection.`,
    );
  if (code === '42501')
    return new AppError(
      'forbidden',
      `Your role in the team database does not allow that (${(err as Error).message}). Ask your quality lead or director if you need to make this change.`,
    );
  if (code === '28P01' || code === '28000')
    return new AppError('forbidden', `The team database (${where}) did not accept that login and password. Check them, or ask IT to reset your password.`);
  if (code === '3D000')
    return new AppError('not_found', `There is no database of that name on the server (${where}). Check the connection string with IT.`);
  return err;
}

// --- Connection strings ----------------------------------------------------------------------------

export interface TeamAddress {
  host: string;
  port: number;
  database: string;
  user: string;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

export function isLocalHost(host: string): boolean {
  return LOCAL_HOSTS.has(host.toLowerCase()) || host.startsWith('/');
}

/** What a connection string points at, with no password: safe to show, log and record. */
export function describeAddress(address: TeamAddress): string {
  return `${address.user}@${address.host}:${address.port}/${address.database}`;
}

export interface TeamConnectionOptions {
  /** The password, when the connection string has none (from the keychain, a prompt or the environment). */
  password?: string;
  /** A PEM file of the certificate authorities to trust for the server's certificate (the system's otherwise). */
  caFile?: string;
  /** For `sef team init` and tests: allow an administrator's login, which the app refuses at run time. */
  administrator?: boolean;
  /** Connections kept open at once. */
  poolSize?: number;
  /** The migrations expected; the app's own unless a test supplies others. */
  migrations?: readonly Migration[];
}

/** libpq's sslmode values; anything else is a mistake in the string, not a reason to drop TLS. */
const SSL_MODES = new Set(['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full']);

/**
 * A connection string (postgresql://user:password@host:port/database?sslmode=…) as pg settings, with
 * sslmode read as libpq reads it: `require` encrypts without checking the certificate, `verify-ca` checks
 * that a trusted authority signed it, `verify-full` checks that and the server's name as well. Any host
 * but this machine needs the certificate checked, so `disable`, `allow`, `prefer` and a bare `require` are
 * refused for a remote host with a message saying why.
 * A council's own certificate authority comes as `caFile`, or as `sslrootcert=FILE` in the string (as
 * psql takes it); given one, it is the only authority trusted (Node's `ca` replaces the system's roots),
 * this machine is verified too, and `require` means `verify-ca` (libpq does the same when it finds a root
 * certificate). `sslrootcert=system` is the system's CAs, and as in libpq allows `verify-full` only.
 * The file itself is read by openTeamDatabase.
 */
export function connectionSettings(url: string, options: TeamConnectionOptions = {}): { config: pg.PoolConfig; address: TeamAddress; caFile: string | null } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AppError('invalid_input', 'That is not a connection string. It looks like postgresql://name@server:5432/database; ask IT for yours.');
  }
  if (parsed.protocol !== 'postgresql:' && parsed.protocol !== 'postgres:')
    throw new AppError('invalid_input', 'A team database address starts with postgresql:// (for example postgresql://name@server:5432/sef). Ask IT for yours.');
  const socket = parsed.searchParams.get('host');
  const host = socket ?? (decodeURIComponent(parsed.hostname) || 'localhost');
  const address: TeamAddress = {
    host,
    port: Number(parsed.port || parsed.searchParams.get('port') || 5432),
    database: decodeURIComponent(parsed.pathname.replace(/^\//, '')) || 'postgres',
    user: decodeURIComponent(parsed.username) || process.env.PGUSER || '',
  };
  if (!address.user) throw new AppError('invalid_input', 'The connection string names no login (postgresql://NAME@server/database). Add yours.');
  const caFile = certificateAuthorityOf(parsed, options);
  const systemRoots = parsed.searchParams.get('sslrootcert') === 'system';
  const given = parsed.searchParams.get('sslmode');
  if (given !== null && !SSL_MODES.has(given))
    throw new AppError('invalid_input', `sslmode=${given} is not one PostgreSQL knows. Use sslmode=verify-full (or leave sslmode out: SEF Studio then verifies the certificate).`);
  const sslmode = given ?? (isLocalHost(host) && !caFile && !systemRoots ? 'disable' : 'verify-full');
  if (systemRoots && sslmode !== 'verify-full')
    throw new AppError(
      'invalid_input',
      `sslrootcert=system trusts every authority this computer knows, so the server's name must be checked too, and sslmode=${sslmode} would not check it. Use sslmode=verify-full, or leave sslmode out.`,
    );
  if (caFile && (sslmode === 'disable' || sslmode === 'allow' || sslmode === 'prefer'))
    throw new AppError(
      'invalid_input',
      `sslmode=${sslmode} may connect without TLS, and then the certificate authority ${caFile} would not be used. Remove sslmode from the connection string (SEF Studio then verifies the certificate), or use sslmode=verify-full.`,
    );
  const checks = sslmode === 'require' && caFile ? 'verify-ca' : sslmode;
  const password = decodeURIComponent(parsed.password) || options.password;
  const config: pg.PoolConfig = {
    host: address.host,
    port: address.port,
    database: address.database,
    user: address.user,
    ...(password !== undefined ? { password } : {}),
    application_name: 'SEF Studio',
    max: options.poolSize ?? 4,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
    types,
  };
  if (!isLocalHost(host) && checks !== 'verify-full' && checks !== 'verify-ca')
    throw new AppError(
      'invalid_input',
      `The team database on ${host} must be reached over TLS with its certificate checked, and sslmode=${sslmode} would not check it. ` +
        'Remove sslmode from the connection string (SEF Studio then verifies the certificate), or use sslmode=verify-full.',
    );
  // pg gives tls.connect the host as the name to check (and as SNI when it is not an IP address).
  if (checks === 'verify-full') config.ssl = { rejectUnauthorized: true };
  else if (checks === 'verify-ca') config.ssl = { rejectUnauthorized: true, checkServerIdentity: () => undefined };
  else if (checks === 'require') config.ssl = { rejectUnauthorized: false };
  return { config, address, caFile };
}

/** The CA file asked for once, by option or by sslrootcert (psql's name); null for the system's CAs. */
function certificateAuthorityOf(parsed: URL, options: TeamConnectionOptions): string | null {
  const fromUrl = parsed.searchParams.get('sslrootcert');
  const inUrl = fromUrl && fromUrl !== 'system' ? fromUrl : null;
  if (options.caFile && inUrl && options.caFile !== inUrl)
    throw new AppError(
      'invalid_input',
      `Two certificate authorities were given (${options.caFile}, and sslrootcert=${inUrl} in the connection string). Give it once: --ca FILE or sslrootcert=FILE.`,
    );
  return options.caFile ?? inUrl;
}

// --- The engine --------------------------------------------------------------------------------------

export interface PostgresEvents {
  /** A connection the pool held broke (the server went away); the next query opens a new one. */
  onConnectionError?(err: Error): void;
}

/** The channel every app of a team database listens on for changes. */
const CHANGES_CHANNEL = 'sef_changes';

interface Announcement {
  /** Which app sent it, so an app does not hear its own changes as someone else's. */
  source: string;
  event: ChangeEvent;
}

export class PostgresDatabase implements Database {
  readonly engine = 'postgres' as const;
  readonly dialect = postgresDialect;
  readonly file = null;
  readonly path: string;
  /** This app's own name on the changes channel. */
  readonly source = randomUUID();
  private readonly q: Queryable;
  private readonly listeners = new Set<() => Promise<void>>();
  private readonly statusListeners = new Set<(online: boolean) => void>();
  private online = true;
  private closed = false;

  constructor(
    readonly pool: pg.Pool,
    readonly address: TeamAddress,
    events: PostgresEvents = {},
    private readonly config: pg.ClientConfig = {},
  ) {
    this.path = `team database ${describeAddress(address)}`;
    this.q = queriesOver(pool);
    // An idle connection that breaks must not bring the app down; the pool replaces it when next asked.
    pool.on('error', (err) => events.onConnectionError?.(err));
  }

  private async guarded<T>(fn: () => Promise<T>): Promise<T> {
    if (this.closed) throw new Error('The database is closed.');
    try {
      const result = await fn();
      this.setOnline(true);
      return result;
    } catch (err) {
      if (isConnectionLost(err)) this.setOnline(false);
      throw describePostgresError(describeAddress(this.address), err);
    }
  }

  /** Whether the server answered last time it was asked (a query, or the changes channel reconnecting). */
  get isOnline(): boolean {
    return this.online;
  }

  /**
   * Calls listener when the server stops answering and when it answers again. While someone listens for
   * changes (listen()), their connection is the probe: it is opened again and again until the server is back.
   */
  onStatus(listener: (online: boolean) => void): () => void {
    this.statusListeners.add(listener);
    return () => void this.statusListeners.delete(listener);
  }

  private setOnline(online: boolean): void {
    if (online === this.online || this.closed) return;
    this.online = online;
    for (const listener of this.statusListeners) listener(online);
  }

  /** Where each person is: one row per login, written only by that login (PostgreSQL migration 005). */
  readonly presence: Presence = {
    here: ({ packId, areaId }) =>
      this.guarded(async () => {
        const moved = await this.q.get<{ was_pack: string | null; was_area: string | null; existed: number }>(
          `WITH before AS (SELECT pack_id, area_id FROM presence WHERE login = session_user)
           INSERT INTO presence (login, pack_id, area_id, seen_at) VALUES (session_user, ?, ?, now())
           ON CONFLICT (login) DO UPDATE SET pack_id = excluded.pack_id, area_id = excluded.area_id, seen_at = excluded.seen_at
           RETURNING (SELECT pack_id FROM before) AS was_pack, (SELECT area_id FROM before) AS was_area, (SELECT count(*) FROM before) AS existed`,
          [packId, areaId],
        );
        // Only a move is news; the heartbeat that keeps someone present is not.
        if (moved && moved.existed && moved.was_pack === packId && moved.was_area === areaId) return;
        await this.tellPresence([moved?.was_pack ?? null, packId]);
      }),
    inPack: (packId, withinSeconds) =>
      this.guarded(async () => {
        const rows = await this.q.all<{ login: string; name: string; area_id: string | null; area_title: string | null }>(
          `SELECT p.login, COALESCE(m.display_name, p.login) AS name, p.area_id, a.title AS area_title
           FROM presence p LEFT JOIN members m ON m.login = p.login LEFT JOIN pack_areas a ON a.id = p.area_id
           WHERE p.pack_id = ? AND p.login <> session_user AND p.seen_at > now() - make_interval(secs => ?)
           ORDER BY name, p.login`,
          [packId, withinSeconds],
        );
        return rows.map((r): PresentPerson => ({ login: r.login, name: r.name, areaId: r.area_id, areaTitle: r.area_title }));
      }),
  };

  private async tellPresence(packIds: (string | null)[]): Promise<void> {
    const event: ChangeEvent = {
      entities: ['presence'],
      packIds: [...new Set(packIds.filter((id): id is string => !!id))],
      actor: this.address.user,
      at: new Date().toISOString(),
      origin: 'local',
    };
    await this.q.get('SELECT pg_notify(?, ?) AS sent', [CHANGES_CHANNEL, JSON.stringify({ source: this.source, event } satisfies Announcement)]);
  }

  run(sql: string, params?: Params) {
    return this.guarded(() => this.q.run(sql, params));
  }
  get<T = Row>(sql: string, params?: Params) {
    return this.guarded(() => this.q.get<T>(sql, params));
  }
  all<T = Row>(sql: string, params?: Params) {
    return this.guarded(() => this.q.all<T>(sql, params));
  }
  exec(sql: string) {
    return this.guarded(() => this.q.exec(sql));
  }

  /** The last migration applied; 0 for a database that is not (yet) a SEF Studio team database. */
  async schemaVersion(): Promise<number> {
    const table = await this.get<{ present: number }>("SELECT count(*) AS present FROM pg_tables WHERE tablename = 'schema_version'");
    if (!table?.present) return 0;
    return (await this.get<{ version: number | null }>('SELECT max(version) AS version FROM schema_version'))?.version ?? 0;
  }

  /** The login the server authenticated, with the member's name and role (sef team add-member). */
  async identity(q: ReadQueries): Promise<Identity> {
    const row = await q.get<{ login: string; display_name: string | null; role: Identity['role'] }>(
      'SELECT session_user AS login, m.display_name, m.role FROM (SELECT 1 AS one) AS me LEFT JOIN members m ON m.login = session_user',
    );
    const login = row?.login ?? this.address.user;
    // An administrator (setting up, moving a file in) is not a member: then the settings' name is used.
    return { login, name: row?.display_name ?? (await displayName(q)), role: row?.role ?? null };
  }

  async announce(tx: Queryable, event: ChangeEvent): Promise<void> {
    const announcement: Announcement = { source: this.source, event };
    await tx.get('SELECT pg_notify(?, ?) AS sent', [CHANGES_CHANNEL, JSON.stringify(announcement)]);
  }

  /**
   * A connection of its own that LISTENs; when it breaks (the server restarted, the network dropped) it is
   * opened again, waiting a little longer each time, and the listener is told anything may have changed.
   */
  async listen(listener: (event: ChangeEvent) => void): Promise<() => Promise<void>> {
    let client: pg.Client | null = null;
    let stopped = false;
    let retry: NodeJS.Timeout | undefined;
    const everything = (): ChangeEvent => ({
      entities: [...CHANGED_ENTITIES],
      packIds: [],
      actor: '',
      at: new Date().toISOString(),
      origin: 'remote',
    });
    const connect = async (attempt: number): Promise<void> => {
      if (stopped) return;
      const next = new pg.Client(this.config);
      next.on('notification', (message) => {
        const event = parseAnnouncement(message.payload, this.source);
        if (event) listener(event);
      });
      next.on('error', () => {
        this.setOnline(false);
        reconnect(1);
      });
      try {
        await next.connect();
        await next.query(`LISTEN ${CHANGES_CHANNEL}`);
        client = next;
        this.setOnline(true);
        if (attempt > 1) listener(everything());
      } catch {
        await next.end().catch(() => undefined);
        if (attempt > 1) this.setOnline(false);
        reconnect(attempt + 1);
      }
    };
    const reconnect = (attempt: number) => {
      if (stopped || retry) return;
      const old = client;
      client = null;
      void old?.end().catch(() => undefined);
      retry = setTimeout(() => {
        retry = undefined;
        void connect(Math.max(attempt, 2));
      }, Math.min(10_000, 250 * 2 ** Math.min(attempt, 6)));
    };
    await connect(1);
    if (!client) throw describePostgresError(describeAddress(this.address), new Error('Connection terminated'));
    const stop = async () => {
      stopped = true;
      clearTimeout(retry);
      this.listeners.delete(stop);
      await (client as pg.Client | null)?.end().catch(() => undefined);
    };
    this.listeners.add(stop);
    return stop;
  }

  /** One client for fn, given back to the pool afterwards (destroyed if the connection broke). */
  private async withClient<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    // A connection that breaks while checked out says so as an 'error' event too: noted, never a crash.
    const onError = (err: Error) => {
      broken = err;
    };
    client.on('error', onError);
    try {
      return await fn(client);
    } catch (err) {
      if (isConnectionLost(err)) broken = err as Error;
      throw err;
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  }

  read<T>(fn: (q: ReadQueries) => Promise<T>): Promise<T> {
    return this.guarded(() =>
      this.withClient(async (client) => {
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        try {
          return await fn(queriesOver(client));
        } finally {
          await client.query('COMMIT').catch(() => undefined);
        }
      }),
    );
  }

  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.guarded(async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await this.withClient(async (client) => {
            await client.query('BEGIN');
            await client.query(`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`);
            try {
              const result = await fn(queriesOver(client));
              await client.query('COMMIT');
              return result;
            } catch (err) {
              await client.query('ROLLBACK').catch(() => undefined);
              throw err;
            }
          });
        } catch (err) {
          // Another writer got there first: the server undid this attempt, so it is run again on a fresh snapshot.
          if (!RETRYABLE.has(codeOf(err)) || attempt >= 8) throw err;
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
        }
      }
    });
  }

  /** The checks a server database can make of itself: it answers, and its schema is one this app knows. */
  async check(): Promise<{ ok: boolean; messages: string[] }> {
    const messages: string[] = [];
    const version = await this.schemaVersion();
    const latest = POSTGRES_MIGRATIONS.at(-1)!.version;
    if (version !== latest) messages.push(`The team database is at schema version ${version}; this app expects ${latest}.`);
    return { ok: messages.length === 0, messages };
  }

  async copyTo(target: string): Promise<void> {
    // Loaded here, not at the top: the interchange code imports the port, and a local copy is rare.
    const { copyToLocalFile } = await import('./copy');
    await copyToLocalFile(this, target);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    // Nobody should see this person as present once their app has gone.
    if (this.online)
      await this.guarded(async () => {
        const left = await this.q.get<{ pack_id: string | null }>('DELETE FROM presence WHERE login = session_user RETURNING pack_id');
        if (left?.pack_id) await this.tellPresence([left.pack_id]);
      }).catch(() => undefined);
    this.closed = true;
    this.statusListeners.clear();
    for (const stop of [...this.listeners]) await stop();
    await this.pool.end();
  }
}

/** Another app's announcement as a remote change event; null for our own, or anything unreadable. */
function parseAnnouncement(payload: string | undefined, ownSource: string): ChangeEvent | null {
  try {
    const announcement = JSON.parse(payload ?? '') as Announcement;
    if (announcement.source === ownSource) return null;
    const event = ChangeEventSchema.safeParse(announcement.event);
    return event.success ? { ...event.data, origin: 'remote' } : null;
  } catch {
    return null;
  }
}

/** Applies the migrations a team database has not had, each in one transaction; for `sef team init`. */
export async function migrateTeamDatabase(db: PostgresDatabase, migrations: readonly Migration[] = POSTGRES_MIGRATIONS): Promise<number> {
  await db.exec(
    'CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, description text NOT NULL, applied_at text NOT NULL)',
  );
  const current = await db.schemaVersion();
  for (const migration of migrations.filter((m) => m.version > current))
    await db.transaction(async (tx) => {
      if (migration.sql.trim()) await tx.exec(migration.sql);
      await tx.run('INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)', [
        migration.version,
        migration.description,
        new Date().toISOString(),
      ]);
    });
  // Every member may read every table, those of later migrations too (write grants are each migration's).
  if ((await db.schemaVersion()) >= 4) {
    await db.exec('GRANT SELECT ON ALL TABLES IN SCHEMA public TO sef_director, sef_quality_lead, sef_author, sef_reader');
    await db.exec('GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO sef_director, sef_quality_lead, sef_author');
  }
  return db.schemaVersion();
}

/**
 * Connects to a team database. The schema must be one this app knows (IT upgrades it with
 * `sef team init`); at run time the login must be a person's own, never an administrator's.
 */
export async function openTeamDatabase(url: string, options: TeamConnectionOptions & PostgresEvents = {}): Promise<PostgresDatabase> {
  const { config, address, caFile } = connectionSettings(url, options);
  // Checked before anything is sent: a wrong file is said as such, not as a certificate the server failed.
  if (caFile && config.ssl && typeof config.ssl === 'object') config.ssl.ca = await readCertificateAuthority(caFile);
  const db = new PostgresDatabase(new pg.Pool(config), address, options, config);
  try {
    const role = await db.get<{ superuser: number; bypass: number }>(
      'SELECT CASE WHEN rolsuper THEN 1 ELSE 0 END AS superuser, CASE WHEN rolbypassrls THEN 1 ELSE 0 END AS bypass FROM pg_roles WHERE rolname = current_user',
    );
    if (!options.administrator && (role?.superuser || role?.bypass))
      throw new AppError(
        'forbidden',
        `${address.user} is an administrator's login. SEF Studio signs each person in as themselves, so that the database can hold them to their role: ask IT for your own login (sef team add-member).`,
      );
    const migrations = options.migrations ?? POSTGRES_MIGRATIONS;
    const latest = migrations.at(-1)!.version;
    const version = await db.schemaVersion();
    if (!options.administrator && version === 0)
      throw new AppError('not_found', `${describeAddress(address)} is not a SEF Studio team database yet. IT sets one up with "sef team init --url …".`);
    if (version > latest)
      throw new AppError(
        'database_newer',
        `The team database was set up by a newer version of SEF Studio (schema version ${version}; this app knows up to ${latest}). Update SEF Studio to connect.`,
      );
    if (!options.administrator && version < latest)
      throw new AppError(
        'database_newer',
        `The team database needs upgrading for this version of SEF Studio (schema version ${version}; this app needs ${latest}). Ask IT to run "sef team init --url …" with this version.`,
      );
    return db;
  } catch (err) {
    await db.close().catch(() => undefined);
    throw describePostgresError(describeAddress(address), err);
  }
}
