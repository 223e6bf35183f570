// The inspection cycle on screen, against the real core: a pack whose framework has been replaced says so
// and moves (the list of what cannot be carried shown first, kept afterwards, the move undone); grades
// over time as a chart and a table; deadlines on the inspection and in readiness; limiting rules where
// the director grades; the action plan as at the pack's date beside today; the inspection-day kit; the
// annual engagement meeting; and next year's pack offered the framework in force. axe on each.
import type { Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoAxeViolations } from './axe';
import { expect, openApp, test, type BrowserHost } from './fixtures';
import { openPack } from './pack-helpers';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

async function areaIds(host: BrowserHost, packId: string): Promise<Record<string, string>> {
  return Object.fromEntries((await host.call('packs.get', { packId })).areas.map((a) => [a.areaKey, a.id]));
}

test('a pack on a replaced framework says so, lists what cannot be carried, moves, keeps it, and undoes the move', async ({ page, host }) => {
  const pack = await host.call('packs.create', { title: 'SEF 2025–26 on ILACS 2023', frameworkId: 'ilacs-2023', period: '2025–26', asAt: '2026-11-20' });
  const areas = await areaIds(host, pack.id);
  await host.call('areas.update', { areaId: areas.leaders!, grade: 'good' });
  await host.call('areas.update', { areaId: areas['overall-effectiveness']!, grade: 'requires-improvement', strengths: ['One improvement plan'] });
  const audit = await host.call('evidence.create', { title: 'Case-file audit, October 2026', type: 'case_file_audit' });
  await host.call('narratives.save', {
    areaId: areas['overall-effectiveness']!,
    sectionId: 'what-we-know',
    doc: {
      type: 'doc',
      blocks: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Practice is improving across the service (' }, { type: 'citation', evidenceId: audit.id }, { type: 'text', text: ').' }] },
        { type: 'bullet_list', items: [[{ type: 'text', text: 'Visits on time' }], [{ type: 'text', text: 'Plans reviewed' }]] },
      ],
    },
  });
  await openPack(page, host, pack.title);

  const notice = page.getByRole('region', { name: 'Framework replaced' });
  await expect(notice).toContainText('ILACS 2023 had been replaced by ILACS 2026 (in force from 1 April 2026) by this pack’s as-at date, 20 November 2026');
  await notice.getByRole('button', { name: 'Review the move to ILACS 2026' }).click();
  const dialog = page.getByRole('dialog', { name: 'Move this pack onto ILACS 2026' });
  await expect(dialog.getByRole('table')).toContainText('The impact of leaders on social work practice with children and families');
  await expect(dialog.getByRole('heading', { name: /What cannot be carried \(\d+\)/ })).toBeVisible();
  const kept = dialog.getByRole('region', { name: 'Kept from Overall effectiveness' });
  await expect(kept).toContainText('Grade: Requires improvement to be good');
  // The kept text reads as it was written: its citation as the item's reference (and, for screen readers,
  // its title), its list as a list.
  await expect(kept).toContainText(`Practice is improving across the service ([${audit.reference}] (Case-file audit, October 2026)).`);
  await expect(kept.locator('.kept__text li')).toHaveText(['Visits on time', 'Plans reviewed']);
  await expect(kept).toContainText('One improvement plan');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Move onto ILACS 2026' }).click();
  await expect(dialog).toBeHidden();

  const moved = page.getByRole('region', { name: 'Framework move' });
  await expect(moved).toContainText('Moved from ILACS 2023 onto ILACS 2026');
  await expect(page.getByRole('region', { name: 'Framework replaced' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: pack.title })).toBeVisible();
  await expect(nav(page).getByRole('link', { name: 'Overall effectiveness' })).toHaveCount(0);
  await moved.getByText(/What was kept/).click();
  await expect(moved.getByRole('region', { name: 'Kept from Overall effectiveness' })).toContainText(`Practice is improving across the service ([${audit.reference}] (Case-file audit, October 2026)).`);
  await expectNoAxeViolations(page);

  await moved.getByRole('button', { name: 'Undo the move' }).click();
  await expect(page.getByRole('region', { name: 'Framework replaced' })).toBeVisible();
  await expect(nav(page).getByRole('link', { name: 'Overall effectiveness' })).toBeVisible();
  expect((await host.call('packs.get', { packId: pack.id })).pack.frameworkId).toBe('ilacs-2023');
});

