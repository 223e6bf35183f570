// An area's evidence links read from the index alone. Readiness counts a pack's evidence by walking its
// areas' links to the evidence they name: with the link index holding only area_id, every one of the
// links (7,465 in the 5,000-evidence bench pack) was a second read, of the table row, for its evidence
// id. Keyed by area and then evidence id, the index holds both; it replaces the index on area_id alone,
// which every query that used it can use as well (area_id is still its first column).
//
// Frozen history, like every migration: its checksum is in tests/integration/migrations.test.ts.
import type { Migration } from './index';

export const migration009: Migration = {
  version: 9,
  description: 'Evidence links by area with their evidence ids',
  sql: `
DROP INDEX evidence_links_by_area;
CREATE INDEX evidence_links_by_area ON evidence_links(area_id, evidence_id);
`,
};
