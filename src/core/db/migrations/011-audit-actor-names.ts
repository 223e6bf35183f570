// Deliberately empty: migration 011 exists for the team database, where the audit trigger now takes the
// actor's displayed name from members.display_name for the signed-in login (see postgres/011). A local
// SQLite file has one person and no logins to vouch for, so nothing changes here; the version is kept so
// the SQLite and PostgreSQL migration lists stay twins (tests/team/migrations.test.ts checks them).
import type { Migration } from './index';

export const migration011: Migration = {
  version: 11,
  description: 'Audit actor names vouched for by the team database',
  sql: `
-- Nothing to do on SQLite: see the comment at the top of this module.
`,
};
