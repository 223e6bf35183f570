// Composition root: wires the window, the app:// protocol, the hardening, the IPC channels, the menu and
// the database together. Each part lives in its own module; the rules they follow are in policy.ts.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, Menu, safeStorage, session, type BrowserWindow } from 'electron';
import type { StartupState } from '../../src/shared/bridge';
import { CHANNELS } from '../channels';
import { CredentialStore, addressKey } from './credentials';
import { buildDocxInWorker } from './document-builder';
import { DatabaseHost } from './database';
import { chooseDatabaseFile, showAbout, showCannotOpen, showLegacyMove, warnNetworkLocation } from './dialogs';
import { describeLegacyMove, legacyDatabasePaths, moveLegacyDatabase } from './legacy-location';
import { registerIpc } from './ipc';
import { DraftsStore, draftsChannels } from './drafts-store';
import { reloadPageWhenItDies } from './page-crash';
import { buildMenu } from './menu';
import { APP_ENTRY_URL, chooseDatabasePath, defaultDatabaseFolder, devContentSecurityPolicy, shellMode } from './policy';
import { registerAppScheme, serveRenderer } from './protocol';
import { RecentFiles } from './recent';
import { hardenSession, hardenWebContents } from './security';
import { TeamConnections } from './team-connections';
import { teamAddressOfRecent } from '../../src/shared/team-connection';
import { LEAVE, STAYED_WITH_UNSAVED_TEXT, UnloadGuard } from './unload-guard';
import { createMainWindow } from './window';

const here = dirname(fileURLToPath(import.meta.url));
const preloadPath = join(here, '../preload/index.cjs');
const rendererDir = join(here, '../renderer');
// Development is said explicitly (see shellMode): built by `npm run dev` and not packaged.
const mode = shellMode({ developmentBuild: __SEF_DEVELOPMENT_BUILD__, isPackaged: app.isPackaged, env: process.env });
const devServerUrl = mode.rendererUrl;
const log = (message: string) => console.log(`[sef-studio] ${message}`);

// A separate user data folder (tests, or a second profile) also gives a separate single-instance lock.
if (process.env.SEF_STUDIO_USER_DATA) app.setPath('userData', process.env.SEF_STUDIO_USER_DATA);
registerAppScheme();

let mainWindow: BrowserWindow | null = null;

// UK dates in date pickers and number formats, whatever the machine's locale.
app.commandLine.appendSwitch('lang', 'en-GB');

if (!app.requestSingleInstanceLock()) {
  log('SEF Studio is already running; handing over to it.');
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, log));
  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      console.error(err);
      dialog.showErrorBox('SEF Studio could not start', err instanceof Error ? err.message : String(err));
      app.exit(1);
    });
}

