// Asks the host whether the database opened before showing the app. While it is still connecting to the
// team database at start-up, a screen says so and offers the local file meanwhile (StartupConnecting).
// When it did not open (damaged, made by a newer version, not a SEF Studio file, locked, or its folder
// missing), a full-screen message says what happened and offers another file, a new one, a team database,
// or one of the automatic backups.
import { useEffect, useId, useState, type ReactNode } from 'react';
import type { StartupState } from '../../shared/bridge';
import type { ErrorCode } from '../../shared/result';
import { bridge, messageOf } from '../data/bridge';
import { Choice } from '../components/Choice';
import { ErrorMessage } from '../components/Feedback';
import { ConnectDialog } from '../features/team/ConnectDialog';
import { useConnectDialog } from '../features/team/store';
import { StartupConnecting } from './StartupConnecting';

type Problem = Extract<StartupState, { ok: false }>;

const HEADINGS: Partial<Record<ErrorCode, string>> = {
  database_corrupt: 'The database file is damaged',
  database_newer: 'This database was made by a newer version of SEF Studio',
  database_foreign: 'This file is not a SEF Studio database',
  database_locked: 'The database is in use by another program',
  database_wal_foreign: 'Changes beside the database were not written for it',
};

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function StartupGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<StartupState | 'checking'>('checking');

  useEffect(() => {
    let host;
    try {
      host = bridge();
    } catch (err) {
      setState({ ok: false, path: '', error: { code: 'internal', message: messageOf(err) }, backups: [] });
      return;
    }
    if (typeof host.startupState !== 'function') {
      // An older host without the check: carry on, and let any problem show where it happens.
      setState({ ok: true, path: '' });
      return;
    }
    host
      .startupState()
      .then(setState)
      .catch(() => setState({ ok: true, path: '' }));
  }, []);

  if (state === 'checking') return null;
  if (!state.ok && state.connecting) return <StartupConnecting host={bridge()} where={state.path} onResolved={setState} />;
  if (!state.ok) return <StartupProblem problem={state} onResolved={setState} />;
  return <>{children}</>;
}

function StartupProblem({ problem, onResolved }: { problem: Problem; onResolved(state: StartupState): void }) {
  const id = useId();
  const [chosen, setChosen] = useState(problem.backups[0]?.name ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const host = (() => {
    try {
      return bridge();
    } catch {
      return null;
    }
  })();
  // File > Connect to a team database… works from here too: the app's own menu handler is not mounted yet.
  useEffect(() => host?.onMenuCommand?.((command) => command === 'connect-team' && useConnectDialog.getState().show()), [host]);

  async function attempt(work: () => Promise<StartupState | null>) {
    setBusy(true);
    setError(null);
    try {
      const next = await work();
      if (!next) return; // cancelled
      if (next.ok) onResolved(next);
      else setError(`${fileName(next.path)} could not be opened either: ${next.error.message}`);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="startup" aria-labelledby={`${id}-title`}>
      <div className="startup__box">
        <p className="startup__app">SEF Studio</p>
        <h1 id={`${id}-title`}>{HEADINGS[problem.error.code] ?? 'The database could not be opened'}</h1>
        <p>{problem.error.message}</p>
        {problem.path && !problem.error.message.includes(problem.path) && (
          <p className="startup__path">
            File: <code>{problem.path}</code>
          </p>
        )}
        <p>Nothing has been changed in that file.</p>
        <ErrorMessage>{error}</ErrorMessage>
        {host && (
          <>
            <h2>What you can do</h2>
            <div className="startup__actions">
              <button
                type="button"
                className="btn"
                disabled={busy}
                onClick={() => void attempt(() => host.chooseDatabase())}
              >
                Choose another file
              </button>
              <button
                type="button"
                className="btn btn--secondary"
                disabled={busy}
                onClick={() => void attempt(() => host.chooseDatabase({ create: true }))}
              >
                Start a new database
              </button>
              {typeof host.connectTeamDatabase === 'function' && (
                <button type="button" className="btn btn--secondary" disabled={busy} onClick={() => useConnectDialog.getState().show()}>
                  Connect to a team database…
                </button>
              )}
            </div>
            <h2>Restore from backup</h2>
            {problem.backups.length === 0 ? (
              <p className="muted">There are no automatic backups of this database to restore.</p>
            ) : (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  if (chosen) void attempt(() => host.restoreBackup(chosen));
                }}
              >
                <fieldset className="choice-group">
                  <legend>
                    Automatic backups, newest first. The file that would not open is kept beside it, renamed.
                  </legend>
                  {problem.backups.map(({ name }) => (
                    <Choice
                      key={name}
                      type="radio"
                      name={`${id}-backup`}
                      value={name}
                      checked={chosen === name}
                      onChange={() => setChosen(name)}
                      label={name}
                    />
                  ))}
                </fieldset>
                <button type="submit" className="btn" disabled={busy || !chosen}>
                  Restore from backup
                </button>
              </form>
            )}
          </>
        )}
      </div>
      {/* On success the window starts afresh on the team database, past this screen. */}
      <ConnectDialog />
    </main>
  );
}
