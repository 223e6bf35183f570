// One chart for the app and for Word: built as an SVG tree from an indicator's series in shared code, with
// a text alternative and a table holding every figure, lines told apart by dash and marker as well as
// colour, which way is better said in words; and drawn to PNG in Node by resvg from the same tree.
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { CHART_RENDERER, ChartCache, chartKey, drawCharts, drawnChart } from '../../src/core/charts/cache';
import { CHART_SCALE, chartFontCandidates, chartFonts, chartPng, chartPngAsync } from '../../src/core/charts/png';
import { libraryIndicator } from '../../src/core/indicators/library';
import { svgToString, type SvgElement } from '../../src/shared/charts/svg';
import { trendChart, valueScale } from '../../src/shared/charts/trend';
import { period, type Period } from '../../src/shared/indicators/periods';
import { buildSeries } from '../../src/shared/indicators/series';
import type { IndicatorValue } from '../../src/shared/indicators/values';
import type { Comparator } from '../../src/shared/indicators/vocabulary';

const indicator = { ...libraryIndicator('re-referrals-within-12-months')!, origin: 'library' as const, edited: false, updatedAt: null, updatedBy: null };
const value = (comparator: Comparator, p: Period, v: number): IndicatorValue => ({
  id: `${comparator}-${p.end}`, indicatorId: indicator.id, comparator, comparatorName: '', period: p, value: v,
  source: 'LAIT', extractedOn: '2026-10-20', note: '', updatedAt: '', updatedBy: '',
});
const q = (end: string) => period('quarter', end);
const series = buildSeries(
  indicator,
  [
    value('council', q('2025-12-31'), 21), value('council', q('2026-03-31'), 20.2), value('council', q('2026-06-30'), 19.6), value('council', q('2026-09-30'), 18.4),
    value('region', q('2026-06-30'), 18), value('region', q('2026-09-30'), 17.9),
    value('england', period('financial_year', '2026-03-31'), 22.1),
  ],
  '2026-11-01',
  'Northmoor',
);

function all(node: SvgElement, tag: SvgElement['tag']): SvgElement[] {
  return [...(node.tag === tag ? [node] : []), ...(node.children ?? []).flatMap((c) => (typeof c === 'string' ? [] : all(c, tag)))];
}
const texts = (node: SvgElement) => all(node, 'text').map((t) => t.children!.join(''));

