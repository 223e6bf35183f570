// One data layer: every screen reads through one cache that the core's change events refresh. What a
// person changes on one screen is right on every other without a reload, and so is a change made
// elsewhere (another window, the command line, in a team another person), which arrives the same way.
import type { Page } from '@playwright/test';
import type { RichDoc } from '../../src/shared/richtext';
import { expect, test } from './fixtures';
import { firstGradedArea, makeEvidence, makePack, openArea, openPack, setDisplayName } from './pack-helpers';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

async function openLibrary(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: 'Evidence library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Evidence library' })).toBeVisible();
}

test('a pack approved on its overview is read-only in the evidence library’s links straight away (it used to need a reload)', async ({
  page,
  host,
}) => {
  await setDisplayName(host, 'Alex Morgan');
  const pack = await makePack(host);
  const evidence = await makeEvidence(host, 'Supervision audit, September 2026');
  await openPack(page, host, pack.title);

  // The library shows the pack's areas to link to.
  await openLibrary(page);
  await page.locator(`tr[data-evidence-id="${evidence.id}"]`).click();
  const panel = page.getByRole('dialog');
  await expect(panel.getByRole('button', { name: 'Link to area' })).toBeEnabled();
  await panel.getByRole('button', { name: 'Close' }).click();

  // Approved on the overview…
  await nav(page).getByRole('link', { name: 'Overview' }).click();
  await page.getByRole('button', { name: 'Approve pack' }).click();
  await page.getByRole('dialog', { name: 'Approve this pack' }).getByRole('button', { name: 'Approve as Alex Morgan' }).click();
  await expect(page.getByRole('region', { name: 'Approved pack' })).toBeVisible();

  // …and back in the library the same item's links cannot change, and say why.
  await openLibrary(page);
  await page.locator(`tr[data-evidence-id="${evidence.id}"]`).click();
  await expect(panel.getByText(/was approved by Alex Morgan.*so its links cannot change/)).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Link to area' })).toBeDisabled();
});

test('a change made elsewhere shows on the open screens without a reload: the library, a citation and the history', async ({
  page,
  host,
}) => {
  await setDisplayName(host, 'Alex Morgan');
  const pack = await makePack(host);
  const area = await firstGradedArea(host, pack.id);
  const evidence = await makeEvidence(host, 'Practice week findings');
  const doc: RichDoc = {
    type: 'doc',
    blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Practice week showed ' }, { type: 'citation', evidenceId: evidence.id }] }],
  };
  await host.call('narratives.save', { areaId: area.id, sectionId: 'what-we-know', doc });
  await openPack(page, host, pack.title);

  // The evidence library is open; the item is renamed elsewhere.
  await openLibrary(page);
  const row = page.locator(`tr[data-evidence-id="${evidence.id}"]`);
  await expect(row).toContainText('Practice week findings');
  await host.call('evidence.update', { evidenceId: evidence.id, title: 'Practice week findings, November 2026' });
  await expect(row).toContainText('Practice week findings, November 2026');

  // The area's citation names it by its new title.
  await openArea(page, area.title);
  const cite = page.getByRole('textbox', { name: /What do you know/ }).locator('.rt-cite');
  await expect(cite).toContainText('Practice week findings, November 2026');
  await host.call('evidence.update', { evidenceId: evidence.id, title: 'Practice week, what children told us' });
  await expect(cite).toContainText('Practice week, what children told us');

  // A grade set elsewhere shows on the open area, and the sidebar's pack title follows a rename.
  await host.call('areas.update', { areaId: area.id, grade: 'good' });
  await expect(page.getByRole('group', { name: 'Grade', exact: true }).getByRole('radio', { name: /^Good/ })).toBeChecked();
  await host.call('packs.update', { packId: pack.id, title: 'Northmoor self-evaluation 2026–27 (draft 2)' });
  await expect(nav(page).getByRole('heading', { name: 'Northmoor self-evaluation 2026–27 (draft 2)' })).toBeVisible();

  // The history, once open, lists a change the moment it is made.
  await nav(page).getByRole('link', { name: 'History' }).click();
  await expect(page.locator('li[data-audit-id]').first()).toContainText('draft 2');
  await host.call('actions.create', { packId: pack.id, title: 'Weekly audit of supervision records' });
  await expect(page.locator('li[data-audit-id]').first()).toContainText('Weekly audit of supervision records');
});

test('the action plan and the overview agree with an action added from the area, with no refresh by hand', async ({ page, host }) => {
  const pack = await makePack(host);
  const area = await firstGradedArea(host, pack.id);
  await openPack(page, host, pack.title);
  await nav(page).getByRole('link', { name: 'Action plan' }).click();
  await expect(page.getByText('No actions yet')).toBeVisible();

  await openArea(page, area.title);
  await page.getByRole('region', { name: 'Actions for this area' }).getByRole('button', { name: 'Add an action' }).click();
  const add = page.getByRole('dialog', { name: 'Add an action for this area' });
  await add.getByLabel('Action', { exact: true }).fill('Weekly timeliness review at the front door');
  await add.getByLabel('Due date').fill('2026-11-01');
  await add.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByRole('region', { name: 'Actions for this area' })).toContainText('Weekly timeliness review');

  await nav(page).getByRole('link', { name: 'Action plan' }).click();
  await expect(page.locator('tr[data-action-id]')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Action plan summary' })).toContainText('1 overdue');

  await nav(page).getByRole('link', { name: 'Overview' }).click();
  const areaRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: area.title }) });
  await expect(areaRow).toContainText('1 overdue');
});
