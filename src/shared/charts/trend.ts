// An indicator's trend as a chart: the council's figures over its last periods as a solid line with its
// values written on it, each comparator as a line of its own dash and marker shape, named at its end, and
// which way is better said in words. Nothing depends on colour alone. With it come a sentence and a table
// that hold every figure the chart shows, for anyone who cannot see it.
import { scaleLinear, scalePoint } from 'd3-scale';
import { line as d3line } from 'd3-shape';
import type { IndicatorSeries, SeriesPoint } from '../indicators/series';
import { formatFigure, formatNumber, polarityPhrase, shortCouncilName, unitCaption } from '../indicators/figures';
import { periodAxisLabel, periodLabel, periodShortLabel, type Period } from '../indicators/periods';
import { el, type SvgElement } from './svg';

export const CHART_FONT = 'Arial, Liberation Sans, DejaVu Sans, sans-serif';

type Marker = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross';

interface Style {
  colour: string;
  dash: string;
  width: number;
  marker: Marker;
}

/** Dark, distinct colours, each with its own dash and marker, so a printed grey copy still tells them apart. */
const COUNCIL_STYLE: Style = { colour: '#0B3C7D', dash: '', width: 3, marker: 'circle' };
const COMPARATOR_STYLES: Style[] = [
  { colour: '#5F5F5F', dash: '8 4', width: 2, marker: 'square' },
  { colour: '#8A3B12', dash: '2 3', width: 2, marker: 'triangle' },
  { colour: '#2F6B2F', dash: '10 3 2 3', width: 2, marker: 'diamond' },
  { colour: '#6B2F6B', dash: '4 2', width: 1.5, marker: 'cross' },
];

function marker(shape: Marker, x: number, y: number, style: Style): SvgElement {
  const s = 4.5;
  const common = { fill: shape === 'cross' ? 'none' : '#FFFFFF', stroke: style.colour, 'stroke-width': 2 };
  switch (shape) {
    case 'circle':
      return el('circle', { cx: x, cy: y, r: s, ...common, fill: style.colour });
    case 'square':
      return el('rect', { x: x - s, y: y - s, width: 2 * s, height: 2 * s, ...common });
    case 'triangle':
      return el('polygon', { points: `${x},${y - s - 1} ${x + s + 1},${y + s} ${x - s - 1},${y + s}`, ...common });
    case 'diamond':
      return el('polygon', { points: `${x},${y - s - 1} ${x + s + 1},${y} ${x},${y + s + 1} ${x - s - 1},${y}`, ...common });
    case 'cross':
      return el('path', { d: `M${x - s},${y - s}L${x + s},${y + s}M${x - s},${y + s}L${x + s},${y - s}`, ...common });
  }
}

export interface ChartLine {
  label: string;
  points: SeriesPoint[];
  style: Style;
  council: boolean;
}

export interface TrendChart {
  svg: SvgElement;
  /** A sentence for the image's alternative text: what it shows and every figure on the council's line. */
  alt: string;
  /** The same figures as a table: a row per period, a column per line. */
  table: { headings: string[]; rows: string[][] };
  width: number;
  height: number;
}

export function chartLines(series: IndicatorSeries, councilName: string): ChartLine[] {
  return [
    { label: shortCouncilName(councilName) || 'Our council', points: series.council, style: COUNCIL_STYLE, council: true },
    ...series.comparators.map((c, i) => ({ label: c.label, points: c.points, style: COMPARATOR_STYLES[Math.min(i, COMPARATOR_STYLES.length - 1)]!, council: false })),
  ];
}

/** Each distinct period end, in time order, with the name the axis gives it (the council's period where it has one). */
function axisPeriods(lines: ChartLine[]): { end: string; period: Period }[] {
  const byEnd = new Map<string, Period>();
  for (const line of [...lines].reverse()) for (const p of line.points) byEnd.set(p.period.end, p.period);
  return [...byEnd.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([end, period]) => ({ end, period }));
}

