// The packs list: create a pack from a framework (with the current framework and next period suggested)
// or from last year's, open, rename, and delete after a confirmation that names the pack.
import { expectNoAxeViolations } from './axe';
import { expect, openApp, test } from './fixtures';
import { makePack } from './pack-helpers';

test.describe('on a new database', () => {
  test('creates a pack from the suggested current framework and period, and opens it', async ({ page, host }) => {
    await host.call('settings.update', { organisationName: 'Northmoor' });
    await openApp(page, host);
    await expect(page.getByRole('heading', { name: 'No packs yet' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'New pack' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New self-evaluation pack' });
    await expect(dialog.getByLabel('Framework')).toHaveValue('ilacs-2026');
    await expect(dialog.getByLabel('Period')).toHaveValue('2026–27');
    await expect(dialog.getByLabel('As at')).toHaveValue('23/11/2026');
    // The title follows the councils' usual wording, not the organisation's name.
    await expect(dialog.getByLabel('Title')).toHaveValue("Children's services self-evaluation 2026–27");
    await dialog.getByLabel('Title').fill('Northmoor self-evaluation 2026–27');
    await expectNoAxeViolations(page);

    await dialog.getByRole('button', { name: 'Create pack' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Northmoor self-evaluation 2026–27' })).toBeVisible();
    const packs = await host.call('packs.list', {});
    expect(packs).toMatchObject([
      {
        title: 'Northmoor self-evaluation 2026–27',
        frameworkId: 'ilacs-2026',
        period: '2026–27',
        asAt: '2026-11-23',
        status: 'draft',
      },
    ]);
    // The pack's areas are one click away in the sidebar.
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overall effectiveness' }),
    ).toHaveCount(0);
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /impact of leaders/i }),
    ).toBeVisible();
    // The header names the open pack.
    await expect(page.locator('.app-header')).toContainText('Northmoor self-evaluation 2026–27');
  });

  test('a blank title or period says what to enter and keeps everything else typed', async ({ page, host }) => {
    await openApp(page, host);
    await page.getByRole('button', { name: 'New pack' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New self-evaluation pack' });
    await dialog.getByLabel('Framework').selectOption('ilacs-2023');
    await dialog.getByLabel('Title').fill('   ');
    await dialog.getByLabel('Period').fill('2024–25');
    await dialog.getByRole('button', { name: 'Create pack' }).click();
    await expect(dialog.getByText('Enter a title')).toBeVisible();
    await expect(dialog.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByLabel('Framework')).toHaveValue('ilacs-2023');
    await expect(dialog.getByLabel('Period')).toHaveValue('2024–25');
    expect(await host.call('packs.list', {})).toEqual([]);

    await dialog.getByLabel('Title').fill('Self-evaluation 2024–25');
    await dialog.getByRole('button', { name: 'Create pack' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Self-evaluation 2024–25' })).toBeVisible();
    expect((await host.call('packs.list', {}))[0]).toMatchObject({ frameworkId: 'ilacs-2023', period: '2024–25' });
  });

  test('the File menu’s New pack opens the dialog from any screen', async ({ page, host }) => {
    await openApp(page, host);
    await page.getByRole('link', { name: 'Settings' }).click();
    expect(await host.sendMenuCommand('new-pack')).toBeGreaterThan(0);
    await expect(page.getByRole('dialog', { name: 'New self-evaluation pack' })).toBeVisible();
  });
});

test('starts this year’s pack from last year’s, suggesting the next period', async ({ page, host }) => {
  const last = await host.call('packs.create', {
    title: 'Northmoor SEF 2025–26 (final)',
    frameworkId: 'ilacs-2023',
    period: '2025–26',
    asAt: '2026-03-31',
  });
  await openApp(page, host);
  await page.getByRole('button', { name: "Start from last year's pack" }).click();
  const dialog = page.getByRole('dialog', { name: "Start from last year's pack" });
  await expect(dialog.getByLabel("Last year's pack")).toHaveValue(last.id);
  await expect(dialog.getByLabel('Period')).toHaveValue('2026–27');
  // Last year's title, with the period moved on.
  await expect(dialog.getByLabel('Title')).toHaveValue('Northmoor SEF 2026–27 (final)');
  await dialog.getByLabel('Title').fill('Northmoor SEF 2026–27');
  await dialog.getByRole('button', { name: 'Create pack' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Northmoor SEF 2026–27' })).toBeVisible();
  const packs = await host.call('packs.list', {});
  expect(packs.find((p) => p.title === 'Northmoor SEF 2026–27')).toMatchObject({
    previousPackId: last.id,
    period: '2026–27',
  });
});

test('renames a pack, and deletes it only after a confirmation that names it', async ({ page, host }) => {
  const pack = await makePack(host, 'Draft pack');
  await makePack(host, 'Another pack');
  await openApp(page, host);

  await page.getByRole('button', { name: 'Rename Draft pack' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename pack' });
  await rename.getByLabel('Title').fill('Self-evaluation for the annual conversation');
  await rename.getByRole('button', { name: 'Save title' }).click();
  await expect(rename).toBeHidden();
  await expect(page.getByRole('link', { name: 'Self-evaluation for the annual conversation' })).toBeVisible();
  expect((await host.call('packs.get', { packId: pack.id })).pack.title).toBe(
    'Self-evaluation for the annual conversation',
  );

  await page.getByRole('button', { name: 'Delete Self-evaluation for the annual conversation' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete “Self-evaluation for the annual conversation”?' });
  await expect(confirm).toContainText('You cannot undo this');
  await expectNoAxeViolations(page);
  await confirm.getByRole('button', { name: 'Keep the pack' }).click();
  expect(await host.call('packs.list', {})).toHaveLength(2);

  await page.getByRole('button', { name: 'Delete Self-evaluation for the annual conversation' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete pack' }).click();
  await expect(page.getByRole('link', { name: 'Self-evaluation for the annual conversation' })).toHaveCount(0);
  expect((await host.call('packs.list', {})).map((p) => p.title)).toEqual(['Another pack']);
});

test.describe('with the demo data', () => {
  test.use({ demo: true });

  test('lists every pack with its framework, period, status and approval, and passes axe', async ({ page, host }) => {
    const packs = await host.call('packs.list', {});
    await openApp(page, host);
    const table = page.getByRole('table', { name: /Self-evaluation packs/ });
    for (const pack of packs) await expect(table.getByRole('link', { name: pack.title, exact: true })).toBeVisible();
    await expect(table.getByRole('columnheader')).toHaveText([
      'Title',
      'Framework',
      'Period',
      'As at',
      'Status',
      'Approved',
      'Changes',
    ]);
    await expectNoAxeViolations(page);
  });
});

test.describe('a database that cannot be opened', () => {
  test.describe(() => {
    test.use({ database: 'damaged' });
    test('shows a full-screen message instead of the app, and restores the automatic backup', async ({
      page,
      host,
    }) => {
      await host.open();
      await expect(page.getByRole('heading', { level: 1, name: 'The database file is damaged' })).toBeVisible();
      await expect(page.getByRole('main')).toContainText(host.dbPath);
      await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
      await expectNoAxeViolations(page);
      await expect(page.getByRole('radio', { name: 'sef-studio.sqlite.auto-2026-11-22.bak' })).toBeChecked();
      await page.getByRole('button', { name: 'Restore from backup' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Self-evaluation packs' })).toBeVisible();
      expect(host.startup).toEqual({ ok: true, path: host.dbPath });
    });
  });

  test.describe(() => {
    test.use({ database: 'newer' });
    test('from a newer version offers another file, and opens the one chosen', async ({ page, host }) => {
      await host.open();
      await expect(
        page.getByRole('heading', { level: 1, name: 'This database was made by a newer version of SEF Studio' }),
      ).toBeVisible();
      await expect(page.getByText('There are no automatic backups of this database to restore.')).toBeVisible();
      // A cancelled dialog leaves the message where it is.
      host.queueDatabasePath(null);
      await page.getByRole('button', { name: 'Choose another file' }).click();
      await expect(page.getByRole('heading', { level: 1, name: /newer version/ })).toBeVisible();
      host.queueDatabasePath(`${host.dir}/another.sqlite`);
      await page.getByRole('button', { name: 'Choose another file' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Self-evaluation packs' })).toBeVisible();
    });
  });
});

test('the File menu backs up the database, and asks for a pack before exporting', async ({ page, host }) => {
  await makePack(host, 'Backed up pack');
  await openApp(page, host);
  await host.sendMenuCommand('export-word');
  const message = page.getByRole('dialog', { name: 'SEF Studio' });
  await expect(message).toContainText('Open a pack first');
  await message.getByRole('button', { name: 'OK' }).click();

  await host.sendMenuCommand('backup');
  const dialog = page.getByRole('dialog', { name: 'Back up the database' });
  const target = `${host.dir}/copy.sqlite`;
  host.queueSavePath(target);
  await dialog.getByRole('button', { name: 'Choose where to save…' }).click();
  await expect(dialog.getByRole('status')).toContainText(`Backed up to ${target}`);
  expect(host.calls.chooseSaveFile.at(-1)?.defaultName).toBe('SEF Studio backup 2026-11-23.sqlite');
  await dialog.getByRole('button', { name: 'Show in folder' }).click();
  expect(host.calls.showInFolder).toEqual([target]);
});
