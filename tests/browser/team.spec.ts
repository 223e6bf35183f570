// Two people, two pages, one team database on a real PostgreSQL server: Dana renames the pack in her
// window, and Quinn's window, open on the same pack, shows the new title without reloading. Each page has
// its own login and its own connection, behind the same bridge the desktop app gives the renderer; the
// news travels as the desktop app's does, by LISTEN/NOTIFY to the other app, then as a change event to
// its renderer.
import { test, expect, type Page } from '@playwright/test';
import { coreContext, type CoreContext } from '../../src/core/context';
import { openTeamDatabase, type PostgresDatabase } from '../../src/core/db/postgres';
import { call, dispatch } from '../../src/core/dispatch';
import { addMember, initTeamDatabase } from '../../src/core/team/admin';
import { BRIDGE_KEY } from '../../src/shared/bridge';
import { findPostgres, startCluster, type Cluster } from '../support/postgres-cluster';
import { memberUrl, PASSWORD } from '../support/team-logins';
import { CSP_BINDING, DISPATCH_BINDING, HOST_BINDING, PAGE_HOOKS, installPageBridge, type PageHooks } from './page-bridge';
import { serveRenderer, type RendererServer } from './server';

const postgres = findPostgres();
test.skip('missing' in postgres, 'missing' in postgres ? postgres.missing : '');

let cluster: Cluster;
let server: RendererServer;
const opened: PostgresDatabase[] = [];

test.beforeAll(async () => {
  if (!('bin' in postgres)) return;
  cluster = await startCluster(postgres.bin);
  await initTeamDatabase(cluster.adminUrl);
  await addMember(cluster.adminUrl, { login: 'dana', role: 'director', password: PASSWORD, displayName: 'Dana Director' });
  await addMember(cluster.adminUrl, { login: 'quinn', role: 'quality_lead', password: PASSWORD, displayName: 'Quinn Quality' });
  server = await serveRenderer();
});
test.afterAll(async () => {
  for (const db of opened) await db.close().catch(() => undefined);
  await server?.close();
  cluster?.stop();
});

/** A page whose bridge talks to the team database as `login`, told of other people's changes. */
async function pageAs(page: Page, login: string): Promise<CoreContext> {
  const db = await openTeamDatabase(memberUrl(cluster.adminUrl, login));
  opened.push(db);
  const ctx = coreContext({ db, appVersion: '0.0.0-test' });
  await page.exposeFunction(DISPATCH_BINDING, (op: unknown, input: unknown) => dispatch(ctx, op, input));
  await page.exposeFunction(HOST_BINDING, async (method: string) => {
    if (method === 'startupState') return { ok: true, path: db.path };
    throw new Error(`This test's host has no ${method}.`);
  });
  await page.exposeFunction(CSP_BINDING, (text: string) => {
    throw new Error(`Content Security Policy violation: ${text}`);
  });
  await db.listen((event) => {
    void page
      .evaluate(([key, e]) => (window as unknown as Record<string, PageHooks>)[key]?.changed(e), [PAGE_HOOKS, event] as const)
      .catch(() => undefined);
  });
  await page.addInitScript(installPageBridge, { dispatch: DISPATCH_BINDING, host: HOST_BINDING, csp: CSP_BINDING, hooks: PAGE_HOOKS, bridgeKey: BRIDGE_KEY });
  return ctx;
}

test('one person renames the pack, and the other’s window shows it without reloading', async ({ browser }) => {
  const [danaWindow, quinnWindow] = [await browser.newContext(), await browser.newContext()];
  const [danaPage, quinnPage] = [await danaWindow.newPage(), await quinnWindow.newPage()];
  const dana = await pageAs(danaPage, 'dana');
  await pageAs(quinnPage, 'quinn');
  const pack = await call(dana, 'packs.create', { title: 'Northmoor self-evaluation 2026–27', frameworkId: 'ilacs-2023', period: '2026–27', asAt: '2026-11-23' });

  for (const page of [danaPage, quinnPage]) {
    await page.goto(server.origin);
    await page.getByRole('link', { name: pack.title, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: pack.title })).toBeVisible();
  }

  await danaPage.getByRole('tab', { name: 'Pack details' }).click();
  await danaPage.getByLabel('Title', { exact: true }).fill('Northmoor self-evaluation for the annual engagement meeting');
  await danaPage.getByLabel('Title', { exact: true }).blur();

  await expect(quinnPage.getByRole('heading', { level: 1, name: 'Northmoor self-evaluation for the annual engagement meeting' })).toBeVisible({
    timeout: 20_000,
  });
  const history = await call(dana, 'audit.list', { packId: pack.id, limit: 1 });
  expect(history[0]).toMatchObject({ actor: 'Dana Director', login: 'dana', action: 'Changed title' });
  await danaWindow.close();
  await quinnWindow.close();
});
