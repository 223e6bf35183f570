// SQLite migration 008 (issue 11's board paper fields and Word templates) on PostgreSQL: the same tables,
// columns and checks; the template's file is bytea; text compared or sorted uses the "C" collation and
// every table has a rowid, as in 001. Directors and quality leads write the board paper and choose the
// templates (the roles that may change settings); everyone reads them.
import type { Migration } from '../index';

export const postgresMigration008: Migration = {
  version: 8,
  description: 'Board paper fields and Word templates',
  sql: `
CREATE TABLE board_paper_fields (
  pack_id    text COLLATE "C" NOT NULL REFERENCES packs(id) ON DELETE CASCADE DEFERRABLE,
  field      text COLLATE "C" NOT NULL,
  value_json text NOT NULL,
  updated_at text COLLATE "C" NOT NULL,
  updated_by text COLLATE "C" NOT NULL,
  rowid      bigint GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (pack_id, field)
);

CREATE TABLE word_templates (
  edition    text COLLATE "C" PRIMARY KEY CHECK (edition IN ('self_evaluation', 'board')),
  file_name  text NOT NULL,
  size       bigint NOT NULL,
  sha256     text COLLATE "C" NOT NULL,
  data       bytea NOT NULL,
  added_at   text COLLATE "C" NOT NULL,
  added_by   text COLLATE "C" NOT NULL,
  rowid      bigint GENERATED ALWAYS AS IDENTITY
);

GRANT SELECT ON board_paper_fields, word_templates TO sef_director, sef_quality_lead, sef_author, sef_reader;
GRANT INSERT, UPDATE, DELETE ON board_paper_fields, word_templates TO sef_director, sef_quality_lead;
`,
};
