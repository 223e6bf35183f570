// The evidence library: adding an item with a file, finding it again, filtering and sorting, linking it
// to an area of the open pack, and what happens when a file cannot be attached.
import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { MAX_ATTACHMENT_BYTES } from '../../src/shared/domain';
import { populateLargePack } from '../../src/core/demo/large';
import { expectNoAxeViolations } from './axe';
import { expect, openApp, test, type BrowserHost } from './fixtures';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

async function openDemoPack(page: Page): Promise<void> {
  await page.getByRole('link', { name: /self-evaluation 2025–26/ }).first().click();
  await nav(page).getByRole('link', { name: 'Action plan' }).waitFor();
}

async function openLibrary(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: 'Evidence library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Evidence library' })).toBeVisible();
  await expect(page.locator('tr[data-evidence-id]').first()).toBeVisible();
}

/** Selects the option whose text contains `text` (area options are indented by depth). */
async function selectContaining(select: Locator, text: string): Promise<void> {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  if (value === null) throw new Error(`No option containing "${text}"`);
  await select.selectOption(value);
}

const rows = (page: Page) => page.locator('tr[data-evidence-id]');
const panel = (page: Page) => page.getByRole('dialog');

async function addEvidence(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Add evidence' }).first().click();
  const dialog = panel(page);
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Type').selectOption({ label: 'Case-file audit' });
  await dialog.getByLabel('Owner').fill('Priya Shah');
  await dialog.getByLabel('Review due').fill('2027-04-30');
  await dialog.getByRole('button', { name: 'Add evidence' }).click();
  await expect(dialog.getByRole('heading', { level: 2 })).toContainText(title);
  await expect(dialog.getByRole('heading', { name: 'Files' })).toBeVisible();
}

async function evidenceIdByTitle(host: BrowserHost, title: string): Promise<string> {
  const { items } = await host.call('evidence.list', { text: title, limit: 5 });
  const item = items.find((i) => i.title === title);
  if (!item) throw new Error(`No evidence called "${title}"`);
  return item.id;
}