export function trendChart(series: IndicatorSeries, options: { councilName: string; width?: number; height?: number; /** Unique on the page, for the title and description ids. */ id?: string }): TrendChart {
  const width = options.width ?? 640;
  const height = options.height ?? 300;
  const { indicator } = series;
  const lines = chartLines(series, options.councilName);
  const periods = axisPeriods(lines);
  // Room at the right for the longest line name (about 7 pixels a character at 12 px, bold for the
  // council), so "England (at 30 September 2025)" is never cut off; at most two fifths of the width.
  const councilLine = lines.find((l) => l.council)!;
  const longest = Math.max(...lines.map((l) => lineName(l, councilLine).length * (l.council ? 7.4 : 6.8)));
  // A narrow chart (half a page's width, two to a row) names its lines in a key under the axis: named at
  // the right they took two fifths of its width, left its plot too narrow and still ran off the drawing.
  const narrow = width < NARROW_WIDTH;
  const key = narrow ? chartKey(lines, councilLine, width) : null;
  // A low chart (a page's, at 150 pixels) has tighter margins, so its plot keeps room for the figures.
  const low = height < 200;
  const margin = key
    ? // Under the title, which way is better; under the period labels, the key's rows and the source.
      { top: 44, right: 26, bottom: 44 + key.rows * KEY.row, left: 40 }
    : { top: low ? 30 : 34, right: Math.round(Math.min(width * 0.4, Math.max(120, longest + 44))), bottom: low ? 48 : 58, left: 56 };

  const scale = valueScale(
    lines.flatMap((l) => l.points.map((p) => p.value)),
    indicator.unit === 'percentage',
    height - margin.top - margin.bottom,
  );
  const y = scaleLinear()
    .domain(scale.domain)
    .range([height - margin.bottom, margin.top]);
  const x = scalePoint<string>()
    .domain(periods.map((p) => p.end))
    .range([margin.left + 10, width - margin.right])
    .padding(periods.length === 1 ? 0.5 : 0.1);

  const id = options.id ?? `chart-${indicator.id}`;
  const text = (attrs: SvgElement['attrs'], content: string) => el('text', { 'font-family': CHART_FONT, 'font-size': 12, fill: '#1A1A1A', ...attrs }, content);

  const gridlines = scale.ticks.map((t) =>
    el(
      'g',
      {},
      el('line', { x1: margin.left, x2: width - margin.right + 4, y1: y(t), y2: y(t), stroke: '#D0D0D0', 'stroke-width': 1 }),
      text({ x: margin.left - 6, y: y(t) + 4, 'text-anchor': 'end', 'font-size': 11 }, formatNumber(t, Number.isInteger(t) ? 0 : 1)),
    ),
  );
  // Five periods on a narrow chart's axis have about 50 pixels each: at 11 pixels "Q3 25–26" touched the next.
  const xLabels = periods.map((p) => text({ x: x(p.end)!, y: height - margin.bottom + 18, 'text-anchor': 'middle', 'font-size': narrow ? 10 : 11 }, periodAxisLabel(p.period)));

  // Each line named at the right, level with its latest figure, moved apart where two would overlap.
  const right = x.range()[1]!;
  const labelX = right + 14;
  const ends = lines
    .filter((l) => l.points.length)
    .map((l) => ({ line: l, y: y(l.points.at(-1)!.value) }))
    .sort((a, b) => a.y - b.y);
  for (let i = 1; i < ends.length; i++) if (ends[i]!.y - ends[i - 1]!.y < 15) ends[i]!.y = ends[i - 1]!.y + 15;
  // Names pushed below the axis (four lines close together on a low chart) move back up over it, clear
  // of the period labels under the axis.
  const axisY = height - margin.bottom;
  // A narrow chart's key: its rows under the period labels (at 18 pixels under the axis).
  const keyTop = (row: number) => axisY + 32 + row * KEY.row;
  for (let i = ends.length - 1; i >= 0; i--) ends[i]!.y = Math.min(ends[i]!.y, i === ends.length - 1 ? axisY : ends[i + 1]!.y - 15);

  const path = d3line<SeriesPoint>()
    .x((p) => x(p.period.end)!)
    .y((p) => y(p.value));
  const stroke = (style: Style) => ({ fill: 'none', stroke: style.colour, 'stroke-width': style.width, ...(style.dash ? { 'stroke-dasharray': style.dash } : {}) });
  // A comparator with one figure in the window (England's year, say) is a level across the chart.
  const drawn = [...lines].reverse().map((l) =>
    el(
      'g',
      { 'aria-hidden': 'true' },
      l.points.length > 1
        ? el('path', { d: path(l.points) ?? '', ...stroke(l.style) })
        : l.points.length === 1 && !l.council
          ? el('line', { x1: x.range()[0]!, x2: right, y1: y(l.points[0]!.value), y2: y(l.points[0]!.value), ...stroke(l.style) })
          : null,
      ...l.points.map((p) => marker(l.style.marker, x(p.period.end)!, y(p.value), l.style)),
    ),
  );
  // The council's own figures are written over its line, last, on a white halo, so nothing hides them.
  const council = councilLine;
  const figures = council.points.flatMap((p) => {
    const label = formatNumber(p.value, indicator.decimals);
    const cx = x(p.period.end)!;
    // Above its point, or under it where above would run into the chart's title (a figure near the top
    // of a low chart), or a narrow chart's line under its title saying which way is better.
    const cy = y(p.value) - 11 - 12 < (key ? 36 : 22) ? y(p.value) + 20 : y(p.value) - 11;
    const w = label.length * 7 + 6;
    return [
      el('rect', { x: cx - w / 2, y: cy - 12, width: w, height: 15, rx: 3, fill: '#FFFFFF', 'fill-opacity': 0.9 }),
      text({ x: cx, y: cy, 'text-anchor': 'middle', 'font-weight': 'bold', fill: council.style.colour }, label),
    ];
  });
  const labels = key
    ? key.entries.map((k) =>
        el(
          'g',
          { 'aria-hidden': 'true' },
          el('line', { x1: k.x, x2: k.x + 18, y1: keyTop(k.row), y2: keyTop(k.row), ...stroke(k.line.style) }),
          marker(k.line.style.marker, k.x + 9, keyTop(k.row), k.line.style),
          text({ x: k.x + 22, y: keyTop(k.row) + 4, 'font-size': KEY.font, 'font-weight': k.line.council ? 'bold' : 'normal' }, k.name),
        ),
      )
    : ends.map((e) =>
    el(
      'g',
      { 'aria-hidden': 'true' },
      el('line', { x1: labelX, x2: labelX + 18, y1: e.y, y2: e.y, ...stroke(e.line.style) }),
      marker(e.line.style.marker, labelX + 9, e.y, e.line.style),
      text({ x: labelX + 24, y: e.y + 4, 'font-weight': e.line.council ? 'bold' : 'normal' }, lineName(e.line, council)),
    ),
  );
  const better = indicator.polarity === 'neither' ? 'Neither higher nor lower is better' : `${indicator.polarity === 'higher_is_better' ? '▲ Higher' : '▼ Lower'} is better`;
  const title = `${indicator.shortTitle} (${unitCaption(indicator.unit)})`;
  // A long title beside "Neither higher nor lower is better" ran into it at 12 pixels (about 7.4 a
  // bold character, 6.8 a plain one): both a pixel smaller then leave a clear gap between them.
  const crowded = margin.left + title.length * 7.4 + 24 > width - 10 - better.length * 6.8;
  const topSize = crowded ? 11 : 12;

  const alt = altText(series, lines, options.councilName, scale.fromZero ? null : y.domain()[0]!);
  const svg = el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-labelledby': `${id}-title`, 'aria-describedby': `${id}-desc` },
    el('title', { id: `${id}-title` }, `${indicator.title} (${unitCaption(indicator.unit)})`),
    el('desc', { id: `${id}-desc` }, alt),
    el('rect', { x: 0, y: 0, width, height, fill: '#FFFFFF' }),
    ...(key
      ? [
          text({ x: KEY.left, y: 16, 'font-size': 12, 'font-weight': 'bold' }, narrowTitle(indicator, (width - 2 * KEY.left) / 7)),
          text({ x: KEY.left, y: 32, 'font-size': 11 }, better),
        ]
      : [
          text({ x: margin.left, y: 18, 'font-size': topSize, 'font-weight': 'bold' }, title),
          text({ x: width - 10, y: 18, 'text-anchor': 'end', 'font-size': topSize }, better),
        ]),
    ...gridlines,
    el('line', { x1: margin.left, x2: width - margin.right + 4, y1: height - margin.bottom, y2: height - margin.bottom, stroke: '#1A1A1A', 'stroke-width': 1 }),
    ...(scale.fromZero ? [] : [axisBreak(margin.left, height - margin.bottom)]),
    ...xLabels,
    ...drawn,
    el('g', { 'aria-hidden': 'true' }, ...figures),
    ...labels,
    sourceText(series, key ? KEY.left : margin.left, height - (key ? 8 : 12), width),
  );
  return { svg, alt, table: chartTable(series, lines), width, height };
}

