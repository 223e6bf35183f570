// Every screen of the app, as data: how to get there from a fresh start with the demo data loaded.
// screenshots.spec.ts writes one PNG per entry (npm run screenshots) and a11y.spec.ts runs axe on each.
// Add a row when you add a screen; `ready` should wait for something only that screen shows.
import type { Page } from '@playwright/test';
import type { BrowserHost } from './fixtures';

export interface Screen {
  /** File name of the screenshot (out/screenshots/<name>.png): lower case, hyphens. */
  name: string;
  /** Whether it needs the demo data (most do; an empty database shows the first-run state). */
  demo: boolean;
  /** From the app just loaded at '/', get to the screen and wait until it has finished loading. */
  steps(page: Page, host: BrowserHost): Promise<void>;
}

export const SCREENS: Screen[] = [
  {
    name: 'home',
    demo: true,
    steps: async (page) => {
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    },
  },
  {
    name: 'home-empty',
    demo: false,
    steps: async (page) => {
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    },
  },
  // Evidence library, action plan, inspections, settings and history (this year's demo pack open).
  {
    name: 'evidence-library',
    demo: true,
    steps: async (page) => {
      await openDemoPack(page);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Evidence library' }).click();
      await page.locator('tr[data-evidence-id]').first().waitFor();
      await page.getByText(/items? in the library/).waitFor();
    },
  },
  {
    name: 'evidence-edit',
    demo: true,
    steps: async (page) => {
      await openDemoPack(page);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Evidence library' }).click();
      await page.locator('tr[data-evidence-id]').first().click();
      await page.getByRole('dialog').getByRole('heading', { name: 'Files' }).waitFor();
      await page.getByRole('dialog').getByText(/Areas it supports/).waitFor();
    },
  },
  {
    name: 'action-plan',
    demo: true,
    steps: async (page) => {
      await openDemoPack(page);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Action plan' }).click();
      await page.locator('tr[data-action-id]').first().waitFor();
    },
  },
  {
    name: 'inspections',
    demo: true,
    steps: async (page) => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inspections and visits' }).click();
      await page.locator('article[data-inspection-id]').first().waitFor();
      await page.locator('.grades-table .badge').first().waitFor();
    },
  },
  {
    name: 'settings',
    demo: true,
    steps: async (page) => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
      await page.getByLabel('Your name').waitFor();
      await page.getByText('Schema version').waitFor();
    },
  },
  {
    name: 'history',
    demo: true,
    steps: async (page) => {
      await openDemoPack(page);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
      // Names of the things changed are looked up after the entries arrive.
      await page.locator('li[data-audit-id]').filter({ hasText: '“' }).first().waitFor();
    },
  },
];

/** Opens this year's demo pack from the home screen. */
async function openDemoPack(page: Page): Promise<void> {
  await page.getByRole('link', { name: /self-evaluation 2025–26/ }).first().click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Action plan' }).waitFor();
}

