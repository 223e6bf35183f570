// The team database's migrations, one module per version, each the PostgreSQL twin of the SQLite
// migration with the same number in ../ (same tables, columns and meaning, in PostgreSQL's terms).
// Adding a table: write the SQLite migration, then its twin here with the same version, and register
// both; tests/integration/migrations.test.ts checks the two lists match and the two schemas agree.
import type { Migration } from '../index';
import { postgresMigration001 } from './001-initial';
import { postgresMigration002 } from './002-reference-indexes';
import { postgresMigration003 } from './003-indicators';
import { postgresMigration004 } from './004-people-and-review';
import { postgresMigration005 } from './005-record-versions';
import { postgresMigration006 } from './006-database-identity';
import { postgresMigration007 } from './007-inspection-cycle';
import { postgresMigration008 } from './008-word-packs';
import { postgresMigration009 } from './009-links-by-area-covering';
import { postgresMigration010 } from './010-chart-pictures';
import { postgresMigration011 } from './011-audit-actor-names';
import { postgresMigration012 } from './012-linked-review-dates';
import { postgresMigration013 } from './013-search-index-automerge';

export const POSTGRES_MIGRATIONS: Migration[] = [postgresMigration001, postgresMigration002, postgresMigration003, postgresMigration004, postgresMigration005, postgresMigration006, postgresMigration007, postgresMigration008, postgresMigration009, postgresMigration010, postgresMigration011, postgresMigration012, postgresMigration013];
