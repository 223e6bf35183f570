// People and review: who did it (the operating system's login name beside the display name in a local
// file; the authenticated login in a team database), a version on every record people edit at the same
// time, areas assigned to an author and a reviewer, comments on a section or paragraph, and in-app
// notices ("submitted for review"). Frozen history, like every migration.
import type { Migration } from './index';

export const migration004: Migration = {
  version: 4,
  description: 'People, versions, assignments, comments and notices',
  sql: `
ALTER TABLE audit_log ADD COLUMN login TEXT NOT NULL DEFAULT '';
ALTER TABLE packs ADD COLUMN approved_login TEXT;
ALTER TABLE pack_areas ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE narratives ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE narratives ADD COLUMN updated_login TEXT NOT NULL DEFAULT '';

-- Who writes an area and who reviews it: logins in a team database, names in a local file.
CREATE TABLE area_assignments (
  area_id     TEXT PRIMARY KEY REFERENCES pack_areas(id) ON DELETE CASCADE,
  author      TEXT,
  reviewer    TEXT,
  assigned_at TEXT NOT NULL,
  assigned_by TEXT NOT NULL
) STRICT;

-- Comments on an area, a section of it, or one paragraph of a section; an answer names its parent.
CREATE TABLE comments (
  id           TEXT PRIMARY KEY,
  area_id      TEXT NOT NULL REFERENCES pack_areas(id) ON DELETE CASCADE,
  section_id   TEXT,
  paragraph    INTEGER,
  parent_id    TEXT REFERENCES comments(id) ON DELETE CASCADE,
  text         TEXT NOT NULL,
  author       TEXT NOT NULL,
  author_login TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  resolved_at  TEXT,
  resolved_by  TEXT
) STRICT;
CREATE INDEX comments_by_area ON comments(area_id, created_at);

-- Notices for one person in the app ("Pat submitted Help and protection for your review").
CREATE TABLE notices (
  id         TEXT PRIMARY KEY,
  recipient  TEXT NOT NULL,
  pack_id    TEXT REFERENCES packs(id) ON DELETE CASCADE,
  area_id    TEXT REFERENCES pack_areas(id) ON DELETE CASCADE,
  text       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  read_at    TEXT
) STRICT;
CREATE INDEX notices_by_recipient ON notices(recipient, created_at);
`,
};
