// A team database with people in it, for the tests that need real logins: a fresh database from the
// template, a pack made by an administrator, and members added with `sef team add-member`'s own code.
import { coreContext, type CoreContext } from '../../src/core/context';
import { openTeamDatabase, type PostgresDatabase } from '../../src/core/db/postgres';
import { call } from '../../src/core/dispatch';
import { addMember } from '../../src/core/team/admin';
import type { TeamRole } from '../../src/core/team/roles';
import { freshTeamDatabase } from './postgres-databases';
import { memberUrl, PASSWORD } from './team-logins';
import { FIXED_NOW } from './tempdb';

export { memberUrl, PASSWORD };


export interface TeamFixture {
  adminUrl: string;
  admin: CoreContext;
  packId: string;
  /** Area ids by framework area key. */
  areas: Record<string, string>;
  /** Connects as a member, as the app would: their own login and password. */
  as(login: string): Promise<CoreContext & { db: PostgresDatabase }>;
  add(login: string, role: TeamRole, options?: { areas?: string[]; name?: string }): Promise<void>;
  cleanup(): Promise<void>;
}

export async function teamFixture(): Promise<TeamFixture> {
  const team = await freshTeamDatabase();
  const adminDb = await openTeamDatabase(team.adminUrl, { administrator: true });
  const admin = coreContext({ db: adminDb, now: () => FIXED_NOW, appVersion: '0.0.0-test' });
  const pack = await call(admin, 'packs.create', { title: 'SEF 2026–27', frameworkId: 'ilacs-2023', period: '2026–27', asAt: '2026-11-01' });
  const { areas } = await call(admin, 'packs.get', { packId: pack.id });
  const opened: PostgresDatabase[] = [adminDb];
  return {
    adminUrl: team.adminUrl,
    admin,
    packId: pack.id,
    areas: Object.fromEntries(areas.map((a) => [a.areaKey, a.id])),
    async as(login) {
      const db = await openTeamDatabase(memberUrl(team.adminUrl, login));
      opened.push(db);
      return { ...coreContext({ db, now: () => FIXED_NOW, appVersion: '0.0.0-test' }), db };
    },
    async add(login, role, options = {}) {
      await addMember(team.adminUrl, { login, role, password: PASSWORD, displayName: options.name, areas: options.areas });
    },
    async cleanup() {
      for (const db of opened) await db.close().catch(() => undefined);
      await team.drop();
    },
  };
}
