// Who is signed in, and what their role lets them do here. The database enforces every role itself
// (grants and row-level security); these hooks only let the screens disable what would be refused, and
// say why, before anyone tries.
import { refusalFor, type TeamAction } from '../../../shared/roles';
import type { Session } from '../../../shared/api/team';
import { skipToken, useOp } from '../../data/ops';

export function useSession() {
  return useOp('session.get', {});
}

/** How the signed-in person is named in assignments and "waiting for": login in a team, name in a file. */
export function personOf(session: Session): string {
  return session.role === null ? session.name : session.login;
}

/**
 * Why the signed-in person may not do `action` (a sentence to show beside the disabled control), or null
 * when they may. `areaAuthor` is who an area is assigned to, for what an author may do in it.
 */
export function useRefusal(action: TeamAction, areaAuthor?: string | null): string | null {
  const session = useSession().data;
  if (!session) return null;
  return refusalFor({ role: session.role, login: session.login }, action, areaAuthor);
}

/** Who writes and who reviews one area of a pack (null while unknown or unassigned). */
export function useAssignment(packId: string, areaId: string) {
  const assignments = useOp('assignments.list', packId ? { packId } : skipToken).data;
  return assignments?.find((a) => a.areaId === areaId) ?? null;
}
