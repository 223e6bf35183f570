// A panel that slides over the right of the screen for editing one thing beside a long list. It is a
// modal <dialog>, so focus stays inside it, Escape closes it and focus returns to what opened it.
import { useEffect, useId, useRef, type DragEvent, type ReactNode } from 'react';

interface SidePanelProps {
  title: ReactNode;
  open: boolean;
  onClose(): void;
  children: ReactNode;
  /** A line under the title: a reference, a status. */
  subtitle?: ReactNode;
  /** Drag and drop onto the whole panel. */
  onDragOver?(e: DragEvent<HTMLDialogElement>): void;
  onDragLeave?(e: DragEvent<HTMLDialogElement>): void;
  onDrop?(e: DragEvent<HTMLDialogElement>): void;
  className?: string;
}

export function SidePanel({ title, open, onClose, children, subtitle, onDragOver, onDragLeave, onDrop, className }: SidePanelProps) {
  const ref = useRef<HTMLDialogElement>(null);
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
      className={`side-panel${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      {open && (
        <>
          <div className="side-panel__head">
            <div>
              <h2 id={titleId} className="side-panel__title">
                {title}
              </h2>
              {subtitle && <div className="side-panel__subtitle">{subtitle}</div>}
            </div>
            <button type="button" className="btn btn--secondary" onClick={onClose}>
              Close
            </button>
          </div>
          <div className="side-panel__body">{children}</div>
        </>
      )}
    </dialog>
  );
}
