// An action's progress notes, oldest first, with a small form to add today's (checked by the contract's
// schema for actions.addNote).
import { useId, useState } from 'react';
import { api } from '../../../shared/api';
import { formatLongDate } from '../../../shared/dates';
import type { Action } from '../../../shared/entities';
import { dateInput, FormDate, FormField, formSchema, showProblems, useContractForm } from '../../components/form';
import { ErrorMessage } from '../../components/Feedback';
import { useOpMutation } from '../../data/ops';

interface ProgressNotesProps {
  action: Action;
  /** The core's today: the date a new note starts with. */
  today: string;
  readOnly: boolean;
  readOnlyId?: string;
}

const NOTE_FORM = formSchema(api['actions.addNote'].input.omit({ actionId: true }), { date: dateInput });

export function ProgressNotes({ action, today, readOnly, readOnlyId }: ProgressNotesProps) {
  const addNote = useOpMutation('actions.addNote').mutateAsync;
  const form = useContractForm(NOTE_FORM, { date: today, text: '' });
  const [formError, setFormError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const headingId = useId();

  const submit = form.handleSubmit(async (note) => {
    setFormError(null);
    try {
      await addNote({ ...note, actionId: action.id });
      form.reset({ date: form.getValues('date'), text: '' });
      setAnnouncement(`Progress note added to ${action.reference}`);
    } catch (err) {
      setFormError(showProblems(form, err, ['date', 'text']));
    }
  });

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
        <FormField form={form} name="date" label="Date">
          <FormDate form={form} name="date" disabled={readOnly} />
        </FormField>
        <FormField form={form} name="text" label="Progress note">
          <textarea {...form.register('text')} rows={2} disabled={readOnly} />
        </FormField>
        <div className="progress-notes__submit">
          <button
            type="submit"
            className="btn btn--secondary"
            disabled={form.formState.isSubmitting || readOnly}
            aria-describedby={readOnly ? readOnlyId : undefined}
          >
            Add note
          </button>
        </div>
      </form>
      <ErrorMessage>{formError}</ErrorMessage>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