/** A comparator whose figures are for another kind of period than the council's says which: "England (2025–26)". */
function lineName(line: ChartLine, council: ChartLine, label: (p: Period) => string = periodLabel): string {
  const last = line.points.at(-1);
  const kind = council.points.at(-1)?.period.kind;
  return !line.council && last && kind && last.period.kind !== kind ? `${line.label} (${label(last.period)})` : line.label;
}

/** Narrower than this, a chart's lines are named in a key under it rather than at its right. */
export const NARROW_WIDTH = 400;

/** The key of a narrow chart: 11-pixel names, about 6.3 pixels a character, each after its line and marker. */
const KEY = { font: 11, char: 6.3, mark: 22, gap: 14, row: 15, left: 8 } as const;

interface KeyEntry {
  line: ChartLine;
  name: string;
  x: number;
  row: number;
}

/** The key's entries, the council first, laid left to right in as many rows as the width needs. */
function chartKey(lines: ChartLine[], council: ChartLine, width: number): { entries: KeyEntry[]; rows: number } {
  const entries: KeyEntry[] = [];
  let x = KEY.left;
  let row = 0;
  for (const line of lines.filter((l) => l.points.length)) {
    const name = lineName(line, council, periodShortLabel);
    const w = KEY.mark + name.length * (line.council ? KEY.char + 0.6 : KEY.char);
    if (x > KEY.left && x + w > width - KEY.left) {
      row += 1;
      x = KEY.left;
    }
    entries.push({ line, name, x, row });
    x += w + KEY.gap;
  }
  return { entries, rows: row + 1 };
}

