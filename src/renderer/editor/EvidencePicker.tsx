// A searchable choice of one evidence item from the library, for citing it in a narrative or linking it
// to an area. Results are radio buttons, so arrow keys move through them and the choice is announced.
import { useEffect, useId, useState } from 'react';
import { EVIDENCE_TYPE_LABELS, FRESHNESS_LABELS, SENSITIVITY_LABELS } from '../../shared/domain';
import type { EvidenceRow } from '../../shared/entities';
import { formatShortDate } from '../../shared/dates';
import { call, messageOf } from '../data/bridge';
import { ErrorMessage } from '../components/Feedback';
import { Tag } from '../components/Badges';
import { Modal } from '../components/Modal';

const PAGE = 50;

interface EvidencePickerProps {
  open: boolean;
  title: string;
  /** The button that confirms the choice: "Cite evidence", "Link evidence". */
  confirmLabel: string;
  packId: string;
  /** Items already linked or cited: shown, but marked. */
  markedIds?: ReadonlySet<string>;
  markedLabel?: string;
  /** Ask what the evidence shows as well (when linking). */
  withNote?: boolean;
  onPick(row: EvidenceRow, note: string): Promise<void> | void;
  onClose(): void;
}

export function EvidencePicker(props: EvidencePickerProps) {
  return (
    <Modal title={props.title} open={props.open} onClose={props.onClose} wide>
      {props.open && <PickerBody {...props} />}
    </Modal>
  );
}

function PickerBody({ confirmLabel, packId, markedIds, markedLabel, withNote, onPick, onClose }: EvidencePickerProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [items, setItems] = useState<EvidenceRow[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let stale = false;
    setLoading(true);
    const timer = setTimeout(
      () => {
        call('evidence.list', { packId, text: text.trim() || undefined, limit: PAGE, sort: 'reference' })
          .then((result) => {
            if (stale) return;
            setItems(result.items);
            setTotal(result.total);
            setError(null);
          })
          .catch((err) => !stale && setError(messageOf(err)))
          .finally(() => !stale && setLoading(false));
      },
      text ? 200 : 0,
    );
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [packId, text]);

  const chosenRow = items.find((i) => i.id === chosen) ?? null;

  async function confirm(e: React.FormEvent) {
    e.preventDefault();
    if (!chosenRow) {
      setError('Choose an evidence item from the list first.');
      return;
    }
    setBusy(true);
    try {
      await onPick(chosenRow, note.trim());
      onClose();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={confirm} className="picker">
      <div className="field">
        <label htmlFor={`${id}-search`}>Search evidence</label>
        <p className="field__hint" id={`${id}-hint`}>
          Search by reference, title, owner or description.
        </p>
        <input
          id={`${id}-search`}
          type="search"
          aria-describedby={`${id}-hint`}
          value={text}
          autoFocus
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            // Enter in the search box confirms only when something is chosen.
            if (e.key === 'Enter' && !chosenRow) e.preventDefault();
          }}
        />
      </div>
      <ErrorMessage>{error}</ErrorMessage>
      <fieldset className="picker__results" aria-busy={loading}>
        <legend className="picker__legend">
          {loading
            ? 'Searching…'
            : total === 0
              ? 'No evidence matches'
              : total > items.length
                ? `Showing the first ${items.length} of ${total} items: search to narrow them down`
                : `${total} ${total === 1 ? 'item' : 'items'}`}
        </legend>
        {!loading && total === 0 && (
          <p className="muted">
            {text
              ? 'Try other words, or add the item in the Evidence library first.'
              : 'The evidence library is empty. Add evidence in the Evidence library first.'}
          </p>
        )}
        <ul className="picker__list">
          {items.map((row) => (
            <li key={row.id}>
              <label className={`picker__item${chosen === row.id ? ' picker__item--chosen' : ''}`}>
                <input
                  type="radio"
                  name={`${id}-evidence`}
                  value={row.id}
                  checked={chosen === row.id}
                  onChange={() => setChosen(row.id)}
                />
                <span className="picker__main">
                  <span className="picker__title">
                    <strong>{row.reference}</strong> {row.title}
                  </span>
                  <span className="picker__meta">
                    {EVIDENCE_TYPE_LABELS[row.type]}
                    {row.owner && ` · ${row.owner}`}
                    {row.effectiveDate && ` · ${formatShortDate(row.effectiveDate)}`}
                  </span>
                </span>
                <span className="picker__tags">
                  {row.freshness !== 'in_date' && (
                    <Tag tone={row.freshness === 'out_of_date' ? 'bad' : 'warn'}>{FRESHNESS_LABELS[row.freshness]}</Tag>
                  )}
                  {row.sensitivity !== 'official' && <Tag tone="warn">{SENSITIVITY_LABELS[row.sensitivity]}</Tag>}
                  {markedIds?.has(row.id) && <Tag tone="info">{markedLabel ?? 'Already linked'}</Tag>}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {withNote && (
        <div className="field">
          <label htmlFor={`${id}-note`}>What this evidence shows (optional)</label>
          <textarea id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} rows={3} />
        </div>
      )}
      <div className="picker__actions">
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn" disabled={busy}>
          {busy ? 'Working…' : confirmLabel}
        </button>
      </div>
    </form>
  );
}
