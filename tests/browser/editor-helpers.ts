// Shared steps for the editor specs: find a narrative's editor and toolbar by its question, paste as the
// browser would, and read back what was saved.
import type { Locator, Page } from '@playwright/test';
import type { RichDoc } from '../../src/shared/richtext';
import { expect, type BrowserHost } from './fixtures';

export const QUESTION_1 = 'What do you know about the quality and impact of social work practice in your local authority?';

export function editor(page: Page, name = QUESTION_1) {
  return page.getByRole('textbox', { name, exact: true });
}

export function toolbar(page: Page, name = QUESTION_1) {
  return page.getByRole('toolbar', { name: `Formatting for ${name}` });
}

/** Pastes as the browser would from the clipboard: the HTML and the plain text of the copied content. */
export async function paste(target: Locator, html: string, text: string) {
  await target.evaluate(
    (el, [h, t]) => {
      const data = new DataTransfer();
      data.setData('text/html', h!);
      data.setData('text/plain', t!);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [html, text],
  );
}

export async function savedDoc(host: BrowserHost, areaId: string, sectionId = 'what-we-know'): Promise<RichDoc | undefined> {
  const detail = await host.call('areas.get', { areaId });
  return detail.narratives.find((n) => n.sectionId === sectionId)?.doc;
}

/** Waits for the editor's own save state to settle on "Saved". */
export async function waitSaved(page: Page, name = QUESTION_1) {
  const section = page.getByRole('region', { name, exact: true });
  await expect(section.locator('.rt__status')).toHaveText('Saved');
}