/**
 * A narrow chart's title in about `chars` characters: a rate's unit said short ("per 10,000") where the
 * whole ("per 10,000 children") would not fit, rather than the unit cut off; the description and the
 * text say it in full. Only what still does not fit is cut.
 */
function narrowTitle(indicator: IndicatorSeries['indicator'], chars: number): string {
  const title = `${indicator.shortTitle} (${unitCaption(indicator.unit)})`;
  return fitted(title.length <= chars || indicator.unit !== 'rate_per_10000' ? title : `${indicator.shortTitle} (per 10,000)`, chars);
}

/** Text cut to about `chars` characters at a word, with an ellipsis, so it never runs off the drawing. */
function fitted(text: string, chars: number): string {
  if (text.length <= chars) return text;
  const cut = text.slice(0, Math.max(0, Math.floor(chars) - 1));
  return `${cut.slice(0, cut.lastIndexOf(' ') > chars / 2 ? cut.lastIndexOf(' ') : cut.length).replace(/[;,:\s]+$/, '')}…`;
}

/** Width of a character of the source line, in pixels, at each size it may take. */
const SOURCE_CHAR = { 10: 5.6, 9: 5.05 } as const;

/**
 * The chart's sources on one line at its foot. Where they do not all fit (two charts side by side, a
 * source named at length), the first ones are named and the rest counted ("Source: Northmoor performance
 * scorecard and 2 others"), in a point smaller if need be, rather than cut off mid-name with an ellipsis
 * (the Word export lists every source under the definitions and sources).
 */
