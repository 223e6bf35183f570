// SQLite migration 007 on PostgreSQL: the inspection cycle. PostgreSQL changes the inspections' type
// constraint in place (SQLite has to rebuild the table), and the new tables get the grants their work
// needs: directors and quality leads keep the kit, the engagement meetings and a pack's framework moves;
// everyone reads them.
import type { Migration } from '../index';

export const postgresMigration007: Migration = {
  version: 7,
  description: 'Inspection cycle: older inspection types, strengths, framework moves, inspection-day kit, engagement meetings',
  sql: `
ALTER TABLE inspections DROP CONSTRAINT inspections_type_check;
ALTER TABLE inspections ADD CONSTRAINT inspections_type_check CHECK (type IN ('standard_inspection', 'short_inspection', 'focused_visit', 'monitoring_visit', 'jtai', 'sif_inspection', 'sccif_inspection', 'cqc_assessment', 'peer_review', 'safeguarding_lac_inspection', 'unannounced_inspection', 'sccif_monitoring_visit'));
ALTER TABLE inspections ADD COLUMN strengths_json text NOT NULL DEFAULT '[]';
ALTER TABLE inspections ADD COLUMN plan_submitted_date text COLLATE "C";

ALTER TABLE evidence ADD COLUMN inspection_id text COLLATE "C" REFERENCES inspections(id) ON DELETE SET NULL DEFERRABLE;
CREATE INDEX evidence_by_inspection ON evidence(inspection_id);

CREATE TABLE framework_moves (
  id                text COLLATE "C" PRIMARY KEY,
  pack_id           text COLLATE "C" NOT NULL REFERENCES packs(id) ON DELETE CASCADE DEFERRABLE,
  from_framework_id text COLLATE "C" NOT NULL,
  to_framework_id   text COLLATE "C" NOT NULL,
  moved_at          text COLLATE "C" NOT NULL,
  moved_by          text COLLATE "C" NOT NULL,
  outcome_json      text NOT NULL,
  before_json       text NOT NULL,
  undone_at         text COLLATE "C",
  undone_by         text COLLATE "C",
  rowid             bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX framework_moves_by_pack ON framework_moves(pack_id, moved_at);

CREATE TABLE kit_items (
  key        text COLLATE "C" PRIMARY KEY,
  section    text COLLATE "C" NOT NULL CHECK (section IN ('annex_a', 'first_days', 'self_evaluation', 'case_tracking')),
  title      text COLLATE "C" NOT NULL,
  due        text NOT NULL DEFAULT '',
  owner      text COLLATE "C" NOT NULL DEFAULT '',
  status     text COLLATE "C" NOT NULL CHECK (status IN ('not_started', 'in_progress', 'ready', 'not_needed')),
  note       text NOT NULL DEFAULT '',
  sort_order integer NOT NULL,
  updated_at text COLLATE "C" NOT NULL,
  updated_by text COLLATE "C" NOT NULL,
  rowid      bigint GENERATED ALWAYS AS IDENTITY
);

CREATE TABLE engagement_meetings (
  id           text COLLATE "C" PRIMARY KEY,
  meeting_date text COLLATE "C" NOT NULL,
  attendees    text NOT NULL DEFAULT '',
  pack_id      text COLLATE "C" REFERENCES packs(id) ON DELETE SET NULL DEFERRABLE,
  pack_version integer,
  sent_json    text NOT NULL DEFAULT '[]',
  notes        text NOT NULL DEFAULT '',
  created_at   text COLLATE "C" NOT NULL,
  updated_at   text COLLATE "C" NOT NULL,
  updated_by   text COLLATE "C" NOT NULL,
  rowid        bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX engagement_meetings_by_date ON engagement_meetings(meeting_date);

GRANT SELECT ON framework_moves, kit_items, engagement_meetings TO sef_director, sef_quality_lead, sef_author, sef_reader;
GRANT INSERT, UPDATE, DELETE ON framework_moves, kit_items, engagement_meetings TO sef_director, sef_quality_lead;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO sef_director, sef_quality_lead, sef_author;
`,
};
