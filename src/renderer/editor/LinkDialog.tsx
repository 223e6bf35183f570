// Asks for a link's address (https:// or mailto: only) and, when no text is selected, the words to show.
import { useState } from 'react';
import { Field } from '../components/Field';
import { Modal } from '../components/Modal';

export interface LinkRequest {
  /** The address of the link the caret is in, when editing one. */
  href: string;
  /** True when text is selected, so the link goes on it and no text is asked for. */
  hasSelection: boolean;
  editing: boolean;
}

interface LinkDialogProps {
  request: LinkRequest | null;
  onInsert(href: string, text: string): void;
  onRemove(): void;
  onClose(): void;
}

const ALLOWED = /^(https:\/\/[^\s/$.?#].[^\s]*|mailto:[^\s@]+@[^\s@]+)$/i;

export function validateHref(raw: string): string | null {
  const href = raw.trim();
  if (!href) return 'Enter the address of the link, such as https://www.gov.uk';
  if (/^http:\/\//i.test(href))
    return 'Use a secure address starting https:// (SEF Studio does not link to http:// pages)';
  if (!ALLOWED.test(href)) return 'Links must start with https:// or be an email address starting mailto:';
  return null;
}

export function LinkDialog({ request, onInsert, onRemove, onClose }: LinkDialogProps) {
  return (
    <Modal title={request?.editing ? 'Edit link' : 'Add a link'} open={request !== null} onClose={onClose}>
      {request && <LinkForm request={request} onInsert={onInsert} onRemove={onRemove} onClose={onClose} />}
    </Modal>
  );
}

function LinkForm({ request, onInsert, onRemove, onClose }: LinkDialogProps & { request: LinkRequest }) {
  const [href, setHref] = useState(request.href || 'https://');
  const [text, setText] = useState('');
  const [hrefError, setHrefError] = useState<string | null>(null);
  const [textError, setTextError] = useState<string | null>(null);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const problem = validateHref(href);
    const needsText = !request.hasSelection && !request.editing;
    const textProblem = needsText && !text.trim() ? 'Enter the words to show for the link' : null;
    setHrefError(problem);
    setTextError(textProblem);
    if (problem || textProblem) return;
    onInsert(href.trim(), text.trim());
  }

  return (
    <form onSubmit={submit} noValidate>
      <Field
        label="Address"
        hint="Starts with https:// for a web page, or mailto: for an email address."
        error={hrefError}
      >
        <input type="url" value={href} autoFocus onChange={(e) => setHref(e.target.value)} spellCheck={false} />
      </Field>
      {!request.hasSelection && !request.editing && (
        <Field label="Text to show" error={textError}>
          <input type="text" value={text} onChange={(e) => setText(e.target.value)} />
        </Field>
      )}
      <div className="picker__actions">
        {request.editing && (
          <button type="button" className="btn btn--secondary picker__left" onClick={onRemove}>
            Remove link
          </button>
        )}
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn">
          {request.editing ? 'Save link' : 'Add link'}
        </button>
      </div>
    </form>
  );
}
