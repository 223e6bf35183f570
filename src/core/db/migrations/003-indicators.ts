// Performance indicators (issue 12): the organisation's own indicators and its rewordings of the
// library's, and the figures for each period for the council and its comparators. The library itself
// ships with the app (resources/indicators) and is not stored, as built-in frameworks are not.
//
// Frozen history, like every migration: written out literally, never built from live lists, with its
// checksum in tests/integration/migrations.test.ts.
import type { Migration } from './index';

export const migration003: Migration = {
  version: 3,
  description: 'Performance indicators and their figures',
  sql: `
-- 'own' rows are indicators the organisation added; 'library' rows hold the organisation's own wording of
-- a library indicator (its definition, titles or areas), which then replaces the library's.
CREATE TABLE indicators (
  id                   TEXT PRIMARY KEY,
  origin               TEXT NOT NULL CHECK (origin IN ('library', 'own')),
  title                TEXT NOT NULL,
  short_title          TEXT NOT NULL,
  definition           TEXT NOT NULL,
  definition_guidance  INTEGER NOT NULL CHECK (definition_guidance IN (0, 1)),
  unit                 TEXT NOT NULL CHECK (unit IN ('percentage', 'rate_per_10000', 'count', 'days', 'weeks')),
  polarity             TEXT NOT NULL CHECK (polarity IN ('higher_is_better', 'lower_is_better', 'neither')),
  decimals             INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 3),
  areas_json           TEXT NOT NULL DEFAULT '[]',
  source_json          TEXT,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  updated_by           TEXT NOT NULL
) STRICT;

-- One figure: an indicator, whose figure it is (the council's or a comparator's), the period it covers,
-- where it came from and when it was extracted. indicator_id names a library or an own indicator, so it
-- has no foreign key; the services delete an own indicator's figures with it. comparator_name is '' except
-- for a named comparator, and is stored trimmed with the case the person gave; the services match it
-- without regard to case.
CREATE TABLE indicator_values (
  id              TEXT PRIMARY KEY,
  indicator_id    TEXT NOT NULL,
  comparator      TEXT NOT NULL CHECK (comparator IN ('council', 'england', 'region', 'statistical_neighbours', 'named')),
  comparator_name TEXT NOT NULL DEFAULT '',
  comparator_key  TEXT NOT NULL DEFAULT '',
  period_kind     TEXT NOT NULL CHECK (period_kind IN ('quarter', 'financial_year', 'academic_year', 'calendar_year', 'as_at')),
  period_start    TEXT NOT NULL,
  period_end      TEXT NOT NULL,
  value           REAL NOT NULL,
  source          TEXT NOT NULL,
  extracted_on    TEXT NOT NULL,
  note            TEXT NOT NULL DEFAULT '',
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  updated_by      TEXT NOT NULL,
  UNIQUE (indicator_id, comparator, comparator_key, period_kind, period_end)
) STRICT;
CREATE INDEX indicator_values_by_period ON indicator_values(period_end);
`,
};