test('starting from last year’s pack offers the framework in force at the new date', async ({ page, host }) => {
  const last = await host.call('packs.create', { title: 'SEF 2024–25', frameworkId: 'ilacs-2023', period: '2024–25', asAt: '2025-05-30' });
  await openApp(page, host);
  await page.getByRole('button', { name: /Start from last year/ }).click();
  const dialog = page.getByRole('dialog', { name: "Start from last year's pack" });
  await dialog.getByLabel('As at').fill('20/11/2026');
  await expect(dialog.getByRole('group', { name: 'Framework' })).toContainText('had been replaced by ILACS 2026');
  await expect(dialog.getByRole('radio', { name: /ILACS 2026.*the framework in force/ })).toBeChecked();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Create pack' }).click();
  await expect(page.getByRole('region', { name: 'Framework move' })).toContainText('onto ILACS 2026');
  const packs = await host.call('packs.list', {});
  expect(packs.find((p) => p.id !== last.id)!.frameworkId).toBe('ilacs-2026');
});

test('limiting judgements are stated where the director grades, and broken ones on the overview', async ({ page, host }) => {
  const pack = await host.call('packs.create', { title: 'Agency self-evaluation 2026', frameworkId: 'sccif', period: '2026', asAt: '2026-10-01' });
  const areas = await areaIds(host, pack.id);
  await host.call('areas.update', { areaId: areas['overall-experiences-and-progress']!, grade: 'good' });
  await openPack(page, host, pack.title);
  await nav(page).getByRole('link', { name: 'How well children and young people are helped and protected' }).click();
  const rules = page.getByRole('list', { name: 'Limiting judgements' });
  await expect(rules).toContainText('if it is inadequate, the overall experiences and progress of children and young people is inadequate');
  await page.getByRole('group', { name: 'Grade', exact: true }).getByRole('radio', { name: /^Inadequate/ }).check();
  await expect(rules.getByRole('alert')).toContainText('These grades disagree: "Overall experiences and progress of children and young people" is graded Good, but it cannot be better than Inadequate while');
  await expectNoAxeViolations(page);
  await nav(page).getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('region', { name: 'Limiting judgements broken' })).toContainText('The pack cannot be approved until they agree');
});

