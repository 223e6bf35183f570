// The evidence library in a real browser: how long the built renderer takes to show a library of 10,000
// items, to reach the last one, and to update the table for a search. Chromium drives the production
// renderer (out/renderer, so run `npm run build` first) over the same bridge the browser tests use, with
// the real core and a real SQLite file behind it. Figures only, no asserts.
//
// Timings are taken in the page, from the event (click, key, typing) to the first frame painted after the
// table shows the answer, so they include the bridge's round trips, React rendering and layout: what a
// person waits for. Search figures press Enter after typing, which searches at once; typing alone waits
// 200 ms for a pause first (that figure is printed too).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { call, dispatch } from '../../src/core/dispatch';
import { BRIDGE_KEY } from '../../src/shared/bridge';
import { CSP_BINDING, DISPATCH_BINDING, HOST_BINDING, PAGE_HOOKS, installPageBridge } from '../browser/page-bridge';
import { RENDERER_DIR, serveRenderer } from '../browser/server';
import { populateLargePack } from '../../src/core/demo/large';
import type { Section } from './section';

const fmt = (n: number) => n.toLocaleString('en-GB');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Playwright's own Chromium when installed, else CHROMIUM_PATH, else Debian's (as playwright.config.ts). */
function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // No Playwright-managed browser is registered.
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Must match the renderer's PAGE_SIZE and ROW_HEIGHT, its rows' height before they are measured (src/renderer/features/evidence/data.ts and EvidenceTable.tsx). */
const PAGE_SIZE = 50;
const ROW_HEIGHT_PX = 76;

/** Words from the generated library's vocabulary (src/core/demo/large.ts), from common to rare combinations. */
const SEARCHES = ['supervision', 'care leavers', 'front door threshold', 'adoption', 'independent reviewing officers'];

function countText(total: number, filtering: boolean): string {
  const items = `${fmt(total)} ${total === 1 ? 'item' : 'items'}`;
  return filtering ? `${items} match` : `${items} in the library`;
}

type Step = { click: string } | { key: string } | { search: string; enter: boolean } | { scrollToRow: number };
interface Until {
  countText?: string;
  row?: string;
  /** The row must also have focus. */
  focused?: boolean;
  /** Focus must have moved to a different row. */
  focusedMoved?: boolean;
  /** The middle of the table's box must show a loaded row (rows are of different heights, so which one varies). */
  loadedInView?: boolean;
}

/**
 * Installed in the page as window.__sefBench(step, until): does the step, then checks every animation
 * frame until the page shows what `until` describes, and resolves to the milliseconds from the step to
 * the frame after (when it has been painted). Plain source text, so no bundler helpers leak in.
 * Selectors with :text-is("…") are matched by exact text content, the rest by querySelector.
 */
const IN_PAGE_TIMER = `window.__sefBench = function (step, until) {
  function find(selector) {
    var m = /^(.*):text-is\\("(.*)"\\)$/.exec(selector);
    if (!m) return document.querySelector(selector);
    var all = document.querySelectorAll(m[1]);
    for (var i = 0; i < all.length; i++) if (all[i].textContent.trim().indexOf(m[2]) === 0) return all[i];
    return null;
  }
  var before = document.activeElement;
  var start = performance.now();
  if (step.click) find(step.click).click();
  if ('scrollToRow' in step) {
    var scroller = document.querySelector('.evidence-table');
    scroller.scrollTop = step.scrollToRow * ${ROW_HEIGHT_PX};
  }
  if (step.key) document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: step.key, bubbles: true, cancelable: true }));
  if ('search' in step) {
    var box = document.querySelector('input[type="search"]');
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(box, step.search);
    box.dispatchEvent(new Event('input', { bubbles: true }));
    if (step.enter) box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  }
  function done() {
    if (until.countText) {
      var count = document.querySelector('.evidence-screen__count');
      if (!count || count.textContent !== until.countText) return false;
    }
    if (until.row) {
      var row = document.querySelector(until.row);
      if (!row) return false;
      if (until.focused && document.activeElement !== row) return false;
    }
    if (until.loadedInView) {
      var box = document.querySelector('.evidence-table').getBoundingClientRect();
      var hit = document.elementFromPoint(box.left + box.width / 3, box.top + box.height / 2);
      if (!hit || !hit.closest('tr[data-evidence-id]')) return false;
    }
    if (until.focusedMoved) {
      var a = document.activeElement;
      if (a === before || !a || !a.hasAttribute('data-evidence-id')) return false;
    }
    return true;
  }
  return new Promise(function (resolve, reject) {
    var limit = start + 30000;
    function tick() {
      if (done()) return requestAnimationFrame(function () { resolve(performance.now() - start); });
      if (performance.now() > limit) return reject(new Error('The page did not get there within 30 seconds: ' + JSON.stringify(until)));
      requestAnimationFrame(tick);
    }
    tick();
  });
};`;

