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
import type { ChangeEvent } from '../../src/shared/events';
import { findPostgres, startCluster, type Cluster } from '../support/postgres-cluster';
import { memberUrl, PASSWORD } from '../support/team-logins';
import { CSP_BINDING, DISPATCH_BINDING, HOST_BINDING, PAGE_HOOKS, installPageBridge, type PageHooks } from './page-bridge';
import { serveRenderer, type RendererServer } from './server';
import { expectNoAxeViolations } from './axe';

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
  await addMember(cluster.adminUrl, { login: 'alex', role: 'author', password: PASSWORD, displayName: 'Alex Author' });
  await addMember(cluster.adminUrl, { login: 'rita', role: 'reader', password: PASSWORD, displayName: 'Rita Reader' });
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
  // The page hears of its own changes from its core, and of everyone else's from the server, as the desktop app does.
  const tell = (event: ChangeEvent) =>
    void page
      .evaluate(([key, e]) => (window as unknown as Record<string, PageHooks>)[key]?.changed(e), [PAGE_HOOKS, event] as const)
      .catch(() => undefined);
  const ctx = coreContext({ db, appVersion: '0.0.0-test', onChange: tell });
  await page.exposeFunction(DISPATCH_BINDING, (op: unknown, input: unknown) => dispatch(ctx, op, input));
  await page.exposeFunction(HOST_BINDING, async (method: string) => {
    if (method === 'startupState') return { ok: true, path: db.path };
    throw new Error(`This test's host has no ${method}.`);
  });
  await page.exposeFunction(CSP_BINDING, (text: string) => {
    throw new Error(`Content Security Policy violation: ${text}`);
  });
  await db.listen(tell);
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

/** A new pack made by Dana, with one area (help and protection) written by Alex and reviewed by Quinn. */
async function packWithAssignedArea(dana: CoreContext, title: string) {
  const pack = await call(dana, 'packs.create', { title, frameworkId: 'ilacs-2023', period: '2026–27', asAt: '2026-11-23' });
  const areas = (await call(dana, 'packs.get', { packId: pack.id })).areas;
  const area = areas.find((a) => a.areaKey === 'help-and-protection')!;
  const other = areas.find((a) => a.areaKey === 'children-in-care')!;
  await call(dana, 'assignments.set', { areaId: area.id, author: 'alex', reviewer: 'quinn' });
  return { pack, area, other };
}

async function openArea(page: Page, packTitle: string, areaTitle: string) {
  await page.goto(server.origin);
  await page.getByRole('link', { name: packTitle, exact: true }).click();
  await page.getByRole('link', { name: areaTitle, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: areaTitle })).toBeVisible();
}

test('each person sees the database and their role, and what their role cannot do is disabled with the reason', async ({ browser }) => {
  const windows = [await browser.newContext(), await browser.newContext(), await browser.newContext()];
  const [danaPage, alexPage, ritaPage] = await Promise.all(windows.map((w) => w.newPage()));
  const dana = await pageAs(danaPage!, 'dana');
  await pageAs(alexPage!, 'alex');
  await pageAs(ritaPage!, 'rita');
  const { pack, area, other } = await packWithAssignedArea(dana, 'Roles pack 2026–27');

  // A reader: the banner says so, and approval is disabled with the reason.
  await ritaPage!.goto(server.origin);
  await expect(ritaPage!.getByRole('banner')).toContainText(/Team database rita@.*Signed in as Rita Reader · reader/);
  await ritaPage!.getByRole('link', { name: pack.title, exact: true }).click();
  const approve = ritaPage!.getByRole('button', { name: 'Approve pack' });
  await expect(approve).toBeDisabled();
  await expect(approve).toHaveAccessibleDescription(/You are signed in as a reader: you can read and export, not change anything\./);
  await expectNoAxeViolations(ritaPage!);

  // An author: in their own area the narrative is theirs to write, but the grade is the leads'.
  await openArea(alexPage!, pack.title, area.title);
  await expect(alexPage!.getByRole('banner')).toContainText('Signed in as Alex Author · author');
  await expect(alexPage!.getByText(/The self-grade is set by the director or the quality lead/)).toBeVisible();
  for (const radio of await alexPage!.getByRole('group', { name: 'Grade', exact: true }).getByRole('radio').all()) await expect(radio).toBeDisabled();
  await expect(alexPage!.getByRole('button', { name: 'Submit for review' })).toBeEnabled();
  await expectNoAxeViolations(alexPage!);
  // In someone else's area, everything they could change is disabled, and the page says whose it is.
  await alexPage!.getByRole('link', { name: pack.title }).first().click();
  await alexPage!.getByRole('link', { name: other.title, exact: true }).first().click();
  await expect(alexPage!.getByText(/This area is not assigned to you\. As an author you write only the areas assigned to you/).first()).toBeVisible();
  await expect(alexPage!.getByRole('button', { name: 'Submit for review' })).toBeDisabled();
  for (const w of windows) await w.close();
});

