// "Are you sure?" for anything that cannot be undone: says what will go, names the thing, and puts the
// safe choice first. The error from a failed attempt is shown inside the dialog, which stays open.
import { useState, type ReactNode } from 'react';
import { messageOf } from '../data/bridge';
import { ErrorMessage } from './Feedback';
import { Modal } from './Modal';

interface ConfirmDialogProps {
  title: string;
  open: boolean;
  /** The words on the button that does it: "Delete evidence item". */
  confirmLabel: string;
  onCancel(): void;
  /** Resolves when done; a rejection is shown in the dialog. */
  onConfirm(): Promise<unknown>;
  children: ReactNode;
}

export function ConfirmDialog({ title, open, confirmLabel, onCancel, onConfirm, children }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setError(null);
    onCancel();
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      title={title}
      open={open}
      onClose={close}
      actions={
        <>
          <button type="button" className="btn btn--secondary" onClick={close} autoFocus>
            Cancel
          </button>
          <button type="button" className="btn btn--danger" onClick={() => void confirm()} disabled={busy}>
            {busy ? 'Working…' : confirmLabel}
          </button>
        </>
      }
    >
      {children}
      <ErrorMessage>{error}</ErrorMessage>
    </Modal>
  );
}
