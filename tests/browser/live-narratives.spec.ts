// Others' text arrives by itself. The page has a narrative open; a second person saves it through the real
// core (as their window, or a team member's app, would) and its change event reaches the page. With
// nothing unsaved the page shows their text without a reload, says who changed it, and goes on from
// their version; the caret stays near its place and undo cannot bring back the text they replaced. With
// unsaved text the page keeps it and says at once that they changed it, offering to compare and merge.
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { editor, QUESTION_1, savedDoc, waitSaved } from './editor-helpers';
import { expect, FIXED_NOW, test, type BrowserHost } from './fixtures';
import { firstGradedArea, makePack, openArea, openPack, setDisplayName } from './pack-helpers';
import { doc, samSaves } from './two-writers';

const section = (page: Page) => page.getByRole('region', { name: QUESTION_1, exact: true });

/** A pack whose first area's first narrative holds `texts`, open on the page. */
async function openNarrative(page: Page, host: BrowserHost, ...texts: string[]) {
  await setDisplayName(host, 'Alex Morgan');
  const pack = await makePack(host);
  const area = await firstGradedArea(host, pack.id);
  await host.call('narratives.save', { areaId: area.id, sectionId: 'what-we-know', doc: doc(...texts) });
  await openPack(page, host, pack.title);
  await openArea(page, area.title);
  await expect(editor(page).locator('p')).toHaveText(texts);
  return area;
}

test('another person’s save shows in the open narrative by itself, with who changed it, and saving goes on from theirs', async ({ page, host }) => {
  const area = await openNarrative(page, host, 'Leaders visit teams monthly.');

  await samSaves(host, area.id, doc('Leaders visit teams monthly.', 'Caseloads average 17 children.'));
  await expect(editor(page).locator('p')).toHaveText(['Leaders visit teams monthly.', 'Caseloads average 17 children.']);
  const line = section(page).getByRole('status');
  await expect(line).toHaveText('Updated by Sam Patel at 10:00');
  await expect(section(page).getByRole('alert')).toHaveCount(0);
  await expect(section(page)).toContainText('8 words');
  await expectNoAxeViolations(page);

  // What the page writes next is saved against Sam's version: nothing of Sam's is refused or lost.
  await editor(page).getByText('Caseloads average 17 children.').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Two teams are above 20.');
  await page.keyboard.press('Tab');
  await waitSaved(page);
  expect(await savedDoc(host, area.id)).toEqual(doc('Leaders visit teams monthly.', 'Caseloads average 17 children. Two teams are above 20.'));
  await expect(line).toHaveCount(0);
});

test('in a narrative with the caret in it and nothing unsaved, their text replaces it around the caret, and undo cannot bring the old text back', async ({
  page,
  host,
}) => {
  const area = await openNarrative(page, host, 'Leaders visit teams monthly.', 'Supervision is regular.');
  // The caret at the end of the second paragraph; the page has typed and saved, so nothing is unsaved.
  await editor(page).getByText('Supervision is regular.').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Audits agree.');
  await waitSaved(page);

  // Sam rewrites the first paragraph, ahead of the caret.
  await samSaves(host, area.id, doc('Leaders visit every team each month, and write up what they find.', 'Supervision is regular. Audits agree.'));
  await expect(editor(page).locator('p').first()).toHaveText('Leaders visit every team each month, and write up what they find.');
  await expect(editor(page)).toBeFocused();
  // The caret is still at the end of the second paragraph.
  await page.keyboard.type(' Monthly.');
  await expect(editor(page).locator('p')).toHaveText([
    'Leaders visit every team each month, and write up what they find.',
    'Supervision is regular. Audits agree. Monthly.',
  ]);

  // Undo takes back what was typed since, and no further: not into the text Sam replaced.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(editor(page).locator('p')).toHaveText(['Leaders visit every team each month, and write up what they find.', 'Supervision is regular. Audits agree.']);
  await page.keyboard.press('Tab');
  await expect.poll(() => savedDoc(host, area.id)).toEqual(doc('Leaders visit every team each month, and write up what they find.', 'Supervision is regular. Audits agree.'));
  await expect(section(page).getByRole('alert')).toHaveCount(0);
});

test.describe('with the page’s clock under the test’s control', () => {
  // The page's own timers wait for the test, so its autosave (800 ms after typing stops) is not sent by itself.
  test.use({ fixedClock: false });

  test('with unsaved text in the narrative, another person’s save does not replace it: it says so at once and offers to compare and merge', async ({
    page,
    host,
  }) => {
    await page.clock.install({ time: FIXED_NOW });
    const area = await openNarrative(page, host, 'Leaders visit teams monthly.');
    // A second ahead of the page's time: with only 10 ms, a loaded machine could pass it before the call
    // arrived ("Cannot fast-forward to the past"). Nothing is typed yet, so no timer of the test's is due.
    await page.clock.pauseAt(new Date((await page.evaluate(() => Date.now())) + 1000));
    await editor(page).getByText('Leaders visit teams monthly.').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Mine, not saved yet.');

    await samSaves(host, area.id, doc('Leaders visit teams monthly.', 'Sam’s paragraph.'));
    // A few moments of the page's time (far less than the autosave's wait) let the cache and the screen catch up.
    const notice = section(page).getByRole('alert');
    await expect
      .poll(async () => {
        await page.clock.runFor(20);
        return notice.count();
      })
      .toBe(1);
    await expect(notice).toContainText('Sam Patel changed this at 10:00, so yours was not saved over theirs. Your text is still here.');
    await expect(editor(page).locator('p')).toHaveText(['Leaders visit teams monthly. Mine, not saved yet.']);
    expect(await savedDoc(host, area.id)).toEqual(doc('Leaders visit teams monthly.', 'Sam’s paragraph.'));
    await page.clock.resume();

    // Typing more sends nothing over Sam's; Compare and merge has both.
    await page.keyboard.type(' More.');
    await notice.getByRole('button', { name: 'Compare and merge' }).click();
    const merge = page.getByRole('dialog', { name: 'Compare and merge' });
    await expect(merge.getByRole('region', { name: 'Your version' })).toContainText('Leaders visit teams monthly. Mine, not saved yet. More.');
    await expect(merge.getByRole('region', { name: 'Sam Patel’s version, saved at 10:00' })).toContainText('Sam’s paragraph.');
    expect(await savedDoc(host, area.id)).toEqual(doc('Leaders visit teams monthly.', 'Sam’s paragraph.'));
    await merge.getByRole('button', { name: 'Save combined text' }).click();
    await expect(merge).toBeHidden();
    await expect
      .poll(() => savedDoc(host, area.id))
      .toEqual(doc('Leaders visit teams monthly. Mine, not saved yet. More.', 'Leaders visit teams monthly.', 'Sam’s paragraph.'));
  });
});
