// A held draft because the team database went away: the page types into a narrative while a real
// PostgreSQL server is down, leaves the area, and the text is held and said to be waiting for the
// connection; when the server is back it is saved by itself, with its editor nowhere on screen, and let go.
import type { Page } from '@playwright/test';
import { findPostgres, startCluster, type Cluster } from '../support/postgres-cluster';
import { PASSWORD, teamDatabaseWith } from '../support/team-logins';
import { expectNoAxeViolations } from './axe';
import { editor, QUESTION_1, savedDoc } from './editor-helpers';
import { expect, test } from './fixtures';
import { firstGradedArea, openArea } from './pack-helpers';

const postgres = findPostgres();
test.skip('missing' in postgres, 'missing' in postgres ? postgres.missing : '');

let cluster: Cluster;
test.beforeAll(async () => {
  if (!('bin' in postgres)) return;
  cluster = await startCluster(postgres.bin);
  await teamDatabaseWith(cluster.adminUrl);
});
test.afterAll(() => cluster?.stop());

function server() {
  const url = new URL(cluster.adminUrl);
  return { host: url.hostname, port: Number(url.port), database: 'postgres' };
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('text typed while the server is away, left behind in its area, is saved by itself when the server is back', async ({ page, host }) => {
  expect((await host.teams.connect({ ...server(), login: 'dana', password: PASSWORD, remember: false })).ok).toBe(true);
  const pack = await host.call('packs.create', { title: 'Northmoor SEF 2026–27', frameworkId: 'ilacs-2023', period: '2026–27', asAt: '2026-11-23' });
  const area = await firstGradedArea(host, pack.id);
  await host.open();
  await page.getByRole('link', { name: pack.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: pack.title })).toBeVisible();
  await openArea(page, area.title);

  cluster.kill();
  const banner = page.getByRole('alert').filter({ hasText: 'The connection to the team database was lost.' });
  await expect(banner).toBeVisible({ timeout: 20_000 });
  await editor(page).click();
  await page.keyboard.type('Leaders know their services well.');
  await expect(page.getByText(/Not saved: .*cannot be reached just now.* Your text is still here\./)).toBeVisible({ timeout: 20_000 });

  // Leaving the area: the text is held, and the screen says it waits for the connection.
  await nav(page).getByRole('link', { name: 'Overview' }).click();
  const held = page.getByRole('region', { name: 'Unsaved text held' });
  await expect(held).toContainText(
    `${area.title}: ${QUESTION_1} (waiting for the connection: it is saved by itself when the team database answers again.)`,
    { timeout: 20_000 },
  );
  await expectNoAxeViolations(page, { include: '.held-drafts' });

  // The server is back: saved by itself, with the area's editor not on screen, and no longer held.
  cluster.start();
  await expect(banner).toHaveCount(0, { timeout: 30_000 });
  await expect.poll(async () => JSON.stringify(await savedDoc(host, area.id)), { timeout: 20_000 }).toContain('Leaders know their services well.');
  await expect(held).toHaveCount(0);

  // Back in the area: the saved text, and nothing waiting.
  await openArea(page, area.title);
  await expect(editor(page)).toHaveText('Leaders know their services well.');
  await expect(page.getByRole('region', { name: QUESTION_1, exact: true }).getByRole('alert')).toHaveCount(0);
});
