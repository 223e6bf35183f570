// The desktop app end to end: launches the built app (out/main) with a temporary database and checks the
// hardening a reviewer would ask about. Needs Electron's binary, which machines that install with
// ELECTRON_SKIP_BINARY_DOWNLOAD=1 (this project's CI) do not have; there the suite is skipped.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/policy';
import type { SefBridge } from '../../src/shared/bridge';
import { electronProgram } from '../../scripts/electron-program.mjs';

const MAIN_ENTRY = fileURLToPath(new URL('../../out/main/index.js', import.meta.url));

// Found without requiring 'electron', which would try to download a missing program (scripts/electron-program.mjs).
const binary = electronProgram();
const SKIP_REASON =
  "Electron's binary is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD); run npm install on a machine with network access to run this suite";

interface Launched {
  app: ElectronApplication;
  page: Page;
  dir: string;
  dbPath: string;
}

type Sef = { sef: SefBridge };

async function launch(prepare?: (dbPath: string) => Promise<void>): Promise<Launched> {
  if (!existsSync(MAIN_ENTRY)) throw new Error(`${MAIN_ENTRY} is missing. Run "npm run build" first.`);
  const dir = await mkdtemp(join(tmpdir(), 'sef-electron-'));
  const dbPath = join(dir, 'sef-studio.sqlite');
  if (prepare) await prepare(dbPath);
  const chromiumSwitches: string[] = [];
  // Chromium will not start its sandbox as root (containers); a headless Linux machine has no display.
  if (process.getuid?.() === 0) chromiumSwitches.push('--no-sandbox');
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) chromiumSwitches.push('--ozone-platform=headless');
  const app = await _electron.launch({
    executablePath: binary!,
    args: [...chromiumSwitches, MAIN_ENTRY, '--db', dbPath],
    env: { ...process.env, SEF_STUDIO_USER_DATA: join(dir, 'user-data'), ELECTRON_ENABLE_LOGGING: '1' } as Record<string, string>,
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('load');
  return { app, page, dir, dbPath };
}

const test = base.extend<{ launched: Launched }>({
  // eslint-disable-next-line no-empty-pattern
  launched: async ({}, use) => {
    const launched = await launch();
    await use(launched);
    await launched.app.close();
    await rm(launched.dir, { recursive: true, force: true });
  },
});

test.skip(!binary, SKIP_REASON);
// The list reporter does not print skip reasons; say it once where CI logs will show it.
if (!binary && process.env.TEST_WORKER_INDEX === undefined) console.log(`Electron end-to-end suite skipped: ${SKIP_REASON}.`);

test('the window is sandboxed, context-isolated and without Node', async ({ launched }) => {
  const prefs = await launched.app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> | null };
    const p = contents.getLastWebPreferences?.() ?? null;
    return p && { sandbox: p.sandbox, contextIsolation: p.contextIsolation, nodeIntegration: p.nodeIntegration, webSecurity: p.webSecurity, webviewTag: p.webviewTag };
  });
  expect(prefs).toEqual({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, webviewTag: false });

  const page = await launched.page.evaluate(() => {
    const w = window as unknown as Record<string, unknown> & Sef;
    return {
      url: location.href,
      require: typeof w.require,
      process: typeof w.process,
      module: typeof w.module,
      bridge: Object.keys(w.sef).sort(),
      frozen: Object.isFrozen(w.sef),
    };
  });
  expect(page).toMatchObject({ require: 'undefined', process: 'undefined', module: 'undefined', frozen: true });
  expect(page.url).toBe('app://sef-studio/index.html');
  expect(page.bridge).toEqual(
    [
      'chooseDatabase', 'chooseFiles', 'chooseSaveFile', 'dispatch', 'grantDroppedFile', 'onChange', 'onMenuCommand', 'openExternal', 'openFile',
      'restoreBackup', 'showFileInFolder', 'startupState', 'teamConnectionChoices', 'connectTeamDatabase', 'onConnectionStatus', 'chooseCertificateAuthority', 'startupSettled', 'workOnLocalFile', 'tellUnsavedText', 'keepDrafts', 'recoveredDrafts',
    ].sort(),
  );
});

