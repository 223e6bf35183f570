// A choice of one indicator figure to cite in a narrative: the indicator (those with a figure by the pack's
// date), and either its latest figure, which follows new figures as they arrive, or one period's, which
// stays. In Word the citation is written as the figure and its period; readiness checks the words beside it.
import { useId, useState } from 'react';
import { formatFigure } from '../../shared/indicators/figures';
import { periodKey, periodLabel } from '../../shared/indicators/periods';
import { ErrorMessage, Loading } from '../components/Feedback';
import { Modal } from '../components/Modal';
import { useOp } from '../data/ops';

interface IndicatorPickerProps {
  open: boolean;
  packId: string;
  onPick(indicatorId: string, period: string | null): void;
  onClose(): void;
}

export function IndicatorPicker(props: IndicatorPickerProps) {
  return (
    <Modal title="Cite an indicator" open={props.open} onClose={props.onClose} wide>
      {props.open && <PickerBody {...props} />}
    </Modal>
  );
}

const LATEST = 'latest';

function PickerBody({ packId, onPick, onClose }: IndicatorPickerProps) {
  const id = useId();
  const query = useOp('indicators.forPack', { packId });
  const [chosen, setChosen] = useState<string | null>(null);
  const [period, setPeriod] = useState(LATEST);
  const [error, setError] = useState<string | null>(null);
  const series = query.data?.series ?? [];
  const chosenSeries = series.find((s) => s.indicator.id === chosen) ?? null;

  function confirm(e: React.FormEvent) {
    e.preventDefault();
    if (!chosenSeries) {
      setError('Choose an indicator from the list first.');
      return;
    }
    onPick(chosenSeries.indicator.id, period === LATEST ? null : period);
  }

  if (query.error) return <ErrorMessage onRetry={() => void query.refetch()}>{query.error.message}</ErrorMessage>;
  if (!query.data) return <Loading what="the indicators" />;
  return (
    <form onSubmit={confirm} className="picker">
      <ErrorMessage>{error}</ErrorMessage>
      <fieldset className="picker__results">
        <legend className="picker__legend">
          {series.length ? `${series.length} indicators with a figure by the pack’s date` : 'No indicator has a figure by the pack’s date'}
        </legend>
        {!series.length && <p className="muted">Add figures on the Indicators screen, or import them from a spreadsheet, first.</p>}
        <ul className="picker__list">
          {series.map((s) => (
            <li key={s.indicator.id}>
              <label className={`picker__item${chosen === s.indicator.id ? ' picker__item--chosen' : ''}`}>
                <input
                  type="radio"
                  name={`${id}-indicator`}
                  value={s.indicator.id}
                  checked={chosen === s.indicator.id}
                  onChange={() => {
                    setChosen(s.indicator.id);
                    setPeriod(LATEST);
                    setError(null);
                  }}
                />
                <span className="picker__main">
                  <span className="picker__title">{s.indicator.title}</span>
                  <span className="picker__meta">
                    {formatFigure(s.latest!.value, s.indicator)}, {periodLabel(s.latest!.period)}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {chosenSeries && (
        <div className="field">
          <label htmlFor={`${id}-period`}>Which figure</label>
          <p className="field__hint" id={`${id}-period-hint`}>
            The latest figure moves on when a newer one is added; a period’s figure stays as it is.
          </p>
          <select id={`${id}-period`} aria-describedby={`${id}-period-hint`} value={period} onChange={(e) => setPeriod(e.target.value)}>
            <option value={LATEST}>The latest by the pack’s date (now {formatFigure(chosenSeries.latest!.value, chosenSeries.indicator)})</option>
            {[...chosenSeries.council].reverse().map((p) => (
              <option key={periodKey(p.period)} value={periodKey(p.period)}>
                {periodLabel(p.period)}: {formatFigure(p.value, chosenSeries.indicator)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="picker__actions">
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn">
          Cite the figure
        </button>
      </div>
    </form>
  );
}
