// Every screen in screens.ts passes axe's WCAG 2.0/2.1/2.2 A and AA rules.
import { expectNoAxeViolations } from './axe';
import { expect, openApp, test } from './fixtures';
import { SCREENS } from './screens';

for (const screen of SCREENS) {
  test.describe(() => {
    test.use({ demo: screen.demo });
    test(`the ${screen.name} screen has no WCAG 2.2 AA violations`, async ({ page, host }) => {
      await openApp(page, host);
      await screen.steps(page, host);
      await expectNoAxeViolations(page);
      expect(host.pageErrors).toEqual([]);
    });
  });
}
