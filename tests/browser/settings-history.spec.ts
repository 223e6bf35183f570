// Settings save as you go and show up in the history, in words; the logo, the database check and the
// backup work from the settings screen; the history reads like sentences and pages back in time.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, openApp, test } from './fixtures';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

async function openSettings(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByLabel('Your name')).toBeVisible();
}

test('settings save when you leave a field and appear in the history as sentences', async ({ page, host }) => {
  await openApp(page, host);
  await openSettings(page);
  await expect(page.getByText(/changes are recorded as made by “Unknown user”/)).toBeVisible();

  await page.getByLabel('Your name').fill('Sam Okafor');
  await page.getByLabel('Your name').press('Tab');
  await expect(page.getByText('All changes saved')).toBeVisible();
  await expect(page.getByText(/changes are recorded as made by “Unknown user”/)).toBeHidden();
  await page.getByLabel('Organisation name').fill('Northmoor Borough Council');
  await page.getByLabel('Organisation name').blur();
  await page.getByLabel('Default protective marking').selectOption({ label: 'OFFICIAL-SENSITIVE' });
  await expect.poll(async () => (await host.call('settings.get', {})).defaultMarking).toBe('official_sensitive');
  expect(await host.call('settings.get', {})).toMatchObject({ displayName: 'Sam Okafor', organisationName: 'Northmoor Borough Council' });
  await expectNoAxeViolations(page);

  await nav(page).getByRole('link', { name: 'History' }).click();
  const entries = page.locator('li[data-audit-id]');
  await expect(entries).toHaveCount(3);
  // Newest first; the name change itself is recorded against the name in force before it.
  await expect(entries.nth(0)).toContainText(/Sam Okafor changed the default (protective )?marking from OFFICIAL to OFFICIAL-SENSITIVE/);
  await expect(entries.nth(1)).toContainText('Sam Okafor set the organisation name to Northmoor Borough Council');
  await expect(entries.nth(2)).toContainText('Unknown user set the display name to Sam Okafor');
  await expect(entries.nth(0)).toContainText('23 November 2026 at');

  await entries.nth(1).getByText('Details').click();
  const details = entries.nth(1).getByRole('table');
  await expect(details.getByRole('columnheader')).toHaveText(['What', 'Before', 'After']);
  await expect(details.getByRole('row', { name: /Organisation name/ })).toContainText('None');
  await expect(details.getByRole('row', { name: /Organisation name/ })).toContainText('Northmoor Borough Council');
  await expectNoAxeViolations(page);
});

test('a name that is too long is refused beside the field and the typing is kept', async ({ page, host }) => {
  await openApp(page, host);
  await openSettings(page);
  const long = 'A'.repeat(230);
  await page.getByLabel('Organisation name').fill(long);
  await page.getByLabel('Organisation name').blur();
  await expect(page.getByRole('alert').filter({ hasText: /200 characters/ })).toBeVisible();
  await expect(page.getByLabel('Organisation name')).toHaveValue(long);
  await expect(page.getByLabel('Organisation name')).toHaveAttribute('aria-invalid', 'true');
  expect((await host.call('settings.get', {})).organisationName).toBe('');
});

test('chooses a logo, shows it with alternative text, and removes it', async ({ page, host }) => {
  const logo = join(host.dir, 'northmoor.png');
  await writeFile(logo, Buffer.from(TINY_PNG, 'base64'));
  await host.call('settings.update', { organisationName: 'Northmoor Borough Council' });
  await openApp(page, host);
  await openSettings(page);
  await expect(page.getByText('No logo chosen.')).toBeVisible();
  host.queueChosenFiles([logo]);
  await page.getByRole('button', { name: 'Choose logo…' }).click();
  const img = page.getByRole('img', { name: 'Logo of Northmoor Borough Council' });
  await expect(img).toBeVisible();
  await expect(img).toHaveAttribute('src', /^data:image\/png;base64,/);
  expect(host.calls.chooseFiles.at(-1)?.filters?.[0]?.extensions).toEqual(['png', 'jpg', 'jpeg']);
  expect((await host.call('settings.get', {})).logoSha256).not.toBeNull();

  await page.getByRole('button', { name: 'Remove logo' }).click();
  await expect(page.getByText('No logo chosen.')).toBeVisible();
  expect((await host.call('settings.get', {})).logoSha256).toBeNull();
});

test('shows the database file, checks it and backs it up', async ({ page, host }) => {
  await openApp(page, host);
  await openSettings(page);
  const info = await host.call('app.info', {});
  await expect(page.getByText(host.dbPath)).toBeVisible();
  await expect(page.locator('dt', { hasText: 'Schema version' }).locator('+ dd')).toHaveText(String(info.schemaVersion));

  await page.getByRole('button', { name: 'Check the database' }).click();
  await expect(page.getByText(/The database is in good order/)).toBeVisible();

  const target = join(host.dir, 'backup.sqlite');
  host.queueSavePath(target);
  await page.getByRole('button', { name: 'Back up…' }).click();
  await expect(page.getByText(`Backed up to ${target}`)).toBeVisible();
  expect(existsSync(target)).toBe(true);
  expect(host.calls.chooseSaveFile.at(-1)?.defaultName).toMatch(/2026-11-23/);

  // A cancelled dialog does nothing and says nothing.
  host.queueSavePath(null);
  await page.getByRole('button', { name: 'Back up…' }).click();
  await expect(page.getByText(/The backup was not made/)).toHaveCount(0);
});

test.describe('with the demo council', () => {
  test.use({ demo: true });

  test("the history of the open pack, everything, and older changes a page at a time", async ({ page, host }) => {
    const packs = await host.call('packs.list', {});
    const pack = packs.find((p) => /2025–26/.test(p.title))!;
    const packEntries = await host.call('audit.list', { packId: pack.id, limit: 500 });
    await openApp(page, host);
    await page.getByRole('link', { name: /self-evaluation 2025–26/ }).first().click();
    await nav(page).getByRole('link', { name: 'History' }).click();

    const entries = page.locator('li[data-audit-id]');
    await expect(entries.first()).toBeVisible();
    await expect(page.getByRole('radio', { name: /Changes to “/ })).toBeChecked();
    const shown = Math.min(50, packEntries.length);
    await expect(entries).toHaveCount(shown);
    await expect(entries.first()).toHaveAttribute('data-audit-id', String(packEntries[0]!.id));
    // Entries read as sentences, with names rather than ids.
    for (const text of await entries.allTextContents()) {
      expect(text).toMatch(/^\d{1,2} \w+ \d{4} at \d{2}:\d{2} — \S/);
      expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    }
    if (packEntries.length > 50) {
      await page.getByRole('button', { name: 'Show older changes' }).click();
      await expect(entries).toHaveCount(Math.min(100, packEntries.length));
    }
    await expectNoAxeViolations(page);

    await page.getByRole('radio', { name: /All changes/ }).check();
    const all = await host.call('audit.list', { limit: 1 });
    await expect(entries.first()).toHaveAttribute('data-audit-id', String(all[0]!.id));
  });
});
