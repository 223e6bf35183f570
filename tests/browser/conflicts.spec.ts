// Two people saving the same record never lose each other's work. The page holds a record as it read
// it; meanwhile a second person saves it through the real core (host.call, as another window or a team
// member would); the page's save, made against the version it started from, is refused, and the page
// keeps what its person wrote, says who saved and when, and lets them choose. (The page usually hears of
// the other save at once, and then shows it by itself: see live-narratives.spec.ts. Here its change
// event is held back, as a team database's notification can lag, so the page's save goes first.)
import type { Page } from '@playwright/test';
import type { RichDoc } from '../../src/shared/richtext';
import { expectNoAxeViolations } from './axe';
import { editor, QUESTION_1, savedDoc, waitSaved } from './editor-helpers';
import { expect, test, type BrowserHost } from './fixtures';
import { firstGradedArea, makePack, openArea, openPack, setDisplayName } from './pack-helpers';
import { asSomeoneElse, doc, para } from './two-writers';

/**
 * The area's first narrative holds `start`; the page opens it, and then Sam Patel saves `theirs` over it
 * while the page has not heard of it yet (its change events are held until `release`).
 */
async function editedMeanwhile(page: Page, host: BrowserHost, start: RichDoc, theirs: RichDoc) {
  await setDisplayName(host, 'Alex Morgan');
  const pack = await makePack(host);
  const area = await firstGradedArea(host, pack.id);
  const first = await host.call('narratives.save', { areaId: area.id, sectionId: 'what-we-know', doc: start });
  await openPack(page, host, pack.title);
  await openArea(page, area.title);
  await expect(editor(page)).toContainText('Leaders visit teams monthly.');
  const release = host.holdChangeEvents();
  await asSomeoneElse(host, 'Sam Patel', () =>
    host.call('narratives.save', { areaId: area.id, sectionId: 'what-we-know', doc: theirs, baseVersion: first.version }),
  );
  return { pack, area, release };
}

