// An action's progress notes, oldest first, with a small form to add today's.
import { useId, useState, type FormEvent } from 'react';
import { formatLongDate } from '../../../shared/dates';
import type { Action } from '../../../shared/entities';
import { ApiError, messageOf } from '../../data/bridge';
import { DateInput, dateProblem } from '../../components/DateInput';
import { Field } from '../../components/Field';
import { useOpMutation } from '../../data/ops';

interface ProgressNotesProps {
  action: Action;
  /** The core's today: the date a new note starts with. */
  today: string;
  readOnly: boolean;
  readOnlyId?: string;
}

export function ProgressNotes({ action, today, readOnly, readOnlyId }: ProgressNotesProps) {
  const addNote = useOpMutation('actions.addNote').mutateAsync;
  const [date, setDate] = useState(today);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const headingId = useId();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = date ? dateProblem(date) : 'Enter the date of the progress';
    if (problem) {
      setErrors({ date: problem });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await addNote({ actionId: action.id, date, text });
      setText('');
      setAnnouncement(`Progress note added to ${action.reference}`);
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fields).length) setErrors(err.fields);
      else setErrors({ text: messageOf(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="progress-notes" aria-labelledby={headingId}>
      <h3 id={headingId} className="progress-notes__title">
        Progress notes for {action.reference}
      </h3>
      {action.notes.length === 0 ? (
        <p className="muted">No progress recorded yet.</p>
      ) : (
        <ol className="progress-notes__list">
          {action.notes.map((n) => (
            <li key={n.id}>
              <p className="progress-notes__meta">
                <strong>{formatLongDate(n.date)}</strong> <span className="muted">— {n.author}</span>
              </p>
              <p className="progress-notes__text">{n.text}</p>
            </li>
          ))}
        </ol>
      )}
      <form className="progress-notes__form" onSubmit={(e) => void submit(e)} noValidate>
        <Field label="Date" error={errors.date}>
          <DateInput value={date} onChange={setDate} disabled={readOnly} />
        </Field>
        <Field label="Progress note" error={errors.text}>
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={2} disabled={readOnly} />
        </Field>
        <div className="progress-notes__submit">
          <button type="submit" className="btn btn--secondary" disabled={busy || readOnly} aria-describedby={readOnly ? readOnlyId : undefined}>
            Add note
          </button>
        </div>
      </form>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
