// Performance data in both Word editions, from the same series and the same chart drawing the app shows:
// each indicator as a chart picture (alternative text with every figure), a sentence and a table of the
// same figures; a summary table of every indicator against England, the region and statistical
// neighbours in words; and indicator citations in the text written as the figure and its period. The
// editions decide where these go; this module only makes them.
import type { Paragraph, Table } from 'docx';
import { trendChart, type TrendChart } from '../../shared/charts/trend';
import { formatLongDate, formatShortDate } from '../../shared/dates';
import { resolveCitation, type IndicatorFigures } from '../../shared/indicators/citation';
import { formatFigure, movement } from '../../shared/indicators/figures';
import { periodShortLabel } from '../../shared/indicators/periods';
import { standingAgainst, SUMMARY_COMPARATORS, type IndicatorSeries } from '../../shared/indicators/series';
import type { ExportOptions } from '../../shared/api';
import type { IndicatorCitation } from '../../shared/richtext';
import { listInWords } from '../../shared/words';
import { groupBy } from '../records';
import { capitalise, numberWord } from './model';
import { chartKeys, drawCharts, drawnChart } from '../charts/cache';
import type { KeptChart } from '../charts/store';
import type { BuildContext } from './build-context';
import { pictureRun } from './image';
import { sanitiseText } from './sanitise';
import type { PackSnapshot } from './snapshot';
import { COLOUR, dataTable, heading, layoutGrid, note, para, pictureParagraph, runs, SIZE, type Cell, type TableRowSpec } from './word';

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
 * The chart's size on the page, in pixels at 96 to the inch: half the text width of a portrait page, two
 * to a row, its lines named in a key under it, as the figures are in the summary's tables and in the
 * alternative text. One size for both editions, so each indicator is drawn once. At the full width, one
 * to a row, the seven charts of the board paper took two pages, and each indicator of the self-evaluation
 * nearly half of one. At 160 pixels high the title, the key and the source left the lines 42 of them;
 * at 175, 57.
 */
const HALF_CHART: ChartSize = { width: 300, height: 175 };

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
  const board = options.edition === 'board';
  const shown = board ? (options.includeCharts === false ? [] : boardChartSeries(snapshot)) : all;
  return shown.map((s) => chartOf(snapshot, s, HALF_CHART).svg);
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
function picture(b: BuildContext, series: IndicatorSeries, size: ChartSize, spacing?: { before: number; after: number }): Paragraph {
  const { png, alt } = drawn(b, series, size);
  const name = sanitiseText(`Chart: ${series.indicator.title}`);
  const image = pictureRun({ type: 'png', data: png, ...size, name, description: alt });
  return pictureParagraph(image, size.height, { spacing: spacing ?? { before: 120, after: 120 } });
}

/**
 * Every chart's figures, once, in one table of the performance data summary: a column per period (the
 * periods of all the charts, in time order), and for each indicator a row with its name, then a row per
 * line (the council, England, the region, statistical neighbours), in the dense size. Under each chart in
 * the chapters, a table of its own (its header, a row per line) took a fifth of a page per indicator,
 * and a chart two areas show twice.
 */
