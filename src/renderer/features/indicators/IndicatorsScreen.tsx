// The indicators and their figures: the library's indicators and the organisation's own, and for the one
// chosen, every figure by period for the council and its comparators, each with its source and the date
// it was extracted. Figures are added and changed one at a time here, or many at once from a spreadsheet.
import { formatShortDate } from '../../../shared/dates';
import type { Indicator, IndicatorDefinition } from '../../../shared/indicators/definition';
import { comparatorLabel, formatFigure, polarityPhrase } from '../../../shared/indicators/figures';
import { comparePeriods, periodLabel } from '../../../shared/indicators/periods';
import type { IndicatorValue } from '../../../shared/indicators/values';
import { COMPARATORS, INDICATOR_UNIT_LABELS } from '../../../shared/indicators/vocabulary';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState, ErrorMessage, Loading } from '../../components/Feedback';
import { countOf } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { useOp, useOpMutation } from '../../data/ops';
import { usePackDetail, useToday } from '../packs/data';
import { SheetButtons } from '../sheets/SheetButtons';
import { FigureDialog } from './FigureDialog';
import { OwnIndicatorDialog } from './OwnIndicatorDialog';
import { useIndicatorsScreen } from './store';
import { ScrollArea } from '../../components/ScrollArea';
import { useRefusal } from '../team/data';
import { RoleNote } from '../team/RoleNote';
import { IndicatorWording, WordingTag } from './IndicatorWording';

/** The sentence saying why this person's role may not change indicators, which every disabled button points to. */
const ROLE_NOTE_ID = 'indicators-role';

/** Newest period first; within a period the council, then England, the region, statistical neighbours and named ones. */
function figureOrder(a: IndicatorValue, b: IndicatorValue): number {
  return (
    comparePeriods(b.period, a.period) ||
    COMPARATORS.indexOf(a.comparator) - COMPARATORS.indexOf(b.comparator) ||
    a.comparatorName.localeCompare(b.comparatorName, 'en-GB')
  );
}

