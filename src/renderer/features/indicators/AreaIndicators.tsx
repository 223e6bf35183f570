// The indicators beside an area's writing: those that inform its framework area and any its narratives
// cite, each as a card with its trend and comparators.
import { useId } from 'react';
import { useNavigation } from '../../app/navigation';
import { ErrorMessage } from '../../components/Feedback';
import { useSheetImport } from '../sheets/store';
import { IndicatorCard } from './IndicatorCard';
import { usePackIndicators } from './data';

export function AreaIndicators({ packId, areaId, readOnly }: { packId: string; areaId: string; readOnly: boolean }) {
  const id = useId();
  const query = usePackIndicators(packId);
  const openImport = useSheetImport((s) => s.open);
  const go = useNavigation((s) => s.go);
  const view = query.data;
  const ids = view?.areas.find((a) => a.areaId === areaId)?.indicatorIds ?? [];
  const series = ids.map((i) => view!.series.find((s) => s.indicator.id === i)!).filter(Boolean);
  return (
    <section className="panel indicators" aria-labelledby={`${id}-title`}>
      <div className="panel__head">
        <h2 className="panel__title" id={`${id}-title`}>
          Performance indicators
        </h2>
        <div className="page-header__actions">
          <button type="button" className="btn btn--secondary btn--small" onClick={() => go({ name: 'indicators', packId })}>
            Add or change figures
          </button>
          {!readOnly && (
            <button type="button" className="btn btn--secondary btn--small" onClick={() => openImport('indicators', packId)}>
              Import figures
            </button>
          )}
        </div>
      </div>
      {query.error && <ErrorMessage onRetry={() => void query.refetch()}>{query.error.message}</ErrorMessage>}
      {view && !series.length && <p>No figures for this area’s indicators by the pack’s date. Add them on the Indicators screen, or import them from a spreadsheet, to show them here.</p>}
      {view && series.map((s) => <IndicatorCard key={s.indicator.id} series={s} councilName={view.councilName} />)}
    </section>
  );
}
