// The four roles of a team database and what each may do. The database enforces them (grants and
// row-level security in migration 004); the app uses the same list to hide what a role cannot do.
export const TEAM_ROLES = ['director', 'quality_lead', 'author', 'reader'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** The NOLOGIN group role a member's login belongs to. */
export function groupRole(role: TeamRole): string {
  return `sef_${role}`;
}

/** As typed on the command line: quality-lead. */
export function roleFromOption(text: string): TeamRole | null {
  const role = text.trim().toLowerCase().replace(/-/g, '_');
  return (TEAM_ROLES as readonly string[]).includes(role) ? (role as TeamRole) : null;
}

export const ROLE_LABELS: Record<TeamRole, string> = {
  director: 'director',
  quality_lead: 'quality lead',
  author: 'author',
  reader: 'reader',
};
