// The pack overview: the areas table, the readiness charts with their text alternatives, pack details,
// sign-off (submit, approve as the named director, reopen with a reason) and the Word export dialog.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoAxeViolations } from './axe';
import type { Page } from '@playwright/test';
import { expect, openApp, test, type BrowserHost } from './fixtures';
import { makePack, openPack, setDisplayName } from './pack-helpers';

test.describe('with the demo data', () => {
  test.use({ demo: true });

  async function openDemoPack(page: Page, host: BrowserHost) {
    const packs = await host.call('packs.list', {});
    const pack = packs.find((p) => p.status !== 'approved') ?? packs[0]!;
    await openPack(page, host, pack.title);
    return pack;
  }

  test('the areas table shows grades and direction of travel in words, and a row opens its area', async ({
    page,
    host,
  }) => {
    const pack = await openDemoPack(page, host);
    const readiness = await host.call('readiness.get', { packId: pack.id });
    const table = page.getByRole('table', { name: /Judgement areas/ });
    await expect(table.getByRole('row')).toHaveCount(readiness.areas.length + 1);
    const detail = await host.call('packs.get', { packId: pack.id });
    for (const area of readiness.areas.filter((a) => a.graded)) {
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: area.title }) });
      const level = detail.framework.scale.levels.find((l) => l.id === area.grade);
      await expect(row).toContainText(level ? level.label : 'Not graded');
      await expect(row).toContainText(
        { improved: 'Improved', same: 'No change', declined: 'Declined', none: 'No previous grade' }[area.direction],
      );
    }
    await expectNoAxeViolations(page);

    const first = readiness.areas[0]!;
    await table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: first.title }) })
      .getByRole('cell')
      .nth(2)
      .click();
    await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible();
  });

  test('the readiness charts each have a summary for screen readers and a table of their figures', async ({
    page,
    host,
  }) => {
    const pack = await openDemoPack(page, host);
    const readiness = await host.call('readiness.get', { packId: pack.id });
    await page.getByRole('tab', { name: 'Readiness' }).click();
    for (const title of [
      'Evidence coverage by area',
      'Actions by RAG rating',
      'Grades now against the last inspection',
    ])
      await expect(page.getByRole('figure', { name: title })).toBeVisible();
    const coverage = page.getByRole('figure', { name: 'Evidence coverage by area' });
    await expect(coverage.getByRole('img')).toHaveAccessibleName(
      new RegExp(`${readiness.areas[0]!.title}: ${readiness.areas[0]!.evidenceCount}`),
    );
    await coverage.getByText('Show the figures as a table').click();
    await expect(coverage.getByRole('table')).toContainText(readiness.areas[0]!.title);
    const actions = page.getByRole('figure', { name: 'Actions by RAG rating' });
    await expect(actions.getByRole('img')).toHaveAccessibleName(
      new RegExp(`${readiness.actionsByRag.red ?? 0} Red: off track`),
    );
    await expectNoAxeViolations(page);
  });

  test('exports the Word pack with the chosen options, then opens it or shows it in its folder', async ({
    page,
    host,
  }) => {
    const pack = await openDemoPack(page, host);
    await page.getByRole('button', { name: 'Export Word pack' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export Word pack' });
    await expect(dialog.getByLabel('Protective marking')).toHaveValue('official');
    await expectNoAxeViolations(page);

    // A folder that does not exist: the error stays in the dialog and the options are kept.
    await dialog.getByLabel('Board paper').check();
    await dialog.getByLabel('Meeting', { exact: true }).fill('Improvement Board, 8 December 2026');
    host.queueSavePath(join(host.dir, 'no-such-folder', 'board.docx'));
    await dialog.getByRole('button', { name: 'Choose where to save…' }).click();
    await expect(dialog.getByRole('alert')).toContainText('The document was not written');
    await expect(dialog.getByLabel('Meeting', { exact: true })).toHaveValue('Improvement Board, 8 December 2026');
    expect(host.calls.chooseSaveFile.at(-1)?.defaultName).toBe(
      `Northmoor Borough Council board paper ${pack.period.replace('–', '-')}.docx`,
    );

    const target = join(host.dir, 'board.docx');
    host.queueSavePath(target);
    await dialog.getByLabel('Leave out evidence marked OFFICIAL-SENSITIVE or personal data').check();
    await dialog.getByRole('button', { name: 'Choose where to save…' }).click();
    // Writing the document takes seconds on a busy machine.
    await expect(dialog.getByRole('status')).toContainText('Saved board.docx', { timeout: 60_000 });
    expect(existsSync(target)).toBe(true);
    await dialog.getByRole('button', { name: 'Open document' }).click();
    await dialog.getByRole('button', { name: 'Show in folder' }).click();
    expect(host.calls.openPath).toEqual([target]);
    expect(host.calls.showInFolder).toEqual([target]);
  });

  test('the File menu’s Export Word pack opens the dialog for the open pack', async ({ page, host }) => {
    await openDemoPack(page, host);
    await host.sendMenuCommand('export-word');
    await expect(page.getByRole('dialog', { name: 'Export Word pack' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Export Word pack' })).toBeHidden();
  });

  test('the Review tab says where an area’s author and reviewer are chosen while some are not', async ({ page, host }) => {
    await openDemoPack(page, host);
    await page.getByRole('tab', { name: 'Review' }).click();
    await expect(page.getByRole('table', { name: 'What is waiting for whom' })).toContainText('Not assigned');
    await expect(page.getByText('Each area’s author and reviewer are chosen on the area’s page, under Review.')).toBeVisible();
  });
});

test('approves as the named director, shows the pack read-only, and reopens it with a recorded reason', async ({
  page,
  host,
}) => {
  const pack = await makePack(host);
  await setDisplayName(host, 'Alex Morgan');
  await openPack(page, host, pack.title);

  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.locator('.page-header__subtitle')).toContainText('In review');
  expect((await host.call('packs.get', { packId: pack.id })).pack.status).toBe('in_review');

  await page.getByRole('button', { name: 'Approve pack' }).click();
  const approve = page.getByRole('dialog', { name: 'Approve this pack' });
  await expect(approve).toContainText(`You are approving ${pack.title} as Alex Morgan.`);
  // What is still to do is shown before approval is given; it is the director's call.
  const toDo = approve.getByRole('region', { name: 'Still to do' });
  await expect(toDo).toContainText(/^Still to do before approval:\d+ areas not agreed: .+\d+ sections not written, in .+/);
  await expectNoAxeViolations(page);
  await approve.getByRole('button', { name: 'Approve as Alex Morgan' }).click();

  const banner = page.getByRole('region', { name: 'Approved pack' });
  await expect(banner).toContainText('Approved by Alex Morgan on 23 November 2026');
  await expect(page.getByRole('button', { name: 'Approve pack' })).toHaveCount(0);
  expect((await host.call('packs.get', { packId: pack.id })).pack).toMatchObject({
    status: 'approved',
    approvedBy: 'Alex Morgan',
  });
  await expectNoAxeViolations(page);

  // Pack details are read-only too.
  await page.getByRole('tab', { name: 'Pack details' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveAttribute('readonly', '');

  await banner.getByRole('button', { name: 'Reopen pack' }).click();
  const reopen = page.getByRole('dialog', { name: 'Reopen this pack' });
  await reopen.getByRole('button', { name: 'Reopen pack' }).click();
  await expect(reopen.getByText('Say why the pack is being reopened')).toBeVisible();
  expect((await host.call('packs.get', { packId: pack.id })).pack.status).toBe('approved');
  await reopen.getByLabel('Why are you reopening it?').fill('Ofsted asked for updated care leavers data');
  await reopen.getByRole('button', { name: 'Reopen pack' }).click();
  await expect(banner).toBeHidden();
  await expect(page.getByRole('button', { name: 'Approve pack' })).toBeVisible();
  expect((await host.call('packs.get', { packId: pack.id })).pack.status).toBe('draft');
  const history = await host.call('audit.list', { packId: pack.id });
  expect(JSON.stringify(history.find((e) => e.action === 'Reopened pack'))).toContain(
    'Ofsted asked for updated care leavers data',
  );
});

test('approval waits while the grades break a limiting rule, and the dialog says which', async ({ page, host }) => {
  const pack = await host.call('packs.create', { title: 'Agency self-evaluation', frameworkId: 'sccif', period: '2026', asAt: '2026-10-01' });
  const areas = (await host.call('packs.get', { packId: pack.id })).areas;
  const area = (key: string) => areas.find((a) => a.areaKey === key)!.id;
  await host.call('areas.update', { areaId: area('overall-experiences-and-progress'), grade: 'good' });
  await host.call('areas.update', { areaId: area('helped-and-protected'), grade: 'inadequate' });
  await setDisplayName(host, 'Alex Morgan');
  await openPack(page, host, pack.title);
  await page.getByRole('button', { name: 'Approve pack' }).click();
  const dialog = page.getByRole('dialog', { name: 'Approve this pack' });
  await expect(dialog.getByRole('region', { name: 'Still to do' })).toContainText(
    'A limiting rule is broken: "Overall experiences and progress of children and young people" is graded Good, but it cannot be better than Inadequate while',
  );
  await expect(dialog).toContainText('The pack cannot be approved while its grades break a limiting rule');
  await expect(dialog.getByRole('button', { name: 'Approve as Alex Morgan' })).toBeDisabled();
  await expectNoAxeViolations(page);
});

test('asks for the director’s name in Settings before approving when it is not set', async ({ page, host }) => {
  const pack = await makePack(host);
  await setDisplayName(host, '');
  await openPack(page, host, pack.title);
  await page.getByRole('button', { name: 'Approve pack' }).click();
  const dialog = page.getByRole('dialog', { name: 'Approve this pack' });
  await expect(dialog).toContainText('your name is not set yet');
  await dialog.getByRole('button', { name: 'Go to Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Settings/ })).toBeVisible();
  // The pack stays open in the sidebar while visiting Settings.
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' })).toBeVisible();
  expect((await host.call('packs.get', { packId: pack.id })).pack.status).toBe('draft');
});

test('pack details save when you leave a field; a blank period is refused in place and the pack keeps its value', async ({
  page,
  host,
}) => {
  const pack = await makePack(host);
  await openPack(page, host, pack.title);
  await page.getByRole('tab', { name: 'Pack details' }).click();
  await expectNoAxeViolations(page);

  await page.getByLabel('Title', { exact: true }).fill('Self-evaluation for the annual engagement meeting');
  await page.getByLabel('As at').fill('2026-12-01');
  await page.getByLabel('Period').fill('');
  await page.getByLabel('Period').blur();
  await expect(page.getByText(/Enter the period, such as 2026–27/)).toBeVisible();
  await expect
    .poll(async () => (await host.call('packs.get', { packId: pack.id })).pack)
    .toMatchObject({
      title: 'Self-evaluation for the annual engagement meeting',
      asAt: '2026-12-01',
      period: '2026–27',
    });
  await expect(page.locator('.app-header')).toContainText('Self-evaluation for the annual engagement meeting');

  // The context narrative autosaves.
  const context = page.getByRole('textbox', { name: 'Context and demographics' });
  await context.click();
  await page.keyboard.type('Northmoor has 58,900 children.');
  await expect(page.locator('.rt__status').first()).toHaveText('Saved');
  expect((await host.call('packs.get', { packId: pack.id })).pack.context).toEqual({
    type: 'doc',
    blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Northmoor has 58,900 children.' }] }],
  });
});

test('two details saved a moment apart, the first still answering, are both kept: a window is never stale against its own save', async ({ page, host }) => {
  const pack = await makePack(host);
  await openPack(page, host, pack.title);
  await page.getByRole('tab', { name: 'Pack details' }).click();
  // The title's save is made at once but its answer comes late, so the date's save is sent while it is out.
  host.answerLate('packs.update', 1500);
  await page.getByLabel('Title', { exact: true }).fill('Self-evaluation 2026–27, for the board');
  await page.getByLabel('As at').fill('2026-12-01');
  await page.getByLabel('As at').blur();
  await expect
    .poll(async () => (await host.call('packs.get', { packId: pack.id })).pack, { timeout: 15_000 })
    .toMatchObject({ title: 'Self-evaluation 2026–27, for the board', asAt: '2026-12-01' });
  await expect(page.getByText(/changed this at/)).toHaveCount(0);
  await expect(page.getByText(/saved it first/)).toHaveCount(0);
});

test('an empty database shows the packs list first', async ({ page, host }) => {
  await openApp(page, host);
  await expect(page.getByRole('heading', { level: 1, name: 'Self-evaluation packs' })).toBeVisible();
});