test.describe('with the demo council', () => {
  test.use({ demo: true });

  test('adds evidence with a file, finds it by search and links it to an area of the open pack', async ({ page, host }) => {
    const file = join(host.dir, 'Neglect audit October 2026.pdf');
    await writeFile(file, '%PDF-1.4\n% A small test file\n');
    await openApp(page, host);
    await openDemoPack(page);
    await openLibrary(page);

    const title = 'Neglect themed audit, October 2026';
    await addEvidence(page, title);
    const dialog = panel(page);

    host.queueChosenFiles([file]);
    await dialog.getByRole('button', { name: 'Choose files…' }).click();
    await expect(dialog.getByRole('list', { name: 'Attached files' })).toContainText('Neglect audit October 2026.pdf');
    expect(host.calls.chooseFiles.at(-1)?.multiple).toBe(true);

    // Open hands the shell a private copy; the path ends with the file's own name.
    await dialog.getByRole('button', { name: 'Open Neglect audit October 2026.pdf' }).click();
    await expect.poll(() => host.calls.openPath.length).toBe(1);
    expect(host.calls.openPath[0]).toMatch(/Neglect audit October 2026\.pdf$/);

    const saveTo = join(host.dir, 'copy.pdf');
    host.queueSavePath(saveTo);
    await dialog.getByRole('button', { name: 'Save a copy of Neglect audit October 2026.pdf' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Saved a copy' })).toHaveText(`Saved a copy to ${saveTo}`);

    await selectContaining(dialog.getByLabel('Area', { exact: true }), 'children in care');
    await dialog.getByRole('textbox', { name: 'What it shows about this area' }).last().fill('Plans for neglect cases were SMART in 7 of 10 files.');
    await dialog.getByRole('button', { name: 'Link to area' }).click();
    await expect(dialog.getByRole('button', { name: /^Unlink from .*children in care/ })).toBeVisible();

    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole('searchbox', { name: 'Search' }).fill('neglect themed');
    await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('1 item match');
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first()).toContainText(title);
    await expect(rows(page).first()).toContainText('Supports The experiences and progress of children in care');

    const id = await evidenceIdByTitle(host, title);
    const saved = await host.call('evidence.get', { evidenceId: id });
    expect(saved.attachments.map((a) => a.fileName)).toEqual(['Neglect audit October 2026.pdf']);
    expect(saved.links).toHaveLength(1);
    expect(saved.links[0]!.note).toBe('Plans for neglect cases were SMART in 7 of 10 files.');
    expect(saved.evidence.owner).toBe('Priya Shah');
    expect(saved.evidence.reviewDue).toBe('2027-04-30');
  });

  test('filters by freshness, type and sensitivity, and sorts by clicking a column heading', async ({ page, host }) => {
    await openApp(page, host);
    await openDemoPack(page);
    await openLibrary(page);

    const outOfDate = await host.call('evidence.list', { freshness: 'out_of_date', limit: 500 });
    expect(outOfDate.total, 'the demo has some out-of-date evidence').toBeGreaterThan(0);
    await page.getByLabel('Freshness').selectOption({ label: 'Out of date' });
    await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText(`${outOfDate.total} ${outOfDate.total === 1 ? 'item' : 'items'} match`);
    await expect(rows(page)).toHaveCount(outOfDate.total);
    for (const row of await rows(page).all()) await expect(row).toContainText('Out of date');

    await page.getByRole('button', { name: /Clear filters/ }).click();
    const audits = await host.call('evidence.list', { type: 'case_file_audit', limit: 500 });
    await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Case-file audit' });
    await expect(rows(page)).toHaveCount(audits.total);
    for (const row of await rows(page).all()) await expect(row).toContainText('Case-file audit');

    await page.getByRole('button', { name: /Clear filters/ }).click();
    const sensitive = await host.call('evidence.list', { sensitivity: 'official_sensitive', limit: 500 });
    await page.getByLabel('Sensitivity').selectOption({ label: 'OFFICIAL-SENSITIVE' });
    await expect(rows(page)).toHaveCount(sensitive.total);
    await page.getByRole('button', { name: /Clear filters/ }).click();

    const titleHeader = page.getByRole('columnheader', { name: /Title/ });
    await expect(titleHeader).toHaveAttribute('aria-sort', 'none');
    await expect(page.getByRole('columnheader', { name: /Ref/ })).toHaveAttribute('aria-sort', 'ascending');
    await titleHeader.getByRole('button').click();
    await expect(titleHeader).toHaveAttribute('aria-sort', 'ascending');
    const byTitle = await host.call('evidence.list', { sort: 'title', direction: 'asc', limit: 1 });
    await expect(rows(page).first()).toContainText(byTitle.items[0]!.title);
    await titleHeader.getByRole('button').click();
    await expect(titleHeader).toHaveAttribute('aria-sort', 'descending');
    const byTitleDesc = await host.call('evidence.list', { sort: 'title', direction: 'desc', limit: 1 });
    await expect(rows(page).first()).toContainText(byTitleDesc.items[0]!.title);
  });

  test('a file over the size limit, or one that has gone, is refused in place and nothing is lost', async ({ page, host }) => {
    const good = join(host.dir, 'scorecard.csv');
    await writeFile(good, 'measure,value\nre-referrals,21%\n');
    const huge = join(host.dir, 'Full case records scan.pdf');
    await writeFile(huge, '');
    await truncate(huge, MAX_ATTACHMENT_BYTES + 1024 * 1024); // sparse: no real 51 MB written
    const missing = join(host.dir, 'moved-away.docx');

    await openApp(page, host);
    await openDemoPack(page);
    await openLibrary(page);
    const title = 'Performance scorecard, quarter 2';
    await addEvidence(page, title);
    const dialog = panel(page);
    host.queueChosenFiles([good]);
    await dialog.getByRole('button', { name: 'Choose files…' }).click();
    await expect(dialog.getByRole('list', { name: 'Attached files' })).toContainText('scorecard.csv');

    // A description typed but not yet saved stays where it is while files are refused.
    const description = dialog.getByLabel('Description');
    await description.fill('Quarter 2 scorecard with re-referral rates.');

    host.queueChosenFiles([huge, missing]);
    await dialog.getByRole('button', { name: 'Choose files…' }).click();
    const problems = dialog.getByRole('alert').filter({ hasText: 'not attached' });
    await expect(problems).toContainText('Full case records scan.pdf');
    await expect(problems).toContainText('50 MB');
    await expect(problems).toContainText('moved-away.docx');
    await expect(description).toHaveValue('Quarter 2 scorecard with re-referral rates.');
    await expect(dialog.getByRole('list', { name: 'Attached files' }).getByRole('listitem')).toHaveCount(1);
    await expectNoAxeViolations(page);

    // The description saves when the person moves on.
    await description.blur();
    const id = await evidenceIdByTitle(host, title);
    await expect.poll(async () => (await host.call('evidence.get', { evidenceId: id })).evidence.description).toBe(
      'Quarter 2 scorecard with re-referral rates.',
    );
    expect((await host.call('evidence.get', { evidenceId: id })).attachments).toHaveLength(1);
  });

  test('a refused item says every problem at once beside its field, keeps what was typed, and goes to the first', async ({ page, host }) => {
    await openApp(page, host);
    await openDemoPack(page);
    await openLibrary(page);
    await page.getByRole('button', { name: 'Add evidence' }).first().click();
    const dialog = panel(page);
    await dialog.getByLabel('Owner').fill('Head of quality assurance');
    await dialog.getByRole('button', { name: 'Add evidence' }).click();
    await expect(dialog.getByText('Enter a title')).toBeVisible();
    await expect(dialog.getByText('Choose the type of evidence')).toBeVisible();
    await expect(dialog.getByLabel('Title')).toBeFocused();
    await dialog.getByLabel('Title').fill('Staff survey, autumn 2026');
    await dialog.getByLabel('Type').selectOption({ label: 'Staff survey' });
    await dialog.getByLabel('Review due').fill('31/02/2027');
    await dialog.getByRole('button', { name: 'Add evidence' }).click();
    await expect(dialog.getByText('Enter a real date, like 23/11/2026')).toBeVisible();
    await expect(dialog.getByText('Enter a title')).toBeHidden();
    await expect(dialog.getByLabel('Review due')).toBeFocused();
    await expect(dialog.getByLabel('Review due')).toHaveValue('31/02/2027');
    await expect(dialog.getByLabel('Owner')).toHaveValue('Head of quality assurance');
    await dialog.getByLabel('Review due').fill('28/02/2027');
    await dialog.getByRole('button', { name: 'Add evidence' }).click();
    await expect(dialog.getByRole('heading', { level: 2 })).toContainText('Staff survey, autumn 2026');
    expect((await host.call('evidence.list', { text: 'Staff survey, autumn 2026', limit: 5 })).items[0]).toMatchObject({
      owner: 'Head of quality assurance',
      reviewDue: '2027-02-28',
    });
  });

  test('files dropped on the panel are attached in the desktop app, and the page says so elsewhere', async ({ page, host }) => {
    const file = join(host.dir, 'supervision dip sample.txt');
    await writeFile(file, 'Supervision dip sample, November 2026');
    await openApp(page, host);
    await openDemoPack(page);
    await openLibrary(page);
    await addEvidence(page, 'Supervision dip sample');
    const dialog = panel(page);

    const drop = async (name: string) => {
      const dataTransfer = await page.evaluateHandle((n) => {
        const dt = new DataTransfer();
        dt.items.add(new File(['dropped'], n, { type: 'text/plain' }));
        return dt;
      }, name);
      await dialog.dispatchEvent('dragover', { dataTransfer });
      await dialog.dispatchEvent('drop', { dataTransfer });
    };

    await drop('not-mapped.txt');
    await expect(dialog.getByRole('alert').filter({ hasText: 'Drag and drop works in the SEF Studio desktop app' })).toBeVisible();

    await host.mapDroppedFile('supervision dip sample.txt', file);
    await drop('supervision dip sample.txt');
    await expect(dialog.getByRole('list', { name: 'Attached files' })).toContainText('supervision dip sample.txt');
  });

  test('keyboard: arrow keys move between rows and Enter opens one', async ({ page, host }) => {
    await openApp(page, host);
    await openDemoPack(page);
    await openLibrary(page);
    const first = rows(page).first();
    await first.focus();
    await page.keyboard.press('ArrowDown');
    const second = rows(page).nth(1);
    await expect(second).toBeFocused();
    await expect(second).toHaveAttribute('tabindex', '0');
    await expect(first).toHaveAttribute('tabindex', '-1');
    const secondRef = (await second.locator('td').first().textContent())!;
    await page.keyboard.press('Enter');
    const dialog = panel(page);
    await expect(dialog.getByRole('heading', { level: 2 })).toContainText(secondRef);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('deletes an item only after confirming, and explains when it cannot', async ({ page, host }) => {
    const extra = await host.call('evidence.create', { title: 'Draft feedback summary for deletion', type: 'feedback' });
    await openApp(page, host);
    await openDemoPack(page);
    await openLibrary(page);

    // An item that supports last year's approved pack is kept, and the dialog says why and what to do.
    const packs = await host.call('packs.list', {});
    const approved = packs.find((p) => p.status === 'approved');
    if (approved) {
      const { items } = await host.call('evidence.list', { packId: approved.id, limit: 500 });
      const cited = items.find((i) => i.linkedAreas.length > 0);
      if (cited) {
        await page.getByRole('searchbox', { name: 'Search' }).fill(cited.title);
        await page.locator(`tr[data-evidence-id="${cited.id}"]`).click();
        await panel(page).first().getByRole('button', { name: 'Delete evidence item' }).click();
        const confirm = page.getByRole('dialog', { name: `Delete ${cited.reference}?` });
        await confirm.getByRole('button', { name: 'Delete evidence item' }).click();
        await expect(confirm.getByRole('alert')).toContainText('approved pack');
        await confirm.getByRole('button', { name: 'Cancel' }).click();
        await page.keyboard.press('Escape');
        expect((await host.call('evidence.get', { evidenceId: cited.id })).evidence.title).toBe(cited.title);
      }
    }

    await page.getByRole('searchbox', { name: 'Search' }).fill('Draft feedback summary for deletion');
    await page.locator(`tr[data-evidence-id="${extra.id}"]`).click();
    const dialog = page.getByRole('dialog', { name: new RegExp(`^${extra.reference}:`) });
    await dialog.getByRole('button', { name: 'Delete evidence item' }).click();
    const confirm = page.getByRole('dialog', { name: `Delete ${extra.reference}?` });
    await expect(confirm).toContainText('This cannot be undone');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Delete evidence item' }).click();
    await confirm.getByRole('button', { name: 'Delete evidence item' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator(`tr[data-evidence-id="${extra.id}"]`)).toHaveCount(0);
    await expect(page.getByText('No evidence matches')).toBeVisible();
  });
});

test.describe('a large library', () => {
  test('only the rows in view are in the page, and the table still reaches the last item', async ({ page, host }) => {
    await populateLargePack(host.ctx, { evidence: 3000, actions: 10, narrativeWords: 500 });
    const total = (await host.call('evidence.list', { limit: 1 })).total;
    const last = (await host.call('evidence.list', { sort: 'reference', direction: 'desc', limit: 1 })).items[0]!;
    await openApp(page, host);
    await nav(page).getByRole('link', { name: 'Evidence library' }).click();
    const table = page.getByRole('table', { name: /Evidence library/ });
    await expect(table).toHaveAttribute('aria-rowcount', String(total + 1));
    await expect(rows(page).first()).toBeVisible();
    expect(await rows(page).count()).toBeLessThan(80);

    await rows(page).first().focus();
    await page.keyboard.press('End');
    const lastRow = page.locator(`tr[aria-rowindex="${total + 1}"]`);
    await expect(lastRow).toBeFocused();
    await expect(lastRow).toContainText(last.reference);
    expect(await rows(page).count()).toBeLessThan(80);
    await expectNoAxeViolations(page);
  });
});