function figuresOverTime(b: BuildContext, all: IndicatorSeries[], level: number): Block[] {
  // The lines each chart draws with more than the one figure the summary table gives (England's, once a
  // year): a row each of those was a row of dashes but for one cell, fifteen times.
  const charts = all.map((s) => {
    const { headings, rows } = chartOf(b.snapshot, s, HALF_CHART).table;
    const lines = headings.slice(1).map((name, l) => ({ name, figures: rows.map((row) => [row[0]!, row[l + 1]!] as const) }));
    return { s, lines: lines.filter((_, l) => l === 0 || !onlyItsSummaryFigure(s, s.comparators[l - 1]!)) };
  });
  // The periods in time order, by when they end (a year after the quarter that ends it). A period with
  // no figure left in any row (England's 30 September) gets no column.
  const ends = new Map<string, string>();
  for (const s of all) for (const p of [...s.council, ...s.comparators.flatMap((c) => c.points)]) ends.set(periodShortLabel(p.period), p.period.end);
  const used = new Set(charts.flatMap(({ lines }) => lines.flatMap((l) => l.figures.filter(([, f]) => f !== '–').map(([label]) => label))));
  const periods = [...used].sort((x, y) => {
    const [a, b] = [ends.get(x) ?? '', ends.get(y) ?? ''];
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const rows: TableRowSpec[] = charts.flatMap(({ s, lines }) => {
    const named = unitInTitle(s) !== s;
    return [
      { group: true, cells: [{ content: s.indicator.title, bold: true, columnSpan: periods.length + 1, fill: COLOUR.labelFill }] },
      ...lines
        .map((line) => {
          const byPeriod = new Map(line.figures);
          return { name: line.name, cells: periods.map((p) => byPeriod.get(p) ?? '–').map((c) => (named ? c.replace(/ per 10,000/, '') : c)) };
        })
        .filter(({ cells }) => cells.some((c) => c !== '–'))
        .map(({ name, cells }): TableRowSpec => ({ cells: [{ content: name, bold: true }, ...cells] })),
    ];
  });
  // The line names ("Statistical neighbours") fit in 22% of the width; the periods share the rest.
  const share = 78 / Math.max(1, periods.length);
  return [
    heading(FIGURES_TITLE, level),
    para(
      'Every figure the charts in the chapters show, for each period they cover; a dash means there is no figure for that period. A comparator with only one figure in that time (England’s, published once a year) is in the table above.',
      { keepNext: true },
    ),
    dataTable(
      [{ title: '', weight: 22 }, ...periods.map((title) => ({ title, weight: share, align: 'right' as const }))],
      rows,
      { width: b.page.portrait, striped: true, dense: true },
    ),
  ];
}

/** A comparator line whose one figure is the one the summary table gives for it. */
function onlyItsSummaryFigure(s: IndicatorSeries, line: IndicatorSeries['comparators'][number]): boolean {
  if (line.points.length !== 1 || !(SUMMARY_COMPARATORS as readonly string[]).includes(line.comparator)) return false;
  const shown = s.comparisons.find((c) => c.comparator === line.comparator);
  return !!shown && shown.point.period.end === line.points[0]!.period.end && shown.point.value === line.points[0]!.value;
}

/** The heading of the summary's figures over time, which the chapters point to. */
export const FIGURES_TITLE = 'Figures over time';

/** The sentence under the indicator's own heading, without the title it starts with. */
function sentenceUnderHeading(series: IndicatorSeries): string {
  const lead = `${series.indicator.title}: `;
  return series.summary.startsWith(lead) ? series.summary.slice(lead.length) : series.summary;
}

/** "extracted on 20/10/2026 from Northmoor performance scorecard": where an indicator's latest figure came from. */
const extraction = (series: IndicatorSeries) =>
  series.latest ? `extracted on ${formatShortDate(series.latest.extractedOn)} from ${series.latest.source}` : null;

/**
 * What an indicator counts and where its figures come from: "Full-time equivalent … Published figures: …",
 * its latest figure's extraction unless it is the one the list gives once for most indicators.
 */
function definitionText(series: IndicatorSeries, commonExtraction: string | null): string {
  const { indicator } = series;
  const extracted = extraction(series);
  const source = [
    indicator.source ? `Published figures: ${indicator.source.title}${indicator.source.publisher ? `, ${indicator.source.publisher}` : ''}.` : '',
    extracted && extracted !== commonExtraction ? `Latest figure ${extracted}.` : '',
  ].filter(Boolean);
  return `${indicator.definition} ${source.join(' ')}`;
}

/**
 * Each indicator's definition and source, once, in the caption's smaller type, a paragraph each (a
 * table's indicator column narrowed the text). What most share is said once before them: the latest
 * figures' extraction and which definitions are SEF Studio's summary; in each of fourteen definitions
 * those took two of its four lines.
 */
function definitions(all: IndicatorSeries[], level: number): Block[] {
  const common = sharedLabel(all.map(extraction).filter((e): e is string => !!e));
  const guidance = all.some((s) => s.indicator.definitionIsGuidance);
  const intro = [
    common ? `Latest figures ${common}, unless stated otherwise.` : '',
    guidance ? `A definition marked ${GUIDANCE_MARK} is our summary, not the publisher’s wording.` : '',
  ].filter(Boolean);
  return [
    heading(DEFINITIONS_TITLE, level),
    ...(intro.length ? [para(intro.join(' '), { keepNext: true, spacing: { after: 80 } }, { size: SIZE.small })] : []),
    ...all.map((s) =>
      para(
        [...runs(`${s.indicator.title}${s.indicator.definitionIsGuidance ? GUIDANCE_MARK : ''}. `, { bold: true, size: SIZE.small }), ...runs(definitionText(s, common), { size: SIZE.small })],
        { spacing: { after: 40 } },
      ),
    ),
  ];
}

const GUIDANCE_MARK = '*';

/**
 * Two indicators of a chapter at a time, side by side at half the width: each one's sentence, its name in
 * bold leading it, over its chart. What an indicator counts, where its figures come from and every figure
 * its chart shows are in the performance data summary, once. The two sentences at the full width, one
 * after the other, then the charts under a row of their names (the name a third time, with the one the
 * picture draws), took a quarter of a page more per pair than side by side over their charts.
 */
function indicatorPair(b: BuildContext, pair: IndicatorSeries[], first: boolean): Table {
  const sentence = (s: IndicatorSeries) =>
    para([...runs(`${s.indicator.title}: `, { bold: true, colour: COLOUR.brand }), ...runs(sentenceUnderHeading(s))], {
      style: 'TableText',
      keepNext: true,
      // Clear of the charts' sources above it.
      spacing: { before: first ? 40 : 200, after: 0 },
    });
  return layoutGrid(
    [
      { cells: pair.map((s) => [sentence(s)]), keepNext: true },
      { cells: pair.map((s) => [picture(b, s, HALF_CHART, { before: 40, after: 0 })]) },
    ],
    b.page.portrait,
  );
}

/**
 * What each chapter's performance data says before its charts, on one line: in the two it took, "what
 * each indicator counts, its source and every figure its chart shows" was said four times over.
 */
export const CHAPTER_POINTER = 'Definitions, sources and all the figures charted are in the performance data summary.';

/** An area chapter's performance data: nothing at all when the area shows no indicator. */
export function areaPerformanceData(b: BuildContext, areaId: string, level: number): Block[] {
  const shown = seriesForArea(b, areaId);
  if (!shown.length) return [];
  return [
    heading('Performance data', level),
    note(CHAPTER_POINTER, { keepNext: true }),
    ...Array.from({ length: Math.ceil(shown.length / 2) }, (_, i) => indicatorPair(b, shown.slice(2 * i, 2 * i + 2), i === 0)),
  ];
}

/** Worse than a comparator, or worse than the period before: what a board's attention goes to. */
function needsAttention(series: IndicatorSeries): boolean {
  return worsened(series) || series.comparisons.some((c) => c.standing === 'worse');
}

function worsened({ latest, previous, indicator }: IndicatorSeries): boolean {
  return !!latest && !!previous && movement(latest.value, previous.value, indicator) === 'worsened';
}

/**
 * Of those, the ones the board paper charts: worse than the period before, or behind every comparator
 * (England, the region and statistical neighbours alike). Those behind only one or two are named under
 * the charts, their figures in the report's performance data table: charting all seven of the demo's
 * took the paper to a ninth page for the two rows of charts that told members least.
 */
function chartedForBoard(series: IndicatorSeries): boolean {
  return worsened(series) || (series.comparisons.length > 0 && series.comparisons.every((c) => c.standing === 'worse'));
}

/** The indicators the board paper's appendix charts, in the order of the report's table. */
function boardChartSeries(snapshot: PackSnapshot): IndicatorSeries[] {
  return seriesOf({ snapshot }).filter(chartedForBoard);
}

/** "a, b and c". */

/**
 * For a document without area chapters (the board paper): the charts of the indicators worse than the
 * period before or behind every comparator, so a short paper stays short, then the names of those behind
 * only some comparators. The report's performance data table gives each one's latest figure, its
 * movement and its standing against every comparator, which a sentence under each chart only repeated;
 * the chart's alternative text gives every figure it shows.
 */
export function attentionCharts(b: BuildContext): Block[] {
  const all = seriesOf(b);
  const attention = all.filter(needsAttention);
  const charted = attention.filter(chartedForBoard);
  const behindSome = attention.filter((s) => !chartedForBoard(s));
  const table = 'the report’s performance data table';
  if (!attention.length)
    return [para(`No indicator is worse than England, the region or statistical neighbours, or worse than the period before; every figure is in ${table}.`)];
  const intro = charted.length
    ? `${capitalise(numberWord(charted.length))} ${charted.length === 1 ? 'indicator is' : 'indicators are'} worse than the period before or behind England, the region and statistical neighbours alike.`
    : 'No indicator is worse than the period before or behind England, the region and statistical neighbours alike.';
  const others = behindSome.length
    ? ` ${capitalise(numberWord(behindSome.length))} more ${behindSome.length === 1 ? 'is' : 'are'} behind one or two: ${listInWords(behindSome.map((s) => lowerFirst(s.indicator.title)))}.`
    : '';
  const where = ` The latest figures of ${all.length === 1 ? 'the indicator' : `all ${numberWord(all.length)}`} are in ${table}.`;
  return [para(`${intro}${others}${where}`, { keepNext: charted.length > 0 }), ...(charted.length ? [chartGrid(b, charted)] : [])];
}

/** "Social worker vacancy rate" to "social worker vacancy rate" in a list; "ICPC timeliness" stays. */
const lowerFirst = (title: string) => (/^[A-Z][a-z]/.test(title) ? title[0]!.toLowerCase() + title.slice(1) : title);

/**
 * The charts two to a row: a row of their names, kept with the row of their pictures under it, so the
 * two pictures line up however many lines a name takes.
 */
function chartGrid(b: BuildContext, shown: IndicatorSeries[]): Table {
  const rows = [];
  for (let i = 0; i < shown.length; i += 2) {
    const pair = shown.slice(i, i + 2);
    rows.push(
      { cells: pair.map((s) => [para(s.indicator.title, { keepNext: true, spacing: { before: i ? 120 : 40, after: 0 } }, { bold: true, colour: COLOUR.brand, size: SIZE.small })]), keepNext: true },
      { cells: pair.map((s) => [picture(b, s, HALF_CHART, { before: 40, after: 0 })]) },
    );
  }
  return layoutGrid(rows, b.page.portrait);
}

export function hasPerformanceData(b: BuildContext): boolean {
  return seriesOf(b).length > 0;
}

/** The period most of a column's rows share, or null when none is shared by more than half of them. */
function sharedLabel(labels: string[]): string | null {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return best && best[1] * 2 > labels.length ? best[0] : null;
}

/**
 * The periods the summary table's headers name once ("Latest, Q2 2026–27"), so its cells need not, each
 * cell naming its period only where it differs: the latest figures', and each comparator's where most of
 * its figures are for another period than the latest (England's year, say). A period in every cell made
 * most rows three lines high.
 */
function summaryPeriods(all: IndicatorSeries[]): { latest: string | null; comparators: Partial<Record<(typeof SUMMARY_COMPARATORS)[number], string>> } {
  const latest = sharedLabel(all.map((s) => periodShortLabel(s.latest!.period)));
  const comparators: Partial<Record<(typeof SUMMARY_COMPARATORS)[number], string>> = {};
  for (const c of SUMMARY_COMPARATORS) {
    const labels = all.flatMap((s) => s.comparisons.filter((x) => x.comparator === c).map((x) => periodShortLabel(x.point.period)));
    const shared = sharedLabel(labels);
    if (shared && shared !== latest) comparators[c] = shared;
  }
  return { latest, comparators };
}

/**
 * The series whose figures the summary table writes: a rate's without "per 10,000" where its title says
 * it already ("Children in need per 10,000 children"), so "368.1 per 10,000" and "Higher: 333.0 per
 * 10,000" are not each two lines in a narrow column.
 */
function unitInTitle(s: IndicatorSeries): Pick<IndicatorSeries, 'indicator' | 'comparisons'> {
  const named = s.indicator.unit === 'rate_per_10000' && /per 10,000/i.test(s.indicator.title);
  return named ? { indicator: { ...s.indicator, unit: 'count' }, comparisons: s.comparisons } : s;
}

// The period on a line of its own: after a comma, "2025–26" broke at its dash in a narrow column.
const headed = (title: string, period: string | null | undefined) => (period ? `${title}\n${period}` : title);

/**
 * The summary: each indicator's latest figure and period, how it moved, and how it stands against England,
 * the region and statistical neighbours, "better" or "worse" in words following which way is better.
 */
export function performanceSummary(
  b: BuildContext,
  title: string,
  level: number,
  options: {
    pageBreakBefore?: boolean;
    /** With each chart's figures over time and each indicator's definition and source (the chapters' charts give none). */
    definitions?: boolean;
  } = {},
): Block[] {
  const all = seriesOf(b);
  const asAt = b.snapshot.detail.pack.asAt;
  const out: Block[] = [heading(title, level, { pageBreakBefore: options.pageBreakBefore })];
  if (!all.length) return [...out, note(`No indicator has a figure for a period ending by ${formatLongDate(asAt)}.`)];
  const columns = summaryPeriods(all);
  out.push(
    para(
      `Each indicator’s latest figure for a period ending by ${formatLongDate(asAt)}, how it moved since the period before, and how it stands against England, the region and statistical neighbours. “Better” and “worse” follow which way is better for each indicator.`,
      { keepNext: true },
    ),
    dataTable(
      [
        // The indicator's name sets most rows' height: at 27% of the width "Initial child protection
        // conferences within 15 working days of the strategy discussion" took four lines. A comparator's
        // "Better: 82.0%" fits in 13.67%; "improved (24.3%)" needs the 16%, "Q2 2026–27" the 12%.
        { title: 'Indicator', weight: 31 },
        { title: headed('Latest', columns.latest), weight: 12 },
        { title: 'Since the period before', weight: 16 },
        ...SUMMARY_COMPARATORS.map((c) => ({ title: headed(SUMMARY_HEADINGS[c], columns.comparators[c]), weight: 41 / 3 })),
      ],
      all.map((s): Cell[] => {
        const latest = periodShortLabel(s.latest!.period);
        const figures = unitInTitle(s);
        return [
          { content: s.indicator.title, bold: true },
          `${formatFigure(s.latest!.value, figures.indicator)}${latest === columns.latest ? '' : ` (${latest})`}`,
          s.previous ? `${movement(s.latest!.value, s.previous.value, s.indicator)} (${formatFigure(s.previous.value, figures.indicator)})` : '–',
          ...SUMMARY_COMPARATORS.map((c) => {
            const header = columns.comparators[c];
            return standingAgainst(figures, c, (x) => {
              const label = periodShortLabel(x.point.period);
              // Under a header naming the column's period, a cell names only another; otherwise, as in
              // the app, one that is not the row's latest.
              return header ? (label === header ? null : label) : x.samePeriod ? null : label;
            });
          }),
        ];
      }),
      { width: b.page.portrait, striped: true, dense: true },
    ),
  );
  if (options.definitions) out.push(...figuresOverTime(b, all, level + 1), ...definitions(all, level + 1));
  return out;
}

/** The heading of the summary's definitions, which the chapters point to. */
export const DEFINITIONS_TITLE = 'Definitions and sources';
