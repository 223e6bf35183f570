// Every screen of the app, as data: how to get there from a fresh start with the demo data loaded.
// screenshots.spec.ts writes one PNG per entry (npm run screenshots) and a11y.spec.ts runs axe on each.
// Add a row when you add a screen; `ready` should wait for something only that screen shows.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openApp, type BrowserHost } from './fixtures';
import { holdConnections } from '../support/held-server';
import { makePrivateCa } from '../support/private-ca';
import { saveFile, workbook } from '../support/workbooks';
import { asSomeoneElse, doc } from './two-writers';

/** What a screen's steps leave running (a server, files), stopped once the screen has been looked at. */
type Undo = () => Promise<void> | void;

export interface Screen {
  /** File name of the screenshot (out/screenshots/<name>.png): lower case, hyphens. */
  name: string;
  /** Whether it needs the demo data (most do; an empty database shows the first-run state). */
  demo: boolean;
  /**
   * For a start-up screen: the host opens no file before the app loads (the fixture's openAtStart is
   * false), and this starts it as the desktop app's main process would.
   */
  beforeOpen?(host: BrowserHost): Promise<Undo>;
  /** From the app just loaded at '/', get to the screen and wait until it has finished loading. */
  steps(page: Page, host: BrowserHost): Promise<void | Undo>;
}

/** Loads the app and gets to the screen; the answer undoes what its steps left running. */
export async function showScreen(page: Page, host: BrowserHost, screen: Screen): Promise<() => Promise<void>> {
  const undoStart = await screen.beforeOpen?.(host);
  await openApp(page, host);
  const undoSteps = await screen.steps(page, host);
  return async () => {
    await undoSteps?.();
    await undoStart?.();
  };
}

/**
 * The window sizes every screen must work at: a desktop, a small laptop (1024×700), and that laptop at
 * 200% zoom (WCAG 1.4.10 reflow: the page gets half the CSS pixels, each drawn twice).
 */
