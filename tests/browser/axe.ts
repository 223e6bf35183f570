// Accessibility checks with axe-core against WCAG 2.0, 2.1 and 2.2 A and AA. The source is evaluated in
// the page (not added as a script tag, which the Content Security Policy would rightly block).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { AxeResults, NodeResult, Result, RunOptions } from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeOptions {
  /** CSS selector of the part of the page to check; the whole document by default. */
  include?: string;
  /** CSS selectors to leave out (say why where you use it). */
  exclude?: string[];
  /** Rule ids to switch off (say why where you use it). */
  disableRules?: string[];
}

/** Runs axe and returns the violations, each as a readable paragraph. */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const runOptions: RunOptions = {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    rules: Object.fromEntries((options.disableRules ?? []).map((id) => [id, { enabled: false }])),
    resultTypes: ['violations'],
  };
  const context = { include: options.include ? [options.include] : undefined, exclude: options.exclude?.map((s) => [s]) };
  const results = await page.evaluate(
    async ([ctx, opts]) => {
      const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<AxeResults> } }).axe;
      const target = ctx.include || ctx.exclude ? { include: ctx.include ?? [['html']], exclude: ctx.exclude ?? [] } : document;
      return axe.run(target, opts);
    },
    [context, runOptions] as const,
  );
  return results.violations.map(formatViolation);
}

export function formatViolation(v: Result): string {
  const nodes = v.nodes.slice(0, 5).map((n: NodeResult) => `    at ${n.target.join(' ')}\n      ${firstLine(n.failureSummary)}\n      ${n.html.slice(0, 200)}`);
  const more = v.nodes.length > 5 ? `\n    …and ${v.nodes.length - 5} more` : '';
  return `[${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.tags.filter((t) => t.startsWith('wcag')).join(', ')})\n  ${v.helpUrl}\n${nodes.join('\n')}${more}`;
}

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 2).join(' ');
}

/**
 * Fails the test with every violation spelt out. Checked again until the page settles: a scroll box
 * becomes a tab stop once it has measured its overflow, a frame after its content arrives, and on a
 * busy machine axe can run in between. A violation that stays is reported as it was last seen.
 */
export async function expectNoAxeViolations(page: Page, options: AxeOptions = {}): Promise<void> {
  let violations: string[] = [];
  await expect
    .poll(async () => (violations = await axeViolations(page, options)), { intervals: [250, 500, 1000] })
    .toEqual([])
    .catch(() => undefined);
  expect(violations, `Accessibility (WCAG 2.2 AA) violations:\n\n${violations.join('\n\n')}\n`).toEqual([]);
}
