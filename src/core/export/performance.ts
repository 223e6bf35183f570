// Performance data in both Word editions, from the same series and the same chart drawing the app shows:
// each indicator as a chart picture (alternative text with every figure), a sentence and a table of the
// same figures; a summary table of every indicator against England, the region and statistical
// neighbours in words; and indicator citations in the text written as the figure and its period. The
// editions decide where these go; this module only makes them.
import { ImageRun, type Paragraph, type Table } from 'docx';
import { trendChart, type TrendChart } from '../../shared/charts/trend';
import { formatLongDate, formatShortDate } from '../../shared/dates';
import { resolveCitation, type IndicatorFigures } from '../../shared/indicators/citation';
import { formatFigure, movement } from '../../shared/indicators/figures';
import { periodLabel } from '../../shared/indicators/periods';
import { standingAgainst, SUMMARY_COMPARATORS, type IndicatorSeries } from '../../shared/indicators/series';
import type { ExportOptions } from '../../shared/api';
import type { IndicatorCitation } from '../../shared/richtext';
import { groupBy } from '../records';
import { chartKeys, drawCharts, drawnChart } from '../charts/cache';
import type { KeptChart } from '../charts/store';
import type { BuildContext } from './build-context';
import { sanitiseText } from './sanitise';
import type { PackSnapshot } from './snapshot';
import { COLOUR, dataTable, heading, note, para, pictureParagraph, SIZE, type Cell } from './word';

type Block = Paragraph | Table;


const SUMMARY_HEADINGS: Record<(typeof SUMMARY_COMPARATORS)[number], string> = {
  england: 'Against England',
  region: 'Against the region',
  statistical_neighbours: 'Against statistical neighbours',
};

/** What a citation of an indicator says in the document: "18.4% (Q2 2026–27)", or what is missing. */
export function indicatorCitationWriter(snapshot: PackSnapshot): ((citation: IndicatorCitation) => string) | undefined {
  const data = snapshot.indicators;
  if (!data) return undefined;
  const values = groupBy(data.values, (v) => v.indicatorId, (v) => v);
  const figures = new Map<string, IndicatorFigures>(data.definitions.map((i) => [i.id, { indicator: i, values: values.get(i.id) ?? [] }]));
  return (citation) => resolveCitation(citation, figures, data.pack.asAt).text;
}

/**
 * The indicators this pack's document reports: those informing one of its areas or cited in its text.
 * The organisation's figures are for every pack; an adult social care pack leaves out children's figures.
 */
function seriesOf(b: Pick<BuildContext, 'snapshot'>): IndicatorSeries[] {
  const data = b.snapshot.indicators;
  if (!data) return [];
  const shown = new Set(data.pack.areas.flatMap((a) => a.indicatorIds));
  return data.pack.series.filter((s) => shown.has(s.indicator.id));
}

/** The indicators an area shows: those informing its framework area, then those its narratives cite. */
function seriesForArea(b: BuildContext, areaId: string): IndicatorSeries[] {
  const data = b.snapshot.indicators;
  if (!data) return [];
  const ids = data.pack.areas.find((a) => a.areaId === areaId)?.indicatorIds ?? [];
  const byId = new Map(data.pack.series.map((s) => [s.indicator.id, s]));
  return ids.map((id) => byId.get(id)).filter((s): s is IndicatorSeries => !!s);
}

type ChartSize = { width: number; height: number };

/**
 * The chart's size on the page, in pixels at 96 to the inch: the text width of a portrait page, and low,
 * as the figures are in the table under it (in a chapter) or above it (in the board paper) and in the
 * alternative text. One size for both editions, so each indicator is drawn once. At 270 pixels high, with a row per period beneath, each indicator took most of a page.
 */
const CHART: ChartSize = { width: 620, height: 190 };

// One chart per indicator and size per document, however many areas show it; its picture comes from the
// process's charts (charts/cache.ts), drawn once for exactly what it shows.
const built = new WeakMap<PackSnapshot, Map<string, TrendChart>>();

