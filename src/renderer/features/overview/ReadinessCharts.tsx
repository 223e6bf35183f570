// The readiness view: evidence coverage by area, actions by RAG, and grades now against the last
// inspection. Plain HTML and CSS, no chart library. Each chart is an image with a one-sentence summary
// for screen readers, words and numbers beside every bar, and the figures as a table underneath.
import { ScrollArea } from '../../components/ScrollArea';
import type { ReactNode } from 'react';
import { DIRECTION_LABELS, GRADE_POSITION_LABELS, RAGS, RAG_COLOURS, RAG_LABELS } from '../../../shared/domain';
import type { AreaReadiness, Readiness } from '../../../shared/entities';
import type { GradeScale } from '../../../shared/framework';
import { formatLongDate, formatShortDate } from '../../../shared/dates';
import { scoredCount } from '../../../shared/rules';
import { DirectionOfTravel } from './Direction';

function plural(n: number, one: string, many: string = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * A count as at the pack's date, and today's beside it when the two differ: "5 overdue as at 20/11/2026,
 * the pack's date; 7 today" (as the action plan says it). The pack and its documents say the first; the
 * work in hand needs the second.
 */
function asAtAndToday(readiness: Readiness, asAt: number, today: number, words: string): string | undefined {
  if (!asAt && !today) return undefined;
  if (readiness.asAt === readiness.today || asAt === today) return `${asAt} ${words}`;
  return `${asAt || 'None'} ${words} as at ${formatShortDate(readiness.asAt)}, the pack’s date; ${today} today`;
}

export function ReadinessSummary({ readiness }: { readiness: Readiness }) {
  const t = readiness.totals;
  const today = readiness.todayTotals;
  const stats: { label: string; value: string; note?: string; tone?: 'bad' | 'warn' | 'good' }[] = [
    { label: 'Areas graded', value: `${t.graded} of ${readiness.areas.filter((a) => a.graded).length}` },
    {
      label: 'Areas agreed',
      value: `${t.agreed} of ${t.areas}`,
      tone: t.agreed === t.areas && t.areas > 0 ? 'good' : undefined,
    },
    { label: 'Sections written', value: `${t.sections - t.emptySections} of ${t.sections}` },
    {
      label: 'Evidence items linked',
      value: String(t.evidence),
      note: asAtAndToday(readiness, t.evidenceOutOfDate, today.evidenceOutOfDate, 'out of date'),
      tone: t.evidenceOutOfDate || today.evidenceOutOfDate ? 'bad' : undefined,
    },
    {
      label: 'Open actions',
      value: String(t.openActions),
      note: asAtAndToday(readiness, t.overdueActions, today.overdueActions, 'overdue'),
      tone: t.overdueActions || today.overdueActions ? 'bad' : undefined,
    },
  ];
  if (readiness.score)
    stats.push({
      label: 'Overall score',
      value: readiness.score.percent === null ? 'Not scored' : `${readiness.score.percent}%`,
      // With an area not scored yet, the band may still move: said so.
      note: `${readiness.score.rating ? `${readiness.score.scored < readiness.score.total ? 'Provisionally ' : ''}${readiness.score.rating}; ` : ''}${scoredCount(readiness.score)}`,
    });
  return (
    <dl className="stats">
      {stats.map((s) => (
        <div key={s.label} className={`stats__item${s.tone ? ` stats__item--${s.tone}` : ''}`}>
          <dt>{s.label}</dt>
          <dd>
            <span className="stats__value">{s.value}</span>
            {s.note && <span className="stats__note">{s.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Chart({
  id,
  title,
  summary,
  children,
  table,
}: {
  id: string;
  title: string;
  summary: string;
  children: ReactNode;
  table: ReactNode;
}) {
  return (
    <figure className="chart panel" aria-labelledby={`${id}-title`}>
      <h3 className="chart__title" id={`${id}-title`}>
        {title}
      </h3>
      <div role="img" aria-label={summary} className="chart__body">
        {children}
      </div>
      <details className="chart__table">
        <summary>Show the figures as a table</summary>
        <ScrollArea label={`${title}: the figures`}>{table}</ScrollArea>
      </details>
    </figure>
  );
}

// ---- Evidence coverage by area

function EvidenceCoverage({ areas }: { areas: AreaReadiness[] }) {
  const max = Math.max(1, ...areas.map((a) => a.evidenceCount));
  const none = areas.filter((a) => a.evidenceCount === 0);
  const outOfDate = areas.reduce((n, a) => n + a.evidenceOutOfDate, 0);
  const summary =
    `Evidence linked to each of ${plural(areas.length, 'area')}. ` +
    areas.map((a) => `${a.title}: ${a.evidenceCount}`).join('; ') +
    `. ${none.length ? `${plural(none.length, 'area has', 'areas have')} no evidence. ` : ''}${outOfDate} out of date in all.`;
  return (
    <Chart
      id="chart-evidence"
      title="Evidence coverage by area"
      summary={summary}
      table={
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col" className="num">
                In date
              </th>
              <th scope="col" className="num">
                Review due soon
              </th>
              <th scope="col" className="num">
                Out of date
              </th>
              <th scope="col" className="num">
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {areas.map((a) => (
              <tr key={a.areaId}>
                <th scope="row">{a.title}</th>
                <td className="num">{a.evidenceCount - a.evidenceDueSoon - a.evidenceOutOfDate}</td>
                <td className="num">{a.evidenceDueSoon}</td>
                <td className="num">{a.evidenceOutOfDate}</td>
                <td className="num">{a.evidenceCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ul className="legend" aria-hidden="true">
        <li>
          <span className="legend__swatch bar--in-date" /> In date
        </li>
        <li>
          <span className="legend__swatch bar--due-soon" /> Review due soon
        </li>
        <li>
          <span className="legend__swatch bar--out-of-date" /> Out of date
        </li>
      </ul>
      <div className="hbars">
        {areas.map((a) => {
          const inDate = a.evidenceCount - a.evidenceDueSoon - a.evidenceOutOfDate;
          const pct = (n: number) => `${(n / max) * 100}%`;
          return (
            <div key={a.areaId} className={`hbars__row hbars__row--depth-${Math.min(a.depth, 2)}`}>
              <span className="hbars__label">{a.title}</span>
              <span className="hbars__track">
                {inDate > 0 && <span className="bar bar--in-date" style={{ width: pct(inDate) }} />}
                {a.evidenceDueSoon > 0 && (
                  <span className="bar bar--due-soon" style={{ width: pct(a.evidenceDueSoon) }} />
                )}
                {a.evidenceOutOfDate > 0 && (
                  <span className="bar bar--out-of-date" style={{ width: pct(a.evidenceOutOfDate) }} />
                )}
              </span>
              <span className="hbars__value">
                {a.evidenceCount === 0 ? (
                  <strong className="text-bad">None</strong>
                ) : (
                  <>
                    {a.evidenceCount}
                    {a.evidenceOutOfDate > 0 && <span className="text-bad"> ({a.evidenceOutOfDate} out of date)</span>}
                  </>
                )}
              </span>
            </div>
          );
        })}
      </div>
    </Chart>
  );
}

// ---- Actions by RAG

function ActionsByRag({ readiness }: { readiness: Readiness }) {
  const counts = RAGS.map((rag) => ({ rag, n: readiness.actionsByRag[rag] ?? 0 }));
  const max = Math.max(1, ...counts.map((c) => c.n));
  const total = counts.reduce((n, c) => n + c.n, 0);
  const overdue = readiness.totals.overdueActions;
  const summary = `${plural(total, 'action')}: ${counts.map((c) => `${c.n} ${RAG_LABELS[c.rag]}`).join(', ')}. ${overdue} overdue.`;
  return (
    <Chart
      id="chart-actions"
      title="Actions by RAG rating"
      summary={summary}
      table={
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">RAG rating</th>
              <th scope="col" className="num">
                Actions
              </th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr key={c.rag}>
                <th scope="row">{RAG_LABELS[c.rag]}</th>
                <td className="num">{c.n}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">Overdue (any rating)</th>
              <td className="num">{overdue}</td>
            </tr>
          </tbody>
        </table>
      }
    >
      <div className="hbars hbars--rag">
        {counts.map((c) => (
          <div key={c.rag} className="hbars__row">
            <span className="hbars__label">{RAG_LABELS[c.rag]}</span>
            <span className="hbars__track">
              {c.n > 0 && (
                <span className="bar" style={{ width: `${(c.n / max) * 100}%`, backgroundColor: RAG_COLOURS[c.rag] }} />
              )}
            </span>
            <span className="hbars__value">{c.n}</span>
          </div>
        ))}
      </div>
      <p className="chart__note">
        {total === 0 ? (
          'No actions in the plan yet.'
        ) : overdue > 0 ? (
          <strong className="text-bad">{plural(overdue, 'action')} overdue.</strong>
        ) : (
          'No actions are overdue.'
        )}
      </p>
    </Chart>
  );
}

// ---- Grades now against the last inspection

function GradesNowAndThen({ readiness, scale, lastLook }: { readiness: Readiness; scale: GradeScale; lastLook: string }) {
  const graded = readiness.areas.filter((a) => a.graded);
  // Worst on the left, best on the right, so "improved" reads as a move to the right.
  const levels = [...scale.levels].reverse();
  const label = (id: string | null) => scale.levels.find((l) => l.id === id)?.label ?? id ?? 'None';
  const baseline = readiness.baselineInspection;
  const before = (a: AreaReadiness) => a.previousGradeText ?? label(a.previousGrade);
  const summary =
    `Self-grades now against ${baseline ? `${baseline.title} (${formatLongDate(baseline.startDate)})` : lastLook}. ` +
    graded
      .map(
        (a) =>
          `${a.title}: now ${a.grade ? label(a.grade) : 'not graded'}, ${lastLook.replace(/^the /, '')} ${before(a)}${a.previousAreaTitle ? ` for “${a.previousAreaTitle}”` : ''}, ${DIRECTION_LABELS[a.direction].toLowerCase()}`,
      )
      .join('; ') +
    '.';
  return (
    <Chart
      id="chart-grades"
      title={`Grades now against ${lastLook}`}
      summary={summary}
      table={
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Now</th>
              <th scope="col">Last inspection</th>
              <th scope="col">Direction</th>
            </tr>
          </thead>
          <tbody>
            {graded.map((a) => (
              <tr key={a.areaId}>
                <th scope="row">{a.title}</th>
                <td>
                  {a.grade ? label(a.grade) : 'Not graded'}
                  {a.position ? ` (${GRADE_POSITION_LABELS[a.position].toLowerCase()})` : ''}
                </td>
                <td>
                  {before(a)}
                  {a.previousAreaTitle && <span className="actions-table__context">for “{a.previousAreaTitle}”</span>}
                </td>
                <td>{DIRECTION_LABELS[a.direction]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <p className="chart__note">
        {baseline ? (
          <>
            Compared with: {baseline.title}
            {baseline.chosen ? ', chosen for this pack' : `, the latest graded inspection before ${formatLongDate(readiness.asAt)}`}.
          </>
        ) : (
          `No graded inspection before ${formatLongDate(readiness.asAt)} is recorded: record one under Inspections to compare.`
        )}
      </p>
      <ul className="legend" aria-hidden="true">
        <li>
          <span className="marker marker--now">●</span> Now (self-grade)
        </li>
        <li>
          <span className="marker marker--then">◇</span> Last inspection
        </li>
      </ul>
      <ScrollArea label="Grades now and at the last inspection, by area">
        <div
          className="gradegrid"
          style={{
            gridTemplateColumns: `minmax(150px, 2fr) repeat(${levels.length}, minmax(60px, 1fr)) minmax(120px, 1fr)`,
          }}
        >
          <span className="gradegrid__head" />
          {levels.map((l) => (
            <span key={l.id} className="gradegrid__head gradegrid__level" title={l.label}>
              {l.shortLabel}
            </span>
          ))}
          <span className="gradegrid__head">Direction</span>
          {graded.map((a) => (
            <GradeRow key={a.areaId} area={a} levels={levels} />
          ))}
        </div>
      </ScrollArea>
    </Chart>
  );
}

function GradeRow({ area, levels }: { area: AreaReadiness; levels: GradeScale['levels'] }) {
  return (
    <>
      <span className={`gradegrid__area gradegrid__area--depth-${Math.min(area.depth, 2)}`}>{area.title}</span>
      {levels.map((l) => (
        <span
          key={l.id}
          className="gradegrid__cell"
          style={{ backgroundColor: `color-mix(in srgb, ${l.colour} 16%, white)` }}
        >
          {area.previousGrade === l.id && <span className="marker marker--then">◇</span>}
          {area.grade === l.id && <span className="marker marker--now">●</span>}
        </span>
      ))}
      <span className="gradegrid__dir">
        <DirectionOfTravel direction={area.direction} />
      </span>
    </>
  );
}

/** `lastLook`: "the last inspection", or for CQC "the last assessment" (lastLookWords). */
export function ReadinessCharts({ readiness, scale, lastLook }: { readiness: Readiness; scale: GradeScale; lastLook: string }) {
  return (
    <div className="charts">
      <EvidenceCoverage areas={readiness.areas} />
      <ActionsByRag readiness={readiness} />
      <GradesNowAndThen readiness={readiness} scale={scale} lastLook={lastLook} />
    </div>
  );
}