test('the page talks to the core over the bridge, on the database given with --db', async ({ launched }) => {
  await expect(launched.page).toHaveTitle('SEF Studio');
  const seen = await launched.page.evaluate(async () => {
    const { sef } = window as unknown as Sef;
    return { startup: await sef.startupState(), unknown: await sef.dispatch('no.such.operation' as never, {} as never) };
  });
  expect(seen.startup).toEqual({ ok: true, path: launched.dbPath });
  expect(seen.unknown).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
  const refused = await launched.page.evaluate(() =>
    (window as unknown as Sef).sef.openExternal('file:///etc/passwd').then(
      () => 'opened',
      () => 'refused',
    ),
  );
  expect(refused).toBe('refused');
});

test('navigation away from the app and new windows are refused', async ({ launched }) => {
  const { app, page } = launched;
  await app.evaluate(({ BrowserWindow }) => {
    const g = globalThis as unknown as { seenWillNavigate: string[] };
    g.seenWillNavigate = [];
    BrowserWindow.getAllWindows()[0]!.webContents.on('will-navigate', (_event, url) => g.seenWillNavigate.push(url));
  });
  await page.evaluate(() => {
    location.href = 'https://example.com/';
  });
  await expect
    .poll(() => app.evaluate(() => (globalThis as unknown as { seenWillNavigate: string[] }).seenWillNavigate))
    .toContain('https://example.com/');
  // The navigation was prevented: the same document is still there and answers.
  expect(await page.evaluate(() => location.href)).toBe('app://sef-studio/index.html');

  const opened = await page.evaluate(() => window.open('https://example.com/') === null);
  expect(opened).toBe(true);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  expect(app.windows()).toHaveLength(1);
});

test('a page whose process dies is loaded again, and the text it had not saved is offered back', async ({ launched }) => {
  const { app, page } = launched;
  // The page has asked for its recovered texts on opening; now it keeps one it has not saved.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() =>
    (window as unknown as Sef).sef.keepDrafts([
      { key: 'narrative:area-x/strengths', doc: { type: 'doc', blocks: [] }, baseVersion: 1, place: 'Help and protection – Strengths' },
    ]),
  );
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.forcefullyCrashRenderer());
  // Read from the main process: the Page object Playwright had went with the dead renderer.
  const bodyText = () =>
    app.evaluate(async ({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents;
      return contents.isCrashed() || contents.isLoading() ? '' : ((await contents.executeJavaScript('document.body.innerText')) as string);
    });
  await expect.poll(bodyText, { timeout: 20_000 }).toContain('Help and protection – Strengths');
});

test('the app:// protocol sends the Content Security Policy and serves nothing outside the renderer', async ({ launched }) => {
  const responses = await launched.app.evaluate(async ({ session }) => {
    const get = async (url: string) => {
      const r = await session.defaultSession.fetch(url);
      return { status: r.status, csp: r.headers.get('content-security-policy') };
    };
    return {
      index: await get('app://sef-studio/index.html'),
      traversal: await get('app://sef-studio/..%2f..%2fmain%2findex.js'),
      otherHost: await get('app://elsewhere/index.html'),
    };
  });
  expect(responses.index).toEqual({ status: 200, csp: CONTENT_SECURITY_POLICY });
  expect(responses.traversal.status).toBe(404);
  expect(responses.otherHost.status).toBe(404);
});

test('a damaged database does not crash the app: the page is told why and what backups there are', async () => {
  const launched = await launch(async (dbPath) => {
    await writeFile(dbPath, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(8192, 0x5a)]));
  });
  try {
    await expect(launched.page).toHaveTitle('SEF Studio');
    const state = await launched.page.evaluate(() => (window as unknown as Sef).sef.startupState());
    expect(state).toMatchObject({ ok: false, path: launched.dbPath, error: { code: 'database_corrupt' }, backups: [] });
  } finally {
    await launched.app.close();
    await rm(launched.dir, { recursive: true, force: true });
  }
});
