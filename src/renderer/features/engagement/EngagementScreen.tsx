// Ofsted's annual engagement meeting: when it is, who comes, what is sent beforehand and when, and the
// version of the self-evaluation shared (with a warning once that pack has changed since).
import { useId, useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { z } from 'zod';
import { api } from '../../../shared/api';
import { SentItemSchema, type EngagementMeeting } from '../../../shared/api/engagement';
import { formatLongDate, formatShortDate } from '../../../shared/dates';
import { Tag } from '../../components/Badges';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState, ErrorMessage, Loading } from '../../components/Feedback';
import { blankAsNull, dateInput, FormDate, FormField, formSchema, showProblems, useContractForm } from '../../components/form';
import { Modal } from '../../components/Modal';
import { PageHeader } from '../../components/PageHeader';
import { useOp, useOpMutation } from '../../data/ops';
import { FormDialogActions } from '../../components/FormDialogActions';

export function EngagementScreen() {
  const meetings = useOp('engagement.list', {});
  const [editing, setEditing] = useState<EngagementMeeting | 'new' | null>(null);
  return (
    <div className="engagement-screen">
      <PageHeader title="Annual engagement meetings" subtitle="With Ofsted’s regional senior HMI: what is sent, when, and which self-evaluation">
        <button type="button" className="btn" onClick={() => setEditing('new')}>
          Record a meeting
        </button>
      </PageHeader>
      <ErrorMessage onRetry={() => void meetings.refetch()}>{meetings.error?.message}</ErrorMessage>
      {!meetings.data ? (
        !meetings.error && <Loading what="the engagement meetings" />
      ) : meetings.data.length === 0 ? (
        <EmptyState title="No engagement meetings recorded">
          <p>Record the next annual engagement meeting, what you will send beforehand and when.</p>
        </EmptyState>
      ) : (
        meetings.data.map((m) => <MeetingCard key={m.id} meeting={m} onEdit={() => setEditing(m)} />)
      )}
      <Modal title={editing === 'new' ? 'Record an engagement meeting' : 'Change the engagement meeting'} open={editing !== null} onClose={() => setEditing(null)} wide>
        {editing !== null && <MeetingForm meeting={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      </Modal>
    </div>
  );
}

function MeetingCard({ meeting, onEdit }: { meeting: EngagementMeeting; onEdit(): void }) {
  const id = useId();
  const remove = useOpMutation('engagement.delete').mutateAsync;
  const [confirming, setConfirming] = useState(false);
  return (
    <article className="panel" aria-labelledby={`${id}-title`}>
      <header className="inspection-card__head">
        <h2 className="inspection-card__title" id={`${id}-title`}>
          Meeting on {formatLongDate(meeting.date)}
        </h2>
        <div className="inspection-card__buttons">
          <button type="button" className="btn btn--secondary btn--small" onClick={onEdit} aria-label={`Change the meeting on ${formatLongDate(meeting.date)}`}>
            Edit
          </button>
          <button type="button" className="btn btn--secondary btn--small btn--danger-text" onClick={() => setConfirming(true)} aria-label={`Delete the meeting on ${formatLongDate(meeting.date)}`}>
            Delete
          </button>
        </div>
      </header>
      {meeting.attendees && <p>{meeting.attendees}</p>}
      <p>
        {meeting.packTitle ? (
          <>
            Self-evaluation shared: <strong>{meeting.packTitle}</strong>
            {meeting.packVersion !== null ? `, as it stood at version ${meeting.packVersion}` : ''}.{' '}
            {meeting.packChangedSince && <Tag tone="warn">The pack has changed since this version</Tag>}
          </>
        ) : (
          <span className="muted">No self-evaluation recorded as shared.</span>
        )}
      </p>
      {meeting.sent.length > 0 && (
        <table className="table table--compact">
          <caption className="visually-hidden">What is sent before the meeting on {formatLongDate(meeting.date)}</caption>
          <thead>
            <tr>
              <th scope="col">What is sent</th>
              <th scope="col">Send by</th>
              <th scope="col">Sent</th>
            </tr>
          </thead>
          <tbody>
            {meeting.sent.map((s, i) => (
              <tr key={i}>
                <th scope="row">{s.what}</th>
                <td>{s.sendBy ? formatShortDate(s.sendBy) : <span className="muted">Not agreed</span>}</td>
                <td>{s.sentOn ? formatShortDate(s.sentOn) : <Tag tone="warn">Not yet sent</Tag>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {meeting.notes && (
        <>
          <h3 className="engagement__notes-title">Notes</h3>
          <p className="inspection-card__summary">{meeting.notes}</p>
        </>
      )}
      <ConfirmDialog
        title={`Delete the meeting on ${formatLongDate(meeting.date)}?`}
        open={confirming}
        confirmLabel="Delete meeting"
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          await remove({ meetingId: meeting.id });
          setConfirming(false);
        }}
      >
        <p>The record of the meeting and what was sent goes; the self-evaluation itself stays.</p>
      </ConfirmDialog>
    </article>
  );
}

/** A version box: blank means "the pack's version now" (the contract's omitted version). */
function versionInput(contract: z.ZodType): z.ZodType {
  return z
    .string()
    .transform((v) => (v.trim() === '' ? undefined : Number(v)))
    .pipe(contract as z.ZodType<unknown, number | undefined>);
}

/** One thing sent before the meeting: its dates typed as UK dates, checked by the contract. */
const SENT_ROW = formSchema(SentItemSchema, { sendBy: dateInput, sentOn: dateInput });
const MEETING_FORM = formSchema(api['engagement.create'].input, {
  date: dateInput,
  packId: blankAsNull,
  packVersion: versionInput,
  sent: () => z.array(SENT_ROW).max(30),
});
const SHOWN = ['date', 'attendees', 'packId', 'packVersion', 'sent', 'notes'] as const;

interface MeetingValues {
  date: string;
  attendees: string;
  packId: string;
  packVersion: string;
  notes: string;
  sent: { what: string; sendBy: string; sentOn: string }[];
}

function MeetingForm({ meeting, onClose }: { meeting: EngagementMeeting | null; onClose(): void }) {
  const packs = useOp('packs.list', {}).data ?? [];
  const create = useOpMutation('engagement.create').mutateAsync;
  const update = useOpMutation('engagement.update').mutateAsync;
  const formId = useId();
  const form = useContractForm<MeetingValues, z.output<typeof MEETING_FORM>>(MEETING_FORM as never, {
    date: meeting?.date ?? '',
    attendees: meeting?.attendees ?? '',
    packId: meeting?.packId ?? '',
    packVersion: meeting?.packVersion ? String(meeting.packVersion) : '',
    notes: meeting?.notes ?? '',
    sent: (meeting?.sent ?? []).map((s) => ({ what: s.what, sendBy: s.sendBy ?? '', sentOn: s.sentOn ?? '' })),
  });
  const sent = useFieldArray({ control: form.control, name: 'sent' });
  const [formError, setFormError] = useState<string | null>(null);
  const packId = form.watch('packId');

  const submit = form.handleSubmit(async (fields) => {
    setFormError(null);
    // A version means nothing without the pack it is a version of.
    const input = { ...fields, packVersion: fields.packId ? fields.packVersion : undefined };
    try {
      if (meeting) await update({ meetingId: meeting.id, ...input });
      else await create(input);
      onClose();
    } catch (err) {
      setFormError(showProblems(form, err, SHOWN));
    }
  });

  return (
    <>
      <form id={formId} onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-row">
          <FormField form={form} name="date" label="Date of the meeting">
            <FormDate form={form} name="date" />
          </FormField>
          <FormField form={form} name="attendees" label="Who attends" hint="Ofsted’s regional senior HMI and who comes from the council.">
            <input {...form.register('attendees')} />
          </FormField>
        </div>
        <div className="form-row">
          <FormField form={form} name="packId" label="Self-evaluation shared">
            <select {...form.register('packId')}>
              <option value="">None yet</option>
              {packs.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title} (now at version {p.version})
                </option>
              ))}
            </select>
          </FormField>
          <FormField form={form} name="packVersion" label="Version shared" hint="Each saved change moves a pack’s version on. Leave empty for the version now; SEF Studio then shows when the pack changes after the meeting.">
            <input inputMode="numeric" {...form.register('packVersion')} disabled={!packId} />
          </FormField>
        </div>
        <fieldset className="grades-fieldset">
          <legend>What is sent, and when</legend>
          {sent.fields.map((row, i) => (
            <div className="form-row" key={row.id}>
              <FormField form={form} name={`sent.${i}.what`} label={`Item ${i + 1}`}>
                <input {...form.register(`sent.${i}.what`)} />
              </FormField>
              <FormField form={form} name={`sent.${i}.sendBy`} label={`Send item ${i + 1} by`}>
                <FormDate form={form} name={`sent.${i}.sendBy`} />
              </FormField>
              <FormField form={form} name={`sent.${i}.sentOn`} label={`Item ${i + 1} sent on`}>
                <FormDate form={form} name={`sent.${i}.sentOn`} />
              </FormField>
              <button type="button" className="btn btn--secondary btn--small" onClick={() => sent.remove(i)}>
                Remove item {i + 1}
              </button>
            </div>
          ))}
          <button type="button" className="btn btn--secondary btn--small" onClick={() => sent.append({ what: '', sendBy: '', sentOn: '' })}>
            Add something sent
          </button>
        </fieldset>
        <FormField form={form} name="notes" label="Notes">
          <textarea {...form.register('notes')} rows={3} />
        </FormField>
        <ErrorMessage>{formError}</ErrorMessage>
      </form>
      <FormDialogActions formId={formId} busy={form.formState.isSubmitting} onCancel={onClose} submitLabel={meeting ? 'Save changes' : 'Record meeting'} />
    </>
  );
}
