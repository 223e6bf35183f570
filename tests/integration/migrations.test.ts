// The migration runner, with synthetic migration lists: migrations run in order, one transaction each,
// user_version records the last one applied, a copy is taken before an existing file is migrated, and a
// failing migration rolls back leaving the file at the version it had.
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Connection } from '../../src/core/db/connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from '../../src/core/db/migrations';
import { coreContext } from '../../src/core/context';
import { populateLargePack } from '../../src/core/demo/large';
import { APPLICATION_ID, inspectDatabase, openDatabase, openDatabaseReadOnly } from '../../src/core/db/open';
import {
  ACTION_STATUSES, AREA_STATUSES, EVIDENCE_TYPES, EXPORT_EDITIONS, GRADE_POSITIONS, INSPECTION_TYPES, KIT_SECTIONS,
  KIT_STATUSES, PACK_STATUSES, RAGS, RECOMMENDATION_KINDS, RECOMMENDATION_STATUSES, SENSITIVITIES,
} from '../../src/shared/domain';
import { COMPARATORS, INDICATOR_UNITS, PERIOD_KINDS, POLARITIES } from '../../src/shared/indicators/vocabulary';
import { expectKeptReviewDatesAgree } from '../support/review-dates';
import { FIXED_NOW, tempDir } from '../support/tempdb';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups) await c();
  cleanups = [];
});
async function dir(): Promise<string> {
  const t = await tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

const m1: Migration = {
  version: 1,
  description: 'Start a log',
  sql: "CREATE TABLE log (step INTEGER NOT NULL) STRICT; INSERT INTO log VALUES (1); CREATE TABLE notes (text TEXT) STRICT; INSERT INTO notes VALUES ('kept');",
};
const m2: Migration = {
  version: 2,
  description: 'Second step',
  sql: 'INSERT INTO log VALUES (2); ALTER TABLE notes ADD COLUMN author TEXT;',
};
const m3: Migration = {
  version: 3,
  description: 'Third step',
  sql: 'INSERT INTO log VALUES (3); CREATE TABLE extra (x INTEGER) STRICT;',
};
/** Does some work, then fails part-way through. */
const broken: Migration = {
  version: 3,
  description: 'Fails half-way',
  sql: 'CREATE TABLE half_done (x INTEGER) STRICT; INSERT INTO log VALUES (3); INSERT INTO no_such_table VALUES (1);',
};

async function version(db: Connection): Promise<number> {
  return (await db.get<{ user_version: number }>('PRAGMA user_version'))!.user_version;
}
async function steps(db: Connection): Promise<number[]> {
  return (await db.all<{ step: number }>('SELECT step FROM log ORDER BY rowid')).map((r) => r.step);
}

describe('the migration runner', () => {
  it('applies every migration in order to a new file, recording the version and our application id', async () => {
    const path = join(await dir(), 'new.sqlite');
    const db = await openDatabase(path, { migrations: [m1, m2, m3] });
    expect(await version(db)).toBe(3);
    expect(await steps(db)).toEqual([1, 2, 3]);
    expect((await db.get<{ application_id: number }>('PRAGMA application_id'))!.application_id).toBe(APPLICATION_ID);
    await db.close();
  });

  it('applies only the migrations a file has not had yet', async () => {
    const folder = await dir();
    const path = join(folder, 'pack.sqlite');
    await (await openDatabase(path, { migrations: [m1] })).close();
    const db = await openDatabase(path, { migrations: [m1, m2, m3], backupPath: () => join(folder, 'before.bak') });
    expect(await version(db)).toBe(3);
    expect(await steps(db)).toEqual([1, 2, 3]);
    await db.close();
    // Opening again at the same version changes nothing and takes no further copy.
    const again = await openDatabase(path, { migrations: [m1, m2, m3] });
    expect(await steps(again)).toEqual([1, 2, 3]);
    await again.close();
    expect((await readdir(folder)).filter((f) => f.endsWith('.bak'))).toEqual(['before.bak']);
  });

  it('takes a copy of an existing older file before migrating it', async () => {
    const folder = await dir();
    const path = join(folder, 'pack.sqlite');
    const old = await openDatabase(path, { migrations: [m1] });
    await old.run("INSERT INTO notes VALUES ('written at version 1')");
    await old.close();

    const seen: [number, number][] = [];
    const copy = join(folder, 'copy-before-v2.sqlite');
    const db = await openDatabase(path, {
      migrations: [m1, m2],
      backupPath: (from, to) => {
        seen.push([from, to]);
        return copy;
      },
    });
    expect(seen).toEqual([[1, 2]]);
    expect(await version(db)).toBe(2);
    await db.close();

    // The copy is the file as it was: version 1, with its data and without version 2's column.
    expect((await inspectDatabase(copy, 2)).schemaVersion).toBe(1);
    const backup = await openDatabaseReadOnly(copy);
    expect(await backup.all('SELECT * FROM notes ORDER BY rowid')).toEqual([
      { text: 'kept' },
      { text: 'written at version 1' },
    ]);
    await backup.close();
  });

  it('puts the copy beside the file by default, named with the version it had', async () => {
    const folder = await dir();
    const path = join(folder, 'pack.sqlite');
    await (await openDatabase(path, { migrations: [m1] })).close();
    await (await openDatabase(path, { migrations: [m1, m2] })).close();
    expect((await readdir(folder)).filter((f) => f.endsWith('.bak'))).toEqual([
      expect.stringMatching(/^pack\.sqlite\.v1-\d{4}-\d\d-\d\dT[\d-]+Z\.bak$/),
    ]);
  });

  it('rolls a failing migration back whole, leaving the file at the version it had', async () => {
    const folder = await dir();
    const path = join(folder, 'pack.sqlite');
    await (await openDatabase(path, { migrations: [m1, m2] })).close();

    await expect(
      openDatabase(path, { migrations: [m1, m2, broken], backupPath: () => join(folder, 'safety.bak') }),
    ).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringMatching(/could not be updated to database version 3 \(fails half-way\): SQLITE_ERROR\. The file is as it was before/),
    });

    const db = await openDatabase(path, { migrations: [m1, m2] });
    expect(await version(db)).toBe(2);
    expect(await steps(db)).toEqual([1, 2]);
    expect(await db.get("SELECT name FROM sqlite_schema WHERE name = 'half_done'")).toBeUndefined();
    await db.close();
    // The copy taken before the attempt is there for the user too.
    expect(await readdir(folder)).toContain('safety.bak');
  });

  it('refuses a file newer than the migrations it knows, leaving it alone', async () => {
    const path = join(await dir(), 'pack.sqlite');
    await (await openDatabase(path, { migrations: [m1, m2, m3] })).close();
    await expect(openDatabase(path, { migrations: [m1, m2] })).rejects.toMatchObject({
      code: 'database_newer',
      message: expect.stringMatching(/database version 3; this app reads up to 2/),
    });
  });

  it("keeps the app's own migrations numbered 1, 2, 3… with LATEST_SCHEMA_VERSION the last", () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
    for (const m of MIGRATIONS) expect(m.description.trim()).not.toBe('');
  });
});

