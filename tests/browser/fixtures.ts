// The browser test host. Each test gets a temporary folder with a real SQLite file behind the same
// DatabaseHost the desktop app uses, the built renderer served over http with the production Content
// Security Policy, and window.sef installed as a SefBridge whose calls come back here. The renderer cannot
// tell this host from Electron's.
//
//   import { test, expect } from './fixtures';
//   test.use({ demo: true });                       // fill the database with `sef demo` data
//   test('…', async ({ page, host }) => {
//     host.queueChosenFiles(['/path/to/file.pdf']);  // the next "choose files" dialog returns this
//     await host.open();                             // load the app
//     expect(host.calls.openPath).toEqual([…]);      // what the page asked the shell to open
//   });
//
// Any Content Security Policy violation fails the test: the desktop app would have broken the same way. So does
// any answer from the core that its own output schema refuses: the contract holds in both directions.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import sqlite3 from 'sqlite3';
import type { CoreContext } from '../../src/core/context';
import { workerDocumentBuilder } from '../support/export-worker';
import { closeRaw, openRaw } from '../../src/core/db/connection';
import { LATEST_SCHEMA_VERSION } from '../../src/core/db/migrations';
import { APPLICATION_ID, openDatabase } from '../../src/core/db/open';
import { populateDemo } from '../../src/core/demo/index';
import { dispatch } from '../../src/core/dispatch';
import { api, isOpName, type OpInput, type OpName, type OpOutput } from '../../src/shared/api';
import { describeIssues } from '../../src/shared/framework';
import type { ChangeEvent } from '../../src/shared/events';
import { BRIDGE_KEY, type FileFilter, type MenuCommand, type StartupState } from '../../src/shared/bridge';
import type { ChosenFile, FilePurpose } from '../../src/shared/files';
import { DatabaseHost } from '../../electron/main/database';
import { PrivateCopies } from '../../src/core/files/private-copies';
import { isSafeExternalUrl } from '../../electron/main/policy';
import { CredentialStore } from '../../electron/main/credentials';
import { parseConnectRequest, TeamConnections } from '../../electron/main/team-connections';
import { UnsavedTextSchema } from '../../electron/main/unload-guard';
import { DraftsStore, draftsChannels } from '../../electron/main/drafts-store';
import { testCipher } from '../support/test-cipher';
import { CSP_BINDING, DISPATCH_BINDING, HOST_BINDING, PAGE_HOOKS, installPageBridge, type PageHooks } from './page-bridge';
import { serveRenderer, type RendererServer } from './server';

export { expect };

/** 23 November 2026, 10:00 UTC: the core's clock and the page's, so dates on screen are stable. */
export const FIXED_NOW = new Date('2026-11-23T10:00:00Z');

export interface ChooseFilesRequest {
  title: string;
  purpose: FilePurpose;
  filters?: FileFilter[];
  multiple?: boolean;
}
export interface ChooseSaveFileRequest {
  title: string;
  purpose: FilePurpose;
  defaultName: string;
  filters?: FileFilter[];
}

export interface BrowserHost {
  /** The test's temporary folder (removed afterwards); write files to attach or export into here. */
  readonly dir: string;
  /** The SQLite file behind the bridge. */
  readonly dbPath: string;
  /** The core context, to seed or inspect data directly. Throws if the database did not open. */
  readonly ctx: CoreContext;
  /** What the page would get from startupState(). */
  readonly startup: StartupState;
  /** Calls the core as the page would, and returns the value or throws with the error message. */
  call<N extends OpName>(op: N, input: OpInput<N>): Promise<OpOutput<N>>;
  /** Loads the app (path relative to the renderer, '/' by default) and waits for it to start. */
  open(path?: string): Promise<void>;
  /** The next chooseFiles() picks these paths ([] is a cancelled dialog); the page gets grants for them. */
  queueChosenFiles(paths: string[]): void;
  /** The next chooseSaveFile() picks this path (null is a cancelled dialog); the page gets a grant. */
  queueSavePath(path: string | null): void;
  /** The next chooseDatabase() picks this file (null is a cancelled dialog). */
  queueDatabasePath(path: string | null): void;
  /** The next chooseCertificateAuthority() picks this file (null is a cancelled dialog); the host checks and holds it. */
  queueCertificateAuthority(path: string | null): void;
  /** A File called `name` dropped on the page is the file at `path` (Electron's preload knows this). */
  mapDroppedFile(name: string, path: string): void;
  /** Grants a path for a purpose, as a host's dialog would, for tests that call the core directly. */
  grant(path: string, purpose: FilePurpose): string;
  /** As if chosen from the native menu; resolves to how many listeners the page had registered. */
  sendMenuCommand(command: MenuCommand): Promise<number>;
  /** What the page asked the host to do, in order. */
  readonly calls: {
    chooseFiles: ChooseFilesRequest[];
    chooseSaveFile: ChooseSaveFileRequest[];
    /** The files the host opened (shell.openPath), as paths. */
    openPath: string[];
    /** The files the host showed in their folder, as paths. */
    showInFolder: string[];
    openExternal: string[];
    /** openExternal calls the desktop app would refuse (not https). */
    refusedExternal: string[];
    /** What the page told the host about text not saved yet, in order (for the question on closing). */
    unsavedText: unknown[];
  };
  /** The desktop app's store of unsaved texts, in this test's folder: it outlives a reload of the page, as the main process does. */
  readonly drafts: DraftsStore;
  readonly cspViolations: string[];
  /** For tests that break the policy on purpose: the fixture then does not fail the test for it. */
  allowCspViolations(): void;
  readonly pageErrors: string[];
  /** The host's database, to switch or watch as the desktop app's main process does. */
  readonly database: DatabaseHost;
  /** Team connections as the desktop app makes them, with passwords kept by a real cipher in the test folder. */
  readonly teams: TeamConnections;
  /** Where `teams` keeps the last team database (to set up a start-up that goes back to it). */
  readonly credentials: CredentialStore;
  /** What the page asked to connect to, with the password replaced by its length (to prove it arrived). */
  readonly connectRequests: unknown[];
  /** From now on the core's answers to `op` reach the page `ms` late (the work itself is done at once), as from a busy machine. */
  answerLate(op: OpName, ms: number): void;
  /**
   * From now on the core's change events wait before reaching the page, as a team database's
   * notifications can lag behind a save; the returned function delivers them, in order, and stops waiting.
   */
  holdChangeEvents(): () => Promise<void>;
}

