// The actions of the pack's plan that belong to this area, with their RAG rating and due date, and a
// quick way to add one. The full plan (notes, editing) is on the Action plan screen.
import { useId, useState } from 'react';
import {
  ACTION_STATUSES,
  ACTION_STATUS_LABELS,
  RAGS,
  RAG_LABELS,
  type ActionStatus,
  type Rag,
} from '../../../shared/domain';
import type { Action } from '../../../shared/entities';
import { formatShortDate } from '../../../shared/dates';
import { RagBadge, Tag } from '../../components/Badges';
import { DateInput, dateProblem } from '../../components/DateInput';
import { ErrorMessage } from '../../components/Feedback';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { coveredBy, problemOf, type Problem } from '../../components/problems';
import { useOpMutation } from '../../data/ops';
import { useNavigation } from '../../app/navigation';

export function LinkedActions({ packId, areaId, actions, readOnly }: { packId: string; areaId: string; actions: Action[]; readOnly: boolean }) {
  const id = useId();
  const go = useNavigation((s) => s.go);
  const [adding, setAdding] = useState(false);
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <div className="panel__head">
        <h2 className="panel__title" id={`${id}-title`}>
          Actions for this area
        </h2>
        <div className="panel__head-actions">
          <button type="button" className="btn btn--link" onClick={() => go({ name: 'actions', packId })}>
            Open the action plan
          </button>
          {!readOnly && (
            <button type="button" className="btn btn--secondary" onClick={() => setAdding(true)}>
              Add an action
            </button>
          )}
        </div>
      </div>
      {actions.length === 0 ? (
        <p className="muted">No actions for this area yet.</p>
      ) : (
        <table className="table table--compact">
          <caption className="visually-hidden">Actions for this area</caption>
          <thead>
            <tr>
              <th scope="col">Ref</th>
              <th scope="col">Action</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
              <th scope="col">RAG</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((a) => (
              <tr key={a.id}>
                <td className="nowrap">{a.reference}</td>
                <td>{a.title}</td>
                <td>{a.owner || <span className="muted">No owner</span>}</td>
                <td className="nowrap">
                  <span className="cell-stack">
                    <span>{a.dueDate ? formatShortDate(a.dueDate) : <span className="muted">No date</span>}</span>
                    {a.overdue && <Tag tone="bad">Overdue</Tag>}
                    {a.dueSoon && <Tag tone="warn">Due within 14 days</Tag>}
                  </span>
                </td>
                <td>{ACTION_STATUS_LABELS[a.status]}</td>
                <td>
                  <RagBadge rag={a.rag} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!readOnly && <AddActionDialog packId={packId} areaId={areaId} open={adding} onClose={() => setAdding(false)} />}
    </section>
  );
}

interface AddActionProps {
  packId: string;
  areaId: string;
  onClose(): void;
}

function AddActionDialog({ open, ...props }: AddActionProps & { open: boolean }) {
  return (
    <Modal title="Add an action for this area" open={open} onClose={props.onClose}>
      {open && <AddActionForm {...props} />}
    </Modal>
  );
}

function AddActionForm({ packId, areaId, onClose }: AddActionProps) {
  const addAction = useOpMutation('actions.create').mutateAsync;
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [rag, setRag] = useState<Rag>('green');
  const [status, setStatus] = useState<ActionStatus>('not_started');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const wrongDate = dateProblem(dueDate);
    if (wrongDate) {
      setProblem({ message: wrongDate, fields: { dueDate: wrongDate } });
      return;
    }
    setBusy(true);
    try {
      await addAction({ packId, areaId, title, owner, dueDate: dueDate || null, rag, status });
      onClose();
    } catch (err) {
      setProblem(problemOf(err));
    } finally {
      setBusy(false);
    }
  }

  const f = problem?.fields ?? {};
  return (
    <form onSubmit={submit} noValidate>
      {problem && !coveredBy(problem, ['title', 'owner', 'dueDate', 'rag', 'status']) && (
        <ErrorMessage>{problem.message}</ErrorMessage>
      )}
      <Field label="Action" hint="What will be done, so that anyone reading the plan understands it." error={f.title}>
        <input type="text" value={title} autoFocus onChange={(e) => setTitle(e.target.value)} />
      </Field>
      <div className="form-row">
        <Field label="Owner" error={f.owner}>
          <input type="text" value={owner} onChange={(e) => setOwner(e.target.value)} />
        </Field>
        <Field label="Due date" error={f.dueDate}>
          <DateInput value={dueDate} onChange={setDueDate} />
        </Field>
      </div>
      <div className="form-row">
        <Field label="Status" error={f.status}>
          <select value={status} onChange={(e) => setStatus(e.target.value as ActionStatus)}>
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ACTION_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="RAG rating" error={f.rag}>
          <select value={rag} onChange={(e) => setRag(e.target.value as Rag)}>
            {RAGS.map((r) => (
              <option key={r} value={r}>
                {RAG_LABELS[r]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="picker__actions">
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn" disabled={busy}>
          Add action
        </button>
      </div>
    </form>
  );
}
