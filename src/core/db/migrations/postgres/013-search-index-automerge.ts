// SQLite migration 013 on PostgreSQL: nothing. It tunes how SQLite's FTS5 index merges its segments;
// PostgreSQL's search column has a GIN index, which keeps its own pending list and needs no setting here.
import type { Migration } from '../index';

export const postgresMigration013: Migration = {
  version: 13,
  description: 'Search index merges its segments less often',
  sql: '',
};