describe('the trend chart', () => {
  const chart = trendChart(series, { councilName: 'Northmoor' });

  it('is an image with a title and a description a screen reader reads', () => {
    expect(chart.svg.attrs).toMatchObject({ role: 'img', 'aria-labelledby': `chart-${indicator.id}-title`, 'aria-describedby': `chart-${indicator.id}-desc` });
    expect(all(chart.svg, 'title')[0]!.children).toEqual(['Re-referrals within 12 months of a previous referral (%)']);
    expect(all(chart.svg, 'desc')[0]!.children).toEqual([chart.alt]);
    expect(chart.alt).toBe(
      'Line chart of Re-referrals within 12 months of a previous referral, Q3 2025–26 to Q2 2026–27; lower is better. Northmoor: 21.0% (Q3 25–26), 20.2% (Q4 25–26), 19.6% (Q1 26–27), 18.4% (Q2 26–27). England: 22.1% (2025–26). Region: 18.0% (Q1 26–27), 17.9% (Q2 26–27). The scale starts at 16, not zero.',
    );
  });

  it('says which way is better in words, writes the council’s figures on its line and names every line', () => {
    const words = texts(chart.svg);
    expect(words).toContain('▼ Lower is better');
    expect(words).toEqual(expect.arrayContaining(['21.0', '20.2', '19.6', '18.4', 'Northmoor', 'England (2025–26)', 'Region', 'Source: LAIT']));
    expect(words).toEqual(expect.arrayContaining(['Q3 25–26', 'Q2 26–27']));
  });

  it('names the sources that fit at its foot and counts the rest, rather than cutting a name off', () => {
    const named = (source: string) => (v: IndicatorValue) => ({ ...v, source });
    const longSources = buildSeries(
      indicator,
      [
        ...[q('2026-06-30'), q('2026-09-30')].map((p, i) => named('Northmoor performance scorecard; regional benchmarking club')(value('council', p, 19 - i))),
        named('Children in need, reporting year 2026 (DfE)')(value('england', period('financial_year', '2026-03-31'), 22.1)),
      ],
      '2026-11-01',
      'Northmoor',
    );
    const wide = texts(trendChart(longSources, { councilName: 'Northmoor', width: 720 }).svg);
    expect(wide).toContain('Source: Northmoor performance scorecard; regional benchmarking club; Children in need, reporting year 2026 (DfE)');
    const narrow = texts(trendChart(longSources, { councilName: 'Northmoor', width: 300 }).svg);
    expect(narrow).toContain('Source: Northmoor performance scorecard and 2 others');
    expect(narrow.filter((t) => t.startsWith('Source')).join('')).not.toContain('…');
  });

  it('says a rate’s unit short in a narrow chart’s title rather than cutting it off', () => {
    const rate = { ...libraryIndicator('child-protection-plans-rate')!, origin: 'library' as const, edited: false, updatedAt: null, updatedBy: null };
    const plans = buildSeries(rate, [{ ...value('council', q('2026-09-30'), 52.1), indicatorId: rate.id }], '2026-11-01', 'Northmoor');
    expect(texts(trendChart(plans, { councilName: 'Northmoor', width: 300 }).svg)).toContain('Child protection plans (per 10,000)');
    expect(texts(trendChart(plans, { councilName: 'Northmoor', width: 720 }).svg)).toContain('Child protection plans (per 10,000 children)');
  });

  it('tells the lines apart without colour: each has its own dash pattern and marker shape', () => {
    // The key at the right: for each line a sample of its stroke, its marker and its name.
    const key = (chart.svg.children as SvgElement[]).filter((c) => c.tag === 'g' && c.children?.length === 3 && (c.children[2] as SvgElement).tag === 'text');
    const signatures = key.map((g) => {
      const [stroke, mark] = g.children as SvgElement[];
      return `${stroke!.attrs['stroke-dasharray'] ?? 'solid'} ${mark!.tag}${mark!.tag === 'polygon' ? String(mark!.attrs.points).split(' ').length : ''}`;
    });
    expect(new Set(signatures).size).toBe(signatures.length);
    expect(signatures.length).toBe(3);
  });

  it('comes with a table of every figure, a year’s figure marked as the year’s', () => {
    expect(chart.table).toEqual({
      headings: ['Period', 'Northmoor', 'England', 'Region'],
      rows: [
        ['Q3 2025–26', '21.0%', '–', '–'],
        ['Q4 2025–26', '20.2%', '22.1% (2025–26)', '–'],
        ['Q1 2026–27', '19.6%', '–', '18.0%'],
        ['Q2 2026–27', '18.4%', '–', '17.9%'],
      ],
    });
  });

  it('escapes text when written out, and draws to a PNG in Node at 1.6 pixels a shown pixel: 150 dots to the inch or more on paper', async () => {
    const tricky = trendChart({ ...series, indicator: { ...indicator, shortTitle: 'A & <B>' } }, { councilName: 'Smith & Sons' });
    expect(svgToString(tricky.svg)).toContain('A &amp; &lt;B&gt;');
    const image = chartPng(chart.svg);
    expect(image.png.subarray(1, 4).toString()).toBe('PNG');
    expect([image.pixelWidth, image.pixelHeight]).toEqual([Math.round(chart.width * CHART_SCALE), Math.round(chart.height * CHART_SCALE)]);
    // Word shows the chart at its own size in pixels at 96 to the inch.
    expect((image.pixelWidth / chart.width) * 96).toBeGreaterThanOrEqual(150);
    // Drawn on a worker thread: the same picture, to the byte.
    expect((await chartPngAsync(chart.svg)).png.equals(image.png)).toBe(true);
  });

  it('is drawn from the font’s own files, the same picture as with every font on the system loaded', () => {
    expect(chartFontCandidates('win32', { WINDIR: 'D:\\WINDOWS' })[0]!.files).toEqual(['D:\\WINDOWS\\Fonts\\arial.ttf', 'D:\\WINDOWS\\Fonts\\arialbd.ttf']);
    const fonts = chartFonts();
    if (fonts.loadSystemFonts) return; // No Arial, Liberation Sans or DejaVu Sans here: the system's fonts are used, as before.
    const everyFont = new Resvg(svgToString(chart.svg), { fitTo: { mode: 'width', value: Math.round(chart.width * CHART_SCALE) }, font: { loadSystemFonts: true, defaultFontFamily: 'Arial' }, background: '#FFFFFF' });
    expect(chartPng(chart.svg).png.equals(Buffer.from(everyFont.render().asPng()))).toBe(true);
  });
});

