// The buttons under a dialog's form: Cancel, and the form's own submit button, which says "Saving…" and
// cannot be pressed again while the save is under way. The form is named by id, as the buttons sit in
// the dialog's footer, outside it.
import type { ReactNode } from 'react';

export function FormDialogActions({ formId, busy, onCancel, submitLabel }: { formId: string; busy: boolean; onCancel(): void; submitLabel: ReactNode }) {
  return (
    <div className="modal__actions modal__actions--inline">
      <button type="button" className="btn btn--secondary" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" form={formId} className="btn" disabled={busy}>
        {busy ? 'Saving…' : submitLabel}
      </button>
    </div>
  );
}
