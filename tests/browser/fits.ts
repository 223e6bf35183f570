// What does not fit the window, as sentences: the page scrolling sideways as a whole, a table cut off
// with no way to reach the rest, a table that scrolls without saying so (components/ScrollArea), and a
// column squeezed too narrow to read (the action plan's Action column once showed a letter a line).
import type { Page } from '@playwright/test';

/** The narrowest a column may be and still hold a word a line. */
export const NARROWEST_COLUMN_PX = 44;

export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate((narrowest) => {
    const problems: string[] = [];
    const sideways = (el: Element) => el.scrollWidth > el.clientWidth + 1;
    if (sideways(document.documentElement)) problems.push(`The window scrolls sideways (${document.documentElement.scrollWidth} px wide in ${document.documentElement.clientWidth})`);
    const main = document.querySelector('.app-main');
    if (main && sideways(main)) problems.push(`The main area scrolls sideways (${main.scrollWidth} px wide in ${main.clientWidth})`);

    for (const table of document.querySelectorAll('table')) {
      if (!table.checkVisibility()) continue;
      const name = table.getAttribute('aria-label') ?? table.caption?.textContent?.trim() ?? table.className;
      // The nearest box that clips the table: it either fits there or that box scrolls and says so.
      let box = table.parentElement;
      while (box && box !== document.body && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
      if (box && box !== document.body && table.offsetWidth > box.clientWidth + 1) {
        const scrolls = ['auto', 'scroll'].includes(getComputedStyle(box).overflowX);
        if (!scrolls) problems.push(`The table "${name}" is cut off: ${table.offsetWidth} px in a box of ${box.clientWidth} that does not scroll`);
        else if (!box.hasAttribute('data-scroll-box') || box.getAttribute('tabindex') !== '0' || !box.closest('[data-more-right], [data-more-left]'))
          problems.push(`The table "${name}" scrolls sideways without showing it can (wrap it in components/ScrollArea)`);
      }
      for (const th of table.querySelectorAll('thead th')) {
        const width = (th as HTMLElement).offsetWidth;
        if (width && width < narrowest) problems.push(`The "${th.textContent?.trim()}" column of "${name}" is ${width} px wide`);
      }
    }
    return problems;
  }, NARROWEST_COLUMN_PX);
}