function chartOf(snapshot: PackSnapshot, series: IndicatorSeries, size: ChartSize): TrendChart {
  let charts = built.get(snapshot);
  if (!charts) built.set(snapshot, (charts = new Map()));
  const key = `${series.indicator.id} ${size.width}x${size.height}`;
  let chart = charts.get(key);
  if (!chart) {
    chart = trendChart(series, { councilName: snapshot.indicators?.pack.councilName ?? '', ...size, id: `chart-${series.indicator.id}` });
    charts.set(key, chart);
  }
  return chart;
}

function drawn(b: BuildContext, series: IndicatorSeries, size: ChartSize) {
  const chart = chartOf(b.snapshot, series, size);
  return { png: drawnChart(chart.svg).png, alt: sanitiseText(chart.alt), table: chart.table };
}

type ChartOptions = Pick<ExportOptions, 'edition' | 'includeCharts'>;

/** The charts the edition shows: every area's indicators in the self-evaluation, those needing attention in the board paper. */
function editionCharts(snapshot: PackSnapshot, options: ChartOptions) {
  const all = seriesOf({ snapshot });
  const shown = options.edition === 'board' ? (options.includeCharts === false ? [] : all.filter(needsAttention)) : all;
  return shown.map((s) => chartOf(snapshot, s, CHART).svg);
}

/** The keys of the pictures the edition shows, to find those the database keeps (charts/store.ts). */
export function editionChartKeys(snapshot: PackSnapshot, options: ChartOptions): string[] {
  return chartKeys(editionCharts(snapshot, options));
}

/**
 * Draws, several at once, the charts the edition shows that are not kept (in the snapshot's keptCharts,
 * or in this process), before the document is laid out. Returns those drawn now.
 */
export function drawEditionCharts(snapshot: PackSnapshot, options: ChartOptions): Promise<KeptChart[]> {
  return drawCharts(editionCharts(snapshot, options), snapshot.keptCharts ?? []);
}

/** The chart as a picture with its alternative text; a new run each time, so every picture has its own id. */
function picture(b: BuildContext, series: IndicatorSeries, size: ChartSize): Paragraph {
  const { png, alt } = drawn(b, series, size);
  const name = sanitiseText(`Chart: ${series.indicator.title}`);
  const image = new ImageRun({ type: 'png', data: png, transformation: size, altText: { name, title: name, description: alt } });
  return pictureParagraph(image, size.height, { spacing: { before: 120, after: 120 } });
}

/**
 * The chart's figures turned on their side for the page: a row per line (the council, England, the
 * region, statistical neighbours) and a column per period, in the dense size. A row per period took a
 * third of a page per indicator for five periods, most of its cells dashes.
 */
function figuresTable(b: BuildContext, table: { headings: string[]; rows: string[][] }): Table {
  const [, ...lines] = table.headings;
  const periods = table.rows.map((row) => row[0]!);
  const rows = lines
    .map((line, l) => [line, ...table.rows.map((row) => row[l + 1]!)])
    .filter(([, ...cells]) => cells.some((c) => c !== '–'));
  const share = 76 / Math.max(1, periods.length);
  return dataTable(
    [{ title: '', weight: 24 }, ...periods.map((title) => ({ title, weight: share, align: 'right' as const }))],
    rows.map(([line, ...cells]): Cell[] => [{ content: line!, bold: true }, ...cells]),
    { width: b.page.portrait, striped: true, dense: true, keepTogether: true },
  );
}

/** The sentence under the indicator's own heading, without the title it starts with. */
function sentenceUnderHeading(series: IndicatorSeries): string {
  const lead = `${series.indicator.title}: `;
  return series.summary.startsWith(lead) ? series.summary.slice(lead.length) : series.summary;
}

/** One indicator: its title, the sentence, the chart, the same figures as a table, and where they come from. */
function indicatorBlocks(b: BuildContext, series: IndicatorSeries, level: number): Block[] {
  const { indicator, latest } = series;
  const { table } = chartOf(b.snapshot, series, CHART);
  const source = [
    indicator.source ? `Published figures: ${indicator.source.title}${indicator.source.publisher ? `, ${indicator.source.publisher}` : ''}.` : '',
    latest ? `Latest figure extracted on ${formatShortDate(latest.extractedOn)} from ${latest.source}.` : '',
    indicator.definitionIsGuidance ? 'The definition is SEF Studio’s summary, not the publisher’s wording.' : '',
  ].filter(Boolean);
  return [
    heading(indicator.title, level, { keepNext: true }),
    para(sentenceUnderHeading(series), { keepNext: true }),
    // The heading, the sentence and the chart go over a page together; the table may start the next
    // page. Keeping all four as one left half of every page empty before an indicator.
    picture(b, series, CHART),
    figuresTable(b, table),
    para(`${indicator.definition} ${source.join(' ')}`, { spacing: { before: 60, after: 160 } }, { size: SIZE.dense, colour: COLOUR.muted }),
  ];
}

