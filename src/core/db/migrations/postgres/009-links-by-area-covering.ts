// SQLite migration 009's index, on PostgreSQL: an area's links with their evidence ids, so counting a
// pack's evidence by area can read the links from the index alone (an index-only scan).
import type { Migration } from '../index';

export const postgresMigration009: Migration = {
  version: 9,
  description: 'Evidence links by area with their evidence ids',
  sql: `
DROP INDEX evidence_links_by_area;
CREATE INDEX evidence_links_by_area ON evidence_links(area_id, evidence_id);
`,
};