interface Options {
  /** Fill the database with the demo data (`sef demo`) before the test. */
  demo: boolean;
  /**
   * What file the host starts with: a new database ('empty', the default), or one it cannot open, to
   * test the start-up screen: 'damaged' (with a good automatic backup beside it), 'damaged-no-backup',
   * 'newer' (made by a later version) or 'foreign' (another program's SQLite file).
   */
  database: StartingDatabase;
  /** Freeze the page's clock at FIXED_NOW (timers still run). */
  fixedClock: boolean;
  /** Whether the computer can keep a password encrypted (false: Linux without a keyring). */
  keyring: boolean;
  /**
   * Whether the host opens its file before the test (true, the default). False leaves the start-up to
   * the test, as the desktop app's main process does it (teams.reconnectAtStartup(), or database.open()).
   */
  openAtStart: boolean;
}

export type StartingDatabase = 'empty' | 'damaged' | 'damaged-no-backup' | 'newer' | 'foreign';

async function rawSql(path: string, sql: string): Promise<void> {
  const db = await openRaw(path, sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE);
  await new Promise<void>((resolve, reject) => db.exec(sql, (err) => (err ? reject(err) : resolve())));
  await closeRaw(db);
}

/** Puts the starting file in place before the host opens it. */
async function prepareDatabase(kind: StartingDatabase, path: string): Promise<void> {
  if (kind === 'empty') return;
  if (kind === 'damaged' || kind === 'damaged-no-backup') {
    if (kind === 'damaged') {
      const good = await openDatabase(`${path}.auto-2026-11-22.bak`);
      await good.close();
    }
    // A SQLite header followed by rubbish: recognisably SQLite, unreadable.
    await writeFile(path, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(8192, 0x5a)]));
  } else if (kind === 'newer') {
    await rawSql(path, `PRAGMA application_id = ${APPLICATION_ID}; CREATE TABLE later (a); PRAGMA user_version = ${LATEST_SCHEMA_VERSION + 1};`);
  } else {
    await rawSql(path, 'CREATE TABLE contacts (name TEXT, phone TEXT);');
  }
}

