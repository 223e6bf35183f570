// Grades over time: every graded inspection of the pack's line of frameworks (the 2009 inspections, SIF,
// ILACS), each grade read against the pack area it continues, and this pack's own self-grades, as a chart
// and as a table. The comparison point, the latest graded inspection before the as-at date, is named.
// Each line has its own colour and marker shape, and every point its words, so colour is never the only
// signal; the figure's summary and the table say the same for screen readers.
import type { GradeHistory } from '../../../shared/api/cycle';
import { formatLongDate, formatShortDate } from '../../../shared/dates';
import type { AreaReadiness, Readiness } from '../../../shared/entities';
import type { GradeScale } from '../../../shared/framework';
import { gradeText } from '../../../shared/rules';
import { EmptyState, ErrorMessage, Loading } from '../../components/Feedback';
import { ScrollArea } from '../../components/ScrollArea';
import { useOp } from '../../data/ops';

/** Okabe–Ito colours, told apart by people with the common colour-vision deficiencies. */
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8A6500', '#56B4E9'];
const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star'] as const;
type Shape = (typeof SHAPES)[number];

function Marker({ shape, x, y, colour }: { shape: Shape; x: number; y: number; colour: string }) {
  const r = 6;
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={r} fill={colour} />;
    case 'square':
      return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} fill={colour} />;
    case 'triangle':
      return <polygon points={`${x},${y - r - 1} ${x + r + 1},${y + r} ${x - r - 1},${y + r}`} fill={colour} />;
    case 'diamond':
      return <polygon points={`${x},${y - r - 2} ${x + r + 2},${y} ${x},${y + r + 2} ${x - r - 2},${y}`} fill={colour} />;
    case 'cross':
      return <path d={`M${x - r},${y - r} L${x + r},${y + r} M${x + r},${y - r} L${x - r},${y + r}`} stroke={colour} strokeWidth={3} />;
    case 'star':
      return <polygon points={`${x},${y - r - 2} ${x + 2},${y - 2} ${x + r + 2},${y} ${x + 2},${y + 2} ${x},${y + r + 2} ${x - 2},${y + 2} ${x - r - 2},${y} ${x - 2},${y - 2}`} fill={colour} />;
  }
}

const GLYPHS: Record<Shape, string> = { circle: '●', square: '■', triangle: '▲', diamond: '◆', cross: '✕', star: '✦' };

/** A column's framework name in lines that fit its width ("Safeguarding and looked after children 2009"). */
function wrapLabel(text: string, width = 18): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

interface Column {
  key: string;
  label: string;
  sub: string;
  comparison: boolean;
  grades: Map<string, { text: string; height: number | null }>;
}

function selfGradeHeight(scale: GradeScale, grade: string | null): number | null {
  const i = scale.levels.findIndex((l) => l.id === grade);
  return i < 0 || scale.levels.length < 2 ? null : 1 - i / (scale.levels.length - 1);
}

function columnsOf(history: GradeHistory, readiness: Readiness, scale: GradeScale): Column[] {
  const columns: Column[] = history.inspections.map((i) => ({
    key: i.id,
    label: i.startDate.slice(0, 4),
    sub: i.frameworkShortTitle ?? 'Inspection',
    comparison: i.comparison,
    grades: new Map(i.grades.map((g) => [g.areaKey, { text: g.text, height: g.height }])),
  }));
  const graded = readiness.areas.filter((a: AreaReadiness) => a.graded);
  columns.push({
    key: 'now',
    label: 'This pack',
    sub: `as at ${formatShortDate(history.asAt)}`,
    comparison: false,
    grades: new Map(graded.filter((a) => a.grade).map((a) => [a.areaKey, { text: gradeText(scale, a.grade), height: selfGradeHeight(scale, a.grade) }])),
  });
  return columns;
}

function summaryOf(history: GradeHistory, columns: Column[]): string {
  const comparison = history.inspections.find((i) => i.comparison);
  const lines = history.areas.map(
    (a) =>
      `${a.title}: ${columns
        .map((c) => `${c.label} ${c.grades.get(a.areaKey)?.text ?? 'not graded'}`)
        .join(', ')}`,
  );
  return `Grades at each inspection and this pack’s self-grades. ${lines.join('. ')}.${comparison ? ` The comparison point is ${comparison.title}.` : ''}`;
}

