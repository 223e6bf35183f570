// Screens that fit: the action plan at 1024 px and at 200% zoom, the evidence library's wrapping rows,
// date and freshness, and quiet OFFICIAL marking, the area's section links and single wording notice,
// the sidebar folded behind Menu in a narrow window, and the overview's areas table and the indicators
// screen's figures table whole at 1024 px.
import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, openApp, test } from './fixtures';
import { layoutProblems } from './fits';
import { firstGradedArea, makePack, openArea, openPack, setDisplayName } from './pack-helpers';
import { WINDOW_SIZES } from './screens';

const [, LAPTOP, ZOOMED] = WINDOW_SIZES;
const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('the action plan keeps its Action column readable at 1024 px, and scrolls sideways at 200% zoom and says so', async ({
  page,
  host,
}) => {
  await setDisplayName(host, 'Alex Morgan');
  const pack = await makePack(host);
  await host.call('actions.create', {
    packId: pack.id,
    title: 'Reduce agency social workers to below 15% through the academy and the retention offer',
    owner: 'Kwame Mensah, Workforce Development Lead',
    dueDate: '2027-03-31',
    rag: 'amber',
  });
  await openPack(page, host, pack.title);
  await nav(page).getByRole('link', { name: 'Action plan' }).click();
  const action = page.getByRole('columnheader', { name: 'Action' });

  await page.setViewportSize({ width: LAPTOP.width, height: LAPTOP.height });
  // At least 12rem (180 px, less its borders): a few words a line, never a letter a line.
  await expect.poll(async () => (await action.boundingBox())!.width).toBeGreaterThanOrEqual(176);
  await expect(page.getByText('scroll sideways')).toHaveCount(0);
  expect(await layoutProblems(page)).toEqual([]);

  await page.setViewportSize({ width: ZOOMED.width, height: ZOOMED.height });
  await expect.poll(async () => (await action.boundingBox())!.width).toBeGreaterThanOrEqual(176);
  await expect(page.getByText('Wider than the window: scroll sideways to see every column.')).toBeVisible();
  // The table's box is a named region in the tab order, so the keyboard scrolls it too.
  const box = page.getByRole('region', { name: 'Action plan' });
  await expect(box).toHaveAttribute('tabindex', '0');
  await box.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  expect(await layoutProblems(page)).toEqual([]);
  await expectNoAxeViolations(page);
});

test('evidence rows wrap long titles whole, show the date with its freshness, and mark only what is not OFFICIAL', async ({
  page,
  host,
}) => {
  const long =
    'Multi-agency audit of the front door: timeliness and quality of strategy discussions, section 47 enquiries and step-down to early help, October 2026';
  await host.call('evidence.create', { title: long, type: 'case_file_audit', effectiveDate: '2026-10-12', reviewDue: '2027-10-12' });
  await host.call('evidence.create', {
    title: 'Supervision file sample',
    type: 'case_file_audit',
    sensitivity: 'official_sensitive',
    effectiveDate: '2024-01-10',
    reviewDue: '2025-01-10',
  });
  await openApp(page, host);
  await page.setViewportSize({ width: LAPTOP.width, height: LAPTOP.height });
  await nav(page).getByRole('link', { name: 'Evidence library' }).click();
  const longRow = page.locator('tr[data-evidence-id]').filter({ hasText: 'Multi-agency audit' });
  const title = longRow.locator('.evidence-table__title');
  await expect(title).toHaveText(long);
  // Whole: the title is not cut off, and the row grew (past the 56 px estimate) to hold it.
  expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight)).toBe(true);
  expect((await longRow.boundingBox())!.height).toBeGreaterThan(70);
  const dated = longRow.getByRole('cell').nth(4);
  await expect(dated).toContainText('12/10/2026');
  await expect(dated).toContainText('In date');
  await expect(dated).toContainText('Review by 12/10/2027');

  const sensitiveRow = page.locator('tr[data-evidence-id]').filter({ hasText: 'Supervision file sample' });
  await expect(sensitiveRow.getByRole('cell').nth(4)).toContainText('Out of date');
  await expect(sensitiveRow.getByRole('cell').nth(5).locator('.tag')).toHaveText('OFFICIAL-SENSITIVE');
  await expect(longRow.getByRole('cell').nth(5)).toHaveText('OFFICIAL');
  await expect(longRow.getByRole('cell').nth(5).locator('.tag')).toHaveCount(0);
  expect(await layoutProblems(page)).toEqual([]);

  // The keyboard still moves row to row over rows of different heights.
  await page.locator('tr[data-evidence-id]').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(sensitiveRow).toBeFocused();
  await page.keyboard.press('Home');
  await expect(longRow).toBeFocused();
  await expectNoAxeViolations(page);
});

