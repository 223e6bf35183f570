// `npm run screenshots`: one PNG per screen in screens.ts, filled with the demo data, written to
// out/screenshots/. Skipped in the normal test run (it is for people to look at, not an assertion).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openApp, test } from './fixtures';
import { SCREENS } from './screens';

const OUT = fileURLToPath(new URL('../../out/screenshots/', import.meta.url));
const enabled = process.env.SEF_SCREENSHOTS === '1';

test.describe('screenshots', () => {
  test.skip(!enabled, 'Writes PNGs only when SEF_SCREENSHOTS=1 (npm run screenshots).');
  test.use({ viewport: { width: 1360, height: 880 }, deviceScaleFactor: 1 });

  for (const screen of SCREENS) {
    test.describe(() => {
      test.use({ demo: screen.demo });
      test(screen.name, async ({ page, host }) => {
        mkdirSync(OUT, { recursive: true });
        await openApp(page, host);
        await screen.steps(page, host);
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: `${OUT}${screen.name}.png`, fullPage: true, animations: 'disabled', caret: 'hide' });
      });
    });
  }
});
