// Performance data in both Word editions of the demo pack: indicator citations written as the figure
// and its period, a summary table with every indicator against its comparators in words, each area's
// indicators as a chart picture with alternative text and a table of the same figures, and the board
// paper's indicators needing attention.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../src/core/context';
import { populateDemo } from '../../src/core/demo/index';
import { call } from '../../src/core/dispatch';
import type { PackIndicators } from '../../src/shared/api/indicators';
import type { PackDetail } from '../../src/shared/entities';
import { formatFigure } from '../../src/shared/indicators/figures';
import { periodLabel } from '../../src/shared/indicators/periods';
import { standingAgainst } from '../../src/shared/indicators/series';
import { htmlSection, readBack, unescapeXml, type ReadBack } from '../unit/export-readback';
import { grant } from '../support/grants';
import { tempContext } from '../support/tempdb';

let ctx: CoreContext;
let cleanup: () => Promise<void>;
let out: string;
let detail: PackDetail;
let indicators: PackIndicators;

async function exported(edition: 'self_evaluation' | 'board', options: { includeCharts?: boolean } = {}): Promise<ReadBack> {
  const path = join(out, `${edition}-${options.includeCharts ?? 'default'}.docx`);
  await call(ctx, 'export.word', { packId: detail.pack.id, file: grant(ctx, path, 'export-word'), options: { edition, ...options } });
  return readBack(await readFile(path));
}

/** Alternative text of every picture in the body, as Word and screen readers read it. */
const pictureDescriptions = (read: ReadBack) =>
  [...read.parts['word/document.xml']!.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => unescapeXml(m[1]!));

beforeAll(async () => {
  ({ ctx, cleanup } = await tempContext());
  out = await mkdtemp(join(tmpdir(), 'sef-export-indicators-'));
  await populateDemo(ctx);
  const [pack] = await call(ctx, 'packs.list', {});
  detail = await call(ctx, 'packs.get', { packId: pack!.id });
  indicators = await call(ctx, 'indicators.forPack', { packId: detail.pack.id });
}, 120_000);
afterAll(async () => {
  await cleanup();
  await rm(out, { recursive: true, force: true });
});

