// Rename a pack, and delete one after a confirmation that names it and says what goes with it.
import { useState } from 'react';
import { api } from '../../../shared/api';
import type { Pack } from '../../../shared/entities';
import { ErrorMessage } from '../../components/Feedback';
import { FormField, formSchema, showProblems, useContractForm } from '../../components/form';
import { Modal } from '../../components/Modal';
import { messageOf } from '../../data/bridge';
import { useOpMutation } from '../../data/ops';

export function RenamePackDialog({ pack, onClose }: { pack: Pack | null; onClose(): void }) {
  return (
    <Modal title="Rename pack" open={pack !== null} onClose={onClose}>
      {pack && <RenameForm key={pack.id} pack={pack} onClose={onClose} />}
    </Modal>
  );
}

const RENAME_FORM = formSchema(api['packs.update'].input.pick({ title: true }).required());

function RenameForm({ pack, onClose }: { pack: Pack; onClose(): void }) {
  const rename = useOpMutation('packs.update').mutateAsync;
  const form = useContractForm(RENAME_FORM, { title: pack.title });
  const [formError, setFormError] = useState<string | null>(null);

  const submit = form.handleSubmit(async ({ title }) => {
    setFormError(null);
    try {
      await rename({ packId: pack.id, title });
      onClose();
    } catch (err) {
      setFormError(showProblems(form, err, ['title']));
    }
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorMessage>{formError}</ErrorMessage>
      <FormField form={form} name="title" label="Title">
        <input type="text" autoFocus {...form.register('title')} />
      </FormField>
      <div className="picker__actions">
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn" disabled={form.formState.isSubmitting}>
          Save title
        </button>
      </div>
    </form>
  );
}

export function DeletePackDialog({ pack, onClose }: { pack: Pack | null; onClose(): void }) {
  const remove = useOpMutation('packs.delete').mutateAsync;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    if (!pack) return;
    setBusy(true);
    try {
      await remove({ packId: pack.id });
      setError(null);
      onClose();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      title={pack ? `Delete “${pack.title}”?` : 'Delete pack?'}
      open={pack !== null}
      onClose={() => {
        setError(null);
        onClose();
      }}
      actions={
        <>
          <button type="button" className="btn btn--secondary" autoFocus onClick={onClose}>
            Keep the pack
          </button>
          <button type="button" className="btn btn--danger" disabled={busy} onClick={() => void confirm()}>
            Delete pack
          </button>
        </>
      }
    >
      <ErrorMessage>{error}</ErrorMessage>
      <p>
        This deletes <strong>{pack?.title}</strong> ({pack?.period}) with its grades, narratives, evidence links and
        action plan. The evidence library itself is kept.
      </p>
      <p>You cannot undo this. To keep a copy, back up the database first (File &gt; Back up…).</p>
    </Modal>
  );
}
