// A narrative's save (or the pack details' context's) refused as stale, set up through the real page and core: the page's text is kept in
// its editor, unsaved, waiting to be compared and merged (held-drafts.spec.ts, recovered-drafts.spec.ts).
import type { Page } from '@playwright/test';
import { editor, QUESTION_1 } from './editor-helpers';
import { expect, type BrowserHost } from './fixtures';
import { firstGradedArea, makePack, openArea, openPack, setDisplayName } from './pack-helpers';
import { asSomeoneElse, doc } from './two-writers';

const section = (page: Page) => page.getByRole('region', { name: QUESTION_1, exact: true });

/** The page's save of the area's first narrative is refused: Sam saved first, before the page heard of it. */
export async function refusedAsStale(page: Page, host: BrowserHost) {
  await setDisplayName(host, 'Alex Morgan');
  const pack = await makePack(host);
  const area = await firstGradedArea(host, pack.id);
  const first = await host.call('narratives.save', { areaId: area.id, sectionId: 'what-we-know', doc: doc('Leaders visit teams monthly.') });
  await openPack(page, host, pack.title);
  await openArea(page, area.title);
  await expect(editor(page)).toContainText('Leaders visit teams monthly.');
  const release = host.holdChangeEvents();
  await asSomeoneElse(host, 'Sam Patel', () =>
    host.call('narratives.save', { areaId: area.id, sectionId: 'what-we-know', doc: doc('Sam’s rewrite.'), baseVersion: first.version }),
  );
  await editor(page).getByText('Leaders visit teams monthly.').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Mine, written meanwhile.');
  await page.keyboard.press('Tab');
  await expect(section(page).getByRole('alert')).toContainText('Sam Patel changed this at 10:00, so yours was not saved over theirs.');
  await release();
  return { pack, area };
}

/** On the Pack details tab, the page's save of the context is refused: Sam saved it first. */
export async function contextRefusedAsStale(page: Page, host: BrowserHost) {
  await setDisplayName(host, 'Alex Morgan');
  const pack = await makePack(host);
  await openPack(page, host, pack.title);
  await page.getByRole('tab', { name: 'Pack details' }).click();
  const release = host.holdChangeEvents();
  await asSomeoneElse(host, 'Sam Patel', () =>
    host.call('packs.update', { packId: pack.id, context: doc('Sam’s context.'), baseVersion: pack.detailsVersion }),
  );
  await page.getByRole('textbox', { name: 'Context and demographics', exact: true }).click();
  await page.keyboard.type('Northmoor has 61,000 children.');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('region', { name: 'Context and demographics', exact: true }).getByRole('alert')).toContainText(
    'Sam Patel changed this at 10:00, so yours was not saved over theirs.',
  );
  await release();
  return pack;
}