export const test = base.extend<Options & { host: BrowserHost }, { rendererServer: RendererServer }>({
  demo: [false, { option: true }],
  database: ['empty', { option: true }],
  fixedClock: [true, { option: true }],
  keyring: [true, { option: true }],
  openAtStart: [true, { option: true }],

  rendererServer: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await serveRenderer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  baseURL: async ({ rendererServer }, use) => use(rendererServer.origin),

  host: async ({ page, demo, database: startWith, fixedClock, keyring, openAtStart, rendererServer }, use, testInfo) => {
    const dir = await mkdtemp(join(tmpdir(), 'sef-browser-'));
    const dbPath = join(dir, 'sef-studio.sqlite');
    await prepareDatabase(startWith, dbPath);
    const database = new DatabaseHost(dbPath, {
      // Each test's own private folder: workers run side by side, and closing clears the folder.
      privateCopies: new PrivateCopies(join(dir, 'private-copies')),
      appVersion: '0.0.0-test',
      now: () => FIXED_NOW,
      // As in the desktop app: documents are built off the main thread, so the page stays live meanwhile.
      documentBuilder: workerDocumentBuilder,
    });
    if (openAtStart) await database.open(dbPath);
    if (demo) {
      const ctx = database.context;
      if (!ctx) throw new Error(`The demo data needs a database that opens; this one did not (database: '${startWith}').`);
      await populateDemo(ctx).catch(async (err: unknown) => {
        await database.close();
        await rm(dir, { recursive: true, force: true });
        throw err;
      });
    }

    const credentials = new CredentialStore(join(dir, 'team-connection.json'), testCipher({ available: keyring }));
    const teams = new TeamConnections(database, credentials);
    const connectRequests: unknown[] = [];
    const drafts = new DraftsStore({ userData: join(dir, 'user-data'), gapMs: 50 });
    const draftChannels = draftsChannels(drafts, () => database.draftsIdentity());
    const lateAnswers = new Map<string, number>();

    const queues = { files: [] as string[][], save: [] as (string | null)[], database: [] as (string | null)[], authority: [] as (string | null)[] };
    const calls: BrowserHost['calls'] = { chooseFiles: [], chooseSaveFile: [], openPath: [], showInFolder: [], openExternal: [], refusedExternal: [], unsavedText: [] };
    const dropped = new Map<string, string>();
    const granted = (path: string, purpose: FilePurpose): ChosenFile => ({ grant: database.files.grant(path, purpose), name: basename(path) });
    const opened = (opener: unknown, action: 'open' | 'reveal') => {
      const path = database.files.resolveOpener(opener, action);
      if (!path) throw new Error(action === 'open' ? 'SEF Studio only opens documents it wrote for you to open.' : 'SEF Studio only shows files it wrote.');
      return path;
    };
    const cspViolations: string[] = [];
    const pageErrors: string[] = [];
    let cspViolationsAllowed = false;

    const hostMethods: Record<string, (...args: unknown[]) => Promise<unknown>> = {
      chooseFiles: async (options) => {
        const request = options as ChooseFilesRequest;
        calls.chooseFiles.push(request);
        return (queues.files.shift() ?? []).map((path) => granted(path, request.purpose));
      },
      chooseSaveFile: async (options) => {
        const request = options as ChooseSaveFileRequest;
        calls.chooseSaveFile.push(request);
        const path = queues.save.length ? queues.save.shift()! : null;
        return path ? granted(path, request.purpose) : null;
      },
      grantDroppedFile: async (name) => {
        const path = dropped.get(String(name));
        return path ? granted(path, 'attach-evidence') : null;
      },
      openFile: async (opener) => void calls.openPath.push(opened(opener, 'open')),
      showFileInFolder: async (opener) => void calls.showInFolder.push(opened(opener, 'reveal')),
      openExternal: async (url) => {
        if (!isSafeExternalUrl(String(url))) {
          calls.refusedExternal.push(String(url));
          throw new Error('Only https links can be opened from SEF Studio.');
        }
        calls.openExternal.push(String(url));
      },
      startupState: async () => database.state,
      // As the desktop app's main process does, the count is checked before it is kept.
      tellUnsavedText: async (payload) => void calls.unsavedText.push(UnsavedTextSchema.parse(payload)),
      // As the desktop app's IPC handlers do: texts are checked, and the file follows from the database open.
      keepDrafts: async (payload) => draftChannels.keep(payload),
      recoveredDrafts: async () => draftChannels.recovered(),
      startupSettled: async () => teams.startupSettled(),
      workOnLocalFile: async () => teams.workLocally(),
      chooseDatabase: async () => {
        const path = queues.database.length ? queues.database.shift()! : null;
        return path ? database.open(path) : null;
      },
      restoreBackup: async (path) => database.restoreBackup(String(path)),
      teamConnectionChoices: async () => teams.choices(),
      // As the desktop app's IPC handler does: the payload is checked before anything is tried.
      connectTeamDatabase: async (payload) => {
        const { password, ...rest } = (payload ?? {}) as Record<string, unknown>;
        connectRequests.push({ ...rest, passwordLength: typeof password === 'string' ? password.length : null });
        const checked = parseConnectRequest(payload);
        return checked.ok ? teams.connect(checked.request) : checked;
      },
      // As the desktop app's main process does: its own dialog picks the file, and the page learns only its name.
      chooseCertificateAuthority: async () => {
        const path = queues.authority.shift() ?? null;
        return path ? teams.chooseCertificateAuthority(path) : null;
      },
    };

    // The contract in both directions: every answer the page gets must parse with its operation's output schema.
    const outputViolations: string[] = [];
    await page.exposeFunction(DISPATCH_BINDING, async (op: unknown, input: unknown) => {
      const result = await database.dispatch(op, input);
      const late = typeof op === 'string' ? lateAnswers.get(op) : undefined;
      if (late) await new Promise((resolve) => setTimeout(resolve, late));
      if (result.ok && isOpName(op)) {
        const parsed = api[op].output.safeParse(result.value);
        if (!parsed.success) outputViolations.push(`${op}: ${describeIssues(parsed.error, 5, 'the answer').join('; ')}`);
      }
      return result;
    });
    await page.exposeFunction(HOST_BINDING, (method: string, args: unknown[]) => {
      const fn = hostMethods[method];
      if (!fn) throw new Error(`The test host has no ${method}.`);
      return fn(...args);
    });
    // As the Electron host does: every committed change is told to the page (unless a test holds them back).
    const tellPage = (event: ChangeEvent) =>
      page.evaluate(([key, e]) => (window as unknown as Record<string, PageHooks>)[key]?.changed(e), [PAGE_HOOKS, event] as const).catch(() => undefined);
    let heldEvents: ChangeEvent[] | null = null;
    const stopForwarding = database.onChange((event) => {
      if (heldEvents) heldEvents.push(event);
      else void tellPage(event);
    });
    const stopStatus = database.onStatus((status) => {
      void page
        .evaluate(([key, s]) => (window as unknown as Record<string, PageHooks>)[key]?.connectionStatus(s), [PAGE_HOOKS, status] as const)
        .catch(() => undefined);
    });
    await page.exposeFunction(CSP_BINDING, (text: string) => void cspViolations.push(text));
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.addInitScript(installPageBridge, { dispatch: DISPATCH_BINDING, host: HOST_BINDING, csp: CSP_BINDING, hooks: PAGE_HOOKS, bridgeKey: BRIDGE_KEY });
    if (fixedClock) await page.clock.setFixedTime(FIXED_NOW);

    const host: BrowserHost = {
      dir,
      dbPath,
      get ctx() {
        const ctx = database.context;
        if (!ctx) throw new Error(`The test database did not open: ${database.state.ok ? '' : database.state.error.message}`);
        return ctx;
      },
      get startup() {
        return database.state;
      },
      async call(op, input) {
        const result = await dispatch(host.ctx, op, input);
        if (!result.ok) throw new Error(`${op} failed (${result.error.code}): ${result.error.message}`);
        return result.value as never;
      },
      async open(path = '/') {
        await page.goto(`${rendererServer.origin}${path}`);
        await page.waitForLoadState('load');
      },
      queueChosenFiles: (paths) => void queues.files.push(paths),
      queueSavePath: (path) => void queues.save.push(path),
      queueDatabasePath: (path) => void queues.database.push(path),
      queueCertificateAuthority: (path) => void queues.authority.push(path),
      mapDroppedFile: (name, path) => void dropped.set(name, path),
      grant: (path, purpose) => database.files.grant(path, purpose),
      sendMenuCommand: (command) =>
        page.evaluate(([key, c]) => (window as unknown as Record<string, PageHooks>)[key]!.menuCommand(c), [PAGE_HOOKS, command] as const),
      calls,
      cspViolations,
      allowCspViolations: () => {
        cspViolationsAllowed = true;
      },
      pageErrors,
      database,
      teams,
      credentials,
      connectRequests,
      drafts,
      answerLate: (op, ms) => void lateAnswers.set(op, ms),
      holdChangeEvents: () => {
        const held: ChangeEvent[] = (heldEvents ??= []);
        return async () => {
          if (heldEvents !== held) return;
          heldEvents = null;
          for (const event of held) await tellPage(event);
        };
      },
    };

    try {
      await use(host);
    } finally {
      if (pageErrors.length) await testInfo.attach('page-errors.txt', { body: pageErrors.join('\n'), contentType: 'text/plain' });
      // Close the page first so no late autosave reaches a closed database.
      stopForwarding();
      stopStatus();
      await page.close().catch(() => undefined);
      await drafts.flush();
      await database.close();
      await rm(dir, { recursive: true, force: true });
    }
    expect(outputViolations, 'The core answered the page with values its own output schemas refuse').toEqual([]);
    if (!cspViolationsAllowed) {
      const hint = cspViolations.some((v) => /blocked eval/.test(v))
        ? ' (an "eval" one at start-up is usually zod 4 probing for new Function: call z.config({ jitless: true }) in a module that the renderer entry imports first)'
        : '';
      expect(cspViolations, `The page broke the Content Security Policy; the desktop app would break the same way${hint}`).toEqual([]);
    }
  },
});

/** For tests that want a page already showing the app. */
export async function openApp(page: Page, host: BrowserHost): Promise<void> {
  await host.open();
  await expect(page).toHaveTitle('SEF Studio');
}