test('review across two windows: the author submits, the reviewer is told and comments, the author answers and resolves', async ({ browser }) => {
  const windows = [await browser.newContext(), await browser.newContext()];
  const [alexPage, quinnPage] = await Promise.all(windows.map((w) => w.newPage()));
  const danaDb = await openTeamDatabase(memberUrl(cluster.adminUrl, 'dana'));
  opened.push(danaDb);
  const dana = coreContext({ db: danaDb, appVersion: '0.0.0-test' });
  await pageAs(alexPage!, 'alex');
  await pageAs(quinnPage!, 'quinn');
  const { pack, area } = await packWithAssignedArea(dana, 'Review pack 2026–27');

  await quinnPage!.goto(server.origin);
  await quinnPage!.getByRole('link', { name: pack.title, exact: true }).click();
  await quinnPage!.getByRole('tab', { name: 'Review' }).click();
  await expect(quinnPage!.getByText('Nothing in this pack is waiting for you.')).toBeVisible();
  const row = quinnPage!.getByRole('row').filter({ has: quinnPage!.getByRole('link', { name: area.title, exact: true }) });
  await expect(row).toContainText('Alex Author');

  await openArea(alexPage!, pack.title, area.title);
  await alexPage!.getByRole('button', { name: 'Submit for review' }).click();
  await expect(alexPage!.getByText('In review with Quinn Quality.')).toBeVisible();

  // Quinn's window hears of it without reloading: the notice, and the area waiting for her.
  await expect(quinnPage!.getByText(/Alex Author submitted ".*" for your review\./)).toBeVisible({ timeout: 20_000 });
  await expect(row.getByText('Waiting for you')).toBeVisible();
  await expect(quinnPage!.getByText(/1 area is waiting for you/)).toBeVisible();
  await expectNoAxeViolations(quinnPage!);

  await row.getByRole('link').click();
  await quinnPage!.getByLabel('Comment on', { exact: true }).selectOption({ label: 'How do you know it?' });
  await quinnPage!.getByLabel('New comment', { exact: true }).fill('Which audit shows this?');
  await quinnPage!.getByRole('button', { name: 'Add comment' }).click();

  const thread = alexPage!.getByRole('listitem').filter({ hasText: 'Which audit shows this?' });
  await expect(thread).toContainText('Quinn Quality on “How do you know it?”', { timeout: 20_000 });
  await thread.getByRole('button', { name: 'Answer' }).click();
  await alexPage!.getByLabel('Your answer', { exact: true }).fill('The March case-file audit.');
  await alexPage!.getByRole('button', { name: 'Send answer' }).click();
  await expect(quinnPage!.getByText('The March case-file audit.')).toBeVisible({ timeout: 20_000 });
  await thread.getByRole('button', { name: 'Resolve' }).click();
  await expect(quinnPage!.getByRole('listitem').filter({ hasText: 'Which audit shows this?' })).toContainText('Resolved by Alex Author', { timeout: 20_000 });
  await expectNoAxeViolations(alexPage!);
  for (const w of windows) await w.close();
});

test('the director approves as the member the server signed in, whatever name Settings holds', async ({ browser }) => {
  const window = await browser.newContext();
  const danaPage = await window.newPage();
  const dana = await pageAs(danaPage, 'dana');
  const pack = await call(dana, 'packs.create', { title: 'Sign-off pack 2026–27', frameworkId: 'ilacs-2023', period: '2026–27', asAt: '2026-11-23' });
  // A name typed in Settings is not who the database says is signed in: the approval must not use it.
  await call(dana, 'settings.update', { displayName: 'Someone Typed In Settings' });

  await danaPage.goto(server.origin);
  await danaPage.getByRole('link', { name: pack.title, exact: true }).click();
  await danaPage.getByRole('button', { name: 'Approve pack' }).click();
  const approve = danaPage.getByRole('dialog', { name: 'Approve this pack' });
  await expect(approve).toContainText(`You are approving ${pack.title} as Dana Director.`);
  await expect(approve).not.toContainText('Someone Typed In Settings');
  await approve.getByRole('button', { name: 'Approve as Dana Director' }).click();

  await expect(danaPage.getByRole('region', { name: 'Approved pack' })).toContainText('Approved by Dana Director');
  expect((await call(dana, 'packs.get', { packId: pack.id })).pack).toMatchObject({ status: 'approved', approvedBy: 'Dana Director' });
  const history = await call(dana, 'audit.list', { packId: pack.id, limit: 1 });
  expect(history[0]).toMatchObject({ actor: 'Dana Director', login: 'dana' });
  await window.close();
});
