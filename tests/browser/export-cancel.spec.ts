// Cancelling an export from the dialog: nothing is written, the options are kept, and the person is told.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { openPack } from './pack-helpers';

test.use({ demo: true });

test('cancelling a running export writes nothing and keeps the chosen options', async ({ page, host }) => {
  const packs = await host.call('packs.list', {});
  const pack = packs.find((p) => p.status !== 'approved')!;
  await openPack(page, host, pack.title);
  await page.getByRole('button', { name: 'Export Word pack' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export Word pack' });
  await dialog.getByLabel('Version', { exact: true }).fill('Draft 4');

  const target = join(host.dir, 'cancelled.docx');
  host.queueSavePath(target);
  await dialog.getByRole('button', { name: 'Choose where to save…' }).click();
  // Building the demo pack takes seconds; the cancel lands while it is being built.
  await dialog.getByRole('button', { name: 'Cancel export' }).click();

  await expect(dialog.getByRole('status')).toContainText('Export cancelled. Nothing was written.');
  await expect(dialog.getByLabel('Version', { exact: true })).toHaveValue('Draft 4');
  expect(existsSync(target)).toBe(false);
  expect(readdirSync(host.dir).filter((name) => name.includes('cancelled'))).toEqual([]);
});
