// SQLite migration 012 (review dates of linked evidence kept for readiness counts) on PostgreSQL: the same
// two relations, with the same columns, as views over evidence_links, pack_areas and evidence. SQLite
// stores them because joining thousands of links to their items one index search at a time was most of
// readiness.get; PostgreSQL joins them by hashing, and a view can never disagree with the tables. The
// views run with the reader's own rights (security_invoker), so row-level security is what it was.
import type { Migration } from '../index';

export const postgresMigration012: Migration = {
  version: 12,
  description: 'Review dates of linked evidence kept for readiness counts',
  sql: `
CREATE VIEW link_review_dates WITH (security_invoker = true) AS
  SELECT l.area_id, l.evidence_id, e.review_due FROM evidence_links l JOIN evidence e ON e.id = l.evidence_id;

CREATE VIEW pack_review_dates WITH (security_invoker = true) AS
  SELECT DISTINCT a.pack_id, l.evidence_id, e.review_due
  FROM evidence_links l JOIN pack_areas a ON a.id = l.area_id JOIN evidence e ON e.id = l.evidence_id;

-- Readiness's search of each item's review date by id, as on SQLite; the joins above hash instead.
DROP INDEX evidence_freshness_by_id;

GRANT SELECT ON link_review_dates, pack_review_dates TO sef_director, sef_quality_lead, sef_author, sef_reader;
`,
};