/** Four lines within a point of each other, England's one figure for the period given. */
const closeValues = (england: Period) => [
  value('council', q('2026-06-30'), 18.6), value('council', q('2026-09-30'), 18.4),
  value('region', q('2026-06-30'), 18.2), value('region', q('2026-09-30'), 18.1),
  value('statistical_neighbours', q('2026-06-30'), 18.9), value('statistical_neighbours', q('2026-09-30'), 18.8),
  value('england', england, 18.5),
];

describe('a low chart, as the Word editions draw it (150 pixels high)', () => {
  // Four lines within a point of each other: their names at the right crowd together.
  const close = buildSeries(indicator, closeValues(period('financial_year', '2026-03-31')), '2026-11-01', 'Northmoor');
  const low = trendChart(close, { councilName: 'Northmoor', width: 620, height: 150 });
  const textNodes = all(low.svg, 'text');
  const axis = all(low.svg, 'line').find((l) => l.attrs.stroke === '#1A1A1A')!;
  const axisY = Number(axis.attrs.y1);

  it('has gridlines far enough apart that their labels do not touch (11-pixel text)', () => {
    const tickLabels = textNodes.filter((t) => t.attrs['text-anchor'] === 'end' && t.attrs['font-size'] === 11).map((t) => Number(t.attrs.y));
    expect(tickLabels.length).toBeGreaterThanOrEqual(2);
    expect(tickLabels.length).toBeLessThanOrEqual(4);
    const gaps = tickLabels.slice(1).map((y, i) => Math.abs(y - tickLabels[i]!));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(20);
    // A full-size chart keeps its five.
    const tall = all(trendChart(close, { councilName: 'Northmoor', width: 620, height: 300 }).svg, 'text').filter((t) => t.attrs['text-anchor'] === 'end' && t.attrs['font-size'] === 11);
    expect(tall.length).toBeGreaterThanOrEqual(4);
  });

  it('writes a figure near the top under its point, clear of the chart’s title', () => {
    const high = buildSeries(indicator, [value('council', q('2026-06-30'), 86.4), value('council', q('2026-09-30'), 85.9)], '2026-11-01', 'Northmoor');
    const chart = trendChart(high, { councilName: 'Northmoor', width: 620, height: 150 });
    const figures = all(chart.svg, 'text').filter((t) => t.attrs['font-weight'] === 'bold' && /^\d/.test(t.children!.join('')));
    expect(figures.map((t) => t.children!.join(''))).toEqual(['86.4', '85.9']);
    // The title's baseline is at 18 pixels; a figure's halo starts 12 pixels above its baseline.
    for (const t of figures) expect(Number(t.attrs.y) - 12).toBeGreaterThanOrEqual(22);
  });

  it('writes a long title and "Neither higher nor lower is better" a size smaller, so they do not meet', () => {
    const demand = { ...indicator, shortTitle: 'Child protection plans', unit: 'rate_per_10000' as const, polarity: 'neither' as const };
    const top = (c: ReturnType<typeof trendChart>) => all(c.svg, 'text').filter((t) => Number(t.attrs.y) === 18);
    const crowded = top(trendChart({ ...close, indicator: demand }, { councilName: 'Northmoor', width: 620, height: 150 }));
    expect(crowded.map((t) => t.children!.join(''))).toEqual(['Child protection plans (per 10,000 children)', 'Neither higher nor lower is better']);
    expect(crowded.map((t) => t.attrs['font-size'])).toEqual([11, 11]);
    // A short one keeps the 12 pixels.
    expect(top(low).map((t) => t.attrs['font-size'])).toEqual([12, 12]);
  });

  it('names every line above the axis, 15 pixels apart, clear of the period labels under it', () => {
    const names = ['Northmoor', 'Region', 'Statistical neighbours', 'England (2025–26)'];
    const ys = names.map((n) => Number(textNodes.find((t) => t.children?.join('') === n)!.attrs.y) - 4).sort((a, b) => a - b);
    expect(ys.at(-1)!).toBeLessThanOrEqual(axisY);
    expect(Math.min(...ys.slice(1).map((y, i) => y - ys[i]!))).toBeGreaterThanOrEqual(15);
  });
});

