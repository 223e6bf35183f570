// Inspections and visits: recording one with its grades, adding a recommendation and tracking its
// status and progress where it is shown, and the demo council's history on screen.
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, openApp, test } from './fixtures';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

async function openInspections(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: 'Inspections and visits' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inspections and visits' })).toBeVisible();
}

test('records an inspection with grades and a recommendation, and tracks its progress inline', async ({ page, host }) => {
  const frameworks = await host.call('frameworks.list', {});
  const ilacs = frameworks.find((f) => f.id === 'ilacs-2023') ?? frameworks[0]!;
  const framework = await host.call('frameworks.get', { frameworkId: ilacs.id });
  const good = framework.scale.levels[1]!;

  await openApp(page, host);
  await openInspections(page);
  await expect(page.getByText('No inspections recorded')).toBeVisible();
  await page.getByRole('button', { name: 'Record an inspection or visit' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Record an inspection or visit' });
  await dialog.getByLabel('Type').selectOption({ label: 'Standard inspection (ILACS)' });
  await dialog.getByLabel('Framework').selectOption(ilacs.id);
  await dialog.getByLabel('Title').fill('ILACS standard inspection, June 2026');
  await dialog.getByLabel('Start date').fill('2026-06-08');
  await dialog.getByLabel('End date').fill('2026-06-19');
  await dialog.getByLabel('Report reference').fill('80461');
  await dialog.getByLabel('Summary').fill('Services have improved since the last inspection.');
  const firstJudgement = dialog.locator('.grades-grid select').first();
  await firstJudgement.selectOption(good.id);
  await dialog.getByRole('button', { name: 'Record inspection' }).click();
  await expect(dialog).toBeHidden();

  const card = page.getByRole('article', { name: 'ILACS standard inspection, June 2026' });
  await expect(card).toContainText('Standard inspection (ILACS)');
  await expect(card).toContainText('8 June 2026 to 19 June 2026');
  await expect(card).toContainText('80461');
  await expect(card.locator('.grades-table .badge').first()).toHaveText(good.label);
  await expect(card).toContainText('No recommendations recorded');

  await card.getByRole('button', { name: 'Add recommendation' }).click();
  const rec = page.getByRole('dialog', { name: 'Add a recommendation' });
  await rec.getByLabel('Reference').fill('R1');
  await rec.getByLabel('Kind').selectOption({ label: 'Area for priority action' });
  await rec.getByLabel('What the report says').fill('Improve the timeliness of initial child protection conferences.');
  await rec.getByRole('button', { name: 'Add recommendation' }).click();
  await expect(rec).toBeHidden();
  await expect(card).toContainText('0 of 1 met');
  await expect(card.getByRole('row', { name: /R1/ })).toContainText('Area for priority action');

  await card.getByLabel('Status of R1').selectOption({ label: 'Met' });
  await expect(card).toContainText('1 of 1 met');
  const progress = card.getByLabel('Progress on R1');
  await progress.fill('Conferences within 15 working days rose from 62% to 91%.');
  await progress.blur();
  await expect(page.getByText('All changes saved')).toBeVisible();
  await expectNoAxeViolations(page);

  const [saved] = await host.call('inspections.list', {});
  expect(saved!.grades.map((g) => g.grade)).toEqual([good.id]);
  expect(saved!.recommendations[0]).toMatchObject({
    reference: 'R1',
    kind: 'area_for_priority_action',
    status: 'met',
    progress: 'Conferences within 15 working days rose from 62% to 91%.',
  });

  // Still there after a restart.
  await openApp(page, host);
  await openInspections(page);
  await expect(page.getByLabel('Progress on R1')).toHaveValue('Conferences within 15 working days rose from 62% to 91%.');
});

test('a recommendation without words is refused in place and the dialog keeps what was typed', async ({ page, host }) => {
  await host.call('inspections.create', { type: 'focused_visit', title: 'Focused visit, front door', startDate: '2026-02-10' });
  await openApp(page, host);
  await openInspections(page);
  await page.getByRole('button', { name: 'Add recommendation' }).click();
  const rec = page.getByRole('dialog', { name: 'Add a recommendation' });
  await rec.getByLabel('Reference').fill('APA1');
  await rec.getByRole('button', { name: 'Add recommendation' }).click();
  await expect(rec.getByText('Enter the recommendation')).toBeVisible();
  await expect(rec.getByLabel('Reference')).toHaveValue('APA1');
});

test.describe('with the demo council', () => {
  test.use({ demo: true });

  test("shows each inspection's grades in words and colour and how many recommendations are met", async ({ page, host }) => {
    const inspections = await host.call('inspections.list', {});
    await openApp(page, host);
    await openInspections(page);
    await expect(page.locator('article[data-inspection-id]')).toHaveCount(inspections.length);
    const graded = inspections.find((i) => i.grades.length && i.frameworkId && i.recommendations.length)!;
    const card = page.locator(`article[data-inspection-id="${graded.id}"]`);
    const framework = await host.call('frameworks.get', { frameworkId: graded.frameworkId! });
    const label = framework.scale.levels.find((l) => l.id === graded.grades[0]!.grade)!.label;
    await expect(card.locator('.grades-table tbody tr').first()).toContainText(graded.grades[0]!.areaTitle);
    await expect(card.locator('.grades-table tbody tr').first()).toContainText(label);
    const met = graded.recommendations.filter((r) => r.status === 'met').length;
    await expect(card).toContainText(`${met} of ${graded.recommendations.length} met`);
    await expectNoAxeViolations(page);
  });

  test('edits an inspection and deletes a recommendation after confirming', async ({ page, host }) => {
    const inspections = await host.call('inspections.list', {});
    const target = inspections.find((i) => i.recommendations.length)!;
    await openApp(page, host);
    await openInspections(page);
    const card = page.locator(`article[data-inspection-id="${target.id}"]`);
    await card.getByRole('button', { name: `Edit ${target.title}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit inspection or visit' });
    await dialog.getByLabel('Report reference').fill('REF-2026-1');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog).toBeHidden();
    await expect(card).toContainText('REF-2026-1');

    const rec = target.recommendations[0]!;
    await card.locator(`tr[data-recommendation-id="${rec.id}"]`).getByRole('button', { name: /^Delete/ }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this recommendation?' });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(card.locator(`tr[data-recommendation-id="${rec.id}"]`)).toBeVisible();
    await card.locator(`tr[data-recommendation-id="${rec.id}"]`).getByRole('button', { name: /^Delete/ }).click();
    await confirm.getByRole('button', { name: 'Delete recommendation' }).click();
    await expect(card.locator(`tr[data-recommendation-id="${rec.id}"]`)).toHaveCount(0);
  });
});