// Issue 7: migrations are frozen history. A released migration's SQL never changes (its checksum is
// recorded here when it is released), a file migrated from any earlier version ends up exactly like a
// new one, and every value the app offers for an enumerated column can be stored in a file of any age.
describe("the app's own migrations", () => {
  /** sha256 of each released migration's SQL. Add a line when a migration is released; never edit one. */
  const RELEASED: Record<number, string> = {
    1: '2ec607b166a2638e9be67f2ff5dd5421b04e4b3a13b84ec45fcf2936b8bb8dc1',
    2: '7ab13504ee7e8996da448595733d30ef8d5b5d5d73eb1a36fa575ee0e4e43ca9',
    3: '48e72fe325a57d301487285539fada3a9aa538994af970edddc739118c5d1f6a',
    4: '19f84c91a0eddf3bb40e15ef3b4552a7b71fcf415663a738b0de12fb7f08a9dc',
    5: '67523f1b08123d0b76a2f4a63eec218ed02468df9187003b2ffb89f87e84a0be',
    6: 'c0e99449fb840f902b776d0b480f8b18e726c8d533a244f78d5da2382cf5dccd',
    7: '69db640af866ae9c731de007072fb75dd0d4eef06168eaa53110cf09e42ce297',
    8: 'be0adb2e9cc99cc82b1849fcd31002fe0e1f75844823d8d16ac34116ee8cc48d',
    9: '561e32a941d7e2f9b254bc627a3ad8e222ce5678bb3517e773bf131fe16f5eb0',
    10: 'bf1d801d9b3102ae887937ee393d68d7ceb94e5c703f3c53dbf90afadc82e7c5',
    11: 'efedbbfc3a5864db2285d3b32324972759355470d530e946a8ca18e1f53c4706',
    12: '191a39a255881860ff75b424b55295bc4306406cb8247aa94fd784ebf25dbe88',
    13: '6adab9866d406eea03b3ac2be7ac0f042568d6783765a25792b649ed462e7029',
  };

  it('never change once released', () => {
    for (const m of MIGRATIONS)
      expect(createHash('sha256').update(m.sql).digest('hex'), `migration ${m.version} (${m.description})`).toBe(RELEASED[m.version]);
  });

  async function schemaOf(db: Connection) {
    const rows = await db.all<{ type: string; name: string; sql: string | null }>(
      "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    );
    const pragmas = await db.get<{ v: number; a: number }>('SELECT (SELECT user_version FROM pragma_user_version) AS v, (SELECT application_id FROM pragma_application_id) AS a');
    return { rows, pragmas };
  }

  it('leave a file migrated from every earlier version the same as a new one', async () => {
    const folder = await dir();
    const fresh = await openDatabase(join(folder, 'fresh.sqlite'));
    const expected = await schemaOf(fresh);
    await fresh.close();
    for (let from = 1; from < MIGRATIONS.length; from++) {
      const path = join(folder, `from-${from}.sqlite`);
      await (await openDatabase(path, { migrations: MIGRATIONS.slice(0, from) })).close();
      const migrated = await openDatabase(path, { backupPath: () => join(folder, `from-${from}.bak`) });
      expect(await schemaOf(migrated), `migrated from version ${from}`).toEqual(expected);
      await migrated.close();
    }
  });

  it('set the search index to merge eight segments at a time, in a new file and in one migrated from version 12', async () => {
    const folder = await dir();
    const automerge = async (db: Connection) =>
      (await db.get<{ v: number }>("SELECT v FROM evidence_fts_config WHERE k = 'automerge'"))?.v;
    const fresh = await openDatabase(join(folder, 'new.sqlite'));
    expect(await automerge(fresh)).toBe(8);
    await fresh.close();
    const path = join(folder, 'v12.sqlite');
    const old = await openDatabase(path, { migrations: MIGRATIONS.slice(0, 12) });
    expect(await automerge(old), "before migration 13, FTS5's default").toBeUndefined();
    await old.close();
    const migrated = await openDatabase(path, { backupPath: () => join(folder, 'v12.bak') });
    expect(await automerge(migrated)).toBe(8);
    await migrated.close();
  });

  it('accept every value the app offers in each enumerated column, in a file made by the first version', async () => {
    const folder = await dir();
    const path = join(folder, 'oldest.sqlite');
    await (await openDatabase(path, { migrations: MIGRATIONS.slice(0, 1) })).close();
    const db = await openDatabase(path, { backupPath: () => join(folder, 'oldest.bak') });
    const columns: [table: string, column: string, values: readonly string[]][] = [
      ['inspections', 'type', INSPECTION_TYPES],
      ['recommendations', 'kind', RECOMMENDATION_KINDS],
      ['recommendations', 'status', RECOMMENDATION_STATUSES],
      ['packs', 'status', PACK_STATUSES],
      ['pack_areas', 'position', GRADE_POSITIONS],
      ['pack_areas', 'status', AREA_STATUSES],
      ['evidence', 'type', EVIDENCE_TYPES],
      ['evidence', 'sensitivity', SENSITIVITIES],
      ['actions', 'status', ACTION_STATUSES],
      ['actions', 'rag', RAGS],
      ['indicators', 'unit', INDICATOR_UNITS],
      ['indicators', 'polarity', POLARITIES],
      ['indicator_values', 'comparator', COMPARATORS],
      ['indicator_values', 'period_kind', PERIOD_KINDS],
      ['kit_items', 'section', KIT_SECTIONS],
      ['kit_items', 'status', KIT_STATUSES],
      ['word_templates', 'edition', EXPORT_EDITIONS],
    ];
    for (const [table, column, values] of columns) {
      const { sql } = (await db.get<{ sql: string }>('SELECT sql FROM sqlite_schema WHERE name = ?', [table]))!;
      const check = new RegExp(`\\b${column}\\b[^,]*CHECK \\(${column} IN \\(([^)]*)\\)\\)`).exec(sql);
      expect(check, `${table}.${column} has a CHECK constraint`).not.toBeNull();
      const allowed = check![1]!.split(',').map((v) => v.trim().replace(/^'|'$/g, ''));
      expect(allowed.sort(), `${table}.${column}: add new values by a migration`).toEqual([...values].sort());
    }
    await db.close();
  });
});

// Issue 8's migration rebuilds the inspections table (a CHECK constraint cannot change in place) with
// foreign key enforcement off: everything that refers to an inspection must still find it afterwards.
describe('migration 2 (the inspection cycle)', () => {
  it('keeps every inspection with its grades, recommendations, baseline packs and the actions answering them', async () => {
    const folder = await dir();
    const path = join(folder, 'v1.sqlite');
    const old = await openDatabase(path, { migrations: MIGRATIONS.slice(0, 1) });
    const t = '2025-01-01T00:00:00.000Z';
    await old.exec(`
      INSERT INTO inspections (id, type, title, start_date, published_date, framework_id, report_reference, summary, created_at, updated_at)
        VALUES ('insp-1', 'standard_inspection', 'ILACS 2023', '2023-03-06', '2023-05-12', 'ilacs-2023', 'R/2023', 'Requires improvement', '${t}', '${t}');
      INSERT INTO inspection_grades VALUES ('insp-1', 'leaders', 'Leaders', 'requires-improvement');
      INSERT INTO recommendations (id, inspection_id, reference, kind, text, status, sort_order, updated_at)
        VALUES ('rec-1', 'insp-1', 'R1', 'recommendation', 'Thresholds', 'open', 0, '${t}');
      INSERT INTO packs (id, title, framework_id, framework_json, period, as_at, status, baseline_inspection_id, context_json, board_asks_json, created_at, updated_at, updated_by)
        VALUES ('pack-1', 'SEF', 'ilacs-2023', '{}', '2024–25', '2025-05-30', 'draft', 'insp-1', '{}', '{}', '${t}', '${t}', 'Jo');
      INSERT INTO actions (id, pack_id, reference, title, status, rag, recommendation_id, created_at, updated_at, updated_by)
        VALUES ('act-1', 'pack-1', 'A01', 'Threshold audit', 'in_progress', 'amber', 'rec-1', '${t}', '${t}', 'Jo');
    `);
    await old.close();
    const db = await openDatabase(path, { backupPath: () => join(folder, 'v1.bak') });
    expect(await db.get('SELECT id, type, title, summary, strengths_json, plan_submitted_date FROM inspections')).toEqual({
      id: 'insp-1', type: 'standard_inspection', title: 'ILACS 2023', summary: 'Requires improvement', strengths_json: '[]', plan_submitted_date: null,
    });
    expect(await db.all('SELECT inspection_id, area_key, grade FROM inspection_grades')).toEqual([
      { inspection_id: 'insp-1', area_key: 'leaders', grade: 'requires-improvement' },
    ]);
    expect(await db.get('SELECT baseline_inspection_id FROM packs')).toEqual({ baseline_inspection_id: 'insp-1' });
    expect(await db.get('SELECT recommendation_id FROM actions')).toEqual({ recommendation_id: 'rec-1' });
    expect(await db.all('PRAGMA foreign_key_check')).toEqual([]);
    expect((await db.get<{ foreign_keys: number }>('PRAGMA foreign_keys'))!.foreign_keys).toBe(1);
    // The references still hold: deleting the inspection cascades and clears, as the schema says.
    await db.run("INSERT INTO inspections (id, type, title, start_date, created_at, updated_at) VALUES ('insp-2', 'safeguarding_lac_inspection', 'SLAC 2010', '2010-06-07', 't', 't')");
    await db.run("DELETE FROM inspections WHERE id = 'insp-1'");
    expect(await db.get('SELECT count(*) AS n FROM recommendations')).toEqual({ n: 0 });
    expect(await db.get('SELECT baseline_inspection_id FROM packs')).toEqual({ baseline_inspection_id: null });
    await db.close();
  });
});

describe('migration 12 (review dates of linked evidence)', () => {
  it('fills the kept review dates from the links a file already has, then keeps them', async () => {
    const folder = await dir();
    const path = join(folder, 'v11.sqlite');
    const old = await openDatabase(path, { migrations: MIGRATIONS.slice(0, 11) });
    const { links } = await populateLargePack(coreContext({ db: old, now: () => FIXED_NOW, appVersion: '0.0.0-test' }), {
      evidence: 60, actions: 2, narrativeWords: 100,
    });
    // One item linked to two packs' areas would be counted once in each.
    await old.exec(`INSERT INTO packs (id, title, framework_id, framework_json, period, as_at, status, context_json, board_asks_json, created_at, updated_at, updated_by)
      SELECT 'pack-2', 'Copy', framework_id, framework_json, period, as_at, status, context_json, board_asks_json, created_at, updated_at, updated_by FROM packs LIMIT 1;
      INSERT INTO pack_areas (id, pack_id, area_key, title, kind, depth, sort_order, graded, status, updated_at, updated_by)
      SELECT 'area-2', 'pack-2', area_key, title, kind, depth, sort_order, graded, status, updated_at, updated_by FROM pack_areas LIMIT 1;
      INSERT INTO evidence_links (evidence_id, area_id, created_at) SELECT id, 'area-2', created_at FROM evidence LIMIT 5;`);
    await old.close();
    const db = await openDatabase(path, { backupPath: () => join(folder, 'v11.bak') });
    expect((await db.get<{ n: number }>('SELECT count(*) AS n FROM link_review_dates'))!.n).toBe(links + 5);
    expect((await db.get<{ n: number }>("SELECT count(*) AS n FROM pack_review_dates WHERE pack_id = 'pack-2'"))!.n).toBe(5);
    await expectKeptReviewDatesAgree(db, 'after migrating');
    await db.run("UPDATE evidence SET review_due = '2030-01-01' WHERE id IN (SELECT evidence_id FROM evidence_links WHERE area_id = 'area-2')");
    await db.run("DELETE FROM pack_areas WHERE id = 'area-2'");
    await expectKeptReviewDatesAgree(db, 'after changing review dates and deleting an area');
    expect((await db.get<{ n: number }>("SELECT count(*) AS n FROM pack_review_dates WHERE pack_id = 'pack-2'"))!.n).toBe(0);
    // The app never moves an area to another pack; if anything does, the packs' dates follow it.
    await db.run("UPDATE pack_areas SET pack_id = 'pack-2' WHERE id = (SELECT area_id FROM evidence_links LIMIT 1)");
    await expectKeptReviewDatesAgree(db, 'after moving an area to another pack');
    expect((await db.get<{ n: number }>("SELECT count(*) AS n FROM pack_review_dates WHERE pack_id = 'pack-2'"))!.n).toBeGreaterThan(0);
    await db.close();
  });
});
