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
import { trendChart } from '../../src/shared/charts/trend';
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
      'Line chart of Re-referrals within 12 months of a previous referral, Q3 2025–26 to Q2 2026–27; lower is better. Northmoor: 21.0% (Q3 25–26), 20.2% (Q4 25–26), 19.6% (Q1 26–27), 18.4% (Q2 26–27). England: 22.1% (2025–26). Region: 18.0% (Q1 26–27), 17.9% (Q2 26–27).',
    );
  });

  it('says which way is better in words, writes the council’s figures on its line and names every line', () => {
    const words = texts(chart.svg);
    expect(words).toContain('▼ Lower is better');
    expect(words).toEqual(expect.arrayContaining(['21.0', '20.2', '19.6', '18.4', 'Northmoor', 'England (2025–26)', 'Region', 'Source: LAIT']));
    expect(words).toEqual(expect.arrayContaining(['Q3 25–26', 'Q2 26–27']));
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
