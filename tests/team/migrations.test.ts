// Migrations are versioned per engine: every SQLite migration has a PostgreSQL twin with the same version,
// and after each version the two schemas hold the same tables with the same columns. A new table added to
// one engine only fails here, saying which.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/core/db/migrations';
import { POSTGRES_MIGRATIONS } from '../../src/core/db/migrations/postgres';
import { openDatabase } from '../../src/core/db/open';
import { migrateTeamDatabase, openTeamDatabase } from '../../src/core/db/postgres';
import { adminQuery, clusterAdminUrl, databaseUrl } from '../support/postgres-databases';
import { tempDir } from '../support/tempdb';

/** Columns each engine has for its own reasons: SQLite's rowid is implicit; PostgreSQL's search vector. */
const ENGINE_ONLY_COLUMNS = new Set(['rowid', 'search']);
/**
 * SQLite's FTS5 index tables and a local file's identity (its -wal guard); PostgreSQL's record of the
 * migrations applied, a team's members and who is where.
 */
const ENGINE_ONLY_TABLE = /^(evidence_fts.*|database_identity|schema_version|members|presence)$/;

type Schema = Record<string, string[]>;

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

async function sqliteSchema(version: number): Promise<Schema> {
  const { dir, cleanup } = await tempDir();
  cleanups.push(cleanup);
  const db = await openDatabase(join(dir, 'v.sqlite'), { migrations: MIGRATIONS.filter((m) => m.version <= version) });
  try {
    const tables = await db.all<{ name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    const schema: Schema = {};
    for (const { name } of tables.filter((t) => !ENGINE_ONLY_TABLE.test(t.name)))
      schema[name] = (await db.all<{ name: string }>(`SELECT name FROM pragma_table_info('${name}')`)).map((c) => c.name).sort();
    return schema;
  } finally {
    await db.close();
  }
}

async function postgresSchema(version: number): Promise<Schema> {
  const name = `sef_migrations_${version}_${process.pid}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  cleanups.push(async () => void (await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)));
  const db = await openTeamDatabase(databaseUrl(clusterAdminUrl(), name), { administrator: true });
  try {
    await migrateTeamDatabase(db, POSTGRES_MIGRATIONS.filter((m) => m.version <= version));
    const columns = await db.all<{ table_name: string; column_name: string }>(
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'",
    );
    const schema: Schema = {};
    for (const c of columns)
      if (!ENGINE_ONLY_TABLE.test(c.table_name) && !ENGINE_ONLY_COLUMNS.has(c.column_name))
        (schema[c.table_name] ??= []).push(c.column_name);
    for (const list of Object.values(schema)) list.sort();
    return schema;
  } finally {
    await db.close();
  }
}

describe('migrations on both engines', () => {
  it('has a PostgreSQL twin for every SQLite migration, with the same version and description', () => {
    expect(
      POSTGRES_MIGRATIONS.map((m) => `${m.version} ${m.description}`),
      'each SQLite migration in src/core/db/migrations needs its twin in src/core/db/migrations/postgres',
    ).toEqual(MIGRATIONS.map((m) => `${m.version} ${m.description}`));
  });

  it.each(MIGRATIONS.map((m) => m.version))('gives the same tables and columns on both engines at version %i', async (version) => {
    const [sqlite, postgres] = [await sqliteSchema(version), await postgresSchema(version)];
    expect(postgres, `the PostgreSQL schema after migration ${version} should hold what the SQLite one does`).toEqual(sqlite);
  });

  // Released PostgreSQL migrations are frozen history, like the SQLite ones (tests/integration/migrations.test.ts).
  const RELEASED: Record<number, string> = {
    1: 'e6f821e06ed5d562aef25bb3c705592d482c83b2ff06c3bb2556683009cbf5df',
    2: '7ab13504ee7e8996da448595733d30ef8d5b5d5d73eb1a36fa575ee0e4e43ca9',
    3: '9a9535afb320460418cbcb0c8849188b381c5836a0e92796949b7466ece67bcf',
    4: 'a6d598214ce195200b6088ca13efd6e01c63452d992ea3886cb0b46d874c2334',
    5: '0ffd2a6bb301e44f34bb3eac86d5e288b0e1cbd208f7c5399bfc52309a741424',
    6: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    7: 'c508dd9448aeb3b0f8e3370332408edfe2875d0c0bd9794976d996062fd4c9ae',
    8: '42bb7e28329670c20acfc922867304a34305c7a60a77adab5d779e8e71dcf959',
    9: '561e32a941d7e2f9b254bc627a3ad8e222ce5678bb3517e773bf131fe16f5eb0',
    10: '2b3e12046ee419729c90fbf6808fd0683197ce2df1b220c22bd27f1a2780b430',
    11: 'a711d8502dedc9b87621d5256f130764caebb345bf29739ea9a690aab966fc2e',
    12: '912aeb31face8ac4d060509ada492f6e7aaf580a674d6f521b3abb5dbe215004',
    13: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  };

  it('never change once released', () => {
    for (const m of POSTGRES_MIGRATIONS)
      expect(createHash('sha256').update(m.sql).digest('hex'), `PostgreSQL migration ${m.version} (${m.description})`).toBe(RELEASED[m.version]);
  });
});
