// Held drafts: leaving an area (or the pack details) while a text is not saved keeps the text, per text, with
// the version it was based on. The other screens say that unsaved text is held and link back to it;
// coming back shows the text with the same notice and the same choices; and the window does not close on
// it without saying so. (Held because the team database was away: held-drafts-offline.spec.ts.)
import type { Page } from '@playwright/test';
import { editor, QUESTION_1, savedDoc } from './editor-helpers';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { firstGradedArea, openArea } from './pack-helpers';
import { doc } from './two-writers';
import { contextRefusedAsStale, refusedAsStale } from './refused-as-stale';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const section = (page: Page) => page.getByRole('region', { name: QUESTION_1, exact: true });
const heldNotice = (page: Page) => page.getByRole('region', { name: 'Unsaved text held' });

/** As the window does when it is asked to close: whether the page asked to stay. */
const askToClose = (page: Page) =>
  page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });

test('leaving an area with a refused save keeps the text: the other screens say so, and coming back it is there to compare and merge', async ({
  page,
  host,
}) => {
  const { pack, area } = await refusedAsStale(page, host);

  // Leaving the area: the overview says unsaved text is held for it, and why.
  await nav(page).getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('heading', { level: 1, name: pack.title })).toBeVisible();
  const held = heldNotice(page);
  await expect(held).toContainText(`${area.title}: ${QUESTION_1} (Sam Patel saved it meanwhile: open it to compare and merge.)`);
  await expectNoAxeViolations(page);
  // Nothing was written over Sam's.
  expect(await savedDoc(host, area.id)).toEqual(doc('Sam’s rewrite.'));

  // Coming back (from the notice's link): my text, the same notice, the same choice.
  await held.getByRole('link', { name: `${area.title}: ${QUESTION_1}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: area.title })).toBeVisible();
  await expect(editor(page).locator('p')).toHaveText(['Leaders visit teams monthly. Mine, written meanwhile.']);
  const refused = section(page).getByRole('alert');
  await expect(refused).toContainText('Sam Patel changed this at 10:00, so yours was not saved over theirs. Your text is still here.');
  await expect(heldNotice(page)).toHaveCount(0);

  await refused.getByRole('button', { name: 'Compare and merge' }).click();
  const merge = page.getByRole('dialog', { name: 'Compare and merge' });
  await expect(merge.getByRole('region', { name: 'Your version' })).toContainText('Leaders visit teams monthly. Mine, written meanwhile.');
  await expect(merge.getByRole('region', { name: 'Sam Patel’s version, saved at 10:00' })).toContainText('Sam’s rewrite.');
  await merge.getByRole('button', { name: 'Save combined text' }).click();
  await expect(merge).toBeHidden();
  await expect.poll(() => savedDoc(host, area.id)).toEqual(doc('Leaders visit teams monthly. Mine, written meanwhile.', 'Sam’s rewrite.'));
  await expect(section(page).getByRole('alert')).toHaveCount(0);

  // Saved: nothing is held any more.
  await nav(page).getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('heading', { level: 1, name: pack.title })).toBeVisible();
  await expect(heldNotice(page)).toHaveCount(0);
});

test('a held draft is kept per narrative: another area’s editors start from their own saved text', async ({ page, host }) => {
  const { pack, area } = await refusedAsStale(page, host);
  const other = (await host.call('packs.get', { packId: pack.id })).areas.find((a) => a.graded && a.id !== area.id)!;
  await openArea(page, other.title);
  await expect(editor(page)).toHaveText('');
  await expect(section(page).getByRole('alert')).toHaveCount(0);
  await expect(heldNotice(page)).toContainText(`${area.title}: ${QUESTION_1}`);
});

test('the window does not close on held text: each time it is asked, it stays and says why, and the host is told how much', async ({
  page,
  host,
}) => {
  await refusedAsStale(page, host);
  await nav(page).getByRole('link', { name: 'Overview' }).click();
  await expect(heldNotice(page)).toBeVisible();
  // The desktop app asks "Stay" or "Leave without saving" with this count (electron/main/unload-guard.ts).
  await expect.poll(() => host.calls.unsavedText.at(-1)).toEqual({ narratives: 1, fields: 0 });

  expect(await askToClose(page)).toBe(true);
  await expect(page.getByRole('alert').filter({ hasText: 'SEF Studio stayed open: some text is not saved yet.' })).toBeVisible();
  // Staying once does not let the next close lose the text without a question.
  expect(await askToClose(page)).toBe(true);
});

test('the pack details’ texts are held too: left with a refused save, the text is kept and shown again on its tab', async ({ page, host }) => {
  const pack = await contextRefusedAsStale(page, host);
  const area = await firstGradedArea(host, pack.id);
  const context = page.getByRole('textbox', { name: 'Context and demographics', exact: true });
  const contextPanel = page.getByRole('region', { name: 'Context and demographics', exact: true });

  // Leaving the overview: the text is held, said as the pack details' and counted as a field, not a narrative.
  await openArea(page, area.title);
  const held = heldNotice(page);
  await expect(held).toContainText('Pack details: Context and demographics (Sam Patel saved it meanwhile: open it to compare and merge.)');
  await expect.poll(() => host.calls.unsavedText.at(-1)).toEqual({ narratives: 0, fields: 1 });
  expect((await host.call('packs.get', { packId: pack.id })).pack.context).toEqual(doc('Sam’s context.'));

  // On the overview's other tab, the link still goes back to the text, on the Pack details tab.
  await nav(page).getByRole('link', { name: 'Overview' }).click();
  await page.getByRole('tab', { name: 'Areas' }).click();
  await held.getByRole('link', { name: 'Pack details: Context and demographics' }).click();
  await expect(context.locator('p')).toHaveText(['Northmoor has 61,000 children.']);
  await expect(contextPanel.getByRole('alert')).toContainText('Sam Patel changed this at 10:00, so yours was not saved over theirs. Your text is still here.');
  await expect(heldNotice(page)).toHaveCount(0);

  await contextPanel.getByRole('button', { name: 'Compare and merge' }).click();
  const merge = page.getByRole('dialog', { name: 'Compare and merge' });
  await merge.getByRole('button', { name: 'Save combined text' }).click();
  await expect(merge).toBeHidden();
  await expect.poll(async () => JSON.stringify((await host.call('packs.get', { packId: pack.id })).pack.context)).toContain('Northmoor has 61,000 children.');
  await expect.poll(() => host.calls.unsavedText.at(-1)).toEqual({ narratives: 0, fields: 0 });
});

test('the pack’s two texts are counted apart: the one beside a refused text saving does not make the window close on it', async ({ page, host }) => {
  const pack = await contextRefusedAsStale(page, host);
  const asksPanel = page.getByRole('region', { name: 'Decisions or asks of the board', exact: true });
  await expect.poll(() => host.calls.unsavedText.at(-1)).toEqual({ narratives: 0, fields: 1 });

  // The board's asks are saved (Sam did not change them): the context is still not saved, and still counted.
  await page.getByRole('textbox', { name: 'Decisions or asks of the board', exact: true }).click();
  await page.keyboard.type('Note the progress on permanence.');
  await page.keyboard.press('Tab');
  await expect(asksPanel.locator('.rt__status')).toHaveText('Saved');
  expect((await host.call('packs.get', { packId: pack.id })).pack.boardAsks).toEqual(doc('Note the progress on permanence.'));
  await expect.poll(() => host.calls.unsavedText.at(-1)).toEqual({ narratives: 0, fields: 1 });
  expect(await askToClose(page)).toBe(true);
});