// Two to a row in the board paper's appendix, a chart 300 pixels wide: named at its right, its lines
// took two fifths of its width and "England (at 30 September 2025)" ran off the drawing.
describe('the value axis', () => {
  const axisBreaks = (svg: SvgElement) => all(svg, 'path').filter((p) => p.attrs.stroke === '#1A1A1A');

  it('is fitted to figures that sit high on it, so the lines are told apart, and says it does not start at zero', () => {
    // Northmoor's 80.6 to 84.1 beside comparators of 82 to 85: on an axis from 0 they drew one line.
    const scale = valueScale([80.6, 81.9, 83.2, 84.1, 82, 85], true, 72);
    expect(scale).toMatchObject({ ticks: [75, 80, 85, 90], fromZero: false });
    expect(scale.domain[0]).toBe(75);
    // Room over 85 for the figure written above it: 24 of the plot's 72 pixels.
    expect(scale.domain[1]).toBeCloseTo(90);
    const chart = trendChart(series, { councilName: 'Northmoor' });
    expect(axisBreaks(chart.svg)).toHaveLength(1);
    expect(chart.alt).toMatch(/The scale starts at 16, not zero\.$/);
  });

  it('starts at zero, unmarked, where the figures reach down near it', () => {
    const scale = valueScale([3, 12, 18], false, 150);
    expect(scale.fromZero).toBe(true);
    expect(scale.domain[0]).toBe(0);
    const nearZero = buildSeries(indicator, [value('council', q('2026-06-30'), 4), value('council', q('2026-09-30'), 19)], '2026-11-01', 'Northmoor');
    const zeroChart = trendChart(nearZero, { councilName: 'Northmoor' });
    expect(axisBreaks(zeroChart.svg)).toHaveLength(0);
    expect(zeroChart.alt).not.toMatch(/not zero/);
  });

  it('spans at least five points of a percentage or a tenth of the largest figure, so a small change is not drawn as a cliff', () => {
    const flat = valueScale([50.1, 50.2, 50.15], true, 72);
    expect(flat.domain[1] - flat.domain[0]).toBeGreaterThanOrEqual(5);
    const count = valueScale([1000, 1002], false, 72);
    expect(count.domain[1] - count.domain[0]).toBeGreaterThanOrEqual(100);
  });

  it('never runs a percentage past 100, and keeps its gridlines 22 pixels apart or more', () => {
    for (const values of [[97.5, 99.1, 98.2], [88, 93.4], [18.1, 18.9], [61.2, 64.8, 70.3]]) {
      for (const plot of [72, 100, 208]) {
        const scale = valueScale(values, true, plot);
        expect(scale.domain[1]).toBeLessThanOrEqual(100);
        const [foot, head] = scale.domain;
        expect((plot * (scale.ticks[1]! - scale.ticks[0]!)) / (head - foot)).toBeGreaterThanOrEqual(22);
        expect(scale.ticks.length).toBeLessThanOrEqual(6);
        expect(scale.ticks[0]).toBe(foot);
        expect(scale.domain[0]).toBeLessThanOrEqual(Math.min(...values));
        expect(scale.domain[1]).toBeGreaterThanOrEqual(Math.max(...values));
      }
    }
  });
});

describe('a narrow chart', () => {
  // England's figure at a date, "at 30 September 2025": the longest name a line has.
  const workforce = buildSeries(indicator, closeValues(period('as_at', '2025-09-30')), '2026-11-01', 'Northmoor');
  const narrow = trendChart(workforce, { councilName: 'Northmoor', width: 300, height: 170 });
  const textNodes = all(narrow.svg, 'text');
  const axisY = Number(all(narrow.svg, 'line').find((l) => l.attrs.stroke === '#1A1A1A')!.attrs.y1);
  const named = (n: string) => textNodes.find((t) => t.children?.join('') === n);

  it('names every line in a key under the axis and its period labels, inside the drawing', () => {
    const names = ['Northmoor', 'Region', 'Statistical neighbours', 'England (30 Sep 2025)'];
    const periodLabelY = Math.max(...textNodes.filter((t) => /^(Q\d|\d\d\/)/.test(t.children!.join(''))).map((t) => Number(t.attrs.y)));
    for (const n of names) {
      const t = named(n);
      expect(t, n).toBeDefined();
      expect(Number(t!.attrs.y) - 11, n).toBeGreaterThanOrEqual(periodLabelY);
      // About 6.3 pixels a character at 11 pixels.
      expect(Number(t!.attrs.x) + n.length * 6.3, n).toBeLessThanOrEqual(300);
    }
    expect(periodLabelY).toBeGreaterThan(axisY);
    // Under the key, the source, inside the drawing.
    const source = textNodes.find((t) => t.children!.join('').startsWith('Source:'))!;
    expect(Number(source.attrs.y)).toBeGreaterThan(Math.max(...names.map((n) => Number(named(n)!.attrs.y))));
    expect(Number(source.attrs.y)).toBeLessThanOrEqual(170);
    // The chart's full width keeps its names at the right of the plot, the period said in full.
    expect(texts(trendChart(workforce, { councilName: 'Northmoor', width: 620, height: 150 }).svg)).toContain('England (at 30 September 2025)');
  });

  it('says which way is better under its title, where the two would otherwise run into each other', () => {
    const title = textNodes.find((t) => t.attrs['font-weight'] === 'bold' && t.children!.join('').startsWith('Re-referrals'))!;
    const better = textNodes.find((t) => /is better$/.test(t.children!.join('')))!;
    expect(Number(better.attrs.y)).toBeGreaterThan(Number(title.attrs.y));
    expect(better.attrs['text-anchor']).toBeUndefined();
  });

  it('gives every figure in its alternative text and table, as a wide chart does', () => {
    for (const v of ['18.6%', '18.4%', '18.2%', '18.1%', '18.9%', '18.8%', '18.5%']) expect(narrow.alt).toContain(v);
    expect(narrow.table.rows.map((r) => r[0])).toEqual(['30 Sep 2025', 'Q1 2026–27', 'Q2 2026–27']);
  });
});

