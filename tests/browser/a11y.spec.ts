// Every screen in screens.ts passes axe's WCAG 2.0/2.1/2.2 A and AA rules at every window size (desktop,
// 1024×700, and that at 200% zoom), and fits each: nothing cut off, wide tables scroll and say so.
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { layoutProblems } from './fits';
import { SCREENS, showScreen, WINDOW_SIZES } from './screens';

for (const screen of SCREENS) {
  test.describe(() => {
    test.use({ demo: screen.demo, openAtStart: !screen.beforeOpen });
    test(`the ${screen.name} screen has no WCAG 2.2 AA violations and fits at every window size`, async ({ page, host }) => {
      const done = await showScreen(page, host, screen);
      // The steps click through the sidebar, which a narrow window folds away: get there, then resize.
      for (const size of WINDOW_SIZES) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await test.step(size.name, async () => {
          await expectNoAxeViolations(page);
          await expect.poll(() => layoutProblems(page), { message: `What does not fit at ${size.name}` }).toEqual([]);
          // On a desktop window everything fits without scrolling sideways.
          if (size.name === 'desktop') await expect(page.locator('.scroll-hint')).toHaveCount(0);
        });
      }
      expect(host.pageErrors).toEqual([]);
      await done();
    });
  });
}
