// The start-up screen while the host is still reaching the team database the app was on when it closed.
// The window shows at once instead of waiting for a slow or silent server; "Work on a local file instead"
// works while it is still trying, and when the connection comes or fails the page moves on by itself.
import { useEffect, useId, useState } from 'react';
import type { SefBridge, StartupState } from '../../shared/bridge';
import { ErrorMessage } from '../components/Feedback';
import { messageOf } from '../data/bridge';
import { teamAddressOfRecent } from '../../shared/team-connection';

interface Props {
  host: SefBridge;
  /** "team database dana@sef.council.gov.uk:5432/sef" */
  where: string;
  onResolved(state: StartupState): void;
}

export function StartupConnecting({ host, where, onResolved }: Props) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    host
      .startupSettled()
      .then((state) => current && onResolved(state))
      .catch((err: unknown) => current && setError(messageOf(err)));
    return () => {
      current = false;
    };
  }, [host, onResolved]);

  async function workLocally() {
    setBusy(true);
    setError(null);
    try {
      onResolved(await host.workOnLocalFile());
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  }

  return (
    <main className="startup" aria-labelledby={`${id}-title`} aria-busy="true">
      {/* Not a problem (yet): the box is not marked as one. */}
      <div className="startup__box startup__box--waiting">
        <p className="startup__app">SEF Studio</p>
        <h1 id={`${id}-title`}>Connecting to your team database…</h1>
        <TeamPlace where={where} />
        <p role="status">
          SEF Studio is reaching the server. When it is slow, or this computer is not on the council’s network, this can take
          up to 10 seconds. You need not wait: your local file is there whenever you want it.
        </p>
        <ErrorMessage>{error}</ErrorMessage>
        <div className="startup__actions">
          <button type="button" className="btn" disabled={busy} onClick={() => void workLocally()}>
            {busy ? 'Opening the local file…' : 'Work on a local file instead'}
          </button>
        </div>
      </div>
    </main>
  );
}

/** Which team database, in words ("sef on db.council.gov.uk, port 5432, signed in as dana"), not as an address. */
function TeamPlace({ where }: { where: string }) {
  const address = teamAddressOfRecent(where);
  if (!address) return <p className="startup__where">{where}</p>;
  return (
    <p className="startup__where">
      <strong>{address.database}</strong> on {address.host}
      {address.port !== 5432 && `, port ${address.port}`}, signed in as <strong>{address.login}</strong>
    </p>
  );
}