export function IndicatorsScreen({ packId }: { packId?: string }) {
  const list = useOp('indicators.list', {});
  const selectedId = useIndicatorsScreen((s) => s.selectedId);
  const select = useIndicatorsScreen((s) => s.select);
  const dialog = useIndicatorsScreen((s) => s.dialog);
  const openDialog = useIndicatorsScreen((s) => s.openDialog);
  const areas = usePackDetail(packId).data?.areas ?? [];
  const indicators = list.data?.indicators ?? [];
  const selected = indicators.find((i) => i.id === selectedId) ?? indicators[0] ?? null;
  const refusal = useRefusal('editIndicators');

  return (
    <div className="indicators-screen">
      <PageHeader
        title="Indicators"
        subtitle={list.data ? `${countOf(indicators.length, 'indicator')} · library version ${list.data.libraryVersion}` : 'The performance indicators and their figures'}
      >
        <button type="button" className="btn btn--secondary" disabled={!!refusal} aria-describedby={refusal ? ROLE_NOTE_ID : undefined} onClick={() => openDialog({ kind: 'own' })}>
          Add your own indicator
        </button>
      </PageHeader>
      <RoleNote id={ROLE_NOTE_ID}>{refusal}</RoleNote>
      <ErrorMessage onRetry={() => void list.refetch()}>{list.error?.message}</ErrorMessage>
      {!list.data ? (
        !list.error && <Loading what="the indicators" />
      ) : (
        <div className="indicators-layout">
          <nav aria-label="Indicators" className="indicators-layout__list">
            <ul>
              {indicators.map((i) => (
                <li key={i.id}>
                  <button
                    type="button"
                    className={`indicator-choice${selected?.id === i.id ? ' indicator-choice--current' : ''}`}
                    aria-current={selected?.id === i.id ? 'true' : undefined}
                    onClick={() => select(i.id)}
                  >
                    {i.title} <WordingTag indicator={i} quiet />
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          {selected && (
            <IndicatorFigures
              key={selected.id}
              indicator={selected}
              library={list.data.libraryWording.find((w) => w.id === selected.id) ?? null}
              refusal={refusal}
              packId={packId ?? null}
            />
          )}
        </div>
      )}
      <OwnIndicatorDialog
        areas={areas}
        open={dialog?.kind === 'own'}
        onClose={(created) => {
          openDialog(null);
          if (created) select(created);
        }}
      />
    </div>
  );
}

interface IndicatorFiguresProps {
  indicator: Indicator;
  /** The library's own words, when this council has reworded the indicator. */
  library: IndicatorDefinition | null;
  /** Why the signed-in person may not change indicators, or null when they may. */
  refusal: string | null;
  packId: string | null;
}

function IndicatorFigures({ indicator, library, refusal, packId }: IndicatorFiguresProps) {
  const query = useOp('indicators.values', { indicatorId: indicator.id });
  const today = useToday();
  const dialog = useIndicatorsScreen((s) => s.dialog);
  const openDialog = useIndicatorsScreen((s) => s.openDialog);
  const remove = useOpMutation('indicators.deleteValue').mutateAsync;
  const councilName = useOp('settings.get', {}).data?.organisationName ?? '';
  const whose = (f: IndicatorValue) => comparatorLabel(f.comparator, f.comparator === 'council' ? councilName : f.comparatorName);
  const figures = [...(query.data ?? [])].sort(figureOrder);
  const oldestFirst = [...figures].reverse();

  return (
    <section className="panel indicators-layout__figures" aria-labelledby="indicator-figures-title">
      <div className="panel__head">
        <div>
          <h2 id="indicator-figures-title">{indicator.title}</h2>
          <p className="field__hint">
            {INDICATOR_UNIT_LABELS[indicator.unit]}; {polarityPhrase(indicator.polarity)}.{' '}
            {indicator.origin === 'own' ? 'Your own indicator.' : indicator.source ? `Published in ${indicator.source.title}.` : ''}
          </p>
        </div>
        <div className="page-header__actions">
          <button
            type="button"
            className="btn"
            disabled={!today || !!refusal}
            aria-describedby={refusal ? ROLE_NOTE_ID : undefined}
            onClick={() => openDialog({ kind: 'figure', figure: null })}
          >
            Add a figure
          </button>
          <SheetButtons kind="indicators" packId={packId} canImport />
        </div>
      </div>
      <IndicatorWording indicator={indicator} library={library} refusal={refusal} refusalId={ROLE_NOTE_ID} />
      <ErrorMessage onRetry={() => void query.refetch()}>{query.error?.message}</ErrorMessage>
      {!query.data ? (
        !query.error && <Loading what="the figures" />
      ) : !figures.length ? (
        <EmptyState title="No figures yet">
          <p>Add the council’s figure for a period, and England’s, the region’s and statistical neighbours’ to compare it with.</p>
        </EmptyState>
      ) : (
        <ScrollArea label={`Figures for ${indicator.title}`}>
          <table className="table table--compact figures-table" aria-label={`Figures for ${indicator.title}`}>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col">Whose figure</th>
                <th scope="col">Figure</th>
                <th scope="col">Source and date extracted</th>
                <th scope="col">
                  <span className="visually-hidden">Change or delete</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {figures.map((f) => {
                const what = `${whose(f)}, ${periodLabel(f.period)}`;
                return (
                  <tr key={f.id}>
                    <th scope="row">{periodLabel(f.period)}</th>
                    <td>{whose(f)}</td>
                    <td className="figures-table__figure">{formatFigure(f.value, indicator)}</td>
                    <td>
                      <span className="cell-stack">
                        <span>{f.source}</span>
                        <span className="muted">Extracted {formatShortDate(f.extractedOn)}</span>
                      </span>
                    </td>
                    <td className="row-actions">
                      <button type="button" className="btn btn--secondary btn--small" aria-label={`Change ${what}`} disabled={!!refusal} aria-describedby={refusal ? ROLE_NOTE_ID : undefined} onClick={() => openDialog({ kind: 'figure', figure: f })}>
                        Change
                      </button>
                      <button type="button" className="btn btn--secondary btn--small btn--danger-text" aria-label={`Delete ${what}`} disabled={!!refusal} aria-describedby={refusal ? ROLE_NOTE_ID : undefined} onClick={() => openDialog({ kind: 'delete-figure', figure: f })}>
                        Delete
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollArea>
      )}
      {today && (
        <FigureDialog
          indicator={indicator}
          figure={dialog?.kind === 'figure' ? dialog.figure : null}
          figures={oldestFirst}
          today={today}
          councilName={councilName}
          open={dialog?.kind === 'figure'}
          onClose={() => openDialog(null)}
        />
      )}
      {dialog?.kind === 'delete-figure' && (
        <ConfirmDialog
          title="Delete this figure?"
          open
          confirmLabel="Delete the figure"
          onCancel={() => openDialog(null)}
          onConfirm={async () => {
            await remove({ valueId: dialog.figure.id });
            openDialog(null);
          }}
        >
          <p>
            {whose(dialog.figure)}’s figure for {periodLabel(dialog.figure.period)} (
            {formatFigure(dialog.figure.value, indicator)}) will be deleted. The history keeps a record of it.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
