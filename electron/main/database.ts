// The one database the window works on: opened at start-up, switched when the person opens another file
// or connects to a team database, restored from a backup when a file cannot be read. No 'electron' import,
// so it is tested in plain Node with real SQLite files (tests/unit/shell-database.test.ts) and a real
// PostgreSQL server (tests/team/desktop-host.test.ts).
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { BackupChoice, StartupState } from '../../src/shared/bridge';
import type { ChangeEvent } from '../../src/shared/events';
import { todayIso } from '../../src/shared/dates';
import { fail, type AppErrorShape, type Result } from '../../src/shared/result';
import { coreContext, type CoreContext } from '../../src/core/context';
import { FileGrants } from '../../src/core/files/grants';
import { PrivateCopies } from '../../src/core/files/private-copies';
import { backupDatabase, inspectDatabase, openDatabase } from '../../src/core/db/open';
import type { Database } from '../../src/core/db/port';
import { describeAddress, openTeamDatabase, type PostgresDatabase } from '../../src/core/db/postgres';
import { teamDatabaseUrl, type ConnectionStatus, type TeamAddressInput } from '../../src/shared/team-connection';
import { describeConnectFailure, notAMember } from './team-errors';
import { dispatch } from '../../src/core/dispatch';
import { AppError } from '../../src/core/errors';
import { automaticBackupName, automaticBackupsToPrune, backupsOf } from './policy';

export interface DatabaseHostOptions {
  appVersion: string;
  /** How Word documents are built; the desktop app builds them in a worker thread. */
  documentBuilder?: CoreContext['documentBuilder'];
  now?: () => Date;
  /** How many daily automatic copies to keep beside the database. */
  keepAutomaticBackups?: number;
  /** Where copies of attachments being opened go; SEF Studio's own per-user folder by default. */
  privateCopies?: PrivateCopies;
  log?: (message: string) => void;
}

/**
 * Connecting to a team database worked (and it is now the database in use), or why not. `superseded`:
 * another database was opened while this one was still connecting, so it was closed again unused.
 */
export type TeamOpenResult = { ok: true; state: StartupState & { ok: true } } | { ok: false; error: AppErrorShape; superseded?: true };

function shapeOf(err: unknown, path: string): AppErrorShape {
  if (err instanceof AppError) return err.toShape();
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'io_error', message: `${path} could not be opened: ${message}` };
}