describe('the self-evaluation', () => {
  let read: ReadBack;
  beforeAll(async () => {
    read = await exported('self_evaluation');
  }, 120_000);

  it('writes each indicator citation as the figure and its period', () => {
    const reReferrals = indicators.series.find((s) => s.indicator.id === 're-referrals-within-12-months')!;
    expect(read.text).toContain(`re-referrals remain at ${formatFigure(reReferrals.latest!.value, reReferrals.indicator)} (${periodLabel(reReferrals.latest!.period)})`);
    expect(read.text).toContain('from 74% to 84.1% (Q2 2026–27), above England');
    expect(read.text).not.toContain('[indicator figure]');
    expect(read.text).not.toContain('[indicator not found]');
  });

  it('has a summary page with every indicator against England, the region and statistical neighbours in words', () => {
    const summary = htmlSection(read.html, 'Performance data summary');
    expect(indicators.series.length).toBe(15);
    for (const s of indicators.series) {
      expect(summary, s.indicator.title).toContain(s.indicator.title);
      expect(summary, s.indicator.title).toContain(standingAgainst(s, 'england'));
    }
    expect(summary).toContain('Better: ');
    expect(summary).toContain('Worse: ');
  });

  it("shows each area's indicators as a chart with alternative text giving every figure, and a table of them", () => {
    const shownIn = indicators.areas.filter((a) => a.indicatorIds.length);
    expect(shownIn.length).toBeGreaterThan(2);
    const descriptions = pictureDescriptions(read);
    for (const area of shownIn) {
      const title = detail.areas.find((a) => a.id === area.areaId)!.title;
      // Chapters are numbered as the contents lists them: "2. The experiences and progress of…".
      const tops = detail.areas.filter((a) => a.depth === 0).sort((x, y) => x.order - y.order);
      const chapter = htmlSection(read.html, `${tops.findIndex((a) => a.id === area.areaId) + 1}. ${title}`);
      const data = htmlSection(chapter, 'Performance data');
      for (const id of area.indicatorIds) {
        const s = indicators.series.find((x) => x.indicator.id === id)!;
        expect(data, `${title}: ${s.indicator.title}`).toContain(s.indicator.title);
        // The sentence under the indicator's heading, without the title it would start with.
        expect(s.summary.startsWith(`${s.indicator.title}: `)).toBe(true);
        expect(data).toContain(s.summary.slice(s.indicator.title.length + 2));
        // The table gives the latest figure in the council's row.
        expect(data).toContain(`<td><p>${formatFigure(s.latest!.value, s.indicator)}</p></td>`);
        const alt = descriptions.find((d) => d.startsWith(`Line chart of ${s.indicator.title},`));
        expect(alt, `alternative text of ${s.indicator.title}`).toBeDefined();
        for (const p of s.council) expect(alt).toContain(formatFigure(p.value, s.indicator));
        expect(alt).toMatch(/(lower|higher) is better|neither higher nor lower is better/);
      }
    }
    // One picture per indicator however many areas show it.
    const media = read.files.filter((f) => f.startsWith('word/media/') && f.endsWith('.png'));
    const distinct = new Set(shownIn.flatMap((a) => a.indicatorIds));
    expect(media.length).toBeGreaterThanOrEqual(distinct.size);
  });

  // Kept whole, a chart's figures table jumped to the next page with the chart and its heading and left
  // a third of the page before it empty. It may now start or go on over the page, its header row
  // repeated, its first two rows with the header and its last two together: never one row alone.
  it('lets a chart’s figures table break over a page, never leaving one row alone', () => {
    const body = read.parts['word/document.xml']!;
    const tables = [...body.matchAll(/<\/w:drawing>.*?<\/w:p>(<w:tbl>.*?<\/w:tbl>)/g)].map((m) => m[1]!);
    expect(tables.length).toBeGreaterThanOrEqual(10);
    for (const t of tables) {
      const rows = [...t.matchAll(/<w:tr>.*?<\/w:tr>|<w:tr .*?<\/w:tr>/g)].map((m) => m[0]);
      expect(rows[0]).toContain('<w:tblHeader/>');
      const kept = rows.slice(1).map((r) => r.includes('<w:keepNext/>'));
      expect(kept.length).toBeGreaterThanOrEqual(2);
      expect(kept[0]).toBe(true);
      expect(kept.at(-2)).toBe(true);
      expect(kept.at(-1)).toBe(false);
      if (kept.length >= 4) expect(kept.slice(1, -2).some((k) => !k), 'a row after which the table may break').toBe(true);
    }
  });
});

describe('the board paper', () => {
  let read: ReadBack;
  beforeAll(async () => {
    read = await exported('board');
  }, 120_000);

  it('has a numbered performance data section with every indicator, and charts of those needing attention', () => {
    // A part of the main considerations, after the self-grades.
    const section = htmlSection(read.html, '4.2 Performance data');
    for (const s of indicators.series) expect(section, s.indicator.title).toContain(s.indicator.title);
    expect(htmlSection(read.html, '4.3 Strengths and areas for development')).not.toBe('');
    const appendix = htmlSection(read.html, 'Appendix B: indicators needing attention');
    const worse = indicators.series.filter((s) => s.comparisons.some((c) => c.standing === 'worse'));
    expect(worse.length).toBeGreaterThan(0);
    for (const s of worse) expect(appendix, s.indicator.title).toContain(s.indicator.title);
    const descriptions = pictureDescriptions(read);
    for (const s of worse) expect(descriptions.some((d) => d.startsWith(`Line chart of ${s.indicator.title},`)), s.indicator.title).toBe(true);
  });

  it('leaves the charts appendix out when asked, and lists no appendix it does not have; every figure stays in the report', async () => {
    const plain = await exported('board', { includeCharts: false });
    expect(plain.html).not.toContain('indicators needing attention');
    expect(pictureDescriptions(plain).some((d) => d.startsWith('Line chart of'))).toBe(false);
    const section = htmlSection(plain.html, '4.2 Performance data');
    for (const s of indicators.series) expect(section, s.indicator.title).toContain(s.indicator.title);
    expect(plain.html).toContain('Appendix A: the improvement plan');
  });
});
