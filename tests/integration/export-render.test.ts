// The exported documents rendered by an independent reader: LibreOffice converts both editions of the
// demo pack to PDF, and poppler checks the page count is plausible and that every contents entry gives
// the page its heading is on. Skipped, saying why, where LibreOffice or poppler is not installed.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../src/core/context';
import { populateDemo } from '../../src/core/demo/index';
import { call } from '../../src/core/dispatch';
import type { PackDetail } from '../../src/shared/entities';
import { tempContext } from '../support/tempdb';
import { grant } from '../support/grants';
import { missingRenderers as missing, pageCount, pageText, RENDERERS_MISSING_WARNING, toPdf } from '../support/libreoffice';

if (missing.length)
  console.warn(`Skipping the LibreOffice rendering tests of the Word export: ${missing.join(', ')} not found. ${RENDERERS_MISSING_WARNING}`);

const lineWords = (text: string) => text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);

/** The entries of the contents page as printed: each title (wrapped lines joined) and its page number. */
function contentsEntries(text: string): { title: string; page: number }[] {
  const lines = lineWords(text);
  const entries: { title: string; page: number }[] = [];
  let pending: string[] = [];
  for (const line of lines.slice(lines.indexOf('Contents') + 1)) {
    const m = /^(.*?)\s*\.{3,}\s*(\d+)$/.exec(line);
    if (!m) {
      pending.push(line);
      continue;
    }
    entries.push({ title: [...pending, m[1]!].join(' ').trim(), page: Number(m[2]) });
    pending = [];
  }
  return entries;
}

/** Whether a heading (which may wrap over up to three lines) stands on its own line(s) of the page. */
function hasHeading(text: string, title: string): boolean {
  const lines = lineWords(text);
  return lines.some((_, i) => [1, 2, 3].some((n) => lines.slice(i, i + n).join(' ') === title));
}

/** The headings of the top-level area chapters, numbered as the document numbers them. */
const topChapters = (detail: PackDetail) =>
  detail.areas
    .filter((a) => a.depth === 0)
    .sort((x, y) => x.order - y.order)
    .map((a, i) => `${i + 1}. ${a.title}`);