function sourceText(series: IndicatorSeries, x: number, y: number, width: number): SvgElement {
  const sources = [...new Set([...series.council, ...series.comparators.flatMap((c) => c.points)].flatMap((p) => p.source.split('; ')))];
  const named = (n: number) => {
    const rest = sources.length - n;
    return `Source: ${sources.slice(0, n).join('; ')}${rest === 0 ? '' : ` and ${rest === 1 ? 'one other' : `${rest} others`}`}`;
  };
  const room = width - x - 8;
  const line = (size: 10 | 9, words: string) => el('text', { 'font-family': CHART_FONT, x, y, 'font-size': size, fill: '#4A4A4A' }, words);
  for (const size of [10, 9] as const)
    for (let n = sources.length; n >= 1; n--) if (named(n).length * SOURCE_CHAR[size] <= room) return line(size, named(n));
  return line(9, fitted(named(1), room / SOURCE_CHAR[9]));
}

/**
 * The value axis. From zero where the figures sit low enough on it to be told apart; otherwise fitted to
 * them, and marked as not starting at zero (a break on the axis, and said in the alternative text). On a
 * zero-based axis Northmoor's 80.6 to 84.1 and its comparators' 82 to 85 lay on one line along the top of
 * a 150-pixel chart: the differences the chart is there to show could only be read from the labels. A line
 * chart is read by its slope and the gaps between lines, not by a bar's length, so a fitted axis is honest
 * when it says so. The fitted range spans at least five points of a percentage (a tenth of the largest
 * figure of anything else), so a change of a few hundredths is not drawn as a cliff.
 */
export function valueScale(values: number[], percentage: boolean, plotHeight: number): ValueScale {
  // About one gridline to every 32 pixels of plot, at most 5: at five on a 150-pixel chart the axis's
  // labels, 11 pixels high, touched each other and the council's figures written over its line. d3 gives
  // about that many; a fitted axis's are placed exactly, at least 22 pixels apart.
  const tickCount = Math.max(2, Math.min(5, Math.floor(plotHeight / 32)));
  const max = Math.max(...values, 0);
  const min = Math.min(...values, 0);
  const low = Math.min(...values);
  if (values.length && low > 0) {
    const span = Math.max(max - low, percentage ? 5 : max * 0.1);
    // The figures in the middle of at least that span, with room over the highest point for the figure
    // written above it and a little under the lowest; a percentage's axis stops at 100, reaching lower.
    const centre = (max + low) / 2;
    const to = Math.min(percentage ? 100 : Infinity, centre + span * 0.8);
    const fitted = steppedAxis(Math.min(centre - span * 0.7, to - span * 1.5), to, max, plotHeight, percentage ? 100 : Infinity);
    // Starting within a third of the top, the axis may as well start at zero: the lines are apart enough.
    if (fitted.domain[0] > 0 && fitted.domain[0] >= fitted.domain[1] / 3) return { ...fitted, fromZero: false };
  }
  const top = percentage ? Math.min(100, max * 1.15 || 10) : max * 1.15 || 10;
  const zeroBased = scaleLinear().domain([min < 0 ? min : 0, top]).nice(tickCount);
  return { domain: zeroBased.domain() as [number, number], ticks: zeroBased.ticks(tickCount), fromZero: true };
}

export interface ValueScale {
  domain: [number, number];
  /** Where the gridlines are, each labelled. */
  ticks: number[];
  fromZero: boolean;
}

