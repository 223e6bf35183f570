// Performance indicators where people decide, spreadsheets in through a preview, and claims checked
// against their evidence, in a real browser against the real core, with axe on every view.
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, openApp, test, type BrowserHost } from './fixtures';
import { csv, saveFile, workbook } from '../support/workbooks';
import { editor, savedDoc, waitSaved } from './editor-helpers';

async function openThisYear(page: Page, host: BrowserHost) {
  await openApp(page, host);
  await page.getByRole('link', { name: /self-evaluation 2025–26/ }).first().click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Action plan' }).waitFor();
  const packs = await host.call('packs.list', {});
  return packs.find((p) => p.status !== 'approved')!;
}

test.describe('with the demo data', () => {
  test.use({ demo: true });

  test('an area shows its indicators: latest figure, comparators in words, a chart with its text alternative and a table', async ({ page, host }) => {
    await openThisYear(page, host);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /children who need help and protection/ }).click();
    const section = page.getByRole('region', { name: 'Performance indicators' });
    const card = section.getByRole('article', { name: 'Re-referrals within 12 months of a previous referral' });
    await expect(card).toContainText('24.1%');
    await expect(card).toContainText('Q2 2026–27 (July to September 2026)');
    await expect(card).toContainText('Lower is better');
    await expect(card.getByRole('listitem').filter({ hasText: 'England' })).toContainText('worse than England (22.1%, 2025–26)');
    await expect(card.getByRole('listitem').filter({ hasText: 'since Q1' })).toContainText('improved');
    const chart = card.getByRole('img', { name: /Re-referrals within 12 months of a previous referral \(%\)/ });
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAccessibleDescription(/Line chart of Re-referrals.*Northmoor Borough Council: 24\.6% \(Q3 25–26\), 23\.8%/);
    await card.getByText('The figures as a table').click();
    const table = card.getByRole('table');
    await expect(table.getByRole('row')).toHaveCount(5);
    await expect(table.getByRole('row', { name: /Q4 2025–26/ })).toContainText('22.1% (2025–26)');
    await expectNoAxeViolations(page);
    // The figures behind the cards are a click away.
    await section.getByRole('button', { name: 'Add or change figures' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Indicators' })).toBeVisible();
  });

  test('a narrative cites an indicator’s figure for a period from the editor, saved as an indicator citation', async ({ page, host }) => {
    const pack = await openThisYear(page, host);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /children who need help and protection/ }).click();
    const box = editor(page);
    await box.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Re-referrals were ');
    await page.keyboard.press('Control+Shift+F');
    const picker = page.getByRole('dialog', { name: 'Cite an indicator' });
    await picker.getByRole('radio', { name: /Re-referrals within 12 months/ }).check();
    await picker.getByLabel('Which figure').selectOption({ label: 'Q1 2026–27: 24.3%' });
    await expectNoAxeViolations(page);
    await picker.getByRole('button', { name: 'Cite the figure' }).click();
    await expect(picker).toBeHidden();
    await expect(box).toBeFocused();
    await waitSaved(page);
    const area = (await host.call('packs.get', { packId: pack.id })).areas.find((a) => /help and protection/.test(a.title))!;
    const doc = await savedDoc(host, area.id);
    expect(JSON.stringify(doc)).toContain(JSON.stringify({ type: 'indicator', indicatorId: 're-referrals-within-12-months', period: 'quarter:2026-06-30' }));
  });

  test('the overview sums up every indicator, and a row opens its chart', async ({ page, host }) => {
    await openThisYear(page, host);
    await page.getByRole('tab', { name: 'Indicators' }).click();
    const table = page.getByRole('table').first();
    await expect(table.getByRole('row')).toHaveCount(16);
    const row = table.getByRole('row').filter({ hasText: 'Care leavers aged 19 to 21 in education' });
    await expect(row).toContainText('51.2%');
    await expect(row).toContainText('Worse: 56.0% (2025–26)');
    await row.getByRole('button').click();
    await expect(page.getByRole('img', { name: /Care leavers aged 19 to 21 in education, employment or training/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('readiness lists claims a reader may question, and a flag opens its paragraph; the export dialog lists them too', async ({ page, host }) => {
    const pack = await openThisYear(page, host);
    const flags = (await host.call('readiness.get', { packId: pack.id })).flags;
    await page.getByRole('tab', { name: 'Readiness' }).click();
    const list = page.getByRole('region', { name: /Things a reader may question/ });
    await expect(list.getByRole('listitem')).toHaveCount(flags.length);
    await expectNoAxeViolations(page);
    const first = flags[0]!;
    await list.getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1, name: first.areaTitle })).toBeVisible();
    // The flagged paragraph's words are selected in its editor, ready to rewrite.
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toContain(first.excerpt.replace('…', '').slice(0, 40));
    await expect(page.getByRole('textbox', { name: first.sectionTitle, exact: true })).toBeFocused();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).first().click();
    await page.getByRole('button', { name: 'Export Word pack' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export Word pack' });
    await expect(dialog.getByRole('region', { name: 'Before you send it', exact: true })).toContainText(`${flags.length} claims in the text`);
    await expectNoAxeViolations(page);
  });
});

test('an indicator is reworded for this council, shows what the library says beside it, and goes back to the library’s wording', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Indicators' }).click();
  const list = page.getByRole('navigation', { name: 'Indicators' });
  const choice = list.getByRole('button', { name: /^Agency social worker rate/ });
  await expect(choice).not.toContainText('Your wording');
  await choice.click();
  const panel = page.getByRole('region', { name: 'Agency social worker rate' });
  await expect(panel).toContainText('Library');
  await expect(panel).toContainText('In the words of SEF Studio’s indicator library.');
  await expect(panel).toContainText('has not been checked against the publisher’s own wording');
  await expect(panel.getByRole('button', { name: 'Go back to the library’s wording' })).toHaveCount(0);

  await panel.getByRole('button', { name: 'Reword' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reword: Agency social workers' });
  // A library indicator keeps its unit and which way is better: the form says so rather than offering them.
  await expect(dialog.getByLabel('Unit')).toHaveCount(0);
  await expect(dialog).toContainText('stay as published');
  await dialog.getByLabel('Title', { exact: true }).fill('');
  await dialog.getByRole('button', { name: 'Save the wording' }).click();
  await expect(dialog.getByText('Enter a title')).toBeVisible();
  await expect(dialog.getByLabel('Title', { exact: true })).toBeFocused();
  await expectNoAxeViolations(page);
  await dialog.getByLabel('Title', { exact: true }).fill('Agency social workers holding cases');
  await dialog.getByLabel('What is counted').fill('Agency social workers holding cases, as a share of all case-holding social workers, at 30 September.');
  await dialog.getByRole('button', { name: 'Save the wording' }).click();
  await expect(dialog).toBeHidden();

  // The list and the panel say whose words these are, and the panel shows the library's beside them.
  const reworded = page.getByRole('region', { name: 'Agency social workers holding cases' });
  await expect(list.getByRole('button', { name: /^Agency social workers holding cases/ })).toContainText('Your wording');
  await expect(reworded).toContainText('In your wording, changed on');
  await expect(reworded).toContainText('as a share of all case-holding social workers');
  const library = reworded.getByRole('region', { name: 'The library’s wording' });
  await expect(library).toContainText('Agency social worker rate');
  await expect(library.getByText('What is counted')).toBeVisible();
  await expect(library.getByText('Short title')).toHaveCount(0);
  await expectNoAxeViolations(page);
  const stored = (await host.call('indicators.list', {})).indicators.find((i) => i.id === 'agency-social-workers')!;
  expect(stored).toMatchObject({ title: 'Agency social workers holding cases', edited: true, definitionIsGuidance: false, unit: 'percentage' });

  await reworded.getByRole('button', { name: 'Go back to the library’s wording' }).click();
  const confirm = page.getByRole('dialog', { name: 'Go back to the library’s wording?' });
  await expect(confirm).toContainText('“Agency social workers holding cases” will be replaced by the library’s, “Agency social worker rate”');
  await confirm.getByRole('button', { name: 'Use the library’s wording' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('region', { name: 'Agency social worker rate' })).toContainText('In the words of SEF Studio’s indicator library.');
  await expect(list.getByRole('button', { name: /^Agency social worker rate/ })).not.toContainText('Your wording');
  expect((await host.call('indicators.list', {})).indicators.find((i) => i.id === 'agency-social-workers')).toMatchObject({ edited: false, definitionIsGuidance: true });
});

test('an indicator of the organisation’s own is reworded with its unit and which way is better', async ({ page, host }) => {
  await host.call('indicators.create', { title: 'Visits on time', shortTitle: 'Visits', definition: 'Statutory visits on time.', unit: 'percentage', polarity: 'higher_is_better' });
  await openApp(page, host);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Indicators' }).click();
  await page.getByRole('navigation', { name: 'Indicators' }).getByRole('button', { name: /^Visits on time/ }).click();
  const panel = page.getByRole('region', { name: 'Visits on time' });
  await expect(panel).toContainText('An indicator of your own');
  await panel.getByRole('button', { name: 'Reword' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reword: Visits' });
  await dialog.getByLabel('Unit').selectOption({ label: 'Number' });
  await dialog.getByLabel('Which way is better').selectOption({ label: 'Neither higher nor lower is better' });
  await dialog.getByRole('button', { name: 'Save the wording' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel).toContainText('Number; neither');
  expect((await host.call('indicators.list', {})).indicators.find((i) => i.title === 'Visits on time')).toMatchObject({ unit: 'count', polarity: 'neither' });
});

test('the import preview matches columns, says each row’s problem in words, and imports all rows or none', async ({ page, host }) => {
  const bad = await saveFile(
    host.dir,
    'register.xlsx',
    await workbook([
      {
        headings: ['Ref', 'Title', 'Review date', 'Marking'],
        rows: [
          ['E101', 'Case-file audit, October', '30/11/2026', 'OFFICIAL'],
          ['E102', 'Practice week', '31/02/2026', 'OFFICIAL'],
          ['E103', '', '01/12/2026', 'Secret'],
        ],
      },
    ]),
  );
  host.queueChosenFiles([bad]);
  await openApp(page, host);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Evidence library' }).click();
  await page.getByRole('button', { name: 'Import from a spreadsheet' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import evidence register from a spreadsheet' });
  await dialog.getByRole('button', { name: 'Choose a file…' }).click();
  await expect(dialog.getByLabel('Reference')).toHaveValue('0');
  await expect(dialog.getByLabel('Review due')).toHaveValue('2');
  const problems = dialog.getByRole('region', { name: 'Problems' }).or(dialog.locator('.sheet-import__problems'));
  await expect(problems).toContainText("Row 3, Review date: '31/02/2026' is not a date: February 2026 has no day 31.");
  await expect(problems).toContainText('Row 4, Title: the evidence has no title.');
  await expect(problems).toContainText("Row 4, Marking: 'Secret' is not a sensitivity.");
  await expect(dialog.getByRole('button', { name: /^Import 3 rows$/ })).toBeDisabled();
  await expect(dialog.getByRole('row', { name: /^2 Add/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // Nothing was imported.
  expect((await host.call('evidence.list', {})).total).toBe(0);

  const good = await saveFile(host.dir, 'register.csv', csv([['Ref', 'Title', 'Review date'], ['E101', 'Case-file audit, October', '30/11/2026'], ['E102', 'Practice week', '28/02/2027']]));
  host.queueChosenFiles([good]);
  await dialog.getByRole('button', { name: 'Choose another file…' }).click();
  await expect(dialog.getByText('Ready: 2 to add, 0 to change, 0 unchanged.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(dialog.getByText('Imported 2 rows from register.csv: 2 added, 0 changed, 0 unchanged.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  // The library shows them without a reload: the import's change event refreshed it.
  await expect(page.getByRole('row', { name: /Practice week/ })).toBeVisible();
});