/** An area chapter's performance data: nothing at all when the area shows no indicator. */
export function areaPerformanceData(b: BuildContext, areaId: string, level: number): Block[] {
  const shown = seriesForArea(b, areaId);
  if (!shown.length) return [];
  return [heading('Performance data', level), ...shown.flatMap((s) => indicatorBlocks(b, s, level + 1))];
}

/** Worse than a comparator, or worse than the period before: what a board's attention goes to first. */
function needsAttention(series: IndicatorSeries): boolean {
  const { latest, previous, indicator } = series;
  const worsened = !!latest && !!previous && movement(latest.value, previous.value, indicator) === 'worsened';
  return worsened || series.comparisons.some((c) => c.standing === 'worse');
}

/**
 * For a document without area chapters (the board paper): the sentence and chart of each indicator
 * that is worse than a comparator or than the period before, so a short paper stays short; the summary
 * table holds the rest.
 */
export function attentionCharts(b: BuildContext, level: number): Block[] {
  const shown = seriesOf(b).filter(needsAttention);
  const rest = seriesOf(b).length - shown.length;
  const intro = shown.length
    ? `The ${shown.length === 1 ? 'indicator' : `${shown.length} indicators`} below ${shown.length === 1 ? 'is' : 'are'} worse than England, the region or statistical neighbours, or worse than the period before.${rest ? ` The other ${rest === 1 ? 'indicator is' : `${rest} are`} in the performance data table and in the self-evaluation.` : ''}`
    : 'No indicator is worse than England, the region or statistical neighbours, or worse than the period before; every figure is in the performance data table.';
  return [
    para(intro),
    ...shown.flatMap((s) => [heading(s.indicator.title, level, { keepNext: true }), para(s.summary, { keepNext: true }), picture(b, s, CHART)]),
  ];
}

export function hasPerformanceData(b: BuildContext): boolean {
  return seriesOf(b).length > 0;
}

/**
 * The summary: each indicator's latest figure and period, how it moved, and how it stands against England,
 * the region and statistical neighbours, "better" or "worse" in words following which way is better.
 */
export function performanceSummary(b: BuildContext, title: string, level: number, options: { pageBreakBefore?: boolean } = {}): Block[] {
  const all = seriesOf(b);
  const asAt = b.snapshot.detail.pack.asAt;
  const out: Block[] = [heading(title, level, options)];
  if (!all.length) return [...out, note(`No indicator has a figure for a period ending by ${formatLongDate(asAt)}.`)];
  out.push(
    para(
      `Each indicator’s latest figure for a period ending by ${formatLongDate(asAt)}, how it moved since the period before, and how it stands against England, the region and statistical neighbours. “Better” and “worse” follow which way is better for each indicator.`,
      { keepNext: true },
    ),
    dataTable(
      [
        { title: 'Indicator', weight: 25 },
        { title: 'Latest', weight: 14 },
        { title: 'Since the period before', weight: 16 },
        ...SUMMARY_COMPARATORS.map((c) => ({ title: SUMMARY_HEADINGS[c], weight: 15 })),
      ],
      all.map((s): Cell[] => [
        { content: s.indicator.title, bold: true },
        `${formatFigure(s.latest!.value, s.indicator)} (${periodLabel(s.latest!.period)})`,
        s.previous ? `${movement(s.latest!.value, s.previous.value, s.indicator)} (${formatFigure(s.previous.value, s.indicator)})` : '–',
        ...SUMMARY_COMPARATORS.map((c) => standingAgainst(s, c)),
      ]),
      { width: b.page.portrait, striped: true, dense: true },
    ),
  );
  return out;
}
