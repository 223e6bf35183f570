// What IT does to a team database, with an administrator's connection string: set it up (the roles, the
// schema, the least privilege the app needs at run time), add the people, and move packs in and out.
// Nothing here runs in the app: at run time each person connects with their own login.
import { AppError } from '../errors';
import { migrateTeamDatabase, openTeamDatabase, type PostgresDatabase, type TeamConnectionOptions } from '../db/postgres';
import { scramVerifier } from './password';
import { groupRole, TEAM_ROLES, type TeamRole } from './roles';

/** A PostgreSQL identifier in double quotes; our names and logins are checked before they get here. */
function quoted(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

async function asAdministrator<T>(url: string, options: TeamConnectionOptions, fn: (db: PostgresDatabase) => Promise<T>): Promise<T> {
  const db = await openTeamDatabase(url, { ...options, administrator: true, poolSize: 1 });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** Creates the four group roles where the server has none yet (roles belong to the whole server). */
export async function createTeamRoles(db: PostgresDatabase): Promise<void> {
  for (const role of TEAM_ROLES) {
    const name = groupRole(role);
    const exists = await db.get('SELECT 1 AS found FROM pg_roles WHERE rolname = ?', [name]);
    if (!exists) await db.exec(`CREATE ROLE ${quoted(name)} NOLOGIN`);
  }
}

export interface InitResult {
  database: string;
  schemaVersion: number;
  /** True when the database already was a team database and was only brought up to date. */
  upgraded: boolean;
}

/**
 * Creates the schema and the four roles on an empty database, or brings an existing team database's
 * schema up to date. A database holding other tables is refused: it is not SEF Studio's to change.
 */
export async function initTeamDatabase(url: string, options: TeamConnectionOptions = {}): Promise<InitResult> {
  return asAdministrator(url, options, async (db) => {
    const before = await db.schemaVersion();
    if (before === 0) {
      const tables = await db.get<{ n: number }>("SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'");
      if (tables!.n > 0)
        throw new AppError(
          'conflict',
          `The database ${db.address.database} already holds ${tables!.n} table(s) that are not SEF Studio's, so nothing was changed. Give SEF Studio an empty database of its own.`,
        );
    }
    await createTeamRoles(db);
    // Only members' own logins may connect (sef team add-member grants each one).
    await db.exec(`REVOKE CONNECT, TEMPORARY ON DATABASE ${quoted(db.address.database)} FROM PUBLIC`);
    const schemaVersion = await migrateTeamDatabase(db);
    return { database: db.address.database, schemaVersion, upgraded: before > 0 };
  });
}

export interface NewMember {
  login: string;
  role: TeamRole;
  password: string;
  displayName?: string;
  /** Framework area keys (help-and-protection…) this author writes, in every pack not approved. */
  areas?: string[];
}

const LOGIN = /^[a-z][a-z0-9_.-]{0,62}$/;

/** Creates (or updates) one person's login with their role; an author may be given areas to write. */
export async function addMember(url: string, member: NewMember, options: TeamConnectionOptions = {}): Promise<{ assignedAreas: number }> {
  const login = member.login.trim().toLowerCase();
  if (!LOGIN.test(login))
    throw new AppError('invalid_input', `"${member.login}" cannot be a login: use lower-case letters, digits, dots, dashes or underscores, starting with a letter (for example pat.jones).`);
  if (login.startsWith('sef_') || login.startsWith('pg_'))
    throw new AppError('invalid_input', `"${login}" is a name SEF Studio or PostgreSQL keeps for itself. Choose another login.`);
  if (member.password.length < 12)
    throw new AppError('invalid_input', 'The password must be at least 12 characters long. Choose a longer one.');
  if (member.areas?.length && member.role !== 'author')
    throw new AppError('invalid_input', 'Only an author is given areas (--areas); directors and quality leads can edit every area already.');
  return asAdministrator(url, options, async (db) => {
    const existing = await db.get<{ login: number }>('SELECT CASE WHEN rolcanlogin THEN 1 ELSE 0 END AS login FROM pg_roles WHERE rolname = ?', [login]);
    const verifier = scramVerifier(member.password).replace(/'/g, "''");
    if (existing && !existing.login)
      throw new AppError('conflict', `"${login}" is a role on this server that cannot sign in, not a person's login. Choose another login.`);
    await db.exec(`${existing ? 'ALTER' : 'CREATE'} ROLE ${quoted(login)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD '${verifier}'`);
    for (const role of TEAM_ROLES)
      await db.exec(`${role === member.role ? 'GRANT' : 'REVOKE'} ${quoted(groupRole(role))} ${role === member.role ? 'TO' : 'FROM'} ${quoted(login)}`);
    await db.exec(`GRANT CONNECT ON DATABASE ${quoted(db.address.database)} TO ${quoted(login)}`);
    const now = new Date().toISOString();
    return db.transaction(async (tx) => {
      await tx.run(
        `INSERT INTO members (login, display_name, role, added_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (login) DO UPDATE SET display_name = excluded.display_name, role = excluded.role`,
        [login, member.displayName?.trim() || login, member.role, now],
      );
      if (!member.areas?.length) return { assignedAreas: 0 };
      const assigned = await tx.run(
        `INSERT INTO area_assignments (area_id, author, assigned_at, assigned_by)
         SELECT a.id, ?, ?, 'sef team add-member' FROM pack_areas a JOIN packs p ON p.id = a.pack_id
         WHERE p.status <> 'approved' AND ${tx.dialect.inJsonList('a.area_key')}
         ON CONFLICT (area_id) DO UPDATE SET author = excluded.author`,
        [login, now, JSON.stringify(member.areas)],
      );
      return { assignedAreas: assigned.changes };
    });
  });
}
