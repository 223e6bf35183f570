// The overview's indicator summary: every indicator with a figure by the pack's date, its latest figure,
// how it moved and how it stands against each comparator, in words. A row opens the full card.
import { useState } from 'react';
import { formatFigure, movement } from '../../../shared/indicators/figures';
import { periodLabel } from '../../../shared/indicators/periods';
import { capitalise } from '../../../shared/words';
import { standingAgainst, SUMMARY_COMPARATORS } from '../../../shared/indicators/series';
import { EmptyState, ErrorMessage, Loading } from '../../components/Feedback';
import { SheetButtons } from '../sheets/SheetButtons';
import { IndicatorCard } from './IndicatorCard';
import { usePackIndicators } from './data';
import { ScrollArea } from '../../components/ScrollArea';

const COLUMN_HEADINGS: Record<(typeof SUMMARY_COMPARATORS)[number], string> = {
  england: 'Against England',
  region: 'Against the region',
  statistical_neighbours: 'Against statistical neighbours',
};

export function IndicatorSummary({ packId, readOnly }: { packId: string; readOnly: boolean }) {
  const query = usePackIndicators(packId);
  const [open, setOpen] = useState<string | null>(null);
  if (query.error) return <ErrorMessage onRetry={() => void query.refetch()}>{query.error.message}</ErrorMessage>;
  if (!query.data) return <Loading what="the indicators" />;
  const view = query.data;
  return (
    <section aria-label="Indicator summary">
      <div className="panel__head">
        <p>
          Each indicator’s latest figure for a period ending by the pack’s date, against England, the region and statistical neighbours. “Better” and “worse” follow
          which way is better for the indicator.
        </p>
        <SheetButtons kind="indicators" packId={packId} canImport={!readOnly} />
      </div>
      {!view.series.length ? (
        <EmptyState title="No indicator figures by the pack’s date">
          <p>Import your performance report or the published figures from a spreadsheet.</p>
        </EmptyState>
      ) : (
        <ScrollArea label="Indicators">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Indicator</th>
                <th scope="col">Latest</th>
                <th scope="col">Since the period before</th>
                {SUMMARY_COMPARATORS.map((c) => (
                  <th key={c} scope="col">
                    {COLUMN_HEADINGS[c]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.series.map((s) => (
                <tr key={s.indicator.id}>
                  <th scope="row">
                    <button type="button" className="btn btn--link" aria-expanded={open === s.indicator.id} onClick={() => setOpen(open === s.indicator.id ? null : s.indicator.id)}>
                      {s.indicator.title}
                    </button>
                  </th>
                  <td>
                    {formatFigure(s.latest!.value, s.indicator)} <span className="field__hint nowrap">{periodLabel(s.latest!.period)}</span>
                  </td>
                  <td>{s.previous ? `${capitalise(movement(s.latest!.value, s.previous.value, s.indicator))} (${formatFigure(s.previous.value, s.indicator)})` : '–'}</td>
                  {SUMMARY_COMPARATORS.map((c) => (
                    <td key={c}>{standingAgainst(s, c)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
      {open && view.series.find((s) => s.indicator.id === open) && (
        <div className="panel">
          <IndicatorCard series={view.series.find((s) => s.indicator.id === open)!} councilName={view.councilName} headingLevel={2} />
        </div>
      )}
    </section>
  );
}
