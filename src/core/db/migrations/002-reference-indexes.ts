// Indexes for speed. In reference order (length, then text: E999 before E1000), so the next reference is
// found by reading a few index entries from the end instead of every row, and lists sorted by reference
// read the index in order. Evidence id with its review date, so readiness counts an area's fresh and
// out-of-date evidence from the index alone. Frozen history, like every migration.
import type { Migration } from './index';

export const migration002: Migration = {
  version: 2,
  description: 'Indexes for reference order and evidence freshness',
  sql: `
CREATE INDEX evidence_by_reference_order ON evidence(length(reference), reference);
CREATE INDEX actions_by_reference_order ON actions(pack_id, length(reference), reference);
CREATE INDEX evidence_freshness_by_id ON evidence(id, review_due);
`,
};
