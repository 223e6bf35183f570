// Issue 8, the inspection cycle: inspection types for the 2009–2013 regime and SCCIF monitoring visits
// (which rebuilds the inspections table, since SQLite cannot change a CHECK constraint in place),
// inspections' strengths and the date their action plan went to Ofsted, evidence that comes from an
// inspection or visit letter, moves of a pack onto a successor framework (kept so they can be undone and
// so nothing they could not carry is lost), the inspection-day kit, and annual engagement meetings.
//
// Frozen history, like every released migration: literal SQL, never built from the live lists.
import type { Migration } from './index';

export const migration007: Migration = {
  version: 7,
  description: 'Inspection cycle: older inspection types, strengths, framework moves, inspection-day kit, engagement meetings',
  // Rebuilding a table that others refer to needs foreign key enforcement off (SQLite's documented way);
  // the runner checks every reference before it commits.
  foreignKeysOff: true,
  sql: `
CREATE TABLE inspections_rebuilt (
  id                  TEXT PRIMARY KEY,
  type                TEXT NOT NULL CHECK (type IN ('standard_inspection', 'short_inspection', 'focused_visit', 'monitoring_visit', 'jtai', 'sif_inspection', 'sccif_inspection', 'cqc_assessment', 'peer_review', 'safeguarding_lac_inspection', 'unannounced_inspection', 'sccif_monitoring_visit')),
  title               TEXT NOT NULL,
  start_date          TEXT NOT NULL,
  end_date            TEXT,
  published_date      TEXT,
  framework_id        TEXT,
  report_reference    TEXT NOT NULL DEFAULT '',
  summary             TEXT NOT NULL DEFAULT '',
  -- What the report found to be strong, as a JSON list of sentences.
  strengths_json      TEXT NOT NULL DEFAULT '[]',
  -- When the council sent Ofsted its action plan (or draft plan) after this inspection or visit.
  plan_submitted_date TEXT,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL
) STRICT;
INSERT INTO inspections_rebuilt (id, type, title, start_date, end_date, published_date, framework_id, report_reference,
  summary, created_at, updated_at)
SELECT id, type, title, start_date, end_date, published_date, framework_id, report_reference, summary, created_at, updated_at
FROM inspections;
DROP TABLE inspections;
ALTER TABLE inspections_rebuilt RENAME TO inspections;

-- The inspection report or visit letter an evidence item comes from.
ALTER TABLE evidence ADD COLUMN inspection_id TEXT REFERENCES inspections(id) ON DELETE SET NULL;
CREATE INDEX evidence_by_inspection ON evidence(inspection_id);

-- A pack moved onto the framework that superseded its own.
CREATE TABLE framework_moves (
  id                TEXT PRIMARY KEY,
  pack_id           TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
  from_framework_id TEXT NOT NULL,
  to_framework_id   TEXT NOT NULL,
  moved_at          TEXT NOT NULL,
  moved_by          TEXT NOT NULL,
  -- What was carried and, with its content, everything that could not be.
  outcome_json      TEXT NOT NULL,
  -- The pack as it was before the move (framework, areas, narratives, links, actions' areas), to undo it.
  before_json       TEXT NOT NULL,
  undone_at         TEXT,
  undone_by         TEXT
) STRICT;
CREATE INDEX framework_moves_by_pack ON framework_moves(pack_id, moved_at);

-- The inspection-day kit: what the council produces when Ofsted calls, who prepares it and how far it has
-- got. Never the lists' contents: Annex A is child-level data and stays in the case management system.
CREATE TABLE kit_items (
  key        TEXT PRIMARY KEY,
  section    TEXT NOT NULL CHECK (section IN ('annex_a', 'first_days', 'self_evaluation', 'case_tracking')),
  title      TEXT NOT NULL,
  due        TEXT NOT NULL DEFAULT '',
  owner      TEXT NOT NULL DEFAULT '',
  status     TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'ready', 'not_needed')),
  note       TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;

-- Ofsted's annual engagement meeting: when, with whom, what is sent and when, and the self-evaluation shared.
CREATE TABLE engagement_meetings (
  id           TEXT PRIMARY KEY,
  meeting_date TEXT NOT NULL,
  attendees    TEXT NOT NULL DEFAULT '',
  pack_id      TEXT REFERENCES packs(id) ON DELETE SET NULL,
  pack_version INTEGER,
  sent_json    TEXT NOT NULL DEFAULT '[]',
  notes        TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  updated_by   TEXT NOT NULL
) STRICT;
CREATE INDEX engagement_meetings_by_date ON engagement_meetings(meeting_date);
`,
};
