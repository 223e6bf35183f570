// The four roles of a team database (the rules live in shared/roles.ts, for the interface too) and the
// database's name for each: the NOLOGIN group role a member's login belongs to.
import { TEAM_ROLES, type TeamRole } from '../../shared/roles';

export { ROLE_LABELS, TEAM_ROLES, type TeamRole } from '../../shared/roles';

export function groupRole(role: TeamRole): string {
  return `sef_${role}`;
}

/** As typed on the command line: quality-lead. */
export function roleFromOption(text: string): TeamRole | null {
  const role = text.trim().toLowerCase().replace(/-/g, '_');
  return (TEAM_ROLES as readonly string[]).includes(role) ? (role as TeamRole) : null;
}
