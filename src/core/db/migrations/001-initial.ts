// The first schema, as released: everything a self-evaluation pack database holds. Tables are STRICT;
// enumerated columns carry CHECK constraints.
//
// This SQL is frozen history. It is written out literally, never built from the live lists in
// src/shared/domain.ts: a file made by this migration must be the same whenever it was made. A new
// value for a list (an inspection type, an evidence type) arrives by a new migration that every older
// file also receives. tests/integration/migrations.test.ts holds this text's checksum and fails if it
// changes.
import type { Migration } from './index';

export const migration001: Migration = {
  version: 1,
  description: 'Initial schema',
  sql: `
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Attached files and the logo, content-addressed so one file stored twice takes the space once.
CREATE TABLE blobs (
  sha256 TEXT PRIMARY KEY,
  size   INTEGER NOT NULL,
  data   BLOB NOT NULL
) STRICT;

-- Frameworks imported by the user. Built-in frameworks ship with the app and are not stored here.
CREATE TABLE frameworks (
  id          TEXT PRIMARY KEY,
  json        TEXT NOT NULL,
  imported_at TEXT NOT NULL
) STRICT;

CREATE TABLE inspections (
  id               TEXT PRIMARY KEY,
  type             TEXT NOT NULL CHECK (type IN ('standard_inspection', 'short_inspection', 'focused_visit', 'monitoring_visit', 'jtai', 'sif_inspection', 'sccif_inspection', 'cqc_assessment', 'peer_review')),
  title            TEXT NOT NULL,
  start_date       TEXT NOT NULL,
  end_date         TEXT,
  published_date   TEXT,
  framework_id     TEXT,
  report_reference TEXT NOT NULL DEFAULT '',
  summary          TEXT NOT NULL DEFAULT '',
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
) STRICT;

CREATE TABLE inspection_grades (
  inspection_id TEXT NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
  area_key      TEXT NOT NULL,
  area_title    TEXT NOT NULL,
  grade         TEXT NOT NULL,
  PRIMARY KEY (inspection_id, area_key)
) STRICT;

CREATE TABLE recommendations (
  id            TEXT PRIMARY KEY,
  inspection_id TEXT NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
  reference     TEXT NOT NULL DEFAULT '',
  kind          TEXT NOT NULL CHECK (kind IN ('recommendation', 'area_for_improvement', 'area_for_priority_action')),
  text          TEXT NOT NULL,
  area_key      TEXT,
  status        TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'met', 'closed')),
  progress      TEXT NOT NULL DEFAULT '',
  sort_order    INTEGER NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;
CREATE INDEX recommendations_by_inspection ON recommendations(inspection_id, sort_order);

CREATE TABLE packs (
  id                     TEXT PRIMARY KEY,
  title                  TEXT NOT NULL,
  framework_id           TEXT NOT NULL,
  -- The framework as it was when the pack was created, so the pack keeps meaning what it meant.
  framework_json         TEXT NOT NULL,
  period                 TEXT NOT NULL,
  as_at                  TEXT NOT NULL,
  status                 TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'approved')),
  approved_by            TEXT,
  approved_at            TEXT,
  previous_pack_id       TEXT REFERENCES packs(id) ON DELETE SET NULL,
  baseline_inspection_id TEXT REFERENCES inspections(id) ON DELETE SET NULL,
  context_json           TEXT NOT NULL,
  board_asks_json        TEXT NOT NULL,
  version                INTEGER NOT NULL DEFAULT 1,
  created_at             TEXT NOT NULL,
  updated_at             TEXT NOT NULL,
  updated_by             TEXT NOT NULL
) STRICT;

CREATE TABLE pack_areas (
  id               TEXT PRIMARY KEY,
  pack_id          TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
  area_key         TEXT NOT NULL,
  parent_id        TEXT REFERENCES pack_areas(id) ON DELETE CASCADE,
  title            TEXT NOT NULL,
  kind             TEXT NOT NULL,
  depth            INTEGER NOT NULL,
  sort_order       INTEGER NOT NULL,
  graded           INTEGER NOT NULL,
  grade            TEXT,
  position         TEXT CHECK (position IN ('low', 'secure', 'strong')),
  strengths_json   TEXT NOT NULL DEFAULT '[]',
  development_json TEXT NOT NULL DEFAULT '[]',
  status           TEXT NOT NULL CHECK (status IN ('to_review', 'in_review', 'agreed')),
  updated_at       TEXT NOT NULL,
  updated_by       TEXT NOT NULL,
  UNIQUE (pack_id, area_key)
) STRICT;
CREATE INDEX pack_areas_by_pack ON pack_areas(pack_id, sort_order);

CREATE TABLE narratives (
  area_id    TEXT NOT NULL REFERENCES pack_areas(id) ON DELETE CASCADE,
  section_id TEXT NOT NULL,
  doc_json   TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  PRIMARY KEY (area_id, section_id)
) STRICT;

-- The evidence library is shared across packs; links tie an item to areas of a particular pack.
-- seq is an explicit INTEGER PRIMARY KEY so the rowid the search index points at survives VACUUM
-- (SQLite may renumber implicit rowids when it rebuilds a table).
CREATE TABLE evidence (
  seq            INTEGER PRIMARY KEY,
  id             TEXT NOT NULL UNIQUE,
  reference      TEXT NOT NULL UNIQUE,
  title          TEXT NOT NULL,
  type           TEXT NOT NULL CHECK (type IN ('case_file_audit', 'supervision_audit', 'practice_observation', 'performance_data', 'feedback', 'staff_survey', 'peer_review', 'quality_assurance_report', 'complaints_and_compliments', 'learning_review', 'partnership', 'policy_or_plan', 'other')),
  description    TEXT NOT NULL DEFAULT '',
  owner          TEXT NOT NULL DEFAULT '',
  effective_date TEXT,
  review_due     TEXT,
  source         TEXT NOT NULL DEFAULT '',
  sensitivity    TEXT NOT NULL CHECK (sensitivity IN ('official', 'official_sensitive', 'personal_data')),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  updated_by     TEXT NOT NULL
) STRICT;
CREATE INDEX evidence_by_review_due ON evidence(review_due);

CREATE VIRTUAL TABLE evidence_fts USING fts5(
  reference, title, description, owner, source,
  content = 'evidence', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER evidence_fts_insert AFTER INSERT ON evidence BEGIN
  INSERT INTO evidence_fts(rowid, reference, title, description, owner, source)
  VALUES (new.rowid, new.reference, new.title, new.description, new.owner, new.source);
END;
CREATE TRIGGER evidence_fts_delete AFTER DELETE ON evidence BEGIN
  INSERT INTO evidence_fts(evidence_fts, rowid, reference, title, description, owner, source)
  VALUES ('delete', old.rowid, old.reference, old.title, old.description, old.owner, old.source);
END;
CREATE TRIGGER evidence_fts_update AFTER UPDATE ON evidence BEGIN
  INSERT INTO evidence_fts(evidence_fts, rowid, reference, title, description, owner, source)
  VALUES ('delete', old.rowid, old.reference, old.title, old.description, old.owner, old.source);
  INSERT INTO evidence_fts(rowid, reference, title, description, owner, source)
  VALUES (new.rowid, new.reference, new.title, new.description, new.owner, new.source);
END;

CREATE TABLE attachments (
  id          TEXT PRIMARY KEY,
  evidence_id TEXT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
  file_name   TEXT NOT NULL,
  media_type  TEXT NOT NULL,
  size        INTEGER NOT NULL,
  sha256      TEXT NOT NULL REFERENCES blobs(sha256),
  added_at    TEXT NOT NULL
) STRICT;
CREATE INDEX attachments_by_evidence ON attachments(evidence_id);
CREATE INDEX attachments_by_blob ON attachments(sha256);

CREATE TABLE evidence_links (
  evidence_id TEXT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
  area_id     TEXT NOT NULL REFERENCES pack_areas(id) ON DELETE CASCADE,
  note        TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  PRIMARY KEY (evidence_id, area_id)
) STRICT;
CREATE INDEX evidence_links_by_area ON evidence_links(area_id);

CREATE TABLE actions (
  id                TEXT PRIMARY KEY,
  pack_id           TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
  reference         TEXT NOT NULL,
  title             TEXT NOT NULL,
  owner             TEXT NOT NULL DEFAULT '',
  due_date          TEXT,
  status            TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'complete', 'paused')),
  rag               TEXT NOT NULL CHECK (rag IN ('red', 'amber', 'green', 'blue')),
  area_id           TEXT REFERENCES pack_areas(id) ON DELETE SET NULL,
  recommendation_id TEXT REFERENCES recommendations(id) ON DELETE SET NULL,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  updated_by        TEXT NOT NULL
) STRICT;
CREATE INDEX actions_by_pack ON actions(pack_id);
CREATE INDEX actions_by_area ON actions(area_id);

CREATE TABLE action_notes (
  id         TEXT PRIMARY KEY,
  action_id  TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  date       TEXT NOT NULL,
  text       TEXT NOT NULL,
  author     TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX action_notes_by_action ON action_notes(action_id, date);

-- Who changed what, when, and the values before and after. Append-only, enforced by triggers.
CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL,
  entity      TEXT NOT NULL,
  entity_id   TEXT NOT NULL,
  action      TEXT NOT NULL,
  pack_id     TEXT,
  before_json TEXT,
  after_json  TEXT
) STRICT;
CREATE INDEX audit_by_pack ON audit_log(pack_id, id);
CREATE INDEX audit_by_entity ON audit_log(entity, entity_id, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
  SELECT RAISE(ABORT, 'The audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
  SELECT RAISE(ABORT, 'The audit log is append-only');
END;
`,
};