async function start(): Promise<void> {
  const ses = session.defaultSession;
  hardenSession(ses, log, { platform: process.platform, devServerUrl });
  serveRenderer(ses, rendererDir, log);
  if (devServerUrl) {
    const csp = devContentSecurityPolicy(devServerUrl);
    ses.webRequest.onHeadersReceived({ urls: [`${new URL(devServerUrl).origin}/*`] }, (details, callback) =>
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } }),
    );
  }

  const defaultFolder = defaultDatabaseFolder(process.platform, process.env, app.getPath('userData'));
  const chosen = chooseDatabasePath(process.argv, process.env, defaultFolder);
  // Earlier versions kept the default database in the roaming profile; it comes to this computer's disk now.
  const legacyMove = chosen.source === 'default' ? await moveLegacyDatabase(chosen.path, legacyDatabasePaths(process.platform, process.env)).catch((err: unknown) => {
    log(`Moving the database from the roaming profile: ${String(err)}`);
    return null;
  }) : null;
  if (legacyMove) log(describeLegacyMove(legacyMove));
  const choice = legacyMove?.kind === 'in_use' ? { path: legacyMove.from, source: chosen.source } : chosen;
  log(`Database (${choice.source}): ${choice.path}`);
  const database = new DatabaseHost(choice.path, { appVersion: app.getVersion(), log, documentBuilder: buildDocxInWorker });
  // Copies of attachments a crash left behind are removed now; the rest go when the app quits.
  void database.privateCopies.prepare().catch((err: unknown) => log(`Private folder for opened attachments: ${String(err)}`));
  database.onChange((event) => mainWindow?.webContents.send(CHANNELS.changed, event));
  database.onStatus((status) => mainWindow?.webContents.send(CHANNELS.connectionStatus, status));
  const recent = new RecentFiles(join(app.getPath('userData'), 'recent-files.json'));
  await recent.load();
  const credentials = new CredentialStore(join(app.getPath('userData'), 'team-connection.json'), safeStorage);
  const teams = new TeamConnections(database, credentials);
  // Back to the team database the app was on, unless a file was asked for. The window does not wait for it:
  // it shows at once that it is connecting, and if the server cannot be reached the file opens (see below).
  const reconnecting = choice.source === 'default' ? await teams.reconnectAtStartup() : null;
  if (!reconnecting) {
    const first = await database.open(choice.path, { createFolder: choice.source === 'default' });
    if (first.ok) await recent.add(first.path);
  }

  // The page's unsaved texts, kept on disk against a crash, in the file of the database the page is on.
  const drafts = new DraftsStore({ userData: app.getPath('userData'), log });
  const pageDrafts = draftsChannels(drafts, () => database.draftsIdentity());
  // Asks before the window closes on text not saved yet (the page's own "stay" shows nothing in Electron).
  // "Leave without saving" is the person's word that the unsaved text may go: the kept copy goes too.
  const unloadGuard = new UnloadGuard(
    (question) => (mainWindow ? dialog.showMessageBoxSync(mainWindow, question) : LEAVE),
    () => pageDrafts.left(),
  );

  const refreshMenu = () => {
    Menu.setApplicationMenu(
      buildMenu({
        recent: recent.items,
        isMac: process.platform === 'darwin',
        devTools: mode.devTools,
        onTeamDatabase: database.onTeamDatabase,
        actions: {
          send: (command) => mainWindow?.webContents.send(CHANNELS.menuCommand, command),
          openDatabase: () => void pickAndOpen(false),
          newDatabase: () => void pickAndOpen(true),
          openRecent: (path) => void switchFromMenu(path),
          clearRecent: () => void recent.clear().then(refreshMenu),
          connectTeam: () => mainWindow?.webContents.send(CHANNELS.menuCommand, 'connect-team'),
          workLocally: () => void workLocally(),
          about: () => void (mainWindow && showAbout(mainWindow, database.path)),
        },
      }),
    );
  };

  /** Opens another database; on success the page starts afresh on it. */
  const openAndRemember = async (path: string, create: boolean): Promise<StartupState> => {
    const state = await database.open(path, { createFolder: create });
    if (state.ok) {
      await credentials.setActive(false);
      if (mainWindow) void warnNetworkLocation(mainWindow, state.path, log);
      app.addRecentDocument(path);
      await recent.add(path);
      refreshMenu();
      void database.takeAutomaticBackup();
    }
    return state;
  };

  /** After switching to or from a team database: the recent list and menu follow, and the page starts afresh. */
  const switched = async (where: string, reload: boolean) => {
    await recent.add(where);
    refreshMenu();
    if (reload) replacePage();
  };

  /** The page starts afresh on the database now in use; asked about already (confirmLeave), it is not asked again. */
  const replacePage = () => {
    if (!mainWindow) return;
    unloadGuard.replacingPage();
    mainWindow.webContents.reload();
  };

  const workLocally = async () => {
    if (!unloadGuard.confirmLeave()) return;
    const state = await teams.workLocally();
    if (state.ok) await switched(state.path, true);
    else notSwitched(() => mainWindow && showCannotOpen(mainWindow, state.path, state.error.message));
  };

  // From the menu: the page would be replaced, so unsaved text is asked about before anything changes.
  const switchFromMenu = async (path: string, create = false) => {
    if (!unloadGuard.confirmLeave()) return;
    const team = teamAddressOfRecent(path);
    if (team) {
      const outcome = await teams.reconnectTo(team);
      if (outcome === 'ask') {
        // The page asks for the password, then connects: the person has answered the question already,
        // and the page stays until it has connected (the password may never come).
        unloadGuard.leaveAgreedFor(addressKey(team));
        pageDrafts.stayed();
        mainWindow?.webContents.send(CHANNELS.menuCommand, 'connect-team');
      }
      else if (outcome.ok) await switched(path, true);
      else notSwitched(() => showTeamProblem(path, outcome.error.message));
      return;
    }
    const wasOpen = database.state.ok;
    const state = await openAndRemember(path, create);
    if (state.ok || !wasOpen) replacePage();
    else notSwitched(() => mainWindow && showCannotOpen(mainWindow, path, state.error.message));
  };

  /** A switch the person may have left their unsaved text for did not happen: the page, and its kept texts, stay. */
  const notSwitched = (explain: () => unknown) => {
    pageDrafts.stayed();
    explain();
  };

  const pickAndOpen = async (create: boolean) => {
    if (!mainWindow) return;
    const path = await chooseDatabaseFile(mainWindow, create);
    if (path) await switchFromMenu(path, create);
  };

  const showTeamProblem = (where: string, message: string) => {
    if (mainWindow)
      void dialog.showMessageBox(mainWindow, { type: 'warning', title: 'Not connected', message: `The ${where} was not opened`, detail: message, buttons: ['Close'] });
  };

  registerIpc({
    window: () => mainWindow,
    tellUnsavedText: (payload) => unloadGuard.tell(payload),
    drafts: pageDrafts,
    team: {
      choices: () => teams.choices(),
      // The renderer reloads itself once it has said what happened; here the recent list and menu follow.
      // That reload replaces the page under any unsaved text, so the person is asked before connecting,
      // and once connected the reload is let through (staying would leave the old pack over the new database).
      connect: async (request) => {
        if (!unloadGuard.confirmLeave(addressKey(request))) return STAYED_WITH_UNSAVED_TEXT;
        const outcome = await teams.connect(request);
        if (outcome.ok) {
          unloadGuard.replacingPage();
          await switched(outcome.where, false);
        } else pageDrafts.stayed();
        return outcome;
      },
      chooseCertificateAuthority: (path) => teams.chooseCertificateAuthority(path),
    },
    database,
    devServerUrl,
    log,
    startupSettled: () => teams.startupSettled(),
    // From the start-up screen while it is still connecting: the page moves on with the state, no reload.
    workOnLocalFile: async () => {
      const state = await teams.workLocally();
      if (state.ok) await switched(state.path, false);
      return state;
    },
    chooseDatabase: async (create) => {
      if (!mainWindow) return null;
      const path = await chooseDatabaseFile(mainWindow, create);
      return path ? openAndRemember(path, create) : null;
    },
    restoreBackup: async (name) => {
      const state = await database.restoreBackup(name);
      if (state.ok) {
        await recent.add(state.path);
        refreshMenu();
      }
      return state;
    },
  });

  refreshMenu();
  mainWindow = createMainWindow({ preloadPath, allowDevTools: mode.devTools });
  unloadGuard.watch(mainWindow.webContents);
  reloadPageWhenItDies(mainWindow.webContents, {
    log,
    reload: () => {
      // A crash is not a leave: whatever the page was switching for, its texts are offered back.
      pageDrafts.stayed();
      replacePage();
    },
    gaveUp: () => {
      if (mainWindow)
        void dialog.showMessageBox(mainWindow, {
          type: 'error',
          title: 'SEF Studio stopped working',
          message: 'The window stopped working several times in a minute.',
          detail: 'Your saved work is in the database, and text not saved yet is kept: quit SEF Studio and start it again, and it is offered back. If this keeps happening, tell your IT service desk.',
          buttons: ['Quit SEF Studio'],
        }).then(() => app.quit());
    },
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  mainWindow.webContents.once('did-finish-load', () => {
    if (mainWindow && !reconnecting && database.state.ok) void warnNetworkLocation(mainWindow, database.state.path, log);
    if (mainWindow && legacyMove) void showLegacyMove(mainWindow, describeLegacyMove(legacyMove));
    setTimeout(() => void database.takeAutomaticBackup(), 5_000);
  });
  // Registered once the window exists, so a server that refuses at once is still told to it.
  void reconnecting?.outcome.then(async (outcome) => {
    if ('superseded' in outcome) return; // the person chose another database meanwhile, and that is in use
    if (database.state.ok) await switched(database.state.path, false);
    if (outcome.ok) return;
    showTeamProblem(outcome.where, `${outcome.error.message} SEF Studio opened your local file instead; use File > Connect to a team database… to try again.`);
    if (mainWindow && outcome.local.ok) void warnNetworkLocation(mainWindow, outcome.local.path, log);
  });

  let closing = false;
  app.on('will-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    // The last unsaved texts are written before quitting, so a quit between two writes keeps them.
    void pageDrafts
      .quitting()
      .then(() => database.close())
      .finally(() => app.quit());
  });

  await mainWindow.loadURL(devServerUrl ?? APP_ENTRY_URL).catch((err: unknown) => log(`The page did not load: ${String(err)}`));
}

app.on('window-all-closed', () => app.quit());
