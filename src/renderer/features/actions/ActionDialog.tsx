// Add or change an action: what, who, by when, how it is going, and what it answers (an area of the
// pack and an inspection recommendation).
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ACTION_STATUS_LABELS, RAG_LABELS, RECOMMENDATION_KIND_LABELS, type ActionStatus, type Rag } from '../../../shared/domain';
import { formatLongDate } from '../../../shared/dates';
import type { Action, PackArea } from '../../../shared/entities';
import { ApiError, messageOf } from '../../data/bridge';
import { useOpMutation } from '../../data/ops';
import { optionsOf } from '../../components/AutosaveField';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateInput, dateProblem } from '../../components/DateInput';
import { ErrorMessage } from '../../components/Feedback';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import type { ActionFields, RecommendationChoice } from './data';

const STATUS_OPTIONS = optionsOf(ACTION_STATUS_LABELS);
const RAG_OPTIONS = optionsOf(RAG_LABELS);

export function recommendationLabel(r: RecommendationChoice, max = 90): string {
  const text = r.text.length > max ? `${r.text.slice(0, max - 1)}…` : r.text;
  return `${r.reference ? `${r.reference}: ` : ''}${text}`;
}

export function RecommendationOptions({ recommendations }: { recommendations: RecommendationChoice[] }) {
  const groups = new Map<string, RecommendationChoice[]>();
  for (const r of recommendations) {
    const key = `${r.inspectionTitle} (${formatLongDate(r.inspectionDate)})`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return (
    <>
      {[...groups].map(([label, items]) => (
        <optgroup key={label} label={label}>
          {items.map((r) => (
            <option key={r.id} value={r.id}>
              {RECOMMENDATION_KIND_LABELS[r.kind]} {recommendationLabel(r)}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}

export function AreaOptions({ areas }: { areas: PackArea[] }) {
  return (
    <>
      {areas.map((a) => (
        <option key={a.id} value={a.id}>
          {'\u2003'.repeat(a.depth)}
          {a.title}
        </option>
      ))}
    </>
  );
}

interface ActionFormProps {
  packId: string;
  /** The pack's areas and the recommendations an action can answer, for the choices. */
  areas: PackArea[];
  recommendations: RecommendationChoice[];
  /** The action to edit, or null to add one. */
  action: Action | null;
  onClose(): void;
}

export function ActionDialog({ open, ...props }: ActionFormProps & { open: boolean }) {
  const { action, onClose } = props;
  return (
    <Modal title={action ? `Edit action ${action.reference}` : 'Add an action'} open={open} onClose={onClose} wide>
      {open && <ActionForm key={action?.id ?? 'new'} {...props} />}
    </Modal>
  );
}

function ActionForm({ packId, areas, recommendations, action, onClose }: ActionFormProps) {
  const create = useOpMutation('actions.create').mutateAsync;
  const update = useOpMutation('actions.update').mutateAsync;
  const remove = useOpMutation('actions.delete').mutateAsync;
  const formId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState({
    title: action?.title ?? '',
    owner: action?.owner ?? '',
    dueDate: action?.dueDate ?? '',
    status: action?.status ?? ('not_started' as ActionStatus),
    rag: action?.rag ?? ('green' as Rag),
    areaId: action?.areaId ?? '',
    recommendationId: action?.recommendationId ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));

  useEffect(() => {
    if (Object.keys(errors).length) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = dateProblem(form.dueDate);
    if (problem) {
      setErrors({ dueDate: problem });
      return;
    }
    setBusy(true);
    setErrors({});
    setFormError(null);
    const fields: ActionFields = {
      title: form.title,
      owner: form.owner,
      dueDate: form.dueDate || null,
      status: form.status,
      rag: form.rag,
      areaId: form.areaId || null,
      recommendationId: form.recommendationId || null,
    };
    try {
      if (action) await update({ ...fields, actionId: action.id });
      else await create({ ...fields, packId });
      onClose();
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fields).length) setErrors(err.fields);
      else setFormError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <form id={formId} ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
        <Field label="Action" hint="What will be done, in a sentence." error={errors.title}>
          <textarea value={form.title} onChange={(e) => set('title', e.target.value)} rows={2} maxLength={300} />
        </Field>
        <div className="form-row">
          <Field label="Owner" error={errors.owner}>
            <input value={form.owner} onChange={(e) => set('owner', e.target.value)} />
          </Field>
          <Field label="Due date" error={errors.dueDate}>
            <DateInput value={form.dueDate} onChange={(v) => set('dueDate', v)} />
          </Field>
        </div>
        <div className="form-row">
          <Field label="Status" error={errors.status}>
            <select value={form.status} onChange={(e) => set('status', e.target.value as ActionStatus)}>
              {STATUS_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </Field>
          <Field label="RAG rating" hint="Blue means complete." error={errors.rag}>
            <select value={form.rag} onChange={(e) => set('rag', e.target.value as Rag)}>
              {RAG_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field label="Area" hint="The area of the self-evaluation this action improves." error={errors.areaId}>
          <select value={form.areaId} onChange={(e) => set('areaId', e.target.value)}>
            <option value="">No particular area</option>
            <AreaOptions areas={areas} />
          </select>
        </Field>
        <Field
          label="Inspection recommendation"
          hint={recommendations.length ? 'The recommendation or area for priority action it answers.' : 'Record inspections and their recommendations on the Inspections screen to link actions to them.'}
          error={errors.recommendationId}
        >
          <select value={form.recommendationId} onChange={(e) => set('recommendationId', e.target.value)}>
            <option value="">Not linked to a recommendation</option>
            <RecommendationOptions recommendations={recommendations} />
          </select>
        </Field>
        <ErrorMessage>{formError}</ErrorMessage>
      </form>
      <div className="modal__actions modal__actions--inline">
        {action && (
          <button type="button" className="btn btn--danger modal__actions-start" onClick={() => setConfirmDelete(true)}>
            Delete action
          </button>
        )}
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" form={formId} className="btn" disabled={busy}>
          {busy ? 'Saving…' : action ? 'Save changes' : 'Add action'}
        </button>
      </div>
      {action && (
        <ConfirmDialog
          title={`Delete action ${action.reference}?`}
          open={confirmDelete}
          confirmLabel="Delete action"
          onCancel={() => setConfirmDelete(false)}
          onConfirm={async () => {
            await remove({ actionId: action.id });
            setConfirmDelete(false);
            onClose();
          }}
        >
          <p>
            “{action.title}”
            {action.notes.length === 0 ? '' : action.notes.length === 1 ? ' and its progress note' : ` and its ${action.notes.length} progress notes`} will be
            deleted. This cannot be undone.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