/**
 * An axis from `from` to `to`, its foot moved down to a whole step of 1, 2, 2.5 or 5 times a power of ten
 * so that it is labelled: the smallest step that keeps the gridlines `minGap` pixels apart or more (d3's
 * nice() and ticks() give about a count, and on a short range more, whose labels touched on a 150-pixel
 * chart), and five gaps at most. Its head stays where the figures need it, a gridline only where a step falls.
 */
function steppedAxis(from: number, to: number, highest: number, plotHeight: number, cap: number, minGap = 22): Omit<ValueScale, 'fromZero'> {
  const power = 10 ** Math.floor(Math.log10((to - from) / 4));
  // The highest figure at least FIGURE_ROOM pixels under the head, for the figure written over its point.
  const room = Math.min(0.45, FIGURE_ROOM / plotHeight);
  for (const factor of [1, 2, 2.5, 5, 10, 20, 25, 50]) {
    const step = factor * power;
    const start = Math.floor(from / step) * step;
    to = Math.min(cap, Math.max(to, (highest - start * room) / (1 - room)));
    if ((plotHeight * step) / (to - start) < minGap || (to - start) / step > 5) continue;
    const ticks: number[] = [];
    for (let t = start; t <= to + step * 1e-9; t += step) ticks.push(Number(t.toFixed(6)));
    return { domain: [start, to], ticks };
  }
  return { domain: [from, to], ticks: [from] };
}

/** Pixels over a point for the figure written above it (11 above, 12 high), clear of the plot's top. */
const FIGURE_ROOM = 24;

/** Two short slanted strokes across the foot of the value axis: the usual mark of an axis not starting at zero. */
function axisBreak(x: number, y: number): SvgElement {
  const stroke = { stroke: '#1A1A1A', 'stroke-width': 1.2, fill: 'none' };
  return el(
    'g',
    { 'aria-hidden': 'true' },
    el('rect', { x: x - 1, y: y - 5, width: 6, height: 10, fill: '#FFFFFF' }),
    el('path', { d: `M${x - 3},${y + 5}L${x + 2},${y - 5}M${x + 2},${y + 5}L${x + 7},${y - 5}`, ...stroke }),
  );
}

function altText(series: IndicatorSeries, lines: ChartLine[], councilName: string, axisFrom: number | null): string {
  const { indicator } = series;
  const council = series.council;
  const span = council.length > 1 ? `${periodLabel(council[0]!.period)} to ${periodLabel(council.at(-1)!.period)}` : council[0] ? periodLabel(council[0].period) : '';
  const figures = (points: SeriesPoint[]) => points.map((p) => `${formatFigure(p.value, indicator)} (${periodAxisLabel(p.period)})`).join(', ');
  const parts = lines.filter((l) => l.points.length).map((l) => `${l.council ? councilName || 'our council' : l.label}: ${figures(l.points)}`);
  const scaleNote = axisFrom === null ? '' : ` The scale starts at ${formatNumber(axisFrom, Number.isInteger(axisFrom) ? 0 : 1)}, not zero.`;
  return `Line chart of ${indicator.title}, ${span}; ${polarityPhrase(indicator.polarity)}. ${parts.join('. ')}.${scaleNote}`;
}

/** The figures table, its periods named short ("30 Sep 2025"): "at 30 September 2025" wrapped a narrow column to three lines. */
function chartTable(series: IndicatorSeries, lines: ChartLine[]): TrendChart['table'] {
  const periods = axisPeriods(lines);
  // A comparator's year figure sits in the row of the quarter that ends the year, saying it is the year's.
  const cell = (l: ChartLine, row: Period) => {
    const p = l.points.find((x) => x.period.end === row.end);
    if (!p) return '–';
    const figure = formatFigure(p.value, series.indicator);
    return p.period.kind === row.kind ? figure : `${figure} (${periodShortLabel(p.period)})`;
  };
  return {
    headings: ['Period', ...lines.map((l) => l.label)],
    rows: periods.map((p) => [periodShortLabel(p.period), ...lines.map((l) => cell(l, p.period))]),
  };
}
