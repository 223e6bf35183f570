// A form's save refused because someone else saved the same record first: who and when, their values
// beside what this person typed (which stays in the form), and the two ways on: save mine over theirs,
// or take theirs. One component for every form that saves a versioned record (data/saveAgainst.ts).
import { useEffect, useId, useRef, useState } from 'react';
import { messageOf } from '../data/bridge';
import type { OpOutput } from '../../shared/api';
import type { SaveAgainst, StaleSave, VersionedOp } from '../data/saveAgainst';
import { changedBy } from './format';
import './conflict.css';

/** How a form names and shows each field it saves: "Owner", and the value as a person reads it. */
export type ConflictFields = Record<string, { label: string; show?(value: unknown): string }>;

interface ConflictNoticeProps<N extends VersionedOp> {
  /** The form's saves (useSaveAgainst): the notice shows while one waits refused, and nothing otherwise. */
  saver: Pick<SaveAgainst<N, unknown>, 'stale' | 'saveOverTheirs' | 'takeTheirs'>;
  fields: ConflictFields;
  /** After what this person typed was saved over theirs (a dialog closes, say). */
  afterSaveMine?(): void;
  /** After taking theirs: the form puts their values in its boxes, dropping what this person typed. */
  afterTakeTheirs?(theirs: OpOutput<N>): void;
}

function shown(value: unknown, show?: (value: unknown) => string): string {
  if (show) return show(value);
  if (value === null || value === undefined || value === '') return '(blank)';
  if (Array.isArray(value)) return value.join('; ') || '(none)';
  return String(value);
}

/** The fields this person changed where the other person's value is not the same, with both values. */
export function conflictRows<N extends VersionedOp>(stale: StaleSave<N>, fields: ConflictFields) {
  const mine = stale.refused as Record<string, unknown>;
  const theirs = stale.theirs as Record<string, unknown>;
  return Object.entries(fields)
    .filter(([name]) => name in mine)
    .map(([name, field]) => ({
      name,
      label: field.label,
      mine: shown(mine[name], field.show),
      theirs: shown(theirs[name], field.show),
    }))
    .filter((row) => row.mine !== row.theirs);
}

export function ConflictNotice<N extends VersionedOp>({ saver, ...props }: ConflictNoticeProps<N>) {
  return saver.stale ? <Refused stale={saver.stale} saver={saver} {...props} /> : null;
}

function Refused<N extends VersionedOp>({
  stale,
  saver,
  fields,
  afterSaveMine,
  afterTakeTheirs,
}: ConflictNoticeProps<N> & { stale: StaleSave<N> }) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const rows = conflictRows(stale, fields);
  // It may appear at the top of a long form whose save button is at the foot: brought into view.
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  return (
    <section ref={box} className="notice notice--warn conflict" role="alert" aria-labelledby={`${id}-title`}>
      <h3 className="conflict__title" id={`${id}-title`}>
        {changedBy(stale.by, stale.at)}
      </h3>
      <p>Your change was not saved over theirs. What you typed is still in the form: choose which to keep.</p>
      {rows.length > 0 && (
        <table className="table table--compact conflict__table">
          <caption className="visually-hidden">Their values and yours</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">{stale.by}’s</th>
              <th scope="col">Yours</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name}>
                <th scope="row">{row.label}</th>
                <td>{row.theirs}</td>
                <td>{row.mine}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {problem && <p className="conflict__problem">Not saved: {problem}</p>}
      <div className="conflict__choices">
        <button
          type="button"
          className="btn"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            setProblem(null);
            saver
              .saveOverTheirs()
              .then(() => afterSaveMine?.())
              .catch((err: unknown) => setProblem(messageOf(err)))
              .finally(() => setBusy(false));
          }}
        >
          Save mine over theirs
        </button>
        <button
          type="button"
          className="btn btn--secondary"
          disabled={busy}
          onClick={() => {
            const theirs = saver.takeTheirs();
            if (theirs) afterTakeTheirs?.(theirs);
          }}
        >
          Take theirs
        </button>
      </div>
    </section>
  );
}