export function uiEvidenceSection(count = 10_000): Section {
  return {
    name: `ui-evidence-${count}`,
    title: `Evidence library in the browser, ${fmt(count)} items (built renderer in Chromium)`,
    async run(bench) {
      if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
        bench.record({ label: 'Skipped: the built renderer is missing', ms: 0, note: 'run npm run build first' });
        return;
      }
      const ctx = await bench.newDatabase();
      await bench.time(`Fill the library with ${fmt(count)} items`, () => populateLargePack(ctx, { evidence: count, actions: 40, narrativeWords: 2000 }));
      const expected = Object.fromEntries(
        await Promise.all(
          SEARCHES.map(async (text) => [text, (await call(ctx, 'evidence.list', { text, limit: 1 })).total] as const),
        ),
      );

      await bench.median(`For comparison: evidence.list, first page of ${PAGE_SIZE}, in the core alone`, 5, () =>
        call(ctx, 'evidence.list', { limit: PAGE_SIZE }),
      );
      await bench.median(
        `For comparison: evidence.list "supervision", first page of ${PAGE_SIZE}, in the core alone`,
        5,
        () => call(ctx, 'evidence.list', { text: 'supervision', limit: PAGE_SIZE }),
      );

      const server = await serveRenderer();
      const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
      try {
        const page = await browser.newPage({
          viewport: { width: 1360, height: 880 },
          locale: 'en-GB',
          timezoneId: 'Europe/London',
        });
        await page.exposeFunction(DISPATCH_BINDING, (op: unknown, input: unknown) => dispatch(ctx, op, input));
        await page.exposeFunction(HOST_BINDING, async (method: string) => {
          if (method === 'startupState') return { ok: true, path: join(RENDERER_DIR, 'bench.sqlite') };
          if (method === 'chooseFiles') return [];
          return null;
        });
        await page.exposeFunction(CSP_BINDING, () => undefined);
        // Sent as source text: tsx (esbuild) names functions with a __name helper the page does not have.
        const names = {
          dispatch: DISPATCH_BINDING,
          host: HOST_BINDING,
          csp: CSP_BINDING,
          hooks: PAGE_HOOKS,
          bridgeKey: BRIDGE_KEY,
        };
        await page.addInitScript({
          content: `var __name = (f) => f; (${installPageBridge.toString()})(${JSON.stringify(names)});`,
        });

        await bench.time('Start the app (load the page, first screen)', async () => {
          await page.goto(server.origin);
          await page.getByRole('heading', { level: 1 }).first().waitFor();
        });
        await page.evaluate(IN_PAGE_TIMER);
        const roundTrip = (await page.evaluate(
          `(async () => { const t = performance.now(); for (let i = 0; i < 5; i++) await window.sef.dispatch('evidence.list', { limit: ${PAGE_SIZE} }); return (performance.now() - t) / 5; })()`,
        )) as number;
        bench.record({
          label: `For comparison: one page of ${PAGE_SIZE} rows from the page, through the test bridge`,
          ms: roundTrip,
          note: 'mean of 5',
        });
        const measure = (label: string, step: Step, until: Until, note?: string) =>
          page
            .evaluate(`window.__sefBench(${JSON.stringify(step)}, ${JSON.stringify(until)})`)
            .then((ms) => bench.record({ label, ms: ms as number, ...(note ? { note } : {}) }));

        await measure(
          `Open the evidence library: first rows and "${countText(count, false)}" on screen`,
          { click: 'nav a:text-is("Evidence library")' },
          {
            countText: countText(count, false),
            row: 'tr[aria-rowindex="2"][data-evidence-id]',
          },
        );
        const domRows = await page.locator('tbody tr').count();
        bench.record({
          label: 'Rows in the DOM with the whole library loaded (virtualised)',
          ms: 0,
          note: `${domRows} rows for ${fmt(count)} items`,
        });

        await page.locator('tr[data-evidence-id]').first().focus();
        await measure(
          'Jump to the last item (End key): row loaded and focused',
          { key: 'End' },
          { row: `tr[aria-rowindex="${count + 1}"][data-evidence-id]`, focused: true },
        );
        await measure(
          'Back to the first item (Home key)',
          { key: 'Home' },
          { row: 'tr[aria-rowindex="2"][data-evidence-id]', focused: true },
        );
        const scrolls: number[] = [];
        for (const fraction of [0.5, 0.25, 0.9, 0.1, 0.75]) {
          const index = Math.floor(fraction * count);
          scrolls.push(
            (await page.evaluate(
              `window.__sefBench(${JSON.stringify({ scrollToRow: index })}, ${JSON.stringify({ loadedInView: true })})`,
            )) as number,
          );
        }
        scrolls.sort((a, b) => a - b);
        bench.record({
          label: 'Drag the scroll bar to another part of the list: its rows shown',
          ms: scrolls[2]!,
          note: 'median of 5 jumps',
        });

        await page.evaluate(`document.querySelector('.evidence-table').scrollTop = 0`);
        await page.locator('tr[aria-rowindex="2"][data-evidence-id]').focus();
        const pageDowns: number[] = [];
        for (let i = 1; i <= 10; i++) {
          const ms = (await page.evaluate(`window.__sefBench({ key: 'PageDown' }, { focusedMoved: true })`)) as number;
          pageDowns.push(ms);
        }
        pageDowns.sort((a, b) => a - b);
        bench.record({
          label: 'Page Down through the list: next rows shown and focused',
          ms: pageDowns[5]!,
          note: 'median of 10',
        });

        const samples: number[] = [];
        for (const text of SEARCHES) {
          samples.push(
            (await page.evaluate(
              `window.__sefBench(${JSON.stringify({ search: text, enter: true })}, ${JSON.stringify({ countText: countText(expected[text]!, true), row: 'tr[aria-rowindex="2"][data-evidence-id]' })})`,
            )) as number,
          );
        }
        samples.sort((a, b) => a - b);
        bench.record({
          label: 'Search updates the table (type a word, press Enter)',
          ms: samples[Math.floor(samples.length / 2)]!,
          note: `median of ${samples.length}: ${SEARCHES.map((t) => `"${t}" ${fmt(expected[t]!)}`).join(', ')}`,
        });

        await measure(
          'Clear the search: the whole library back',
          { search: '', enter: true },
          { countText: countText(count, false) },
        );

        await measure(
          'Search as you type: "supervision", table updated once typing pauses',
          { search: 'supervision', enter: false },
          { countText: countText(expected.supervision!, true), row: 'tr[aria-rowindex="2"][data-evidence-id]' },
          'includes the 200 ms the search waits for typing to stop',
        );

        await measure('Clear the search again', { search: '', enter: true }, { countText: countText(count, false) });
        const firstByTitle = (await call(ctx, 'evidence.list', { sort: 'title', limit: 1 })).items[0]!;
        await measure(
          `Sort ${fmt(count)} items by title (click the column heading)`,
          { click: 'th button:text-is("Title")' },
          {
            row: `tr[aria-rowindex="2"][data-evidence-id="${firstByTitle.id}"]`,
          },
        );
      } finally {
        await browser.close();
        await server.close();
      }
    },
  };
}
