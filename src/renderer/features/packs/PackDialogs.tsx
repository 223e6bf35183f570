// Rename a pack, and delete one after a confirmation that names it and says what goes with it.
import { useState } from 'react';
import type { Pack } from '../../../shared/entities';
import { ErrorMessage } from '../../components/Feedback';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { problemOf, type Problem } from '../../components/problems';
import { useOpMutation } from '../../data/ops';

export function RenamePackDialog({ pack, onClose }: { pack: Pack | null; onClose(): void }) {
  return (
    <Modal title="Rename pack" open={pack !== null} onClose={onClose}>
      {pack && <RenameForm key={pack.id} pack={pack} onClose={onClose} />}
    </Modal>
  );
}

function RenameForm({ pack, onClose }: { pack: Pack; onClose(): void }) {
  const rename = useOpMutation('packs.update').mutateAsync;
  const [title, setTitle] = useState(pack.title);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    try {
      await rename({ packId: pack.id, title });
      onClose();
    } catch (err) {
      setProblem(problemOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      {problem && !problem.fields.title && <ErrorMessage>{problem.message}</ErrorMessage>}
      <Field label="Title" error={problem?.fields.title}>
        <input type="text" value={title} autoFocus onChange={(e) => setTitle(e.target.value)} />
      </Field>
      <div className="picker__actions">
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn" disabled={busy}>
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
      setError(problemOf(err).message);
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