/** Types at the end of a paragraph of the page's (older) text: its save is refused as stale. */
async function typeAtEndOf(page: Page, paragraph: string, text: string) {
  await editor(page).getByText(paragraph, { exact: true }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

const section = (page: Page) => page.getByRole('region', { name: QUESTION_1, exact: true });

test('a narrative saved by someone else meanwhile: mine is kept, compared with theirs and combined', async ({ page, host }) => {
  const start = doc('Leaders visit teams monthly.', 'Caseloads are manageable.', 'Supervision is regular.');
  const theirs = doc('Leaders visit teams monthly.', 'Caseloads average 17 children.', 'Supervision is regular.');
  const { area, release } = await editedMeanwhile(page, host, start, theirs);

  await typeAtEndOf(page, 'Caseloads are manageable.', ' Two teams are above 20.');
  await page.keyboard.press('Tab'); // leaving the editor saves at once
  const refused = section(page).getByRole('alert');
  await expect(refused).toContainText('Sam Patel changed this at 10:00, so yours was not saved over theirs. Your text is still here.');
  // Sam's change event arriving late changes nothing: mine stays in the editor, the choice still waits.
  await release();
  // Nothing was written over theirs, and the page still has mine.
  expect(await savedDoc(host, area.id)).toEqual(theirs);
  await expect(editor(page)).toContainText('Caseloads are manageable. Two teams are above 20.');

  // Compare and merge, from the keyboard.
  await refused.getByRole('button', { name: 'Compare and merge' }).focus();
  await page.keyboard.press('Enter');
  const merge = page.getByRole('dialog', { name: 'Compare and merge' });
  await expect(merge).toContainText('Paragraphs that differ are marked below: 1 in yours, 1 in Sam Patel’s.');
  const mine = merge.getByRole('region', { name: 'Your version' });
  const their = merge.getByRole('region', { name: 'Sam Patel’s version, saved at 10:00' });
  await expect(mine.locator('.merge__para--differs')).toHaveText(['Only in yoursCaseloads are manageable. Two teams are above 20.']);
  await expect(their.locator('.merge__para--differs')).toHaveText(['Only in Sam Patel’sCaseloads average 17 children.']);
  await expect(mine.locator('.merge__para:not(.merge__para--differs)')).toHaveText(['Leaders visit teams monthly.', 'Supervision is regular.']);
  await expectNoAxeViolations(page, { include: 'dialog[open]' });

  // The combined text starts with every paragraph of both; the person edits it and saves.
  const combined = merge.getByRole('textbox', { name: 'Combined text' });
  await expect(combined.locator('p')).toHaveText([
    'Leaders visit teams monthly.',
    'Caseloads are manageable. Two teams are above 20.',
    'Caseloads average 17 children.',
    'Supervision is regular.',
  ]);
  await combined.getByText('Caseloads are manageable. Two teams are above 20.').click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Delete'); // the emptied paragraph takes Sam's next one in
  await page.keyboard.press('End');
  await page.keyboard.type(' Two teams are above 20.');
  await merge.getByRole('button', { name: 'Save combined text' }).click();
  await expect(merge).toBeHidden();

  const agreed = doc('Leaders visit teams monthly.', 'Caseloads average 17 children. Two teams are above 20.', 'Supervision is regular.');
  await expect.poll(() => savedDoc(host, area.id)).toEqual(agreed);
  await expect(editor(page).locator('p')).toHaveText(agreed.blocks.map((b) => (b.type === 'paragraph' && b.content[0]?.type === 'text' ? b.content[0].text : '')));
  await expect(section(page).getByRole('alert')).toHaveCount(0);

  // Saving goes on as normal from the combined version.
  await typeAtEndOf(page, 'Supervision is regular.', ' Audits agree.');
  await waitSaved(page);
  expect((await savedDoc(host, area.id))?.blocks[2]).toEqual(para('Supervision is regular. Audits agree.'));
});

test('a narrative saved by someone else meanwhile: keep mine saves it over theirs; take theirs puts theirs in the editor', async ({
  page,
  host,
}) => {
  const start = doc('Leaders visit teams monthly.');
  const { area, release } = await editedMeanwhile(page, host, start, doc('Leaders visit teams monthly.', 'Sam’s paragraph.'));

  await typeAtEndOf(page, 'Leaders visit teams monthly.', ' Mine.');
  await page.keyboard.press('Tab');
  await section(page).getByRole('button', { name: 'Compare and merge' }).click();
  await page.getByRole('dialog', { name: 'Compare and merge' }).getByRole('button', { name: 'Keep mine' }).click();
  await expect.poll(() => savedDoc(host, area.id)).toEqual(doc('Leaders visit teams monthly. Mine.'));
  await expect(section(page).getByRole('alert')).toHaveCount(0);
  await release();
  await expect(editor(page).locator('p')).toHaveText(['Leaders visit teams monthly. Mine.']);

  // Sam saves again, unheard of again; this time the page takes theirs.
  host.holdChangeEvents();
  const current = (await host.call('areas.get', { areaId: area.id })).narratives[0]!;
  const samAgain = doc('Sam’s rewrite.');
  await asSomeoneElse(host, 'Sam Patel', () =>
    host.call('narratives.save', { areaId: area.id, sectionId: 'what-we-know', doc: samAgain, baseVersion: current.version }),
  );
  await typeAtEndOf(page, 'Leaders visit teams monthly. Mine.', ' More.');
  await page.keyboard.press('Tab');
  await section(page).getByRole('button', { name: 'Compare and merge' }).click();
  await page.getByRole('dialog', { name: 'Compare and merge' }).getByRole('button', { name: 'Take theirs' }).click();
  await expect(editor(page).locator('p')).toHaveText(['Sam’s rewrite.']);
  await expect(editor(page)).toBeFocused();
  expect(await savedDoc(host, area.id)).toEqual(samAgain);

  // What the page types next saves over nothing of Sam's: it starts from Sam's version.
  await page.keyboard.press('End');
  await page.keyboard.type(' Agreed.');
  await waitSaved(page);
  expect(await savedDoc(host, area.id)).toEqual(doc('Sam’s rewrite. Agreed.'));
});

test('an action changed by someone else while its dialog is open: their values are shown, mine kept, and I choose', async ({ page, host }) => {
  await setDisplayName(host, 'Alex Morgan');
  const pack = await makePack(host);
  const action = await host.call('actions.create', { packId: pack.id, title: 'Weekly timeliness review', owner: 'Head of service' });
  await openPack(page, host, pack.title);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Action plan' }).click();
  const row = page.locator(`tr[data-action-id="${action.id}"]`);
  const dialog = page.getByRole('dialog', { name: /Edit action/ });

  // I change the owner; meanwhile Sam changes the title and the owner.
  await row.getByRole('button', { name: /^Edit / }).click();
  await dialog.getByLabel('Owner').fill('Principal social worker');
  await asSomeoneElse(host, 'Sam Patel', () =>
    host.call('actions.update', { actionId: action.id, title: 'Weekly timeliness review at the front door', owner: 'Team manager', baseVersion: action.version }),
  );
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  const notice = dialog.getByRole('alert');
  await expect(notice.getByRole('heading', { name: 'Sam Patel changed this at 10:00' })).toBeVisible();
  // Only what I changed is compared: their owner beside mine (their title is not mine to argue with).
  await expect(notice.getByRole('row')).toHaveText(['FieldSam Patel’sYours', 'OwnerTeam managerPrincipal social worker']);
  await expect(dialog.getByLabel('Owner')).toHaveValue('Principal social worker');
  expect((await host.call('actions.list', { packId: pack.id }))[0]).toMatchObject({ owner: 'Team manager' });
  await expectNoAxeViolations(page, { include: 'dialog[open]' });

  // Save mine over theirs: my owner, and their title stays.
  await notice.getByRole('button', { name: 'Save mine over theirs' }).click();
  await expect(dialog).toBeHidden();
  expect((await host.call('actions.list', { packId: pack.id }))[0]).toMatchObject({
    title: 'Weekly timeliness review at the front door',
    owner: 'Principal social worker',
  });

  // Again, and this time I take theirs: the form shows their values, and saving changes nothing of theirs.
  const now = (await host.call('actions.list', { packId: pack.id }))[0]!;
  await row.getByRole('button', { name: /^Edit / }).click();
  await dialog.getByLabel('RAG rating').selectOption({ label: 'Red: off track' });
  await asSomeoneElse(host, 'Sam Patel', () => host.call('actions.update', { actionId: action.id, rag: 'amber', baseVersion: now.version }));
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(notice.getByRole('row').nth(1)).toHaveText('RAG ratingAmber: at riskRed: off track');
  await notice.getByRole('button', { name: 'Take theirs' }).click();
  await expect(notice).toHaveCount(0);
  await expect(dialog.getByLabel('RAG rating')).toHaveValue('amber');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  expect((await host.call('actions.list', { packId: pack.id }))[0]).toMatchObject({ rag: 'amber', owner: 'Principal social worker' });
});

test('the pack’s details changed by someone else while I type in them: I take theirs, and the context beside them still saves', async ({
  page,
  host,
}) => {
  await setDisplayName(host, 'Alex Morgan');
  const pack = await makePack(host);
  await openPack(page, host, pack.title);
  await page.getByRole('tab', { name: 'Pack details' }).click();
  const title = page.getByRole('textbox', { name: 'Title', exact: true });

  await title.fill('Northmoor self-evaluation 2026–27 (Alex’s draft)');
  await asSomeoneElse(host, 'Sam Patel', () =>
    host.call('packs.update', { packId: pack.id, title: 'Northmoor SEF 2026–27', baseVersion: pack.detailsVersion }),
  );
  // What I typed stays while their change arrives; leaving the box saves it, and it is refused.
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('heading', { name: 'Northmoor SEF 2026–27' })).toBeVisible();
  await expect(title).toHaveValue('Northmoor self-evaluation 2026–27 (Alex’s draft)');
  await page.keyboard.press('Tab');
  const notice = page.getByRole('alert').filter({ hasText: 'Sam Patel changed this at 10:00' });
  await expect(notice.getByRole('row').nth(1)).toHaveText('TitleNorthmoor SEF 2026–27Northmoor self-evaluation 2026–27 (Alex’s draft)');
  expect((await host.call('packs.get', { packId: pack.id })).pack.title).toBe('Northmoor SEF 2026–27');
  await expect(title).toHaveValue('Northmoor self-evaluation 2026–27 (Alex’s draft)');
  await expectNoAxeViolations(page);

  await notice.getByRole('button', { name: 'Take theirs' }).click();
  await expect(notice).toHaveCount(0);
  await expect(title).toHaveValue('Northmoor SEF 2026–27');

  // Their change was to the title, not the context: the context editor saves as normal.
  const context = page.getByRole('textbox', { name: 'Context and demographics', exact: true });
  await context.click();
  await page.keyboard.type('Northmoor has 61,000 children.');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('region', { name: 'Context and demographics' }).locator('.rt__status')).toHaveText('Saved');
  const saved = (await host.call('packs.get', { packId: pack.id })).pack;
  expect(saved.title).toBe('Northmoor SEF 2026–27');
  expect(saved.context).toEqual(doc('Northmoor has 61,000 children.'));
});