describe('the charts kept per process', () => {
  const other = (v: number) =>
    trendChart(buildSeries(indicator, [value('council', q('2026-06-30'), 19.6), value('council', q('2026-09-30'), v)], '2026-11-01', 'Northmoor'), { councilName: 'Northmoor' });

  it('never gives one chart’s picture for another: other figures, council or scale are another key and another picture', () => {
    const cache = new ChartCache(16 * 1024 * 1024);
    const a = drawnChart(other(18.4).svg, CHART_SCALE, cache);
    const b = drawnChart(other(18.5).svg, CHART_SCALE, cache);
    expect(b.png.equals(a.png)).toBe(false);
    expect(b.png.equals(chartPng(other(18.5).svg).png)).toBe(true);
    const northmoor = trendChart(series, { councilName: 'Northmoor' });
    const southmoor = trendChart(series, { councilName: 'Southmoor' });
    expect(drawnChart(southmoor.svg, CHART_SCALE, cache).png.equals(drawnChart(northmoor.svg, CHART_SCALE, cache).png)).toBe(false);
    expect(drawnChart(northmoor.svg, 1, cache).pixelWidth).toBe(northmoor.width);
    expect(cache.size).toBe(5);
    expect(chartKey(svgToString(northmoor.svg), CHART_SCALE)).not.toBe(chartKey(svgToString(northmoor.svg), 1));
  });

  it('gives the kept picture for the same drawing, made again from the same figures', () => {
    const cache = new ChartCache(16 * 1024 * 1024);
    const first = drawnChart(other(18.4).svg, CHART_SCALE, cache);
    expect(drawnChart(other(18.4).svg, CHART_SCALE, cache)).toBe(first);
    expect(cache.size).toBe(1);
  });

  it('draws several at once, the same pictures as one by one, and keeps them for the layout', async () => {
    const cache = new ChartCache(16 * 1024 * 1024);
    const svgs = [other(1).svg, other(2).svg, other(1).svg];
    await drawCharts(svgs, [], CHART_SCALE, cache);
    expect(cache.size).toBe(2);
    const kept = drawnChart(other(2).svg, CHART_SCALE, cache);
    expect(cache.size).toBe(2);
    expect(kept.png.equals(chartPng(other(2).svg).png)).toBe(true);
  });

  it('gives up the least recently used pictures past its size, never the one just drawn', () => {
    const one = chartPng(other(1).svg).png.length;
    const cache = new ChartCache(one * 2.5);
    const first = drawnChart(other(1).svg, CHART_SCALE, cache);
    drawnChart(other(2).svg, CHART_SCALE, cache);
    drawnChart(other(1).svg, CHART_SCALE, cache); // used again: now the newest
    drawnChart(other(3).svg, CHART_SCALE, cache);
    expect(cache.size).toBe(2);
    expect(drawnChart(other(1).svg, CHART_SCALE, cache)).toBe(first);
    expect(new ChartCache(1).size).toBe(0);
    const tiny = new ChartCache(1);
    drawnChart(other(1).svg, CHART_SCALE, tiny);
    expect(tiny.size).toBe(1);
  });

  it('names the installed renderer and its version in every key', () => {
    const installed = JSON.parse(readFileSync(new URL('../../node_modules/@resvg/resvg-js/package.json', import.meta.url), 'utf8')) as { version: string };
    expect(CHART_RENDERER).toBe(`resvg-js ${installed.version}`);
  });
});
