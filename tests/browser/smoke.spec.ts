// The built renderer starts in Chromium behind the test host, under the production Content Security
// Policy, and shows the app. Assumes only what every version of the home screen has: the document title
// "SEF Studio" and some visible text (the screens themselves are tested by their own specs).
import { request } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/policy';
import type { SefBridge } from '../../src/shared/bridge';
import { expect, openApp, test } from './fixtures';

test('the app loads and shows its name', async ({ page, host }) => {
  await openApp(page, host);
  await expect(page.locator('#root')).not.toBeEmpty();
  await expect(page.locator('body')).toContainText(/\S/);
  await expect(page.getByText('SEF Studio').first()).toBeVisible();
  expect(host.pageErrors).toEqual([]);
});

test('the renderer is served with the same Content Security Policy as the desktop app', async ({ page, host }) => {
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  // Raw requests, not normalised by a browser: nothing outside out/renderer is served.
  for (const path of ['/../../package.json', '/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/electron/main/policy.ts', '/.gitignore'])
    expect(await rawStatus(new URL(page.url()).origin, path), path).toBe(404);
  expect(host.startup).toEqual({ ok: true, path: host.dbPath });
});

test.describe('the Content Security Policy in force', () => {
  // The page's real timers: a fake clock would run string timers itself, outside the page's policy.
  test.use({ fixedClock: false });

  test('blocks inline scripts, inline event handlers, eval and network calls', async ({ page, host }) => {
    host.allowCspViolations();
    await openApp(page, host);
    const outcome = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.appendChild(script);

      (setTimeout as unknown as (code: string, ms: number) => void)('window.__evalRan = true', 0);
      await new Promise((resolve) => setTimeout(resolve, 0)); // timers run in order: the string one came first

      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__handlerRan = true');
      const failed = new Promise((resolve) => img.addEventListener('error', resolve));
      img.src = '/no-such-image.png';
      document.body.appendChild(img);
      await failed;
      img.remove();

      const fetched = await fetch('/index.html').then(
        () => true,
        () => false,
      );
      return { inline: w.__inlineRan === true, evalRan: w.__evalRan === true, handler: w.__handlerRan === true, fetched };
    });
    expect(outcome).toEqual({ inline: false, evalRan: false, handler: false, fetched: false });
    for (const directive of ['script-src', 'script-src-attr', 'connect-src'])
      await expect.poll(() => host.cspViolations.some((v) => v.startsWith(`${directive} blocked`)), `a ${directive} violation is reported`).toBe(true);
  });
});

test('the page sees only the bridge: window.sef is frozen and talks to the real core', async ({ page, host }) => {
  await openApp(page, host);
  const seen = await page.evaluate(async () => {
    const w = window as unknown as Record<string, unknown> & { sef: SefBridge };
    const result = await w.sef.dispatch('no.such.operation' as never, {} as never);
    return {
      frozen: Object.isFrozen(w.sef),
      methods: Object.keys(w.sef).sort(),
      result,
      startup: await w.sef.startupState(),
      require: typeof w.require,
      process: typeof w.process,
    };
  });
  expect(seen.frozen).toBe(true);
  expect(seen.methods).toEqual(
    [
      'chooseDatabase', 'chooseFiles', 'chooseSaveFile', 'dispatch', 'grantDroppedFile', 'onChange', 'onMenuCommand',
      'openExternal', 'openFile', 'restoreBackup', 'showFileInFolder', 'startupState',
      'teamConnectionChoices', 'connectTeamDatabase', 'onConnectionStatus', 'chooseCertificateAuthority', 'startupSettled', 'workOnLocalFile', 'tellUnsavedText', 'keepDrafts', 'recoveredDrafts',
    ].sort(),
  );
  expect(seen.result).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
  expect(seen.startup).toEqual({ ok: true, path: host.dbPath });
  expect([seen.require, seen.process]).toEqual(['undefined', 'undefined']);
});

test('dialogs answer with grants, never paths, and the shell opens only what the core wrote', async ({ page, host }) => {
  await openApp(page, host);
  host.queueChosenFiles(['/tmp/a.pdf', '/tmp/b.docx']);
  host.queueSavePath('/tmp/pack.docx');
  const written = host.ctx.files.open('/tmp/pack.docx', true);
  const answers = await page.evaluate(async (opener) => {
    const sef = (window as unknown as { sef: SefBridge }).sef;
    const files = await sef.chooseFiles({ title: 'Attach files', purpose: 'attach-evidence', multiple: true });
    const none = await sef.chooseFiles({ title: 'Attach files', purpose: 'attach-evidence' });
    const save = await sef.chooseSaveFile({ title: 'Export', purpose: 'export-word', defaultName: 'pack.docx' });
    await sef.openFile(opener);
    await sef.showFileInFolder(opener);
    const byPath = await sef.openFile('/tmp/pack.docx').then(() => 'opened', () => 'refused');
    await sef.openExternal('https://www.gov.uk/');
    const refused = await sef.openExternal('http://example.com/').then(() => 'opened', () => 'refused');
    return { files, none, save, byPath, refused };
  }, written.opener);
  expect(answers.files.map((f) => f.name)).toEqual(['a.pdf', 'b.docx']);
  expect(JSON.stringify(answers)).not.toContain('/tmp/');
  expect(answers).toMatchObject({ none: [], save: { name: 'pack.docx' }, byPath: 'refused', refused: 'refused' });
  expect(host.calls).toMatchObject({
    chooseFiles: [{ title: 'Attach files', purpose: 'attach-evidence', multiple: true }, { title: 'Attach files' }],
    chooseSaveFile: [{ title: 'Export', purpose: 'export-word', defaultName: 'pack.docx' }],
    openPath: ['/tmp/pack.docx'],
    showInFolder: ['/tmp/pack.docx'],
    openExternal: ['https://www.gov.uk/'],
    refusedExternal: ['http://example.com/'],
  });
});

test.describe('a database that cannot be read', () => {
  test.use({ database: 'damaged' });

  test('is reported to the page as a start-up state, every operation says why, and a backup restores it', async ({ page, host }) => {
    await host.open();
    await expect(page).toHaveTitle('SEF Studio');
    const seen = await page.evaluate(async () => {
      const sef = (window as unknown as { sef: SefBridge }).sef;
      return { startup: await sef.startupState(), list: await sef.dispatch('packs.list', {}) };
    });
    const backup = 'sef-studio.sqlite.auto-2026-11-22.bak';
    expect(seen.startup).toMatchObject({ ok: false, path: host.dbPath, error: { code: 'database_corrupt' }, backups: [{ name: backup }] });
    expect(seen.list).toMatchObject({ ok: false, error: { code: 'database_corrupt' } });

    const restored = await page.evaluate(
      (name) => (window as unknown as { sef: SefBridge }).sef.restoreBackup(name),
      backup,
    );
    expect(restored).toEqual({ ok: true, path: host.dbPath });
  });
});

function rawStatus(origin: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}/`, { path, method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}
