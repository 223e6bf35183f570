// The first schema for a team database on PostgreSQL: the same tables, columns, keys and constraints as
// the SQLite file's migration 001, in PostgreSQL's own terms. What differs, and why:
// - Every table has a `rowid` identity column, standing for SQLite's own rowid, so "in the order added"
//   is spelt the same in the core's SQL on both engines.
// - Text that is compared or sorted uses the "C" collation: byte order, as in SQLite, so lists sort the
//   same on both engines whatever the server's locale.
// - Full-text search is a stored tsvector and a GIN index, in place of FTS5 and its triggers: the English
//   configuration (stemming, stop words) with accents folded (unaccent), as FTS5's remove_diacritics
//   does, so "cafe" finds "Café".
// - Foreign keys are DEFERRABLE (checked at once unless a transaction defers them), for import.
// - The audit log refuses UPDATE and DELETE with a trigger, as in SQLite; the roles' grants add that no app
//   role may even ask.
// Frozen history, like every migration: tests/integration/migrations.test.ts holds its checksum.
import type { Migration } from '../index';

export const postgresMigration001: Migration = {
  version: 1,
  description: 'Initial schema',
  sql: `
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION sef_english (COPY = english);
ALTER TEXT SEARCH CONFIGURATION sef_english ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

CREATE TABLE settings (
  key   text COLLATE "C" PRIMARY KEY,
  value text NOT NULL,
  rowid bigint GENERATED ALWAYS AS IDENTITY
);

CREATE TABLE blobs (
  sha256 text COLLATE "C" PRIMARY KEY,
  size   bigint NOT NULL,
  data   bytea NOT NULL,
  rowid  bigint GENERATED ALWAYS AS IDENTITY
);

CREATE TABLE frameworks (
  id          text COLLATE "C" PRIMARY KEY,
  json        text NOT NULL,
  imported_at text COLLATE "C" NOT NULL,
  rowid       bigint GENERATED ALWAYS AS IDENTITY
);

CREATE TABLE inspections (
  id               text COLLATE "C" PRIMARY KEY,
  type             text COLLATE "C" NOT NULL CHECK (type IN ('standard_inspection', 'short_inspection', 'focused_visit', 'monitoring_visit', 'jtai', 'sif_inspection', 'sccif_inspection', 'cqc_assessment', 'peer_review')),
  title            text COLLATE "C" NOT NULL,
  start_date       text COLLATE "C" NOT NULL,
  end_date         text COLLATE "C",
  published_date   text COLLATE "C",
  framework_id     text COLLATE "C",
  report_reference text COLLATE "C" NOT NULL DEFAULT '',
  summary          text NOT NULL DEFAULT '',
  created_at       text COLLATE "C" NOT NULL,
  updated_at       text COLLATE "C" NOT NULL,
  rowid            bigint GENERATED ALWAYS AS IDENTITY
);

CREATE TABLE inspection_grades (
  inspection_id text COLLATE "C" NOT NULL REFERENCES inspections(id) ON DELETE CASCADE DEFERRABLE,
  area_key      text COLLATE "C" NOT NULL,
  area_title    text COLLATE "C" NOT NULL,
  grade         text COLLATE "C" NOT NULL,
  rowid         bigint GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (inspection_id, area_key)
);

CREATE TABLE recommendations (
  id            text COLLATE "C" PRIMARY KEY,
  inspection_id text COLLATE "C" NOT NULL REFERENCES inspections(id) ON DELETE CASCADE DEFERRABLE,
  reference     text COLLATE "C" NOT NULL DEFAULT '',
  kind          text COLLATE "C" NOT NULL CHECK (kind IN ('recommendation', 'area_for_improvement', 'area_for_priority_action')),
  text          text NOT NULL,
  area_key      text COLLATE "C",
  status        text COLLATE "C" NOT NULL CHECK (status IN ('open', 'in_progress', 'met', 'closed')),
  progress      text NOT NULL DEFAULT '',
  sort_order    integer NOT NULL,
  updated_at    text COLLATE "C" NOT NULL,
  rowid         bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX recommendations_by_inspection ON recommendations(inspection_id, sort_order);

CREATE TABLE packs (
  id                     text COLLATE "C" PRIMARY KEY,
  title                  text COLLATE "C" NOT NULL,
  framework_id           text COLLATE "C" NOT NULL,
  framework_json         text NOT NULL,
  period                 text COLLATE "C" NOT NULL,
  as_at                  text COLLATE "C" NOT NULL,
  status                 text COLLATE "C" NOT NULL CHECK (status IN ('draft', 'in_review', 'approved')),
  approved_by            text COLLATE "C",
  approved_at            text COLLATE "C",
  previous_pack_id       text COLLATE "C" REFERENCES packs(id) ON DELETE SET NULL DEFERRABLE,
  baseline_inspection_id text COLLATE "C" REFERENCES inspections(id) ON DELETE SET NULL DEFERRABLE,
  context_json           text NOT NULL,
  board_asks_json        text NOT NULL,
  version                integer NOT NULL DEFAULT 1,
  created_at             text COLLATE "C" NOT NULL,
  updated_at             text COLLATE "C" NOT NULL,
  updated_by             text COLLATE "C" NOT NULL,
  rowid                  bigint GENERATED ALWAYS AS IDENTITY
);

CREATE TABLE pack_areas (
  id               text COLLATE "C" PRIMARY KEY,
  pack_id          text COLLATE "C" NOT NULL REFERENCES packs(id) ON DELETE CASCADE DEFERRABLE,
  area_key         text COLLATE "C" NOT NULL,
  parent_id        text COLLATE "C" REFERENCES pack_areas(id) ON DELETE CASCADE DEFERRABLE,
  title            text COLLATE "C" NOT NULL,
  kind             text COLLATE "C" NOT NULL,
  depth            integer NOT NULL,
  sort_order       integer NOT NULL,
  graded           integer NOT NULL,
  grade            text COLLATE "C",
  position         text COLLATE "C" CHECK (position IN ('low', 'secure', 'strong')),
  strengths_json   text NOT NULL DEFAULT '[]',
  development_json text NOT NULL DEFAULT '[]',
  status           text COLLATE "C" NOT NULL CHECK (status IN ('to_review', 'in_review', 'agreed')),
  updated_at       text COLLATE "C" NOT NULL,
  updated_by       text COLLATE "C" NOT NULL,
  rowid            bigint GENERATED ALWAYS AS IDENTITY,
  UNIQUE (pack_id, area_key)
);
CREATE INDEX pack_areas_by_pack ON pack_areas(pack_id, sort_order);

CREATE TABLE narratives (
  area_id    text COLLATE "C" NOT NULL REFERENCES pack_areas(id) ON DELETE CASCADE DEFERRABLE,
  section_id text COLLATE "C" NOT NULL,
  doc_json   text NOT NULL,
  updated_at text COLLATE "C" NOT NULL,
  updated_by text COLLATE "C" NOT NULL,
  rowid      bigint GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (area_id, section_id)
);

CREATE TABLE evidence (
  seq            bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  id             text COLLATE "C" NOT NULL UNIQUE,
  reference      text COLLATE "C" NOT NULL UNIQUE,
  title          text COLLATE "C" NOT NULL,
  type           text COLLATE "C" NOT NULL CHECK (type IN ('case_file_audit', 'supervision_audit', 'practice_observation', 'performance_data', 'feedback', 'staff_survey', 'peer_review', 'quality_assurance_report', 'complaints_and_compliments', 'learning_review', 'partnership', 'policy_or_plan', 'other')),
  description    text NOT NULL DEFAULT '',
  owner          text COLLATE "C" NOT NULL DEFAULT '',
  effective_date text COLLATE "C",
  review_due     text COLLATE "C",
  source         text COLLATE "C" NOT NULL DEFAULT '',
  sensitivity    text COLLATE "C" NOT NULL CHECK (sensitivity IN ('official', 'official_sensitive', 'personal_data')),
  created_at     text COLLATE "C" NOT NULL,
  updated_at     text COLLATE "C" NOT NULL,
  updated_by     text COLLATE "C" NOT NULL,
  rowid          bigint GENERATED ALWAYS AS IDENTITY,
  search         tsvector GENERATED ALWAYS AS (
    to_tsvector('sef_english', reference || ' ' || title || ' ' || description || ' ' || owner || ' ' || source)
  ) STORED
);
CREATE INDEX evidence_by_review_due ON evidence(review_due);
CREATE INDEX evidence_search ON evidence USING gin (search);

CREATE TABLE attachments (
  id          text COLLATE "C" PRIMARY KEY,
  evidence_id text COLLATE "C" NOT NULL REFERENCES evidence(id) ON DELETE CASCADE DEFERRABLE,
  file_name   text COLLATE "C" NOT NULL,
  media_type  text COLLATE "C" NOT NULL,
  size        bigint NOT NULL,
  sha256      text COLLATE "C" NOT NULL REFERENCES blobs(sha256) DEFERRABLE,
  added_at    text COLLATE "C" NOT NULL,
  rowid       bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX attachments_by_evidence ON attachments(evidence_id);
CREATE INDEX attachments_by_blob ON attachments(sha256);

CREATE TABLE evidence_links (
  evidence_id text COLLATE "C" NOT NULL REFERENCES evidence(id) ON DELETE CASCADE DEFERRABLE,
  area_id     text COLLATE "C" NOT NULL REFERENCES pack_areas(id) ON DELETE CASCADE DEFERRABLE,
  note        text NOT NULL DEFAULT '',
  created_at  text COLLATE "C" NOT NULL,
  rowid       bigint GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (evidence_id, area_id)
);
CREATE INDEX evidence_links_by_area ON evidence_links(area_id);

CREATE TABLE actions (
  id                text COLLATE "C" PRIMARY KEY,
  pack_id           text COLLATE "C" NOT NULL REFERENCES packs(id) ON DELETE CASCADE DEFERRABLE,
  reference         text COLLATE "C" NOT NULL,
  title             text COLLATE "C" NOT NULL,
  owner             text COLLATE "C" NOT NULL DEFAULT '',
  due_date          text COLLATE "C",
  status            text COLLATE "C" NOT NULL CHECK (status IN ('not_started', 'in_progress', 'complete', 'paused')),
  rag               text COLLATE "C" NOT NULL CHECK (rag IN ('red', 'amber', 'green', 'blue')),
  area_id           text COLLATE "C" REFERENCES pack_areas(id) ON DELETE SET NULL DEFERRABLE,
  recommendation_id text COLLATE "C" REFERENCES recommendations(id) ON DELETE SET NULL DEFERRABLE,
  created_at        text COLLATE "C" NOT NULL,
  updated_at        text COLLATE "C" NOT NULL,
  updated_by        text COLLATE "C" NOT NULL,
  rowid             bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX actions_by_pack ON actions(pack_id);
CREATE INDEX actions_by_area ON actions(area_id);

CREATE TABLE action_notes (
  id         text COLLATE "C" PRIMARY KEY,
  action_id  text COLLATE "C" NOT NULL REFERENCES actions(id) ON DELETE CASCADE DEFERRABLE,
  date       text COLLATE "C" NOT NULL,
  text       text NOT NULL,
  author     text COLLATE "C" NOT NULL,
  created_at text COLLATE "C" NOT NULL,
  rowid      bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX action_notes_by_action ON action_notes(action_id, date);

CREATE TABLE audit_log (
  id          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  at          text COLLATE "C" NOT NULL,
  actor       text COLLATE "C" NOT NULL,
  entity      text COLLATE "C" NOT NULL,
  entity_id   text COLLATE "C" NOT NULL,
  action      text NOT NULL,
  pack_id     text COLLATE "C",
  before_json text,
  after_json  text,
  rowid       bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX audit_by_pack ON audit_log(pack_id, id);
CREATE INDEX audit_by_entity ON audit_log(entity, entity_id, id);
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
`,
};
