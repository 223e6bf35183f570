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
import { formatFigure, formatNumber as formatNumberOf, movement } from '../../src/shared/indicators/figures';
import { periodLabel, periodShortLabel } from '../../src/shared/indicators/periods';
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
      // England's figure for 2025–26 is said under the header that names that year; another keeps its date.
      const england = s.comparisons.find((c) => c.comparator === 'england')!;
      // A rate whose name says "per 10,000 children" is written without it in the cells.
      const named = s.indicator.unit === 'rate_per_10000' && s.indicator.title.includes('per 10,000');
      const figures = named ? { ...s, indicator: { ...s.indicator, unit: 'count' as const } } : s;
      expect(summary, s.indicator.title).toContain(
        standingAgainst(figures, 'england', (c) => (c.point.period.kind === 'as_at' ? periodShortLabel(c.point.period) : null)),
      );
      expect(england.samePeriod).toBe(false);
    }
    expect(summary).toContain('Better: ');
    expect(summary).toContain('Worse: ');
    // The rates the demo names "per 10,000 children" in their titles: 368.1, not "368.1 per 10,000" twice a row.
    const rates = indicators.series.filter((s) => s.indicator.unit === 'rate_per_10000');
    expect(rates.length).toBeGreaterThan(0);
    const table = summary.split('</table>')[0]!;
    expect(table).not.toContain('per 10,000</p></td>');
    for (const s of rates) expect(table, s.indicator.title).toContain(`<td><p>${formatNumberOf(s.latest!.value, s.indicator.decimals)}</p></td>`);
  });

  // "Q2 2026–27" in every cell of the latest column, "(2025–26)" in every England cell and "(at 30
  // September 2025)" wrapped to three lines made most rows of the table two or three lines high.
  it('names the period every latest figure shares once, in the header, and England’s year likewise', () => {
    const table = htmlSection(read.html, 'Performance data summary').split('</table>')[0]!;
    const headers = [...table.matchAll(/<th><p>(.*?)<\/p><\/th>/g)].map((m) => m[1]);
    expect(headers).toEqual(['Indicator', 'Latest<br />Q2 2026–27', 'Since the period before', 'Against England<br />2025–26', 'Against the region', 'Against statistical neighbours']);
    const rows = [...table.matchAll(/<tr><td>(.*?)<\/tr>/g)].map((m) => [...m[0].matchAll(/<td><p>(.*?)<\/p><\/td>/g)].map((c) => c[1]!));
    expect(rows.length).toBe(indicators.series.filter((s) => s.latest).length);
    for (const row of rows) {
      expect(row[1]).not.toMatch(/\(/);
      expect(row[3]).not.toContain('2025–26');
    }
    // The rows whose England figure is for another period keep it, as a short date; no cell says "at".
    const dated = rows.filter((r) => r[3]!.endsWith('(30 Sep 2025)'));
    expect(dated.length).toBe(indicators.series.filter((s) => s.comparisons.some((c) => c.comparator === 'england' && c.point.period.kind === 'as_at')).length);
    expect(dated.length).toBeGreaterThan(0);
    expect(table).not.toContain('at 30 September');
  });

  // Under each of fourteen charts its definition and source took four lines; they are now given once,
  // in the summary, what most share (the extraction, which definitions are SEF Studio's) said once.
  it('gives each indicator’s definition and source once, in the summary, and the chapters point there', () => {
    const definitions = htmlSection(read.html, 'Definitions and sources');
    const chapters = read.html.slice(read.html.indexOf('</h1>', read.html.indexOf('>Context</h1>')));
    const shown = indicators.series.filter((s) => indicators.areas.some((a) => a.indicatorIds.includes(s.indicator.id)));
    for (const s of shown) {
      const mark = s.indicator.definitionIsGuidance ? '*' : '';
      expect(definitions, s.indicator.title).toContain(`<strong>${s.indicator.title}${mark}. </strong>${s.indicator.definition}`);
      expect(read.html.split(s.indicator.definition).length - 1, s.indicator.title).toBe(1);
      expect(chapters).not.toContain(s.indicator.definition);
    }
    expect(definitions).toContain('Latest figures extracted on 20/10/2026 from ');
    expect(definitions).toContain('A definition marked * is our summary, not the publisher’s wording.');
    expect(read.text.split('Latest figure extracted on').length - 1).toBe(0);
    expect(chapters).toContain('Definitions, sources and all the figures charted are in the performance data summary.');
  });

  // A table under each chart in the chapters took a fifth of a page per indicator, twice where two areas
  // show one; the figures are now given once, in the summary, a column per period in time order.
  it('gives every figure each chart shows once, in the summary’s figures over time, but a comparator’s one figure the table above gives', () => {
    const figures = htmlSection(read.html, 'Figures over time');
    const table = figures.split('</table>')[0]!;
    const headers = [...table.matchAll(/<th><p>(.*?)<\/p><\/th>/g)].map((m) => m[1]);
    expect(headers).toEqual(['Q3 2025–26', 'Q4 2025–26', 'Q1 2026–27', 'Q2 2026–27']);
    const rows = [...table.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((c) => c[1]!.replace(/<\/?(p|strong)>/g, '')));
    const shown = indicators.series.filter((s) => indicators.areas.some((a) => a.indicatorIds.includes(s.indicator.id)));
    // The cells of the figures each line gives, in the order of the periods.
    const groups = shown.map((s) => {
      const at = rows.findIndex((r) => r.length === 1 && r[0] === s.indicator.title);
      expect(at, s.indicator.title).toBeGreaterThanOrEqual(0);
      const end = rows.findIndex((r, i) => i > at && r.length === 1);
      return { s, lines: rows.slice(at + 1, end < 0 ? undefined : end) };
    });
    for (const { s, lines } of groups) {
      const named = s.indicator.title.includes('per 10,000');
      const cell = (v: number) => (named ? formatNumberOf(v, s.indicator.decimals) : formatFigure(v, s.indicator));
      const council = lines.find((l) => l[0] === 'Northmoor')!;
      for (const p of s.council) expect(council, s.indicator.title).toContain(cell(p.value));
      for (const c of s.comparators) {
        const line = lines.find((l) => l[0] === c.label);
        const inSummary = c.points.length === 1 && s.comparisons.some((x) => x.comparator === c.comparator && x.point.value === c.points[0]!.value);
        if (inSummary) expect(line, `${s.indicator.title}: ${c.label}`).toBeUndefined();
        else for (const p of c.points) expect(line, `${s.indicator.title}: ${c.label}`).toContainEqual(expect.stringContaining(cell(p.value)));
      }
    }
    // England's one figure a year is the summary table's, and is said to be.
    expect(groups.every(({ lines }) => !lines.some((l) => l[0] === 'England'))).toBe(true);
    expect(figures).toContain('A comparator with only one figure in that time (England’s, published once a year) is in the table above.');
    expect(table).not.toContain('at 30 September');
  });

  it("shows each area's indicators as a sentence and a chart, two side by side, with alternative text giving every figure", () => {
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
        // The sentence, its name in bold leading it; the figures are in the summary, not here.
        expect(s.summary.startsWith(`${s.indicator.title}: `)).toBe(true);
        expect(data).toContain(`<p><strong>${s.indicator.title}: </strong>${s.summary.slice(s.indicator.title.length + 2)}</p>`);
        expect(data).not.toContain('<thead>');
        const alt = descriptions.find((d) => d.startsWith(`Line chart of ${s.indicator.title},`));
        expect(alt, `alternative text of ${s.indicator.title}`).toBeDefined();
        for (const p of s.council) expect(alt).toContain(formatFigure(p.value, s.indicator));
        expect(alt).toMatch(/(lower|higher) is better|neither higher nor lower is better/);
      }
    }
    // One picture per indicator however many areas show it, at half the width, the board paper's size.
    const media = read.files.filter((f) => f.startsWith('word/media/') && f.endsWith('.png'));
    const distinct = new Set(shownIn.flatMap((a) => a.indicatorIds));
    expect(media.length).toBeGreaterThanOrEqual(distinct.size);
    const body = read.parts['word/document.xml']!;
    for (const m of body.matchAll(/<wp:extent cx="(\d+)"/g)) expect(Number(m[1])).toBe(300 * 9525);
    // Two to a row: in the grids, rows of two pictures, the last of a chapter with an odd count alone.
    const grids = [...body.matchAll(/<w:tbl>(?:(?!<\/w:tbl>).)*?<w:drawing>.*?<\/w:tbl>/g)].map((g) => g[0]);
    const perRow = grids.flatMap((g) => [...g.matchAll(/<w:tr[ >].*?<\/w:tr>/g)].map((r) => r[0].split('<w:drawing>').length - 1)).filter((n) => n > 0);
    expect(perRow.filter((n) => n === 2).length).toBeGreaterThanOrEqual(5);
    expect(perRow.every((n) => n <= 2)).toBe(true);
  });

  // The figures over time run on over pages: their header row repeats, an indicator's name stays with
  // its first line, the first two and the last two rows stay together, and no page holds one row alone.
  it('lets the figures over time break over a page, never leaving an indicator’s name or one row alone', () => {
    const body = read.parts['word/document.xml']!;
    const start = body.indexOf('>Figures over time</w:t>');
    const t = /<w:tbl>.*?<\/w:tbl>/.exec(body.slice(start))![0];
    const rows = [...t.matchAll(/<w:tr>.*?<\/w:tr>|<w:tr .*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows[0]).toContain('<w:tblHeader/>');
    const body_ = rows.slice(1);
    const kept = body_.map((r) => r.includes('<w:keepNext/>'));
    const named = body_.map((r) => r.includes('w:gridSpan'));
    expect(named.filter(Boolean).length).toBeGreaterThanOrEqual(10);
    named.forEach((n, i) => n && expect(kept[i], `the name in row ${i + 1} keeps with its first line`).toBe(true));
    expect(kept[0]).toBe(true);
    expect(kept.at(-2)).toBe(true);
    expect(kept.at(-1)).toBe(false);
    expect(kept.some((k, i) => !k && i < kept.length - 1), 'a row after which the table may break').toBe(true);
  });
});

