// The indicators screen in a real browser against the real core: a figure added by hand for a named
// comparator, one changed, one deleted, impossible figures refused in words before anything is sent, and an
// indicator of the organisation's own added; axe on the screen and on each dialog.
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, openApp, test, type BrowserHost } from './fixtures';

const RE_REFERRALS = 'Re-referrals within 12 months of a previous referral';

async function openIndicators(page: Page, host: BrowserHost) {
  await openApp(page, host);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Indicators' }).click();
  await page.getByRole('navigation', { name: 'Indicators' }).getByRole('button', { name: RE_REFERRALS }).click();
  const figures = page.getByRole('table', { name: `Figures for ${RE_REFERRALS}` });
  await expect(figures.getByRole('row').filter({ hasText: 'Q2 2026–27' }).first()).toBeVisible();
  return figures;
}

test.describe('with the demo data', () => {
  test.use({ demo: true });

  test('lists every figure of an indicator with whose it is, its source and extraction date, and adds one for a named comparator', async ({ page, host }) => {
    const figures = await openIndicators(page, host);
    const council = figures.getByRole('row').filter({ hasText: 'Northmoor Borough Council' }).filter({ hasText: 'Q2 2026–27' });
    await expect(council).toContainText('24.1%');
    await expect(council).toContainText('Northmoor performance scorecard');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Add a figure' }).click();
    const dialog = page.getByRole('dialog', { name: /Add a figure/ });
    await dialog.getByLabel('Kind of period').selectOption('quarter');
    await dialog.getByLabel('Period ends on').fill('30/09/2026');
    await dialog.getByLabel('Whose figure').selectOption('named');
    await dialog.getByLabel('Comparator’s name').fill('Leeds');
    await dialog.getByLabel(/^Figure/).fill('21.5');
    await dialog.getByLabel('Source').fill('LAIT, published 7 November 2026');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Add the figure' }).click();
    await expect(dialog).toBeHidden();

    const leeds = figures.getByRole('row').filter({ hasText: 'Leeds' });
    await expect(leeds).toContainText('21.5%');
    await expect(leeds).toContainText('23/11/2026');
    const stored = await host.call('indicators.values', { indicatorId: 're-referrals-within-12-months' });
    expect(stored.find((v) => v.comparatorName === 'Leeds')).toMatchObject({ comparator: 'named', value: 21.5, source: 'LAIT, published 7 November 2026', extractedOn: '2026-11-23' });
  });

  test('refuses a figure that cannot be, saying why, and saves nothing', async ({ page, host }) => {
    await openIndicators(page, host);
    const before = (await host.call('indicators.values', {})).length;
    await page.getByRole('button', { name: 'Add a figure' }).click();
    const dialog = page.getByRole('dialog', { name: /Add a figure/ });
    await dialog.getByLabel('Period ends on').fill('30/09/2026');
    await dialog.getByLabel(/^Figure/).fill('about twenty');
    await dialog.getByRole('button', { name: 'Add the figure' }).click();
    await expect(dialog.getByText('Enter the figure as a number, such as 18.4')).toBeVisible();
    await expect(dialog.getByLabel(/^Figure/)).toBeFocused();

    await dialog.getByLabel(/^Figure/).fill('120');
    await dialog.getByRole('button', { name: 'Add the figure' }).click();
    await expect(dialog.getByRole('alert')).toContainText('120.0% is more than 100%; write a percentage as a number from 0 to 100.');

    await dialog.getByLabel(/^Figure/).fill('20');
    await dialog.getByLabel('Period ends on').fill('31/08/2026');
    await dialog.getByRole('button', { name: 'Add the figure' }).click();
    await expect(dialog.getByRole('alert')).toContainText('a quarter ends on the last day of June, September, December or March, not 31 August 2026');
    await expectNoAxeViolations(page);
    expect((await host.call('indicators.values', {})).length).toBe(before);
  });

  test('changes a figure and deletes one, and the figures follow without a reload', async ({ page, host }) => {
    const figures = await openIndicators(page, host);
    await figures.getByRole('button', { name: 'Change Northmoor Borough Council, Q2 2026–27' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change the figure for Q2 2026–27' });
    await expect(dialog).toContainText('Northmoor Borough Council, Q2 2026–27');
    await dialog.getByLabel(/^Figure/).fill('23.9');
    await dialog.getByRole('button', { name: 'Save the figure' }).click();
    await expect(dialog).toBeHidden();
    await expect(figures.getByRole('row').filter({ hasText: 'Northmoor Borough Council' }).filter({ hasText: 'Q2 2026–27' })).toContainText('23.9%');

    await figures.getByRole('button', { name: 'Delete Statistical neighbours, Q2 2026–27' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this figure?' });
    await confirm.getByRole('button', { name: 'Delete the figure' }).click();
    await expect(confirm).toBeHidden();
    await expect(figures.getByRole('row').filter({ hasText: 'Statistical neighbours' }).filter({ hasText: 'Q2 2026–27' })).toHaveCount(0);
  });

  test('adds an indicator of the organisation’s own, which then takes figures', async ({ page, host }) => {
    await openIndicators(page, host);
    await page.getByRole('button', { name: 'Add your own indicator' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an indicator of your own' });
    await dialog.getByRole('button', { name: 'Add the indicator' }).click();
    await expect(dialog.getByText('Enter a title')).toBeVisible();
    await dialog.getByLabel('Title', { exact: true }).fill('Children seen within 5 working days of a referral');
    await dialog.getByLabel('Short title').fill('Seen within 5 days');
    await dialog.getByLabel('What is counted').fill('Children seen by a social worker within 5 working days of the referral, as a percentage of referrals.');
    await dialog.getByLabel('Which way is better').selectOption('higher_is_better');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Add the indicator' }).click();
    await expect(dialog).toBeHidden();

    const own = page.getByRole('navigation', { name: 'Indicators' }).getByRole('button', { name: /Children seen within 5 working days/ });
    await expect(own).toContainText('Your own');
    await expect(own).toHaveAttribute('aria-current', 'true');
    await expect(page.getByRole('heading', { name: 'No figures yet' })).toBeVisible();
    const made = (await host.call('indicators.list', {})).indicators.find((i) => i.title.startsWith('Children seen within 5'));
    expect(made).toMatchObject({ origin: 'own', unit: 'percentage', polarity: 'higher_is_better', decimals: 1 });
  });
});