export async function listBackups(databasePath: string): Promise<BackupChoice[]> {
  try {
    return backupsOf(basename(databasePath), await readdir(dirname(databasePath))).map((name) => ({ name }));
  } catch {
    return [];
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

export class DatabaseHost {
  private conn: Database | null = null;
  private current: StartupState;
  /** The local file last opened (or asked for at start-up): where "Work on a local file instead" goes. */
  private lastFile: string;
  /**
   * Counts every switch of database begun. A team database that answers only after another switch began
   * (the person chose the local file while start-up was still connecting) is closed, not adopted.
   */
  private switches = 0;
  private readonly now: () => Date;
  private readonly changeListeners = new Set<(event: ChangeEvent) => void>();
  private readonly statusListeners = new Set<(status: ConnectionStatus) => void>();
  /** Grants outlive a switch of database: a dialog answered while switching still names its file. */
  readonly files = new FileGrants();
  readonly privateCopies: PrivateCopies;

  constructor(
    initialPath: string,
    private readonly options: DatabaseHostOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.privateCopies = options.privateCopies ?? new PrivateCopies();
    this.lastFile = initialPath;
    this.current = {
      ok: false,
      path: initialPath,
      error: { code: 'io_error', message: 'The database has not been opened yet.' },
      backups: [],
    };
  }

  get state(): StartupState {
    return this.current;
  }

  get path(): string {
    return this.current.path;
  }

  /** Whether the database in use is a team database (rather than a local file). */
  get onTeamDatabase(): boolean {
    return this.conn?.engine === 'postgres' && this.current.ok;
  }

  /** The local file to go back to from a team database. */
  get localFile(): string {
    return this.lastFile;
  }

  /**
   * Opens `path` and, when that works, makes it the database in use (closing the previous one). When it
   * fails and nothing is open yet, the failure becomes the state the renderer is shown; when another
   * database is already open it stays open and the failure is returned.
   */
  async open(path: string, { createFolder = false } = {}): Promise<StartupState> {
    this.switches++;
    try {
      if (createFolder) await mkdir(dirname(path), { recursive: true });
      const conn = await openDatabase(path);
      this.lastFile = path;
      await this.adopt(conn);
      this.log(`Opened ${path}`);
      return this.current;
    } catch (err) {
      const failed: StartupState = { ok: false, path, error: shapeOf(err, path), backups: await listBackups(path) };
      this.log(`Could not open ${path}: ${failed.error.message}`);
      if (!this.conn) this.current = failed;
      return failed;
    }
  }

  /**
   * Connects to a team database as `address.login` and, when the server accepts them as a member, makes
   * it the database in use, as open() does for a file: the previous database is closed, and other
   * people's changes and the connection's ups and downs are told to this host's listeners from now on.
   * When it fails, whatever was open stays open. The password goes to the driver only: it is in no
   * address, log line or message. `caFile` is the council's own certificate authority, when it has one.
   */
  async connectTeam(address: TeamAddressInput, password: string, caFile: string | null = null): Promise<TeamOpenResult> {
    const where = `${address.login}@${address.host}:${address.port}/${address.database}`;
    const authority = caFile ? basename(caFile) : null;
    const turn = ++this.switches;
    const failed = (err: unknown): TeamOpenResult => {
      const error = describeConnectFailure(address, err, authority);
      this.log(`Could not connect to the team database ${where}: ${error.message}`);
      return { ok: false, error, ...(turn !== this.switches ? { superseded: true as const } : {}) };
    };
    let db: PostgresDatabase;
    try {
      db = await openTeamDatabase(teamDatabaseUrl(address), { password, ...(caFile ? { caFile } : {}) });
    } catch (err) {
      return failed(err);
    }
    try {
      const me = await db.read((q) => db.identity(q));
      if (me.role === null) throw notAMember(address);
      // Other people's changes arrive as the window's own do; a lost connection is found again by itself.
      await db.listen((event) => this.tellChange(event));
    } catch (err) {
      await db.close().catch(() => undefined);
      return failed(err);
    }
    if (turn !== this.switches) {
      await db.close().catch(() => undefined);
      this.log(`The team database ${where} answered after another database was opened; it was closed unused`);
      return {
        ok: false,
        superseded: true,
        error: { code: 'conflict', message: `Another database was opened while SEF Studio was connecting to ${where}, so that one is in use.` },
      };
    }
    db.onStatus((online) => {
      if (this.conn !== db) return;
      this.log(online ? `The team database ${describeAddress(db.address)} answers again` : `Lost the connection to the team database ${describeAddress(db.address)}`);
      for (const listener of this.statusListeners) listener({ online, where: db.path });
    });
    await this.adopt(db);
    this.log(`Connected to the ${db.path}`);
    return { ok: true, state: { ok: true, path: db.path } };
  }

  /**
   * At start-up, before a team database has answered: the state the window is shown meanwhile, and the
   * answer every operation gets until it is over. Nothing changes when a database is already open.
   */
  showConnecting(where: string): void {
    if (this.conn) return;
    this.current = {
      ok: false,
      path: where,
      connecting: true,
      error: { code: 'offline', message: `SEF Studio is still connecting to the ${where}. Wait a moment, or choose “Work on a local file instead”.` },
      backups: [],
    };
  }

  /** Makes db the database in use, closing the one it replaces. */
  private async adopt(db: Database): Promise<void> {
    const previous = this.conn;
    this.conn = db;
    this.current = { ok: true, path: db.path };
    if (previous && previous !== db) await previous.close().catch(() => undefined);
  }

  /** Calls listener when the team database in use stops answering and when it answers again. */
  onStatus(listener: (status: ConnectionStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => void this.statusListeners.delete(listener);
  }

  private tellChange(event: ChangeEvent): void {
    for (const listener of this.changeListeners) listener(event);
  }

  /** The core, for the dispatch channel; when no database is open every operation gets the start-up error. */
  async dispatch(op: unknown, input: unknown): Promise<Result<unknown>> {
    const state = this.current;
    if (!this.conn || !state.ok) {
      const error = state.ok ? { code: 'io_error' as const, message: 'No database is open.' } : state.error;
      return fail(error.code, error.message);
    }
    return dispatch(this.contextFor(this.conn), op, input);
  }

  /** The core context of the open database (for hosts that seed or inspect it directly), or null. */
  get context(): CoreContext | null {
    return this.conn && this.current.ok ? this.contextFor(this.conn) : null;
  }

  private contextFor(db: Database): CoreContext {
    return coreContext({
      db,
      now: this.now,
      appVersion: this.options.appVersion,
      files: this.files,
      privateCopies: this.privateCopies,
      onChange: (event) => this.tellChange(event),
      ...(this.options.documentBuilder ? { documentBuilder: this.options.documentBuilder } : {}),
    });
  }

  /** Calls listener after every change committed to whichever database is open; returns an unsubscribe. */
  onChange(listener: (event: ChangeEvent) => void): () => void {
    this.changeListeners.add(listener);
    return () => void this.changeListeners.delete(listener);
  }

  /**
   * Puts a backup of the failed database in its place and opens it. Only a backup listed for the current
   * failure is accepted; the unreadable file (with its -wal and -shm) is renamed, never deleted.
   */
  async restoreBackup(backupName: string): Promise<StartupState> {
    const state = this.current;
    if (state.ok) return this.refuse('A backup can only be restored when the database could not be opened.');
    const allowed = await listBackups(state.path);
    if (!allowed.some((b) => b.name === backupName))
      return this.refuse(`${String(backupName)} is not a backup of ${basename(state.path)}. Choose one of the backups listed.`);
    const backupPath = join(dirname(state.path), backupName);
    try {
      await inspectDatabase(backupPath);
    } catch (err) {
      return { ...state, error: shapeOf(err, backupPath), backups: allowed };
    }
    const target = state.path;
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    const setAside = `${target}.unreadable-${stamp}`;
    try {
      for (const suffix of ['', '-wal', '-shm', '-journal']) {
        if (await exists(target + suffix)) await rename(target + suffix, setAside + suffix);
      }
      await copyFile(backupPath, target);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      return {
        ...state,
        error: { code: 'io_error', message: `The backup could not be put in place: ${message}. Close other programs using ${target} and try again.` },
        backups: allowed,
      };
    }
    this.log(`Restored ${backupPath} over ${target}; the unreadable file was kept as ${setAside}`);
    return this.open(target);
  }

  private refuse(message: string): StartupState {
    const state = this.current;
    return { ok: false, path: state.path, error: { code: 'invalid_input', message }, backups: state.ok ? [] : state.backups };
  }

  /**
   * Today's automatic copy beside the database, once a day, keeping the newest few. Written under a
   * temporary name and renamed, so a half-written copy is never listed as a backup. Failures are logged,
   * never shown: the copy is a safety net, not something the person asked for. A team database has no
   * folder to put one in: its server is backed up by IT.
   */
  async takeAutomaticBackup(): Promise<string | null> {
    const conn = this.conn;
    if (!conn || !this.current.ok || conn.engine !== 'sqlite') return null;
    const path = this.current.path;
    const folder = dirname(path);
    const name = basename(path);
    const target = join(folder, automaticBackupName(name, todayIso(this.now())));
    try {
      if (await exists(target)) return null;
      const partial = `${target}.partial`;
      await rm(partial, { force: true });
      await backupDatabase(conn, partial);
      await rename(partial, target);
      const keep = this.options.keepAutomaticBackups ?? 3;
      for (const old of automaticBackupsToPrune(name, await readdir(folder), keep)) await rm(join(folder, old), { force: true });
      this.log(`Automatic backup written to ${target}`);
      return target;
    } catch (err) {
      this.log(`Automatic backup failed: ${err instanceof Error ? err.message : String(err)}`);
      return null;
    }
  }

  /**
   * What the database in use is, for the file its unsaved drafts are kept in (drafts-store.ts): a local
   * file's own identity (migration 006, so a copied or moved file keeps its drafts and a new copy does
   * not share them), a team database's server and database. Null when none is open.
   */
  async draftsIdentity(): Promise<string | null> {
    const conn = this.conn;
    if (!conn || !this.current.ok) return null;
    if (conn.engine === 'postgres') {
      const { host, port, database } = (conn as PostgresDatabase).address;
      return `team:${host}:${port}/${database}`;
    }
    const row = await conn.read((q) => q.get<{ identity: string }>('SELECT identity FROM database_identity WHERE id = 1'));
    return row ? `file:${row.identity}` : null;
  }

  /** Closes the database and removes the private copies of attachments opened in this session. */
  async close(): Promise<void> {
    const conn = this.conn;
    this.conn = null;
    if (conn) await conn.close().catch(() => undefined);
    await this.privateCopies.clear().catch(() => undefined);
  }

  private log(message: string): void {
    this.options.log?.(message);
  }
}