export function GradeHistoryView({ packId, readiness, scale }: { packId: string; readiness: Readiness; scale: GradeScale }) {
  const query = useOp('packs.gradeHistory', { packId });
  if (query.error) return <ErrorMessage onRetry={() => void query.refetch()}>{query.error.message}</ErrorMessage>;
  if (!query.data) return <Loading what="the grades over time" />;
  const history = query.data;
  if (!history.inspections.length)
    return (
      <EmptyState title="No graded inspection before this pack’s as-at date">
        <p>Record past inspections and their grades under Inspections to see the grades over time.</p>
      </EmptyState>
    );
  const columns = columnsOf(history, readiness, scale);
  const comparison = history.inspections.find((i) => i.comparison);
  const levels = scale.levels;
  const [left, top, step, rowHeight, lineHeight] = [190, 36, 118, 46, 14];
  const subLines = columns.map((c) => wrapLabel(c.sub));
  const bottom = 40 + lineHeight * Math.max(...subLines.map((l) => l.length));
  const width = left + step * columns.length;
  const plotBottom = top + rowHeight * (levels.length - 1);
  const height = plotBottom + bottom;
  const yOf = (h: number) => top + (1 - h) * rowHeight * (levels.length - 1);
  const xOf = (i: number, series: number) => left + step * i + step / 2 + (series - (history.areas.length - 1) / 2) * 9;

  return (
    <figure className="chart panel grade-history" aria-labelledby="grade-history-title">
      <h3 className="chart__title" id="grade-history-title">
        Grades over time
      </h3>
      <p className="chart__note">
        {comparison ? (
          <>
            The direction of travel compares with <strong>{comparison.title}</strong>
            {comparison.publishedDate ? ` (report published ${formatLongDate(comparison.publishedDate)})` : ''}, the latest graded
            inspection before {formatLongDate(history.asAt)}. Visits give no grades and are not shown.
          </>
        ) : (
          'No graded inspection before the as-at date.'
        )}
      </p>
      <ul className="legend">
        {history.areas.map((a, i) => (
          <li key={a.areaKey}>
            <span aria-hidden="true" style={{ color: COLOURS[i % COLOURS.length] }}>
              {GLYPHS[SHAPES[i % SHAPES.length]!]}
            </span>{' '}
            {a.title}
          </li>
        ))}
      </ul>
      <ScrollArea label="Grades over time, chart" className="chart__body">
        <svg role="img" aria-label={summaryOf(history, columns)} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
          {levels.map((l, i) => {
            const y = yOf(1 - i / (levels.length - 1));
            return (
              <g key={l.id}>
                <line x1={left} x2={width} y1={y} y2={y} stroke="#c9ced6" strokeDasharray="3 4" />
                <text x={left - 10} y={y + 4} textAnchor="end" className="grade-history__level">
                  {l.shortLabel}
                </text>
              </g>
            );
          })}
          {columns.map((c, i) => (
            <g key={c.key}>
              {c.comparison && (
                <rect x={left + step * i + 4} y={top - 26} width={step - 8} height={height - top + 20} fill="#eef4fb" stroke="#1d5fa8" />
              )}
              <text x={left + step * i + step / 2} y={plotBottom + 30} textAnchor="middle" className="grade-history__x">
                {c.label}
              </text>
              <text y={plotBottom + 30 + lineHeight} textAnchor="middle" className="grade-history__x-sub">
                {subLines[i]!.map((line, n) => (
                  <tspan key={n} x={left + step * i + step / 2} dy={n ? lineHeight : 0}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          ))}
          {history.areas.map((a, series) => {
            const colour = COLOURS[series % COLOURS.length]!;
            const shape = SHAPES[series % SHAPES.length]!;
            const points = columns
              .map((c, i) => ({ i, g: c.grades.get(a.areaKey) }))
              .filter((p): p is { i: number; g: { text: string; height: number } } => p.g?.height !== null && p.g !== undefined);
            return (
              <g key={a.areaKey}>
                <polyline
                  fill="none"
                  stroke={colour}
                  strokeWidth={2}
                  points={points.map((p) => `${xOf(p.i, series)},${yOf(p.g.height)}`).join(' ')}
                />
                {points.map((p) => (
                  <g key={p.i}>
                    <title>{`${columns[p.i]!.label} (${columns[p.i]!.sub}), ${a.title}: ${p.g.text}`}</title>
                    <Marker shape={shape} x={xOf(p.i, series)} y={yOf(p.g.height)} colour={colour} />
                  </g>
                ))}
              </g>
            );
          })}
        </svg>
      </ScrollArea>
      <ScrollArea label="Grades over time, table">
        <table className="table table--compact grade-history__table">
          <caption className="visually-hidden">Grades at each inspection and this pack’s self-grades</caption>
          <thead>
            <tr>
              <th scope="col">Inspection</th>
              {history.areas.map((a) => (
                <th key={a.areaKey} scope="col">
                  {a.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {columns.map((c, i) => {
              const inspection = history.inspections[i];
              return (
                <tr key={c.key} className={c.comparison ? 'grade-history__comparison' : undefined}>
                  <th scope="row">
                    {inspection ? inspection.title : `This pack (${c.sub})`}
                    <span className="actions-table__context">
                      {inspection ? `${c.sub}${inspection.publishedDate ? `, published ${formatShortDate(inspection.publishedDate)}` : ''}` : 'Self-grades'}
                      {c.comparison ? ' · the comparison point' : ''}
                    </span>
                  </th>
                  {history.areas.map((a) => (
                    <td key={a.areaKey}>{c.grades.get(a.areaKey)?.text ?? <span className="muted">Not graded</span>}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollArea>
    </figure>
  );
}
