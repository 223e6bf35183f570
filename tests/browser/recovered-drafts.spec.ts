// Unsaved text that survives a crash: the page's unsaved texts are kept by the host (the desktop app's
// main process, here the fixture's real DraftsStore in the test folder), which outlives the page. After a
// "crash" (the page reloaded with the text unsaved: its memory, and so its held drafts, are gone; the host
// is not told to forget them, as it is on "Leave without saving"), the app offers the text back. Restored,
// it goes through the stale-version check: someone's newer save is not written over.
import type { Page } from '@playwright/test';
import { editor, QUESTION_1, savedDoc } from './editor-helpers';
import { expect, test, type BrowserHost } from './fixtures';
import { contextRefusedAsStale, refusedAsStale } from './refused-as-stale';
import { doc } from './two-writers';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const recovered = (page: Page) => page.getByRole('region', { name: 'Recovered unsaved text' });
const heldNotice = (page: Page) => page.getByRole('region', { name: 'Unsaved text held' });

/** What the host keeps on disk for the open database, once its waiting writes are done. */
async function keptOnDisk(host: BrowserHost): Promise<string[]> {
  await host.drafts.flush();
  const identity = await host.database.draftsIdentity();
  return identity ? (await host.drafts.load(identity)).map((d) => d.place) : [];
}

/** The page goes away without its text saved, and comes back: nothing of it is left in the page's memory. */
async function crashAndReopen(page: Page) {
  // The page asks to stay (unsaved text); leaving anyway is what a crash does to its memory.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Packs' })).toBeVisible();
}

/**
 * Refused as stale in the area, and kept by the host: still in its editor on screen, or (`leave`) held
 * after the area was left for the overview.
 */
async function unsavedTextKept(page: Page, host: BrowserHost, { leave }: { leave: boolean }) {
  const { pack, area } = await refusedAsStale(page, host);
  if (leave) {
    await nav(page).getByRole('link', { name: 'Overview' }).click();
    await expect(heldNotice(page)).toContainText(`${area.title}: ${QUESTION_1}`);
  }
  await expect.poll(() => keptOnDisk(host)).toEqual([`${area.title} – ${QUESTION_1}`]);
  return { pack, area };
}

test('after a crash, unsaved text in the editor on screen is offered back; restored, it waits to be compared with the newer save', async ({
  page,
  host,
}) => {
  const { area } = await unsavedTextKept(page, host, { leave: false });
  await crashAndReopen(page);

  const notice = recovered(page);
  await expect(notice).toContainText(`1 text was not saved when SEF Studio last closed: ${area.title} – ${QUESTION_1}`);
  // The question's own question mark ends the sentence: no full stop after it.
  await expect(notice).not.toContainText('?.');
  await notice.getByRole('button', { name: 'Restore' }).click();
  await expect(notice).toHaveCount(0);

  // Restored as a held draft, sent against the version it was written on: Sam saved since, so it waits.
  const held = heldNotice(page);
  await expect(held).toContainText(`${area.title}: ${QUESTION_1} (Sam Patel saved it meanwhile: open it to compare and merge.)`);
  expect(await savedDoc(host, area.id)).toEqual(doc('Sam’s rewrite.'));
  await held.getByRole('link', { name: `${area.title}: ${QUESTION_1}` }).click();
  await expect(editor(page).locator('p')).toHaveText(['Leaders visit teams monthly. Mine, written meanwhile.']);
  await expect(page.getByRole('region', { name: QUESTION_1, exact: true }).getByRole('alert')).toContainText(
    'Sam Patel changed this at 10:00, so yours was not saved over theirs.',
  );
  // Still unsaved, so still kept in case of another crash.
  await expect.poll(() => keptOnDisk(host)).toEqual([`${area.title} – ${QUESTION_1}`]);
});

test('after a crash, a restored text of the pack details goes back to its own tab, not the overview’s first', async ({ page, host }) => {
  const pack = await contextRefusedAsStale(page, host);
  await expect.poll(() => keptOnDisk(host)).toEqual(['Pack details – Context and demographics']);
  await crashAndReopen(page);

  await recovered(page).getByRole('button', { name: 'Restore' }).click();
  const held = heldNotice(page);
  await expect(held).toContainText('Pack details: Context and demographics (Sam Patel saved it meanwhile: open it to compare and merge.)');
  // Where it leads was kept on disk as data, tab and all: the overview opens on Pack details with the text.
  await held.getByRole('link', { name: 'Pack details: Context and demographics' }).click();
  await expect(page.getByRole('heading', { level: 1, name: pack.title })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Pack details' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('textbox', { name: 'Context and demographics', exact: true }).locator('p')).toHaveText(['Northmoor has 61,000 children.']);
  expect((await host.call('packs.get', { packId: pack.id })).pack.context).toEqual(doc('Sam’s context.'));
});

test('after a crash, Discard lets held unsaved text go, from the window and from the disk', async ({ page, host }) => {
  const { area } = await unsavedTextKept(page, host, { leave: true });
  await crashAndReopen(page);

  await recovered(page).getByRole('button', { name: 'Discard' }).click();
  await expect(recovered(page)).toHaveCount(0);
  await expect(heldNotice(page)).toHaveCount(0);
  await expect.poll(() => keptOnDisk(host)).toEqual([]);
  expect(await savedDoc(host, area.id)).toEqual(doc('Sam’s rewrite.'));

  // Opened again, nothing is offered.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Packs' })).toBeVisible();
  await expect(recovered(page)).toHaveCount(0);
});

test('a kept text this version cannot restore is named in the notice and kept on disk until the person chooses', async ({ page, host }) => {
  // As a newer version might have kept it: a document and a way back this version does not know.
  const identity = (await host.database.draftsIdentity())!;
  const future = { key: 'narrative:future/area', doc: { type: 'doc-v9' }, baseVersion: 4, place: 'Workforce – What do you know?', resume: { v: 9 } };
  host.drafts.keep(identity, [future]);
  await host.drafts.flush();

  // The app opens (the notice is shown), and the window then has unsaved text of its own to keep.
  const { area } = await refusedAsStale(page, host);
  const notice = recovered(page);
  await expect(notice).toContainText('1 text was not saved when SEF Studio last closed: Workforce – What do you know?');
  await expect(notice).toContainText(
    'This version of SEF Studio cannot restore it, perhaps because a newer version wrote it. To keep it, open this database in that version; Discard here lets it go.',
  );
  await expect(notice.getByRole('button', { name: 'Restore' })).toHaveCount(0);
  // The window's new set of unsaved texts still carries it, untouched, while the person has not chosen.
  await expect.poll(async () => (await keptOnDisk(host)).sort()).toEqual([`${area.title} – ${QUESTION_1}`, 'Workforce – What do you know?'].sort());
  expect((await host.drafts.load(identity)).find((d) => d.key === future.key)).toEqual(future);

  await notice.getByRole('button', { name: 'Discard' }).click();
  await expect(notice).toHaveCount(0);
  await expect.poll(() => keptOnDisk(host)).toEqual([`${area.title} – ${QUESTION_1}`]);
});
