// SQLite migration 003 (issue 12's performance indicators and their figures) on PostgreSQL: the same
// tables, columns and checks; REAL is double precision; text compared or sorted uses the "C" collation
// and every table has a rowid, as in 001.
import type { Migration } from '../index';

export const postgresMigration003: Migration = {
  version: 3,
  description: 'Performance indicators and their figures',
  sql: `
CREATE TABLE indicators (
  id                   text COLLATE "C" PRIMARY KEY,
  origin               text COLLATE "C" NOT NULL CHECK (origin IN ('library', 'own')),
  title                text COLLATE "C" NOT NULL,
  short_title          text COLLATE "C" NOT NULL,
  definition           text NOT NULL,
  definition_guidance  integer NOT NULL CHECK (definition_guidance IN (0, 1)),
  unit                 text COLLATE "C" NOT NULL CHECK (unit IN ('percentage', 'rate_per_10000', 'count', 'days', 'weeks')),
  polarity             text COLLATE "C" NOT NULL CHECK (polarity IN ('higher_is_better', 'lower_is_better', 'neither')),
  decimals             integer NOT NULL CHECK (decimals BETWEEN 0 AND 3),
  areas_json           text NOT NULL DEFAULT '[]',
  source_json          text,
  created_at           text COLLATE "C" NOT NULL,
  updated_at           text COLLATE "C" NOT NULL,
  updated_by           text COLLATE "C" NOT NULL,
  rowid                bigint GENERATED ALWAYS AS IDENTITY
);

CREATE TABLE indicator_values (
  id              text COLLATE "C" PRIMARY KEY,
  indicator_id    text COLLATE "C" NOT NULL,
  comparator      text COLLATE "C" NOT NULL CHECK (comparator IN ('council', 'england', 'region', 'statistical_neighbours', 'named')),
  comparator_name text COLLATE "C" NOT NULL DEFAULT '',
  comparator_key  text COLLATE "C" NOT NULL DEFAULT '',
  period_kind     text COLLATE "C" NOT NULL CHECK (period_kind IN ('quarter', 'financial_year', 'academic_year', 'calendar_year', 'as_at')),
  period_start    text COLLATE "C" NOT NULL,
  period_end      text COLLATE "C" NOT NULL,
  value           double precision NOT NULL,
  source          text NOT NULL,
  extracted_on    text COLLATE "C" NOT NULL,
  note            text NOT NULL DEFAULT '',
  created_at      text COLLATE "C" NOT NULL,
  updated_at      text COLLATE "C" NOT NULL,
  updated_by      text COLLATE "C" NOT NULL,
  rowid           bigint GENERATED ALWAYS AS IDENTITY,
  UNIQUE (indicator_id, comparator, comparator_key, period_kind, period_end)
);
CREATE INDEX indicator_values_by_period ON indicator_values(period_end);
`,
};
