// The export dialog says what to look at before the document goes out, from the options as they stand:
// sensitive evidence going into a document marked too low, and a board paper open to the public but
// marked OFFICIAL-SENSITIVE, and the claims in the text a reader may question, all in one panel.
// Changing an option changes what it says; the person still decides.
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { openPack } from './pack-helpers';

test.use({ demo: true });

test('warns before sending, and the warnings follow the options', async ({ page, host }) => {
  const packs = await host.call('packs.list', {});
  const pack = packs.find((p) => p.status !== 'approved') ?? packs[0]!;
  await openPack(page, host, pack.title);
  await page.getByRole('button', { name: 'Export Word pack' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export Word pack' });
  const checks = dialog.getByRole('region', { name: 'Before you send it', exact: true });

  // The demo's default marking is OFFICIAL, and some of its evidence is OFFICIAL-SENSITIVE.
  await expect(checks).toContainText('would go into a document marked OFFICIAL without withholding');
  // One panel, one list: how it is handled and the claims a reader may question are groups of it.
  await expect(dialog.getByRole('heading', { name: /Before you send it/ })).toHaveCount(1);
  await expect(dialog.locator('section.notice')).toHaveCount(1);
  const { flags } = await host.call('readiness.get', { packId: pack.id });
  expect(flags.length, 'the demo pack has claims a reader may question').toBeGreaterThan(0);
  const groups = checks.locator('ul.export-checks > li');
  await expect(groups.getByRole('heading', { level: 4 })).toHaveText(['How it is handled', 'Things a reader may question']);
  await expect(groups.nth(1)).toContainText(`${flags.length} ${flags.length === 1 ? 'claim' : 'claims'} in the text`);
  await expect(groups.nth(1).getByRole('link')).toHaveCount(Math.min(5, flags.length));
  await expectNoAxeViolations(page);
  await dialog.getByLabel('Leave out evidence marked OFFICIAL-SENSITIVE or personal data').check();
  await expect(checks).not.toContainText('without withholding');

  await host.call('boardPaper.update', { packId: pack.id, fields: { publication: 'open' } });
  await dialog.getByLabel('Board paper').check();
  await dialog.getByLabel('Protective marking').selectOption('official_sensitive');
  await expect(checks).toContainText('“Publication: Open” but is marked OFFICIAL-SENSITIVE');
  await expect(dialog.getByLabel('Strengths and areas for development for each area')).toHaveValue('3');
  await dialog.getByLabel('Strengths and areas for development for each area').selectOption('all');
  await expect(dialog.getByLabel('Strengths and areas for development for each area')).toHaveValue('all');
  // The charts appendix is on unless the clerk takes it off.
  const charts = dialog.getByLabel('Charts of the indicators needing attention, as an appendix');
  await expect(charts).toBeChecked();
  await charts.uncheck();
  await expect(charts).not.toBeChecked();
});
