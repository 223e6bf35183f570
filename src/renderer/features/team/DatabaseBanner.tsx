// Which database this window works on, and as whom: a local file (one person at a time), or a team
// database with the signed-in member's name and role. Shown in the header on every screen.
import { ROLE_LABELS } from '../../../shared/roles';
import { useSession } from './data';

/** The file's own name, from a path of either kind of system (the renderer has no path module). */
function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function DatabaseBanner() {
  const session = useSession().data;
  if (!session) return null;
  if (session.role === null)
    return (
      <p className="db-banner" title={session.where}>
        <span className="db-banner__where">Local file {fileName(session.where)}</span>
      </p>
    );
  return (
    <p className="db-banner db-banner--team" title={session.where}>
      {/* "team database dana@host:5432/sef": the address the core gives, never with a password */}
      <span className="db-banner__where">{session.where.charAt(0).toUpperCase() + session.where.slice(1)}</span>
      <span className="db-banner__who">
        Signed in as {session.name} · <strong>{ROLE_LABELS[session.role]}</strong>
      </span>
    </p>
  );
}
