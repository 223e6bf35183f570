// SQLite migration 006 on PostgreSQL: nothing. The identity it adds protects a local file from a -wal
// file written for another one (src/core/db/wal-guard.ts); a server database has no -wal beside it, and
// a local copy of a team database is a new file with an identity of its own.
import type { Migration } from '../index';

export const postgresMigration006: Migration = {
  version: 6,
  description: 'Database identity, so a -wal file from another database is refused at open',
  sql: '',
};
