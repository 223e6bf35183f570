// Migrations are ordered modules bundled with the app; PRAGMA user_version records the last one applied.
// Versions only go up. To change the schema, add a module with the next version and a test for it.
import { migration001 } from './001-initial';
import { migration002 } from './002-reference-indexes';
import { migration003 } from './003-indicators';
import { migration004 } from './004-people-and-review';
import { migration005 } from './005-record-versions';
import { migration006 } from './006-database-identity';
import { migration007 } from './007-inspection-cycle';
import { migration008 } from './008-word-packs';
import { migration009 } from './009-links-by-area-covering';
import { migration010 } from './010-chart-pictures';
import { migration011 } from './011-audit-actor-names';
import { migration012 } from './012-linked-review-dates';
import { migration013 } from './013-search-index-automerge';

export interface Migration {
  version: number;
  description: string;
  sql: string;
  /**
   * Runs with foreign key enforcement off, as SQLite's way of rebuilding a table that others refer to
   * needs (dropping the old table would otherwise cascade to its children). The runner checks every
   * reference before it commits, so a migration cannot leave one dangling. (SQLite only: PostgreSQL
   * changes a constraint in place.)
   */
  foreignKeysOff?: boolean;
}

export const MIGRATIONS: Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011, migration012, migration013];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