test('the area has one wording notice and section links that take the keyboard to each part', async ({ page, host }) => {
  await setDisplayName(host, 'Alex Morgan');
  const pack = await makePack(host);
  const area = await firstGradedArea(host, pack.id);
  await openPack(page, host, pack.title);
  await openArea(page, area.title);
  await expect(page.getByText(/not Ofsted.s wording/)).toHaveCount(1);
  const sections = page.getByRole('navigation', { name: 'Sections of this area' });
  await expect(sections.getByRole('link')).toHaveText([
    'Self-grade',
    'What do you know about the quality and impact of social work practice in your local authority?',
    'How do you know it?',
    /What are your plans/,
    'Strengths and areas for development',
    'Evidence',
    'Actions',
    'Review and comments',
  ]);
  await sections.getByRole('link', { name: 'Evidence', exact: true }).click();
  await expect(page.locator('#area-section-evidence')).toBeFocused();
  await expect(page.getByRole('region', { name: 'Evidence: how we know' })).toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Link evidence' })).toBeFocused();
  await sections.getByRole('link', { name: 'How do you know it?' }).click();
  await expect(page.getByRole('region', { name: 'How do you know it?' })).toBeFocused();

  // At 200% zoom the links come first, above the grade.
  await page.setViewportSize({ width: ZOOMED.width, height: ZOOMED.height });
  await page.locator('.app-main').evaluate((el) => el.scrollTo(0, 0));
  const linksTop = (await sections.boundingBox())!.y;
  const gradeTop = (await page.getByRole('heading', { name: 'Self-grade' }).boundingBox())!.y;
  expect(linksTop).toBeLessThan(gradeTop);
  expect(await layoutProblems(page)).toEqual([]);
  await expectNoAxeViolations(page);
});

test('in a narrow window the sidebar folds behind Menu, which opens it, closes with Escape, and closes after a choice', async ({
  page,
  host,
}) => {
  await openApp(page, host);
  await page.setViewportSize({ width: ZOOMED.width, height: ZOOMED.height });
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(nav(page)).toBeHidden();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await expect(nav(page)).toBeVisible();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expectNoAxeViolations(page);
  await nav(page).getByRole('link', { name: 'Settings' }).focus();
  await page.keyboard.press('Escape');
  await expect(nav(page)).toBeHidden();
  await expect(menu).toBeFocused();
  await menu.click();
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(nav(page)).toBeHidden();

  // Wide again: the sidebar is always there and Menu is not.
  await page.setViewportSize({ width: LAPTOP.width, height: LAPTOP.height });
  await expect(nav(page)).toBeVisible();
  await expect(menu).toBeHidden();
});

test.describe('with the demo data', () => {
  test.use({ demo: true });

  /**
   * At 1024 px the whole table is in view, its sideways scroll box with nothing more to show; at 200% zoom
   * nothing is cut off (a table may scroll there, saying so). Screenshots of both go to test-results/layout/.
   */
  async function fitsThenReflows(page: Page, table: Locator, shot: string) {
    await expect(table.getByRole('row').nth(1)).toBeVisible();
    // Polled: the screen lays itself out again as the rest of its data arrives.
    const scrolls = () =>
      table.evaluate((el) => {
        const box = el.closest('[data-scroll-box]') ?? el.parentElement!;
        return box.scrollWidth > box.clientWidth + 1;
      });
    await expect.poll(scrolls).toBe(false);
    await expect(page.getByText('scroll sideways')).toHaveCount(0);
    await expect.poll(() => layoutProblems(page)).toEqual([]);
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/layout/${shot}-1024.png` });

    await page.setViewportSize({ width: ZOOMED.width, height: ZOOMED.height });
    await expect.poll(() => layoutProblems(page)).toEqual([]);
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/layout/${shot}-zoom200.png` });
    await expectNoAxeViolations(page);
  }

  test('the overview’s areas table fits 1024 px with no sideways scroll, and reflows at 200% zoom', async ({ page, host }) => {
    await openApp(page, host);
    await page.setViewportSize({ width: LAPTOP.width, height: LAPTOP.height });
    await page.getByRole('link', { name: /self-evaluation 2025–26/ }).first().click();
    await fitsThenReflows(page, page.getByRole('table', { name: 'Judgement areas with their self-grades and readiness' }), 'overview-areas');
  });

  test('the indicators screen’s figures table fits 1024 px with no sideways scroll, and reflows at 200% zoom', async ({ page, host }) => {
    await openApp(page, host);
    await page.setViewportSize({ width: LAPTOP.width, height: LAPTOP.height });
    await nav(page).getByRole('link', { name: 'Indicators' }).click();
    await fitsThenReflows(page, page.getByRole('table', { name: 'Figures for Re-referrals within 12 months of a previous referral' }), 'indicator-figures');
  });
});
