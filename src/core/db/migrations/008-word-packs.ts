// Word packs (issue 11): the board paper's own words for each pack, and the council's Word templates,
// one per edition, kept in the database as files so the pack file stays complete.
//
// Frozen history, like every migration: written out literally, never built from live lists, with its
// checksum in tests/integration/migrations.test.ts.
import type { Migration } from './index';

export const migration008: Migration = {
  version: 8,
  description: 'Board paper fields and Word templates',
  sql: `
-- One row for each field of a pack's board paper that the pack gives words of its own for; a field with
-- no row takes the default in settings, or generated words. value_json holds the field's value as JSON.
CREATE TABLE board_paper_fields (
  pack_id    TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
  field      TEXT NOT NULL,
  value_json TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  PRIMARY KEY (pack_id, field)
) STRICT;

-- The council's own Word template (.dotx or .docx) for an edition, as the file the person chose.
CREATE TABLE word_templates (
  edition    TEXT PRIMARY KEY CHECK (edition IN ('self_evaluation', 'board')),
  file_name  TEXT NOT NULL,
  size       INTEGER NOT NULL,
  sha256     TEXT NOT NULL,
  data       BLOB NOT NULL,
  added_at   TEXT NOT NULL,
  added_by   TEXT NOT NULL
) STRICT;
`,
};