export const WINDOW_SIZES = [
  { name: 'desktop', suffix: '', width: 1360, height: 880, scale: 1 },
  { name: '1024 px', suffix: '-1024', width: 1024, height: 700, scale: 1 },
  { name: '200% zoom', suffix: '-zoom200', width: 512, height: 350, scale: 2 },
] as const;

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
    name: 'evidence-edit-files',
    demo: true,
    steps: async (page) => {
      await openDemoPack(page);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Evidence library' }).click();
      await page.locator('tr[data-evidence-id]').nth(2).click();
      const files = page.getByRole('dialog').getByRole('heading', { name: 'Files' });
      await page.getByRole('dialog').getByText(/Areas it supports/).waitFor();
      await files.evaluate((el) => el.scrollIntoView({ block: 'start' }));
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
    name: 'board-paper',
    demo: true,
    steps: async (page) => {
      await openDemoPack(page);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Board paper' }).click();
      await page.getByLabel('Meeting', { exact: true }).waitFor();
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
      // One entry opened, to show the before and after values.
      await page.locator('li[data-audit-id] summary').first().click();
    },
  },
  // Packs, pack overview, readiness, area workspace, export and sign-off.
  {
    name: 'new-pack-dialog',
    demo: true,
    steps: async (page) => {
      await page.getByRole('button', { name: 'New pack' }).click();
      await page.getByRole('dialog', { name: 'New self-evaluation pack' }).getByLabel('Framework').waitFor();
    },
  },
  {
    name: 'pack-overview',
    demo: true,
    steps: async (page) => {
      await openDemoPack(page);
      await page.getByRole('table', { name: /Judgement areas/ }).locator('.badge').first().waitFor();
    },
  },
  {
    name: 'pack-readiness',
    demo: true,
    steps: async (page) => {
      await openDemoPack(page);
      await page.getByRole('tab', { name: 'Readiness' }).click();
      await page.getByRole('figure', { name: 'Grades now against the last inspection' }).waitFor();
    },
  },
  {
    name: 'pack-review',
    demo: true,
    steps: async (page) => {
      await openDemoPack(page);
      await page.getByRole('tab', { name: 'Review' }).click();
      await page.getByRole('table', { name: 'What is waiting for whom, area by area' }).locator('tbody tr').first().waitFor();
    },
  },
  {
    name: 'pack-details',
    demo: true,
    steps: async (page) => {
      await openDemoPack(page);
      await page.getByRole('tab', { name: 'Pack details' }).click();
      await page.getByRole('textbox', { name: 'Context and demographics' }).locator('p').first().waitFor();
    },
  },
  {
    name: 'area-workspace',
    demo: true,
    steps: async (page) => {
      await openDemoPack(page);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /experiences and progress of children in care/ }).click();
      await page.getByRole('group', { name: 'Grade', exact: true }).waitFor();
      await page.locator('.rt-cite').first().waitFor();
    },
  },
  {
    name: 'area-cite-evidence',
    demo: true,
    steps: async (page) => {
      await openDemoPack(page);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /experiences and progress of children in care/ }).click();
      await page.getByRole('toolbar').first().getByRole('button', { name: 'Cite evidence' }).click();
      await page.getByRole('dialog', { name: 'Cite evidence' }).getByRole('radio').first().waitFor();
    },
  },
  {
    name: 'area-indicators',
    demo: true,
    steps: async (page) => {
      await openDemoPack(page);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /children who need help and protection/ }).click();
      const section = page.getByRole('region', { name: 'Performance indicators' });
      await section.getByRole('img').first().waitFor();
      await section.scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'pack-indicators',
    demo: true,
    steps: async (page) => {
      await openDemoPack(page);
      await page.getByRole('tab', { name: 'Indicators' }).click();
      await page.getByRole('table').first().getByRole('button').first().click();
      await page.getByRole('img', { name: /Re-referrals/ }).waitFor();
    },
  },
  {
    name: 'indicators',
    demo: true,
    steps: async (page) => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Indicators' }).click();
      await page.getByRole('table', { name: /^Figures for / }).getByRole('row').nth(1).waitFor();
    },
  },
  {
    name: 'indicator-figure-dialog',
    demo: true,
    steps: async (page) => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Indicators' }).click();
      await page.getByRole('table', { name: /^Figures for / }).getByRole('row').nth(1).waitFor();
      await page.getByRole('button', { name: 'Add a figure' }).click();
      await page.getByRole('dialog', { name: /Add a figure/ }).getByLabel('Source').waitFor();
    },
  },
  {
    name: 'sheet-import-preview',
    demo: true,
    steps: async (page, host) => {
      const file = await saveFile(
        host.dir,
        'action-plan.xlsx',
        await workbook([
          {
            before: [['Northmoor improvement plan'], []],
            headings: ['Ref', 'Action', 'Lead officer', 'Due', 'RAG'],
            rows: [
              ['A01', 'Audit supervision in every team', 'Principal social worker', '31/01/2027', 'Amber'],
              [null, 'Refresh the front door threshold guidance', 'Head of service', '31/02/2027', 'Green'],
              [null, 'Care leavers’ accommodation panel', 'Leaving care manager', '30/04/2027', 'Purple'],
            ],
          },
        ]),
      );
      host.queueChosenFiles([file]);
      await openDemoPack(page);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Action plan' }).click();
      await page.getByRole('button', { name: 'Import from a spreadsheet' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Choose a file…' }).click();
      await page.getByRole('dialog').getByRole('heading', { name: 'Problems' }).waitFor();
    },
  },
  {
    name: 'export-dialog',
    demo: true,
    steps: async (page) => {
      await openDemoPack(page);
      await page.getByRole('button', { name: 'Export Word pack' }).click();
      await page.getByRole('dialog', { name: 'Export Word pack' }).getByLabel('Protective marking').waitFor();
    },
  },
  {
    name: 'approve-dialog',
    demo: true,
    steps: async (page) => {
      // The demo's current pack is a draft: the dialog lists what is still to do before approval.
      await openDemoPack(page);
      await page.getByRole('button', { name: 'Approve pack' }).click();
      await page.getByRole('dialog', { name: 'Approve this pack' }).getByRole('region', { name: 'Still to do' }).waitFor();
    },
  },
  {
    name: 'approved-pack',
    demo: true,
    steps: async (page) => {
      // Last year's demo pack is approved: the overview shows who signed it off, read-only.
      await page.getByRole('link', { name: /self-evaluation 2024–25/ }).first().click();
      await page.getByRole('region', { name: 'Approved pack' }).waitFor();
    },
  },
  {
    name: 'approved-area',
    demo: true,
    steps: async (page) => {
      await page.getByRole('link', { name: /self-evaluation 2024–25/ }).first().click();
      await page.getByRole('region', { name: 'Approved pack' }).waitFor();
      await page.getByRole('table', { name: /Judgement areas/ }).getByRole('link').first().click();
      await page.getByRole('region', { name: 'Approved pack' }).waitFor();
      await page.getByRole('group', { name: 'Grade', exact: true }).waitFor();
    },
  },
  // The inspection cycle (issue 8).
  {
    name: 'pack-grades-over-time',
    demo: true,
    steps: async (page) => {
      await openDemoPack(page);
      await page.getByRole('tab', { name: 'Grades over time' }).click();
      await page.getByRole('figure', { name: 'Grades over time' }).getByRole('table').waitFor();
    },
  },
  {
    name: 'pack-moved-framework',
    demo: true,
    steps: async (page) => {
      await openDemoPack(page);
      const moved = page.getByRole('region', { name: 'Framework move' });
      await moved.getByText(/What was kept/).click();
      await moved.getByRole('region').first().waitFor();
    },
  },
  {
    name: 'framework-move-review',
    demo: true,
    steps: async (page, host) => {
      // A pack started on last year's framework although ILACS from April 2026 was in force by its date.
      const last = (await host.call('packs.list', {})).find((p) => p.period === '2024–25')!;
      await host.call('packs.createFromPrevious', {
        previousPackId: last.id, title: 'Self-evaluation 2026–27 (draft on ILACS 2023)', period: '2026–27', asAt: '2026-11-30', frameworkId: 'ilacs-2023',
      });
      await page.getByRole('link', { name: 'Self-evaluation 2026–27 (draft on ILACS 2023)' }).click();
      await page.getByRole('button', { name: 'Review the move to ILACS 2026' }).click();
      await page.getByRole('dialog', { name: 'Move this pack onto ILACS 2026' }).getByRole('table').waitFor();
    },
  },
  {
    name: 'area-limiting-rule',
    demo: true,
    steps: async (page, host) => {
      const pack = await host.call('packs.create', { title: 'Northmoor Fostering self-evaluation 2026', frameworkId: 'sccif', period: '2026', asAt: '2026-10-01' });
      const areas = Object.fromEntries((await host.call('packs.get', { packId: pack.id })).areas.map((a) => [a.areaKey, a.id]));
      await host.call('areas.update', { areaId: areas['overall-experiences-and-progress']!, grade: 'good' });
      await host.call('areas.update', { areaId: areas['helped-and-protected']!, grade: 'inadequate' });
      await page.getByRole('link', { name: 'Northmoor Fostering self-evaluation 2026' }).click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'How well children and young people are helped and protected' }).click();
      await page.getByRole('list', { name: 'Limiting judgements' }).getByRole('alert').waitFor();
    },
  },
  {
    name: 'action-plan-as-at',
    demo: true,
    steps: async (page) => {
      await page.getByRole('link', { name: /self-evaluation 2024–25/ }).first().click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Action plan' }).click();
      await page.locator('tr[data-action-id]').first().waitFor();
    },
  },
  {
    name: 'inspection-day-kit',
    demo: true,
    steps: async (page) => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inspection-day kit' }).click();
      await page.locator('li[data-kit-key]').first().waitFor();
    },
  },
  {
    name: 'engagement-meetings',
    demo: true,
    steps: async (page) => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Engagement meetings' }).click();
      await page.getByRole('article').first().waitFor();
    },
  },
  {
    name: 'adult-social-care',
    demo: true,
    steps: async (page) => {
      await page.getByRole('link', { name: /Adult social care self-assessment 2026/ }).first().click();
      await page.getByRole('table', { name: /Judgement areas/ }).locator('.badge').first().waitFor();
    },
  },
  // Start-up, the connect dialog and held drafts: the team database's screens.
  {
    name: 'startup-connecting',
    demo: false,
    // Back to the team database the app was on, behind a server that does not answer (yet).
    beforeOpen: async (host) => {
      const silent = await holdConnections({ host: '127.0.0.1', port: 1 });
      await host.credentials.save({ host: 'localhost', port: silent.port, database: 'sef', login: 'dana' }, 'not-used', true, null);
      const start = await host.teams.reconnectAtStartup();
      if (!start) throw new Error('Start-up did not try the team database');
      // Refused, start-up opens the local file: done before the test's folder is removed.
      return async () => {
        await silent.close();
        await start.outcome;
      };
    },
    steps: async (page) => {
      await page.getByRole('heading', { level: 1, name: 'Connecting to your team database…' }).waitFor();
    },
  },
  {
    name: 'connect-dialog-certificate-authority',
    demo: true,
    steps: async (page, host) => {
      const ca = makePrivateCa(['DNS:sef.northmoor.gov.uk']);
      // Named as IT would give it out.
      const file = join(host.dir, 'northmoor-council-ca.pem');
      copyFileSync(ca.caFile, file);
      await host.sendMenuCommand('connect-team');
      const dialog = page.getByRole('dialog', { name: 'Connect to a team database' });
      await dialog.getByLabel('Server').fill('sef.northmoor.gov.uk');
      await dialog.getByLabel('Database').fill('sef');
      await dialog.getByLabel('Your login').fill('dana');
      host.queueCertificateAuthority(file);
      await dialog.getByRole('button', { name: 'Choose certificate file…' }).click();
      await dialog.getByText('The server’s certificate is checked against northmoor-council-ca.pem.').waitFor();
      return () => ca.cleanup();
    },
  },
  {
    name: 'held-drafts',
    demo: true,
    // A narrative's save refused (Sam saved first), the area left, and the window asked to close: it stayed.
    steps: async (page, host) => {
      await openDemoPack(page);
      const pack = (await host.call('packs.list', {})).find((p) => /self-evaluation 2025–26/.test(p.title))!;
      const area = (await host.call('packs.get', { packId: pack.id })).areas.find((a) => a.graded)!;
      const narrative = (await host.call('areas.get', { areaId: area.id })).narratives[0]!;
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: area.title, exact: true }).click();
      const editor = page.getByRole('textbox', { name: narrative.title, exact: true });
      await editor.waitFor();
      const release = host.holdChangeEvents();
      await asSomeoneElse(host, 'Sam Patel', () =>
        host.call('narratives.save', { areaId: area.id, sectionId: narrative.sectionId, doc: doc('Sam’s rewrite.'), baseVersion: narrative.version }),
      );
      await editor.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' Leaders visit every team each month.');
      await page.keyboard.press('Tab');
      await page.getByRole('region', { name: narrative.title, exact: true }).getByRole('button', { name: 'Compare and merge' }).waitFor();
      await release();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
      await page.evaluate(() => window.dispatchEvent(new Event('beforeunload', { cancelable: true })));
      await page.getByRole('region', { name: 'Unsaved text held' }).waitFor();
      await page.getByText('SEF Studio stayed open: some text is not saved yet.').waitFor();
    },
  },
];

/** Opens this year's demo pack from the home screen. */
async function openDemoPack(page: Page): Promise<void> {
  await page.getByRole('link', { name: /self-evaluation 2025–26/ }).first().click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Action plan' }).waitFor();
}

