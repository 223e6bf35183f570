// Logins for the team-database tests, the browser test and the bench: every member gets the same test
// password, and connects with a URL like the administrator's but with their own login.
import { addMember, initTeamDatabase } from '../../src/core/team/admin';

export const PASSWORD = 'correct horse battery staple';

export function memberUrl(adminUrl: string, login: string, password = PASSWORD): string {
  const url = new URL(adminUrl);
  url.username = login;
  url.password = password;
  return url.toString();
}

/** The people most team tests sign in as: Dana, the director, and Quinn, the quality lead. */
export const DANA_AND_QUINN = [
  { login: 'dana', role: 'director', password: PASSWORD, displayName: 'Dana Director' },
  { login: 'quinn', role: 'quality_lead', password: PASSWORD, displayName: 'Quinn Quality' },
] as const;

/** A new team database on the cluster, with `members` added (Dana and Quinn unless others are named). */
export async function teamDatabaseWith(adminUrl: string, members: readonly Parameters<typeof addMember>[1][] = DANA_AND_QUINN): Promise<void> {
  await initTeamDatabase(adminUrl);
  for (const member of members) await addMember(adminUrl, member);
}
