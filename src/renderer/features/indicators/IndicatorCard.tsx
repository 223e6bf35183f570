// One indicator where people decide: the latest figure and its period, how it moved, how it stands against
// England, the region and statistical neighbours in words (never colour alone), the trend as a chart, and
// the same figures as a table and a sentence.
import { useId } from 'react';
import { trendChart } from '../../../shared/charts/trend';
import { formatShortDate } from '../../../shared/dates';
import { comparatorName, formatFigure, movement, polarityPhrase, STANDING_WORDS, type Standing } from '../../../shared/indicators/figures';
import { periodLabel, periodSpan } from '../../../shared/indicators/periods';
import type { IndicatorSeries } from '../../../shared/indicators/series';
import { SvgChart } from './SvgChart';
import { ScrollArea } from '../../components/ScrollArea';

const STANDING_TAG: Record<Standing, string> = { better: 'tag--good', worse: 'tag--bad', same: 'tag--neutral', higher: 'tag--neutral', lower: 'tag--neutral' };
/** Arrows say which way the figure sits, the words say whether that is good: a symbol and a word, not a colour. */
const STANDING_MARK: Record<Standing, string> = { better: '✓', worse: '✗', same: '=', higher: '↑', lower: '↓' };

export function IndicatorCard({ series, councilName, headingLevel = 3 }: { series: IndicatorSeries; councilName: string; headingLevel?: 2 | 3 }) {
  const id = useId();
  const { indicator, latest, previous } = series;
  if (!latest) return null;
  const chart = trendChart(series, { councilName, width: 640, height: 280, id: `chart${id.replace(/[^A-Za-z0-9_-]/g, '')}` });
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="indicator" aria-labelledby={`${id}-title`}>
      <header className="indicator__head">
        <Heading className="indicator__title" id={`${id}-title`}>
          {indicator.title}
        </Heading>
        <p className="indicator__latest">
          <span className="indicator__figure">{formatFigure(latest.value, indicator)}</span>{' '}
          <span className="indicator__period">
            {periodLabel(latest.period)} ({periodSpan(latest.period)})
          </span>
        </p>
        <p className="indicator__polarity">{polarityPhrase(indicator.polarity).replace(/^./, (c) => c.toUpperCase())}</p>
      </header>
      <ul className="indicator__standings" aria-label="Compared with">
        {previous && (
          <li>
            <span className="tag tag--neutral">{movement(latest.value, previous.value, indicator)}</span> since {periodLabel(previous.period)} (
            {formatFigure(previous.value, indicator)})
          </li>
        )}
        {series.comparisons.map((c) => (
          <li key={`${c.comparator}-${c.name}`}>
            <span className={`tag ${STANDING_TAG[c.standing]}`}>
              <span aria-hidden="true">{STANDING_MARK[c.standing]} </span>
              {STANDING_WORDS[c.standing]}
            </span>{' '}
            {comparatorName(c.comparator, c.name)} ({formatFigure(c.point.value, indicator)}
            {c.samePeriod ? '' : `, ${periodLabel(c.point.period)}`})
          </li>
        ))}
      </ul>
      <SvgChart svg={chart.svg} />
      <p className="indicator__summary">{series.summary}</p>
      <details className="indicator__table">
        <summary>The figures as a table</summary>
        <ScrollArea label={`Figures for ${indicator.title}`}>
          <table className="table table--compact">
            <caption className="visually-hidden">{indicator.title}, by period</caption>
            <thead>
              <tr>
                {chart.table.headings.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {chart.table.rows.map((row) => (
                <tr key={row[0]}>
                  <th scope="row">{row[0]}</th>
                  {row.slice(1).map((cell, i) => (
                    <td key={i}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
        <p className="field__hint">
          {indicator.definition}
          {indicator.definitionIsGuidance ? ' (SEF Studio’s summary, not the publisher’s wording: check it before presenting it as official.)' : ''}
          {indicator.source ? ` Source of published figures: ${indicator.source.title}${indicator.source.publisher ? `, ${indicator.source.publisher}` : ''}.` : ''} Latest figure
          extracted on {formatShortDate(latest.extractedOn)} from {latest.source}.
        </p>
      </details>
    </article>
  );
}
