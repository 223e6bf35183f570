// Two projects: "browser" drives the built renderer in Chromium behind the test host (tests/browser), and
// "electron" launches the built desktop app (tests/electron; skipped where Electron's binary is missing).
// Chromium is Playwright's own build when one is installed, else CHROMIUM_PATH, else Debian's.
import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';

function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // No Playwright-managed browser is registered; fall through.
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Date inputs follow the browser's UI language, not the page locale: UK users see dd/mm/yyyy.
  '--lang=en-GB',
];

export default defineConfig({
  outputDir: 'test-results',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : 1,
  reporter: process.env.CI ? [['list'], ['junit', { outputFile: 'test-results/junit.xml' }]] : 'list',
  timeout: 60_000,
  // A bound on waiting, not a timing assert: CI machines can be slow.
  expect: { timeout: process.env.CI ? 20_000 : 10_000 },
  use: {
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'browser',
      testDir: 'tests/browser',
      use: {
        browserName: 'chromium',
        viewport: { width: 1360, height: 880 },
        launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
      },
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
      // One app at a time: each launch is a whole Electron process tree.
      workers: 1,
    },
  ],
});