describe.skipIf(missing.length > 0)('the Word export rendered by LibreOffice', () => {
  let ctx: CoreContext;
  let dir: string;
  let cleanup: () => Promise<void>;
  let detail: PackDetail;

  beforeAll(async () => {
    ({ ctx, dir, cleanup } = await tempContext());
    await populateDemo(ctx);
    const [pack] = await call(ctx, 'packs.list', {});
    detail = await call(ctx, 'packs.get', { packId: pack!.id });
  }, 120_000);
  afterAll(() => cleanup());

  it('converts the self-evaluation, with a plausible page count and a contents page with page numbers', async () => {
    const docx = join(dir, 'self-evaluation.docx');
    await call(ctx, 'export.word', { packId: detail.pack.id, file: grant(ctx, docx, 'export-word'), options: { edition: 'self_evaluation' } });
    const pdf = await toPdf(docx, dir);
    const pages = await pageCount(pdf);
    // A cover, contents, summary, context, progress, a chapter of a few pages per area, plan and index.
    expect(pages).toBeGreaterThanOrEqual(5 + 2 * detail.areas.length);
    // The demo pack was 37 pages: figures tables that jumped whole to the next page with their charts,
    // a page break before the first chapter, charts 190 pixels high and loose spacing left pages part
    // empty. Issue 11 aims at about 28 with nothing lost, set before the pack had performance data:
    // without its 14 indicators the demo is 26 pages. Their definitions now come once, in the summary.
    // This bound holds what has been won so far.
    expect(pages).toBeLessThanOrEqual(35);

    const contents = await pageText(pdf, 2);
    expect(contents).toContain('Contents');
    const chapters = ['Summary of self-grades', 'Context', ...topChapters(detail), 'Evidence index'];
    const lines = contents.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
    const numbers: number[] = [];
    for (const chapter of chapters) {
      // Long titles may wrap; the page number ends the entry's last line.
      const words = chapter.split(' ');
      const line = lines.find((l) => l.includes(words.slice(-2).join(' ')) && /\.{3,}\s*\d+$/.test(l));
      expect(line, `contents entry for "${chapter}" with a page number`).toBeDefined();
      numbers.push(Number(/(\d+)$/.exec(line!)![1]));
    }
    // Page numbers rise through the document and stay within it.
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
    expect(numbers.at(-1)!).toBeLessThanOrEqual(pages);

    // The contents' numbers are where LibreOffice puts the chapters, give or take a page.
    const evidenceIndexPage = numbers.at(-1)!;
    const around = await Promise.all([evidenceIndexPage - 1, evidenceIndexPage, evidenceIndexPage + 1].filter((p) => p <= pages).map((p) => pageText(pdf, p)));
    expect(around.some((t) => /^\s*Evidence index\s*$/m.test(t))).toBe(true);
    expect(await pageText(pdf, pages)).toMatch(/Page \d+ of \d+/);
  }, 300_000);

  // The contents' page numbers come from our own estimate of the layout for long documents
  // (measure.ts). Every entry must give the page LibreOffice puts its heading on. The estimate once
  // drifted a page high with evidence withheld, and a page low with all evidence (a heading kept with
  // a second heading and a chart, which LibreOffice moves to the next page as one).
  it.each([
    ['with all evidence', false],
    ['with sensitive evidence withheld', true],
  ])('gives every contents entry the page its heading is on (%s)', async (name, withholdSensitive) => {
    const docx = join(dir, `contents-${withholdSensitive ? 'withheld' : 'all'}.docx`);
    await call(ctx, 'export.word', { packId: detail.pack.id, file: grant(ctx, docx, 'export-word'), options: { edition: 'self_evaluation', withholdSensitive } });
    const pdf = await toPdf(docx, dir);
    const pages = await pageCount(pdf);
    expect(pages, name).toBeGreaterThan(20);
    const texts = await Promise.all(Array.from({ length: pages }, (_, i) => pageText(pdf, i + 1)));
    const entries = contentsEntries(texts[1]!);
    const chapters = ['Summary of self-grades', 'Performance data summary', 'Context', 'Progress since the last inspection', ...topChapters(detail), 'Action plan', 'Evidence index'];
    expect(entries.map((e) => e.title)).toEqual(chapters);
    // The summary of self-grades is on the contents' page.
    let from = 2;
    for (const entry of entries) {
      const found = texts.findIndex((t, i) => i + 1 >= from && hasHeading(t, entry.title)) + 1;
      expect(found, `"${entry.title}" appears in the PDF`).toBeGreaterThan(0);
      // Word recomputes the contents when the file opens (updateFields); the estimate is what LibreOffice
      // and previews show, so it must be exact.
      expect(entry.page, `contents page number of "${entry.title}" (the heading is on page ${found})`).toBe(found);
      from = found;
    }
  }, 300_000);

  // The report itself is 4 to 8 pages; its appendices (the full plan, the charts of indicators needing
  // attention, now that the demo has figures) run on after it: each on a page of its own left half a
  // page empty before it.
  it('converts the board paper: the report in 4 to 8 pages, its appendices running on after it', async () => {
    const docx = join(dir, 'board.docx');
    await call(ctx, 'export.word', {
      packId: detail.pack.id,
      file: grant(ctx, docx, 'export-word'),
      options: { edition: 'board', marking: 'official_sensitive' },
    });
    const pdf = await toPdf(docx, dir);
    const pages = await pageCount(pdf);
    const texts = await Promise.all(Array.from({ length: pages }, (_, i) => pageText(pdf, i + 1)));
    const appendixA = texts.findIndex((t) => /^\s*Appendix A: the improvement plan\s*$/m.test(t)) + 1;
    expect(appendixA, 'the page Appendix A starts on').toBeGreaterThan(0);
    expect(appendixA - 1).toBeGreaterThanOrEqual(4);
    expect(appendixA - 1).toBeLessThanOrEqual(8);
    // Appendix A starts on the page the report ends on, and Appendix B where Appendix A ends.
    expect(texts[appendixA - 1]).toMatch(/^\s*\d+\. Appendices\s*$/m);
    const appendixB = texts.findIndex((t) => /^\s*Appendix B: indicators needing attention\s*$/m.test(t)) + 1;
    expect(texts[appendixB - 1]).toMatch(/^\s*(A|FV)\d+\s/m);
    // No page holds one row of the plan alone: here, the two of its last part before Appendix B.
    expect(texts[appendixB - 1]!.match(/^\s*(A|FV)\d+\s/gm)!.length).toBeGreaterThanOrEqual(2);
    // 12 pages, then 10 (the attention charts one to a row), 9 with them two to a row, now 8: the
    // charts of the four indicators worse than the period before or behind every comparator (the three
    // behind some named), Appendix A's rating and due date in one column, and the performance data
    // table's rates without "per 10,000" where their names say it. Exempt, as here, and open alike.
    expect(pages).toBeLessThanOrEqual(8);
    const first = await pageText(pdf, 1);
    expect(first).toContain('NOT FOR PUBLICATION');
    expect(first).toMatch(/Page 1 of \d+/);
  }, 300_000);
});