describe('the board paper', () => {
  let read: ReadBack;
  beforeAll(async () => {
    read = await exported('board');
  }, 120_000);

  it('has a numbered performance data section with every indicator; charts of those worse than the period before or behind every comparator, the rest behind some named', () => {
    // A part of the main considerations, after the self-grades.
    const section = htmlSection(read.html, '4.2 Performance data');
    for (const s of indicators.series) expect(section, s.indicator.title).toContain(s.indicator.title);
    expect(htmlSection(read.html, '4.3 Strengths and areas for development')).not.toBe('');
    const appendix = htmlSection(read.html, 'Appendix B: indicators needing attention');
    const worsened = (s: (typeof indicators.series)[number]) => !!s.previous && movement(s.latest!.value, s.previous.value, s.indicator) === 'worsened';
    const charted = indicators.series.filter((s) => worsened(s) || s.comparisons.every((c) => c.standing === 'worse'));
    const behindSome = indicators.series.filter((s) => !charted.includes(s) && s.comparisons.some((c) => c.standing === 'worse'));
    // The demo has both kinds: re-referrals, care leavers' EET and accommodation and agency staff charted;
    // assessments, long-term stability and caseloads named.
    expect(charted).toHaveLength(4);
    expect(behindSome).toHaveLength(3);
    const descriptions = pictureDescriptions(read).filter((d) => d.startsWith('Line chart of'));
    expect(descriptions).toHaveLength(charted.length);
    for (const s of charted) {
      expect(appendix, s.indicator.title).toContain(s.indicator.title);
      const alt = descriptions.find((d) => d.startsWith(`Line chart of ${s.indicator.title},`));
      expect(alt, s.indicator.title).toBeDefined();
      // Every figure the chart shows, the comparators' too.
      for (const p of [...s.council, ...s.comparators.flatMap((c) => c.points)]) expect(alt, s.indicator.title).toContain(formatFigure(p.value, s.indicator));
    }
    // Those behind only one or two comparators are named in the sentence before the charts, not charted.
    const intro = /<p>(.*?)<\/p>/.exec(appendix)![1]!;
    expect(intro).toContain('Four indicators are worse than the period before or behind England, the region and statistical neighbours alike. Three more are behind one or two:');
    for (const s of behindSome) expect(intro.toLowerCase(), s.indicator.title).toContain(s.indicator.title.toLowerCase());
    expect(intro).toContain(`The latest figures of all ${indicators.series.length} are in the report’s performance data table.`);
  });

  // One to a row at the full width, the demo's seven charts took two pages of a paper meant for 4 to 8.
  it('sets the charts two to a row at half the width, in a table without borders, each name above its chart', () => {
    const body = read.parts['word/document.xml']!;
    // The appendix's heading, after the report's list of appendices.
    const start = body.lastIndexOf('Appendix B: indicators needing attention</w:t>');
    const grid = /<w:tbl>.*?<\/w:tbl>/.exec(body.slice(start))![0];
    expect(grid).toContain('<w:tblBorders><w:top w:val="none"');
    const rows = [...grid.matchAll(/<w:tr[ >].*?<\/w:tr>/g)].map((m) => m[0]);
    const pictures = rows.map((r) => r.split('<w:drawing>').length - 1);
    const attention = pictureDescriptions(read).filter((d) => d.startsWith('Line chart of')).length;
    expect(attention).toBeGreaterThanOrEqual(3);
    // A row of two names kept with the row of their two charts; an odd chart out alone in the last.
    expect(pictures).toEqual(Array.from({ length: Math.ceil(attention / 2) }, (_, i) => [0, 2 * i + 1 < attention ? 2 : 1]).flat());
    rows.filter((_, i) => i % 2 === 0).forEach((r) => expect(r).toContain('<w:keepNext/>'));
    // Drawn for the half width (300 pixels at 9525 EMU each), not squeezed from the full one.
    for (const m of grid.matchAll(/<wp:extent cx="(\d+)"/g)) expect(Number(m[1])).toBe(300 * 9525);
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