test.describe('with the demo council', () => {
  test.use({ demo: true });

  test('grades over time: every graded inspection as a chart and a table, the comparison point named', async ({ page, host }) => {
    await openApp(page, host);
    await page.getByRole('link', { name: /self-evaluation 2025–26/ }).first().click();
    await page.getByRole('tab', { name: 'Grades over time' }).click();
    const figure = page.getByRole('figure', { name: 'Grades over time' });
    await expect(figure).toContainText('The direction of travel compares with ILACS standard inspection, March 2023');
    await expect(figure.getByRole('img')).toHaveAttribute('aria-label', /2010 Inadequate, 2016 Requires improvement/);
    const rows = figure.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(6);
    await expect(rows.nth(1)).toContainText('Inspection of safeguarding and looked after children services, June 2010');
    await expect(figure.getByRole('row', { name: /March 2023.*the comparison point/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a deadline running shows on the inspection and in readiness', async ({ page, host }) => {
    await openApp(page, host);
    await page.getByRole('link', { name: /self-evaluation 2025–26/ }).first().click();
    await page.getByRole('tab', { name: 'Readiness' }).click();
    const deadlines = page.getByRole('region', { name: 'Deadlines after inspections' });
    await expect(deadlines).toContainText('Draft action plan to Ofsted');
    await expect(deadlines).toContainText('Due 4 December 2026 (9 working days left)');
    await nav(page).getByRole('link', { name: 'Inspections and visits' }).click();
    const visit = page.getByRole('article', { name: 'Focused visit: care leavers, October 2026' });
    await expect(visit).toContainText('Within 20 working days of the letter’s publication on 6 November 2026');
    await expect(visit).toContainText('Running');
    await expect(page.getByRole('article', { name: 'ILACS standard inspection, March 2023' })).toContainText('Sent in time');
    await expectNoAxeViolations(page);
  });

  test('an approved pack’s action plan counts as at its own date, with today’s position beside it', async ({ page, host }) => {
    await openApp(page, host);
    await page.getByRole('link', { name: /self-evaluation 2024–25/ }).first().click();
    // The overview says it the same way: the pack's date first, in words when there were none.
    await expect(page.locator('.stats')).toContainText(/None overdue as at 30\/05\/2025, the pack’s date; \d+ today/);
    await nav(page).getByRole('link', { name: 'Action plan' }).click();
    const summary = page.getByRole('list', { name: 'Action plan summary' });
    await expect(summary).toContainText('0 overdue as at 30/05/2025, the pack’s date');
    await expect(summary).toContainText(/\d+ overdue today, 23\/11\/2026/);
    await expect(page.locator('tr[data-action-id]').filter({ hasText: 'Overdue today' }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the inspection-day kit: owners and statuses, an item of our own, exported as a Word checklist', async ({ page, host }) => {
    await openApp(page, host);
    await nav(page).getByRole('link', { name: 'Inspection-day kit' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Inspection-day kit' })).toBeVisible();
    await expect(page.getByText(/The self-evaluation handed over is Children's services self-evaluation 2024–25/)).toBeVisible();
    const list10 = page.locator('li[data-kit-key="annex-a-10"]');
    await list10.getByLabel('Who prepares it').fill('Head of adoption');
    await list10.getByLabel('Status').selectOption({ label: 'In progress' });
    await expect(list10.getByText('In progress', { exact: true }).first()).toBeVisible();
    await page.getByLabel('What it is').fill('Rota of duty managers');
    await page.getByRole('button', { name: 'Add item' }).click();
    await expect(page.getByRole('heading', { name: 'Rota of duty managers' })).toBeVisible();
    await expectNoAxeViolations(page);
    const target = join(host.dir, 'kit.docx');
    host.queueSavePath(target);
    await page.getByRole('button', { name: 'Export as Word checklist…' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved kit.docx' })).toBeVisible();
    expect(existsSync(target)).toBe(true);
    expect((await host.call('kit.get', {})).sections[0]!.items[9]).toMatchObject({ owner: 'Head of adoption', status: 'in_progress' });
  });

  test('the annual engagement meetings: the version shared, what is sent and when', async ({ page, host }) => {
    await openApp(page, host);
    await nav(page).getByRole('link', { name: 'Engagement meetings' }).click();
    const next = page.getByRole('article', { name: 'Meeting on 10 December 2026' });
    await expect(next).toContainText('Self-evaluation 2025–26');
    await expect(next.getByRole('row', { name: /Draft action plan after the October 2026 focused visit/ })).toContainText('Not yet sent');
    await expect(page.getByRole('article', { name: 'Meeting on 3 July 2025' })).toContainText("Children's services self-evaluation 2024–25, as it stood at version");
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Record a meeting' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record an engagement meeting' });
    await dialog.getByLabel('Date of the meeting').fill('09/12/2027');
    await dialog.getByRole('button', { name: 'Add something sent' }).click();
    await dialog.getByLabel('Item 1', { exact: true }).fill('Self-evaluation 2026–27');
    await dialog.getByLabel('Send item 1 by').fill('25/11/2027');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Record meeting' }).click();
    await expect(page.getByRole('article', { name: 'Meeting on 9 December 2027' })).toContainText('Self-evaluation 2026–27');
  });

  test('the adult social care pack shows each score as a number with its words, and 8 of 9 scored', async ({ page, host }) => {
    await openApp(page, host);
    await page.getByRole('link', { name: /Adult social care self-assessment 2026/ }).first().click();
    await expect(page.locator('.stats')).toContainText('72%');
    // One statement not scored yet, so the band may still move.
    await expect(page.locator('.stats')).toContainText('Provisionally Good; 8 of 9 scored');
    const areas = page.getByRole('table', { name: /Judgement areas/ });
    await expect(areas).toContainText('3 – Good standard');
    // CQC assesses; it does not inspect.
    await expect(areas.getByRole('columnheader', { name: 'Since the last assessment' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
