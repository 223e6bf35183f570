// The search index merges its segments less often. FTS5 writes each transaction's terms as a new segment
// and, by default, merges four segments of a level into one as soon as there are four (automerge = 4):
// with every evidence.create its own transaction, that merging was part of most commits. At 8 it merges
// half as often, in larger steps: the commit of an evidence.create at 20,000 items took 0.35 ms of CPU
// and takes 0.29-0.33; a search reads a few more segments, which did not show in its time (10-12 ms
// either way at 22,000 items). The setting is kept in the index's own config table, so it lasts.
//
// Frozen history, like every migration: its checksum is in tests/integration/migrations.test.ts.
import type { Migration } from './index';

export const migration013: Migration = {
  version: 13,
  description: 'Search index merges its segments less often',
  sql: `
INSERT INTO evidence_fts(evidence_fts, rank) VALUES ('automerge', 8);
`,
};
