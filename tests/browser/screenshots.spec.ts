// `npm run screenshots`: one PNG per screen in screens.ts and window size (desktop, 1024×700, 200% zoom),
// filled with the demo data, written to out/screenshots/ (SEF_SCREENSHOT_SIZES=desktop,… for fewer). Skipped in the normal test run (it is for people to look at, not an assertion).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from './fixtures';
import { SCREENS, showScreen, WINDOW_SIZES } from './screens';

const OUT = fileURLToPath(new URL('../../out/screenshots/', import.meta.url));
const enabled = process.env.SEF_SCREENSHOTS === '1';
const wantedSizes = process.env.SEF_SCREENSHOT_SIZES?.split(',').map((s) => s.trim());
const SIZES = WINDOW_SIZES.filter((size) => !wantedSizes || wantedSizes.includes(size.name));

test.describe('screenshots', () => {
  test.skip(!enabled, 'Writes PNGs only when SEF_SCREENSHOTS=1 (npm run screenshots).');
  test.use({ viewport: { width: 1360, height: 880 } });
  for (const size of SIZES)
    for (const screen of SCREENS) {
      test.describe(() => {
        test.use({ demo: screen.demo, deviceScaleFactor: size.scale, openAtStart: !screen.beforeOpen });
        test(`${screen.name} at ${size.name}`, async ({ page, host }) => {
          mkdirSync(OUT, { recursive: true });
          const done = await showScreen(page, host, screen);
          // The steps click through the sidebar, which a narrow window folds away: get there, then resize.
          await page.setViewportSize({ width: size.width, height: size.height });
          await page.evaluate(() => document.fonts.ready);
          await page.screenshot({ path: `${OUT}${screen.name}${size.suffix}.png`, fullPage: true, animations: 'disabled', caret: 'hide' });
          // A narrow window shows little at once: a second picture with the first table scrolled into view.
          const table = page.locator('.app-main table').first();
          if (size.width < 800 && (await table.count())) {
            await table.evaluate((el) => el.scrollIntoView({ block: 'start' }));
            await page.screenshot({ path: `${OUT}${screen.name}${size.suffix}-table.png`, animations: 'disabled', caret: 'hide' });
          }
          await done();
        });
      });
    }
});
