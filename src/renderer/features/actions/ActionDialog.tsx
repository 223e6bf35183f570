// Add or change an action: what, who, by when, how it is going, and what it answers (an area of the
// pack and an inspection recommendation). The same form adds an action from an area's screen, for
// that area. Checked by the contract's own schema for actions.create.
import { useId, useState } from 'react';
import { api } from '../../../shared/api';
import { ACTION_STATUS_LABELS, RAG_LABELS, RECOMMENDATION_KIND_LABELS } from '../../../shared/domain';
import { formatLongDate } from '../../../shared/dates';
import type { Action, PackArea } from '../../../shared/entities';
import { optionsOf } from '../../components/AutosaveField';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/Feedback';
import { ConflictNotice, type ConflictFields } from '../../components/ConflictNotice';
import { blankAsNull, changedOnly, dateInput, FormDate, FormField, formSchema, showProblems, useContractForm } from '../../components/form';
import { Modal } from '../../components/Modal';
import { useOpMutation } from '../../data/ops';
import { isStaleSave, useSaveAgainst } from '../../data/saveAgainst';
import type { RecommendationChoice } from './data';

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
  /** The pack's areas to choose from; leave out with `areaId` to add an action for that area. */
  areas?: PackArea[];
  /** An action added from an area's screen belongs to that area. */
  areaId?: string;
  /** The recommendations an action can answer. */
  recommendations: RecommendationChoice[];
  /** The action to edit, or null to add one. */
  action: Action | null;
  onClose(): void;
}

const ACTION_FORM = formSchema(api['actions.create'].input.omit({ packId: true }), {
  dueDate: dateInput,
  areaId: blankAsNull,
  recommendationId: blankAsNull,
});
const SHOWN = ['title', 'owner', 'dueDate', 'status', 'rag', 'areaId', 'recommendationId'] as const;

export function ActionDialog({ open, ...props }: ActionFormProps & { open: boolean }) {
  const { action, areaId, onClose } = props;
  const title = action ? `Edit action ${action.reference}` : areaId ? 'Add an action for this area' : 'Add an action';
  return (
    <Modal title={title} open={open} onClose={onClose} wide>
      {open && <ActionForm key={action?.id ?? 'new'} {...props} />}
    </Modal>
  );
}

/** The form's values for an action (or a new one). */
function formValues(action: Action | null, areaId: string | undefined) {
  return {
    title: action?.title ?? '',
    owner: action?.owner ?? '',
    dueDate: action?.dueDate ?? '',
    status: action?.status ?? 'not_started',
    rag: action?.rag ?? 'green',
    areaId: action?.areaId ?? areaId ?? '',
    recommendationId: action?.recommendationId ?? '',
  } as const;
}

/** How a refused save shows each field beside the other person's. */
function conflictFields(areas: PackArea[] | undefined, recommendations: RecommendationChoice[]): ConflictFields {
  return {
    title: { label: 'Action' },
    owner: { label: 'Owner' },
    dueDate: { label: 'Due date', show: (v) => (v ? formatLongDate(v as string) : 'No due date') },
    status: { label: 'Status', show: (v) => ACTION_STATUS_LABELS[v as Action['status']] },
    rag: { label: 'RAG rating', show: (v) => RAG_LABELS[v as Action['rag']] },
    areaId: { label: 'Area', show: (v) => (v ? (areas?.find((a) => a.id === v)?.title ?? 'Another area') : 'No particular area') },
    recommendationId: {
      label: 'Inspection recommendation',
      show: (v) => {
        const r = recommendations.find((c) => c.id === v);
        return r ? recommendationLabel(r) : 'Not linked to a recommendation';
      },
    },
  };
}

function ActionForm({ packId, areas, areaId, recommendations, action, onClose }: ActionFormProps) {
  const create = useOpMutation('actions.create').mutateAsync;
  // The dialog holds the action as it was when opened: a save over someone else's since is refused.
  const saver = useSaveAgainst('actions.update', action, { hold: true });
  const remove = useOpMutation('actions.delete').mutateAsync;
  const formId = useId();
  const form = useContractForm(ACTION_FORM, formValues(action, areaId));
  const [formError, setFormError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const busy = form.formState.isSubmitting;

  const submit = form.handleSubmit(async (fields) => {
    setFormError(null);
    try {
      if (action) {
        const changed = changedOnly(fields, form.formState.dirtyFields);
        if (Object.keys(changed).length) await saver.save({ ...changed, actionId: action.id });
      } else await create({ ...fields, packId });
      onClose();
    } catch (err) {
      // Refused because someone else saved first: the notice says so, with their values and the choices.
      setFormError(isStaleSave(err) ? null : showProblems(form, err, SHOWN));
    }
  });

  return (
    <>
      <form id={formId} onSubmit={(e) => void submit(e)} noValidate>
        <ConflictNotice
          saver={saver}
          fields={conflictFields(areas, recommendations)}
          afterSaveMine={onClose}
          afterTakeTheirs={(theirs) => form.reset(formValues(theirs, areaId))}
        />
        <FormField form={form} name="title" label="Action" hint="What will be done, in a sentence, so that anyone reading the plan understands it.">
          <textarea {...form.register('title')} rows={2} />
        </FormField>
        <div className="form-row">
          <FormField form={form} name="owner" label="Owner">
            <input {...form.register('owner')} />
          </FormField>
          <FormField form={form} name="dueDate" label="Due date">
            <FormDate form={form} name="dueDate" />
          </FormField>
        </div>
        <div className="form-row">
          <FormField form={form} name="status" label="Status">
            <select {...form.register('status')}>
              {STATUS_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </FormField>
          <FormField form={form} name="rag" label="RAG rating" hint="Blue means complete.">
            <select {...form.register('rag')}>
              {RAG_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </FormField>
        </div>
        {areas && (
          <FormField form={form} name="areaId" label="Area" hint="The area of the self-evaluation this action improves.">
            <select {...form.register('areaId')}>
              <option value="">No particular area</option>
              <AreaOptions areas={areas} />
            </select>
          </FormField>
        )}
        <FormField
          form={form}
          name="recommendationId"
          label="Inspection recommendation"
          hint={
            recommendations.length
              ? 'The recommendation or area for priority action it answers.'
              : 'Record inspections and their recommendations on the Inspections screen to link actions to them.'
          }
        >
          <select {...form.register('recommendationId')}>
            <option value="">Not linked to a recommendation</option>
            <RecommendationOptions recommendations={recommendations} />
          </select>
        </FormField>
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
