// SQLite migration 004 on PostgreSQL, and what only a team database has: the members (one login each,
// with a display name and a role), and the database as the guard. The four roles (created by
// `sef team init` before this runs, see src/core/team/roles.ts) get only the grants their work needs (a
// reader only reads),
// row-level security holds an author to the areas assigned to them, and the audit log records the
// authenticated login itself (a trigger sets it; no client can choose it) and can only be appended to.
import type { Migration } from '../index';

export const postgresMigration004: Migration = {
  version: 4,
  description: 'People, versions, assignments, comments and notices',
  sql: `
ALTER TABLE audit_log ADD COLUMN login text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE packs ADD COLUMN approved_login text COLLATE "C";
ALTER TABLE pack_areas ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE narratives ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE narratives ADD COLUMN updated_login text COLLATE "C" NOT NULL DEFAULT '';

CREATE TABLE area_assignments (
  area_id     text COLLATE "C" PRIMARY KEY REFERENCES pack_areas(id) ON DELETE CASCADE DEFERRABLE,
  author      text COLLATE "C",
  reviewer    text COLLATE "C",
  assigned_at text COLLATE "C" NOT NULL,
  assigned_by text COLLATE "C" NOT NULL,
  rowid       bigint GENERATED ALWAYS AS IDENTITY
);

CREATE TABLE comments (
  id           text COLLATE "C" PRIMARY KEY,
  area_id      text COLLATE "C" NOT NULL REFERENCES pack_areas(id) ON DELETE CASCADE DEFERRABLE,
  section_id   text COLLATE "C",
  paragraph    integer,
  parent_id    text COLLATE "C" REFERENCES comments(id) ON DELETE CASCADE DEFERRABLE,
  text         text NOT NULL,
  author       text COLLATE "C" NOT NULL,
  author_login text COLLATE "C" NOT NULL,
  created_at   text COLLATE "C" NOT NULL,
  resolved_at  text COLLATE "C",
  resolved_by  text COLLATE "C",
  rowid        bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX comments_by_area ON comments(area_id, created_at);

CREATE TABLE notices (
  id         text COLLATE "C" PRIMARY KEY,
  recipient  text COLLATE "C" NOT NULL,
  pack_id    text COLLATE "C" REFERENCES packs(id) ON DELETE CASCADE DEFERRABLE,
  area_id    text COLLATE "C" REFERENCES pack_areas(id) ON DELETE CASCADE DEFERRABLE,
  text       text NOT NULL,
  created_at text COLLATE "C" NOT NULL,
  read_at    text COLLATE "C",
  rowid      bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX notices_by_recipient ON notices(recipient, created_at);

-- The people of a team database: one PostgreSQL login each (sef team add-member).
CREATE TABLE members (
  login        text COLLATE "C" PRIMARY KEY,
  display_name text NOT NULL,
  role         text COLLATE "C" NOT NULL CHECK (role IN ('director', 'quality_lead', 'author', 'reader')),
  added_at     text COLLATE "C" NOT NULL
);

-- The audit log says who really made each change: for a member, the login the server authenticated,
-- whatever the client sent. (Only an administrator moving a local file in keeps the logins it recorded.)
CREATE FUNCTION audit_log_login() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.login = '' OR EXISTS (SELECT 1 FROM members WHERE login = session_user) THEN
    NEW.login := session_user;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER audit_log_login BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_login();

-- An author's own areas: those assigned to the login that is signed in.
CREATE FUNCTION sef_writes_area(area text) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM area_assignments WHERE area_id = area AND author = session_user)
$$;

-- What each role may do at all. Everyone reads everything; no one may change the audit log.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO sef_director, sef_quality_lead, sef_author, sef_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO sef_director, sef_quality_lead, sef_author, sef_reader;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO sef_director, sef_quality_lead, sef_author;
GRANT INSERT, UPDATE, DELETE ON settings, blobs, frameworks, inspections, inspection_grades, recommendations, packs,
  pack_areas, narratives, evidence, attachments, evidence_links, actions, action_notes, area_assignments, comments, notices,
  indicators, indicator_values
  TO sef_director, sef_quality_lead;
GRANT INSERT ON audit_log TO sef_director, sef_quality_lead, sef_author;
-- Authors: their areas' writing, evidence, comments; a pack's version moves on when its content changes.
GRANT INSERT, UPDATE ON narratives TO sef_author;
GRANT UPDATE (strengths_json, development_json, status, version, updated_at, updated_by) ON pack_areas TO sef_author;
GRANT UPDATE (version, updated_at, updated_by) ON packs TO sef_author;
GRANT INSERT, UPDATE ON evidence, blobs TO sef_author;
GRANT INSERT, DELETE ON attachments TO sef_author;
GRANT INSERT, UPDATE, DELETE ON evidence_links, actions, action_notes TO sef_author;
GRANT INSERT, UPDATE ON comments, notices TO sef_author;

-- Row-level security: which rows those grants reach.
ALTER TABLE packs ENABLE ROW LEVEL SECURITY;
CREATE POLICY packs_read ON packs FOR SELECT USING (true);
CREATE POLICY packs_director ON packs TO sef_director USING (true) WITH CHECK (true);
-- A quality lead does everything but approve: an approved pack is out of reach, and none becomes approved.
CREATE POLICY packs_quality_lead ON packs TO sef_quality_lead USING (status <> 'approved') WITH CHECK (status <> 'approved');
CREATE POLICY packs_author ON packs FOR UPDATE TO sef_author
  USING (status <> 'approved' AND EXISTS (SELECT 1 FROM pack_areas a WHERE a.pack_id = packs.id AND sef_writes_area(a.id)))
  WITH CHECK (status <> 'approved');

ALTER TABLE pack_areas ENABLE ROW LEVEL SECURITY;
CREATE POLICY pack_areas_read ON pack_areas FOR SELECT USING (true);
CREATE POLICY pack_areas_leads ON pack_areas TO sef_director, sef_quality_lead USING (true) WITH CHECK (true);
-- An author submits an area for review but never marks it agreed.
CREATE POLICY pack_areas_author ON pack_areas FOR UPDATE TO sef_author
  USING (sef_writes_area(id)) WITH CHECK (sef_writes_area(id) AND status <> 'agreed');

ALTER TABLE narratives ENABLE ROW LEVEL SECURITY;
CREATE POLICY narratives_read ON narratives FOR SELECT USING (true);
CREATE POLICY narratives_leads ON narratives TO sef_director, sef_quality_lead USING (true) WITH CHECK (true);
CREATE POLICY narratives_author_insert ON narratives FOR INSERT TO sef_author WITH CHECK (sef_writes_area(area_id));
CREATE POLICY narratives_author_update ON narratives FOR UPDATE TO sef_author
  USING (sef_writes_area(area_id)) WITH CHECK (sef_writes_area(area_id));

ALTER TABLE evidence_links ENABLE ROW LEVEL SECURITY;
CREATE POLICY evidence_links_read ON evidence_links FOR SELECT USING (true);
CREATE POLICY evidence_links_leads ON evidence_links TO sef_director, sef_quality_lead USING (true) WITH CHECK (true);
CREATE POLICY evidence_links_author ON evidence_links TO sef_author USING (sef_writes_area(area_id)) WITH CHECK (sef_writes_area(area_id));

ALTER TABLE actions ENABLE ROW LEVEL SECURITY;
CREATE POLICY actions_read ON actions FOR SELECT USING (true);
CREATE POLICY actions_leads ON actions TO sef_director, sef_quality_lead USING (true) WITH CHECK (true);
CREATE POLICY actions_author ON actions TO sef_author USING (sef_writes_area(area_id)) WITH CHECK (sef_writes_area(area_id));

ALTER TABLE comments ENABLE ROW LEVEL SECURITY;
CREATE POLICY comments_read ON comments FOR SELECT USING (true);
CREATE POLICY comments_leads ON comments TO sef_director, sef_quality_lead USING (true) WITH CHECK (true);
-- An author comments and answers as themselves, and resolves comments on their own areas.
CREATE POLICY comments_own ON comments FOR INSERT TO sef_author WITH CHECK (author_login = session_user);
CREATE POLICY comments_author_resolve ON comments FOR UPDATE TO sef_author USING (sef_writes_area(area_id)) WITH CHECK (sef_writes_area(area_id));

ALTER TABLE notices ENABLE ROW LEVEL SECURITY;
CREATE POLICY notices_own ON notices FOR SELECT USING (recipient = session_user OR pg_has_role(session_user, 'sef_director', 'member'));
CREATE POLICY notices_send ON notices FOR INSERT WITH CHECK (true);
CREATE POLICY notices_mark_read ON notices FOR UPDATE USING (recipient = session_user) WITH CHECK (recipient = session_user);
`,
};
