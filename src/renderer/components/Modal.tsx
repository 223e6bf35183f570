// A modal dialog on the native <dialog> element: it traps focus, closes on Escape and returns focus
// to what opened it, without a library.
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalProps {
  title: string;
  open: boolean;
  onClose(): void;
  children: ReactNode;
  /** Buttons, right-aligned at the foot of the dialog. */
  actions?: ReactNode;
  wide?: boolean;
}

export function Modal({ title, open, onClose, children, actions, wide }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  // Unique per dialog: a confirmation opened over another dialog must not borrow its title.
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={`modal${wide ? ' modal--wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <h2 id={titleId} className="modal__title">
            {title}
          </h2>
          <div className="modal__body">{children}</div>
          {actions && <div className="modal__actions">{actions}</div>}
        </>
      )}
    </dialog>
  );
}
