// Which database this is. SQLite applies whatever -wal file lies beside a database, even one written for
// another file, so each file gets a random identity and a count of the transactions committed to it; every
// transaction the app commits rewrites this row (Connection.transaction), and src/core/db/wal-guard.ts
// checks at open that a -wal file carries this file's identity before SQLite is allowed to apply it.
//
// Frozen history, like every migration: tests/integration/migrations.test.ts holds this text's checksum.
import type { Migration } from './index';

export const migration006: Migration = {
  version: 6,
  description: 'Database identity, so a -wal file from another database is refused at open',
  sql: `
CREATE TABLE database_identity (
  id       INTEGER PRIMARY KEY CHECK (id = 1),
  identity TEXT NOT NULL,
  commits  INTEGER NOT NULL CHECK (commits >= 0)
) STRICT;

INSERT INTO database_identity (id, identity, commits) VALUES (1, lower(hex(randomblob(16))), 0);
`,
};
