// The evidence linked to this area, each with what it shows (editable, saved when you leave the box),
// an unlink button, and a picker to link more from the library.
import { useId, useMemo, useState } from 'react';
import { EVIDENCE_TYPE_LABELS, FRESHNESS_LABELS } from '../../../shared/domain';
import type { AreaDetail } from '../../../shared/entities';
import { formatShortDate } from '../../../shared/dates';
import { messageOf } from '../../data/bridge';
import { Tag } from '../../components/Badges';
import { ErrorMessage } from '../../components/Feedback';
import { EvidencePicker } from '../../editor/EvidencePicker';
import { useOpMutation } from '../../data/ops';
import { FormField, formSchema, useContractForm } from '../../components/form';
import { api } from '../../../shared/api';

type LinkedItem = AreaDetail['evidence'][number];

const NOTE_FORM = formSchema(api['evidence.link'].input.pick({ note: true }));

export function LinkedEvidence({
  packId,
  areaId,
  evidence,
  readOnly,
}: {
  packId: string;
  areaId: string;
  evidence: LinkedItem[];
  readOnly: boolean;
}) {
  const id = useId();
  const link = useOpMutation('evidence.link').mutateAsync;
  const [picking, setPicking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const linkedIds = useMemo(() => new Set(evidence.map((e) => e.id)), [evidence]);

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <div className="panel__head">
        <h2 className="panel__title" id={`${id}-title`}>
          Evidence: how we know
        </h2>
        {!readOnly && (
          <button type="button" className="btn btn--secondary" onClick={() => setPicking(true)}>
            Link evidence
          </button>
        )}
      </div>
      <ErrorMessage>{error}</ErrorMessage>
      {evidence.length === 0 ? (
        <p className="muted">
          No evidence is linked to this area yet.
          {!readOnly &&
            ' Link audits, performance data and feedback from children and families that show how you know.'}
        </p>
      ) : (
        <ul className="evidence-links">
          {evidence.map((item) => (
            <EvidenceLinkRow key={item.id} item={item} areaId={areaId} readOnly={readOnly} onError={setError} />
          ))}
        </ul>
      )}
      {!readOnly && (
        <EvidencePicker
          open={picking}
          title="Link evidence to this area"
          confirmLabel="Link evidence"
          packId={packId}
          markedIds={linkedIds}
          markedLabel="Already linked"
          withNote
          onPick={async (row, note) => {
            setError(null);
            await link({ evidenceId: row.id, areaId, note });
          }}
          onClose={() => setPicking(false)}
        />
      )}
    </section>
  );
}

function EvidenceLinkRow({
  item,
  areaId,
  readOnly,
  onError,
}: {
  item: LinkedItem;
  areaId: string;
  readOnly: boolean;
  onError(message: string | null): void;
}) {
  // Linking again replaces the note on the link.
  const saveNote = useOpMutation('evidence.link').mutateAsync;
  const unlink = useOpMutation('evidence.unlink').mutateAsync;
  const [editing, setEditing] = useState(false);
  const form = useContractForm(NOTE_FORM, { note: item.note });
  const name = `${item.reference} ${item.title}`;

  const save = form.handleSubmit(async ({ note }) => {
    try {
      await saveNote({ evidenceId: item.id, areaId, note: note.trim() });
      setEditing(false);
    } catch (err) {
      // Said beside the note, which keeps what was typed.
      form.setError('note', { type: 'server', message: `Not saved: ${messageOf(err)} Your note is still here.` });
    }
  });

  return (
    <li className="evidence-link">
      <div className="evidence-link__main">
        <p className="evidence-link__title">
          <strong>{item.reference}</strong> {item.title}
          {item.freshness !== 'in_date' && (
            <>
              {' '}
              <Tag tone={item.freshness === 'out_of_date' ? 'bad' : 'warn'}>{FRESHNESS_LABELS[item.freshness]}</Tag>
            </>
          )}
        </p>
        <p className="evidence-link__meta">
          {EVIDENCE_TYPE_LABELS[item.type]}
          {item.owner && ` · ${item.owner}`}
          {item.effectiveDate && ` · ${formatShortDate(item.effectiveDate)}`}
        </p>
        {editing ? (
          <form className="evidence-link__field" onSubmit={(e) => void save(e)} noValidate>
            <FormField form={form} name="note" label={`What ${item.reference} shows`}>
              <textarea rows={2} autoFocus {...form.register('note')} />
            </FormField>
            <div className="evidence-link__form-buttons">
              <button type="submit" className="btn btn--small" disabled={form.formState.isSubmitting}>
                Save note
              </button>
              <button
                type="button"
                className="btn btn--secondary btn--small"
                onClick={() => {
                  form.reset({ note: item.note });
                  setEditing(false);
                }}
              >
                Cancel
              </button>
            </div>
          </form>
        ) : item.note ? (
          <p className="evidence-link__note">{item.note}</p>
        ) : (
          <p className="evidence-link__note muted">No note yet on what it shows.</p>
        )}
      </div>
      {!readOnly && !editing && (
        <div className="evidence-link__buttons">
          <button
            type="button"
            className="btn btn--secondary btn--small"
            aria-label={`Edit note for ${name}`}
            onClick={() => setEditing(true)}
          >
            Edit note
          </button>
          <button
            type="button"
            className="btn btn--secondary btn--small"
            aria-label={`Unlink ${name}`}
            onClick={() => {
              onError(null);
              unlink({ evidenceId: item.id, areaId }).catch((err) => onError(`${item.reference} was not unlinked: ${messageOf(err)}`));
            }}
          >
            Unlink
          </button>
        </div>
      )}
    </li>
  );
}
