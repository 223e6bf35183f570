// SQLite migration 005 on PostgreSQL, and what only a team database has: presence, who has which pack or
// area open just now. Each app says where its person is (sef_presence is written by the app's own login,
// never anyone else's, whatever their role) and reads where everyone else is.
import type { Migration } from '../index';

export const postgresMigration005: Migration = {
  version: 5,
  description: 'Versions on actions, evidence and pack details',
  sql: `
ALTER TABLE packs ADD COLUMN details_version integer NOT NULL DEFAULT 1;
ALTER TABLE evidence ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE actions ADD COLUMN version integer NOT NULL DEFAULT 1;

-- Who is where: one row per login, moved as they open packs and areas, and kept fresh while the app is
-- open. Times are the server's, so one person's clock cannot make another look gone. No foreign keys: a
-- pack deleted meanwhile simply stops matching.
CREATE TABLE presence (
  login   text COLLATE "C" PRIMARY KEY DEFAULT session_user,
  pack_id text COLLATE "C",
  area_id text COLLATE "C",
  seen_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE presence ENABLE ROW LEVEL SECURITY;
CREATE POLICY presence_read ON presence FOR SELECT USING (true);
CREATE POLICY presence_own ON presence USING (login = session_user) WITH CHECK (login = session_user);
GRANT SELECT, INSERT, UPDATE, DELETE ON presence TO sef_director, sef_quality_lead, sef_author, sef_reader;
`,
};
