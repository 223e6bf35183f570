// SQLite migration 002's indexes, on PostgreSQL: reference order (E999 before E1000) for the next
// reference and sorted lists, and evidence id with its review date for readiness.
import type { Migration } from '../index';

export const postgresMigration002: Migration = {
  version: 2,
  description: 'Indexes for reference order and evidence freshness',
  sql: `
CREATE INDEX evidence_by_reference_order ON evidence(length(reference), reference);
CREATE INDEX actions_by_reference_order ON actions(pack_id, length(reference), reference);
CREATE INDEX evidence_freshness_by_id ON evidence(id, review_due);
`,
};
