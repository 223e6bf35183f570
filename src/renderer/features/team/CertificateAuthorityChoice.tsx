// The connect dialog's optional "Certificate authority": for a council whose server certificate comes from
// its own certificate authority. The host shows the native dialog, checks the file and keeps its path;
// this shows the file's name, what was wrong with a file that cannot be used, and "Remove" to go back to
// the authorities SEF Studio trusts by default.
import { useId, useRef, useState } from 'react';
import type { ChosenCertificateAuthority } from '../../../shared/team-connection';
import { ErrorMessage } from '../../components/Feedback';
import { bridge, messageOf } from '../../data/bridge';

interface Props {
  value: ChosenCertificateAuthority | null;
  onChange(value: ChosenCertificateAuthority | null): void;
  /** What the host said about the choice (a file that cannot be used, or one it no longer holds). */
  problem: string | null;
  onProblem(problem: string | null): void;
}

export function CertificateAuthorityChoice({ value, onChange, problem, onProblem }: Props) {
  const id = useId();
  const [choosing, setChoosing] = useState(false);
  const chooseButton = useRef<HTMLButtonElement>(null);

  async function choose() {
    setChoosing(true);
    onProblem(null);
    try {
      const outcome = await bridge().chooseCertificateAuthority();
      if (!outcome) return; // cancelled: whatever was chosen before stays
      if (outcome.ok) onChange(outcome.authority);
      else onProblem(outcome.error.message);
    } catch (err) {
      onProblem(messageOf(err));
    } finally {
      setChoosing(false);
    }
  }

  function remove() {
    onChange(null);
    onProblem(null);
    // The Remove button goes: focus stays in the group, on the button that chooses again.
    chooseButton.current?.focus();
  }

  return (
    <fieldset className="choice-group" aria-describedby={`${id}-hint`}>
      <legend>Certificate authority (optional)</legend>
      <p className="field__hint" id={`${id}-hint`}>
        Only when IT says the server’s certificate comes from your council’s own certificate authority: choose the
        certificate file they gave you (.pem, .crt or .cer). Otherwise leave this, and SEF Studio trusts the well-known
        public certificate authorities.
      </p>
      <p aria-live="polite">
        {value ? (
          <>
            The server’s certificate is checked against <strong>{value.name}</strong>.
          </>
        ) : (
          'The server’s certificate is checked against the well-known public certificate authorities.'
        )}
      </p>
      <div className="button-row">
        <button ref={chooseButton} type="button" className="btn btn--secondary btn--small" disabled={choosing} onClick={() => void choose()}>
          {choosing ? 'Choosing…' : value ? 'Choose another file…' : 'Choose certificate file…'}
        </button>
        {value && (
          <button type="button" className="btn btn--secondary btn--small" onClick={remove}>
            Remove
          </button>
        )}
      </div>
      <ErrorMessage>{problem}</ErrorMessage>
    </fieldset>
  );
}
