// The indicators beside an area's writing: those that inform its framework area and any its narratives
// cite, each as a card with its trend and comparators.
import { useId } from 'react';
import { ErrorMessage } from '../../components/Feedback';
import { useSheetImport } from '../sheets/store';
import { IndicatorCard } from './IndicatorCard';
import { usePackIndicators } from './data';

export function AreaIndicators({ packId, areaId, readOnly }: { packId: string; areaId: string; readOnly: boolean }) {
  const id = useId();
  const query = usePackIndicators(packId);
  const openImport = useSheetImport((s) => s.open);
  const view = query.data;
  const ids = view?.areas.find((a) => a.areaId === areaId)?.indicatorIds ?? [];
  const series = ids.map((i) => view!.series.find((s) => s.indicator.id === i)!).filter(Boolean);
  return (
    <section className="panel indicators" aria-labelledby={`${id}-title`}>
      <div className="panel__head">
        <h2 className="panel__title" id={`${id}-title`}>
          Performance indicators
        </h2>
        {!readOnly && (
          <button type="button" className="btn btn--secondary btn--small" onClick={() => openImport('indicators', packId)}>
            Import figures
          </button>
        )}
      </div>
      {query.error && <ErrorMessage onRetry={() => void query.refetch()}>{query.error.message}</ErrorMessage>}
      {view && !series.length && <p>No figures for this area’s indicators by the pack’s date. Import them from a spreadsheet to show them here.</p>}
      {view && series.map((s) => <IndicatorCard key={s.indicator.id} series={s} councilName={view.councilName} />)}
    </section>
  );
}
