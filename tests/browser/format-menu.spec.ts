// The native Format menu reaches the narrative that has the caret: each command, sent through the test
// host as Electron's menu sends it, formats the words selected there, as the toolbar would; with the caret
// anywhere else the commands change nothing.
import type { Page } from '@playwright/test';
import { editor, savedDoc, toolbar, waitSaved } from './editor-helpers';
import { expect, test, type BrowserHost } from './fixtures';
import { firstGradedArea, makePack, openArea, openPack, setDisplayName } from './pack-helpers';

const WORDS = 'Leaders know their services';

/** Opens an area whose first narrative holds WORDS, and selects them all there. */
async function selectAllOfANarrative(page: Page, host: BrowserHost) {
  await setDisplayName(host, 'Alex Morgan');
  const pack = await makePack(host);
  const area = await firstGradedArea(host, pack.id);
  await host.call('narratives.save', { areaId: area.id, sectionId: 'what-we-know', doc: { type: 'doc', blocks: [{ type: 'paragraph', content: [{ type: 'text', text: WORDS }] }] } });
  await openPack(page, host, pack.title);
  await openArea(page, area.title);
  const box = editor(page);
  await box.click();
  await page.keyboard.press('Control+A');
  return { area, box };
}

test('Format menu commands format the selected words in the narrative with the caret, and are undone like any edit', async ({ page, host }) => {
  const { area, box } = await selectAllOfANarrative(page, host);

  expect(await host.sendMenuCommand('format-bold')).toBeGreaterThan(0);
  await expect(box.locator('strong')).toHaveText([WORDS]);
  await expect(toolbar(page).getByRole('button', { name: 'Bold', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await host.sendMenuCommand('format-italic');
  await expect(box.locator('strong em, em strong')).toHaveText([WORDS]);
  await host.sendMenuCommand('format-heading-2');
  await expect(box.locator('h5')).toHaveText([WORDS]);
  await host.sendMenuCommand('format-bulleted-list');
  await expect(box.locator('ul > li')).toHaveText([WORDS]);
  await host.sendMenuCommand('format-numbered-list');
  await expect(box.locator('ol > li')).toHaveText([WORDS]);

  await host.sendMenuCommand('format-clear');
  await expect(box.locator('p')).toHaveText([WORDS]);
  await expect(box.locator('strong, em, h5, ol, ul')).toHaveCount(0);
  await expect(box).toBeFocused();
  // One undo takes back the clearing, as it would from the toolbar.
  await page.keyboard.press('Control+Z');
  await expect(box.locator('ol > li strong')).toHaveText([WORDS]);

  await host.sendMenuCommand('format-link');
  const link = page.getByRole('dialog', { name: 'Add a link' });
  await expect(link).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(link).toBeHidden();
  await expect(box).toBeFocused();
  await waitSaved(page);
  expect(JSON.stringify(await savedDoc(host, area.id))).toContain('"numbered_list"');
});

test('with the caret outside every narrative, Format menu commands change nothing', async ({ page, host }) => {
  const { box } = await selectAllOfANarrative(page, host);
  // The caret leaves for a button beside the narrative; the selection inside it stays.
  await toolbar(page).getByRole('button', { name: 'Bold', exact: true }).focus();
  for (const command of ['format-bold', 'format-heading-1', 'format-clear'] as const) await host.sendMenuCommand(command);
  await host.sendMenuCommand('format-link');
  await expect(page.getByRole('dialog', { name: 'Add a link' })).toHaveCount(0);
  await expect(box.locator('strong, h4')).toHaveCount(0);
  await expect(box.locator('p')).toHaveText([WORDS]);
});
