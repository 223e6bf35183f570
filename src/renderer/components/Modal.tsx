// A modal dialog on the native <dialog> element: it traps focus, closes on Escape and returns focus
// to what opened it, without a library.
import { useEffect, useRef, type ReactNode } from 'react';

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
      aria-labelledby="modal-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <h2 id="modal-title" className="modal__title">
            {title}
          </h2>
          <div className="modal__body">{children}</div>
          {actions && <div className="modal__actions">{actions}</div>}
        </>
      )}
    </dialog>
  );
}
