// File > Connect to a team database…: the server, port, database, the person's own login and password,
// whether to keep the password on this computer, and the council's own certificate authority if it has one. Checked by the same schema the main process checks
// it with; the host connects and says plainly what went wrong. The password is cleared from the form as
// soon as it has been sent, whatever the answer; on success the window starts afresh on the team database.
import { useEffect, useId, useState } from 'react';
import { z } from 'zod';
import type { TeamConnectOutcome } from '../../../shared/bridge';
import { TeamConnectRequestSchema, type ChosenCertificateAuthority, type TeamConnectionChoices } from '../../../shared/team-connection';
import { ErrorMessage } from '../../components/Feedback';
import { FormField, formSchema, useContractForm } from '../../components/form';
import { Modal } from '../../components/Modal';
import { bridge, messageOf } from '../../data/bridge';
import { CertificateAuthorityChoice } from './CertificateAuthorityChoice';
import { useConnectDialog } from './store';

const PORT_HOW = 'Enter the port as a number; it is usually 5432.';

/** The port box holds text; the contract wants a number. */
const portInput = (contract: z.ZodType) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,5}$/, PORT_HOW)
    .transform(Number)
    .pipe(contract as z.ZodType<unknown, number>);

const CONNECT_FORM = formSchema(TeamConnectRequestSchema, { port: portInput });
const FIELDS = ['host', 'port', 'database', 'login', 'password'] as const;

export function ConnectDialog() {
  const open = useConnectDialog((s) => s.open);
  const close = useConnectDialog((s) => s.close);
  const [choices, setChoices] = useState<TeamConnectionChoices | null>(null);

  useEffect(() => {
    if (!open) return;
    let current = true;
    bridge()
      .teamConnectionChoices()
      .then((c) => current && setChoices(c))
      .catch(() => current && setChoices({ last: null, canRememberPassword: false, passwordKept: false, certificateAuthority: null }));
    return () => {
      current = false;
      setChoices(null);
    };
  }, [open]);

  return (
    <Modal title="Connect to a team database" open={open} onClose={close}>
      {choices && <ConnectForm choices={choices} onClose={close} />}
    </Modal>
  );
}

function ConnectForm({ choices, onClose }: { choices: TeamConnectionChoices; onClose(): void }) {
  const id = useId();
  const last = choices.last;
  const form = useContractForm(CONNECT_FORM, {
    host: last?.host ?? '',
    port: String(last?.port ?? 5432),
    database: last?.database ?? '',
    login: last?.login ?? '',
    password: '',
    remember: choices.passwordKept,
  });
  const [problem, setProblem] = useState<string | null>(null);
  const [authority, setAuthority] = useState<ChosenCertificateAuthority | null>(choices.certificateAuthority);
  const [authorityProblem, setAuthorityProblem] = useState<string | null>(null);

  const submit = form.handleSubmit(async (request) => {
    setProblem(null);
    let outcome: TeamConnectOutcome;
    try {
      outcome = await bridge().connectTeamDatabase({
        ...request,
        remember: request.remember && choices.canRememberPassword,
        ...(authority ? { certificateAuthority: authority.id } : {}),
      });
    } catch (err) {
      outcome = { ok: false, error: { code: 'internal', message: messageOf(err) } };
    }
    // Sent once; it is not kept here, whatever the answer.
    form.setValue('password', '');
    if (outcome.ok) {
      // Everything on screen belongs to the database just left: start afresh on the team database.
      window.location.reload();
      return;
    }
    const fields = { ...outcome.error.fields };
    // A refused password is said under the password box, where the person types it again.
    if (outcome.error.code === 'forbidden' && /login and password/.test(outcome.error.message)) fields.password = outcome.error.message;
    const shown = FIELDS.filter((f) => fields[f]);
    for (const [index, field] of shown.entries()) form.setError(field, { type: 'server', message: fields[field] }, { shouldFocus: index === 0 });
    if (fields.certificateAuthority) {
      setAuthority(null);
      setAuthorityProblem(fields.certificateAuthority);
    } else if (shown.length === 0) setProblem(outcome.error.message);
  });

  const busy = form.formState.isSubmitting;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-describedby={`${id}-about`}>
      <p id={`${id}-about`}>
        A team database keeps the packs on a server your council’s IT runs, for the whole leadership team. IT gives you its
        details and your own login. Any server but this computer is reached only over an encrypted connection (TLS), with
        the server’s certificate checked: if it cannot be verified, SEF Studio does not connect.
      </p>
      <FormField form={form} name="host" label="Server" hint="For example sef.council.gov.uk, or localhost for a database on this computer.">
        <input type="text" autoComplete="off" spellCheck={false} autoFocus={!last} {...form.register('host')} />
      </FormField>
      <div className="form-row">
        <FormField form={form} name="port" label="Port" hint="Usually 5432.">
          <input type="text" inputMode="numeric" autoComplete="off" {...form.register('port')} />
        </FormField>
        <FormField form={form} name="database" label="Database" hint="Its name on the server, often sef.">
          <input type="text" autoComplete="off" spellCheck={false} {...form.register('database')} />
        </FormField>
      </div>
      <FormField form={form} name="login" label="Your login" hint="Your own, not a shared one: the database records who changed what.">
        <input type="text" autoComplete="username" spellCheck={false} {...form.register('login')} />
      </FormField>
      <FormField form={form} name="password" label="Password">
        <input type="password" autoComplete="current-password" autoFocus={!!last} {...form.register('password')} />
      </FormField>
      {choices.canRememberPassword ? (
        <div className="choice">
          <input id={`${id}-remember`} type="checkbox" aria-describedby={`${id}-remember-hint`} {...form.register('remember')} />
          <span>
            <label className="choice__label" htmlFor={`${id}-remember`}>
              Remember my password on this computer
            </label>
            <span className="choice__hint" id={`${id}-remember-hint`}>
              Kept encrypted by the operating system, so SEF Studio reconnects when it starts. Leave this unticked on a shared computer.
            </span>
          </span>
        </div>
      ) : (
        <p className="notice notice--warn">
          This computer has no keychain SEF Studio can keep a password in safely, so your password is not saved: you type it
          each time you connect.
        </p>
      )}
      <CertificateAuthorityChoice
        value={authority}
        onChange={(next) => {
          setAuthority(next);
          // A refusal of the server's certificate was about the authority just changed: it no longer stands.
          setProblem(null);
        }}
        problem={authorityProblem}
        onProblem={setAuthorityProblem}
      />
      {/* Beside the button that was pressed, so it is in view however far the dialog has scrolled. */}
      <ErrorMessage>{problem}</ErrorMessage>
      {/* Kept in view at the foot of the dialog: on a small window the form scrolls above Connect. */}
      <div className="modal__actions modal__actions--inline">
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn" disabled={busy}>
          {busy ? 'Connecting…' : 'Connect'}
        </button>
      </div>
    </form>
  );
}
