// The interchange format: dump reads every table, import writes it back all-or-nothing, and the
// committed JSON Schema matches the zod schema it is generated from.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { Connection } from '../../src/core/db/connection';
import { LATEST_SCHEMA_VERSION } from '../../src/core/db/migrations';
import { populateLargePack } from '../../src/core/demo/large';
import { openDatabase } from '../../src/core/db/open';
import {
  dumpDatabase,
  importPackFile,
  packFileText,
  parsePackFile,
  PACK_FORMAT_VERSION,
  type PackFile,
} from '../../src/core/interchange';
import { packJsonSchema, packJsonSchemaText } from '../../src/core/interchange/json-schema';
import { insertSampleData, SAMPLE_IDS } from '../support/sample-data';
import { expectKeptReviewDatesAgree } from '../support/review-dates';
import { tempContext, tempDir } from '../support/tempdb';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

async function newDb(name = 'db.sqlite'): Promise<Connection> {
  const { dir, cleanup } = await tempDir();
  const db = await openDatabase(join(dir, name));
  cleanups.push(cleanup, () => db.close().catch(() => undefined));
  return db;
}

async function sampleDb(): Promise<Connection> {
  const db = await newDb('sample.sqlite');
  await db.transaction(insertSampleData);
  return db;
}

const FIXED = new Date('2026-11-23T10:00:00Z');
const normalise = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '"exportedAt": "X"');
const clone = (file: PackFile) => JSON.parse(JSON.stringify(file)) as PackFile;

async function tableCounts(db: Connection): Promise<Record<string, number>> {
  const tables = [
    'settings',
    'frameworks',
    'blobs',
    'inspections',
    'inspection_grades',
    'recommendations',
    'evidence',
    'attachments',
    'packs',
    'pack_areas',
    'narratives',
    'evidence_links',
    'actions',
    'action_notes',
    'indicators',
    'indicator_values',
    'audit_log',
  ];
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = (await db.get<{ n: number }>(`SELECT count(*) AS n FROM ${t}`))!.n;
  return out;
}

/**
 * What the triggers derive from the evidence and its links: every term of the search index with where it
 * occurs (by the item's id, as the row numbers may differ between databases), and the kept review dates.
 */
async function derivedRows(db: Connection) {
  await db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.evidence_terms USING fts5vocab(main, 'evidence_fts', 'instance')");
  return {
    index: await db.all(
      'SELECT e.id, t.term, t.col, t.offset FROM temp.evidence_terms t JOIN evidence e ON e.seq = t.doc ORDER BY e.id, t.col, t.offset',
    ),
    linkDates: await db.all<{ area_id: string }>('SELECT area_id, evidence_id, review_due FROM link_review_dates ORDER BY area_id, evidence_id'),
    packDates: await db.all('SELECT pack_id, evidence_id, review_due FROM pack_review_dates ORDER BY pack_id, evidence_id'),
    triggers: await db.all("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name"),
  };
}

describe('dumping a database', () => {
  it('writes every table into a file that passes its own zod schema and the committed JSON Schema', async () => {
    const db = await sampleDb();
    const file = await dumpDatabase(db, FIXED);
    expect(file).toMatchObject({
      format: 'sef-studio-pack',
      formatVersion: PACK_FORMAT_VERSION,
      exportedAt: FIXED.toISOString(),
      schemaVersion: LATEST_SCHEMA_VERSION,
    });
    expect(file.settings).toEqual({
      displayName: 'Sam Quality-Lead',
      organisationName: 'Exampleshire County Council',
      logoSha256: null,
    });
    expect(file.frameworks.map((f) => f.id)).toEqual(['sample-ilacs']);
    expect(file.inspections[0]!.grades).toHaveLength(2);
    expect(file.inspections[0]!.recommendations.map((r) => r.reference)).toEqual(['R1', 'R2']);
    expect(file.evidence.map((e) => e.reference)).toEqual(['E001', 'E002', 'E003']);
    expect(Buffer.from(file.evidence[0]!.attachments[0]!.dataBase64, 'base64').toString()).toContain(
      'pretend audit report',
    );
    expect(file.otherBlobs).toHaveLength(1); // the logo: no attachment refers to it
    expect(file.packs.map((p) => p.id)).toEqual([SAMPLE_IDS.packOld, SAMPLE_IDS.pack]);
    const pack = file.packs[1]!;
    expect(pack.previousPackId).toBe(SAMPLE_IDS.packOld);
    expect(pack.areas.map((a) => a.areaKey)).toEqual(['leaders', 'workforce', 'care-leavers']);
    expect(pack.areas[0]!.narratives.map((n) => n.sectionId)).toEqual(['what-we-know', 'how-we-know']);
    expect(pack.links).toHaveLength(2);
    expect(pack.actions[0]!.notes[0]!.text).toBe('Audit tool agreed.');
    expect(file.indicators.map((i) => [i.id, i.origin])).toEqual([
      ['agency-social-workers', 'library'],
      ['own-return-interviews', 'own'],
    ]);
    expect(file.indicatorValues.map((v) => [v.indicatorId, v.comparator, v.comparatorName, v.periodKind, v.value])).toEqual([
      ['agency-social-workers', 'england', '', 'financial_year', 15.5],
      ['agency-social-workers', 'council', '', 'quarter', 17.2],
      ['own-return-interviews', 'council', '', 'quarter', 81.5],
      ['own-return-interviews', 'named', 'Northshire', 'quarter', 77],
    ]);
    expect(file.audit.map((a) => [a.id, 'before' in a, a.after])).toEqual([
      [1, false, { title: 'Self-evaluation 2026–27' }],
      [2, true, { grade: 'good' }],
      [3, true, null],
    ]);

    const text = packFileText(file);
    expect(parsePackFile(text, 'pack.json')).toEqual(file);
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(packJsonSchema());
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('dumps an empty database to a file that imports', async () => {
    const file = await dumpDatabase(await newDb(), FIXED);
    expect(file).toMatchObject({
      settings: {},
      frameworks: [],
      inspections: [],
      evidence: [],
      packs: [],
      indicators: [],
      indicatorValues: [],
      otherBlobs: [],
      audit: [],
    });
    await importPackFile(await newDb('target.sqlite'), parsePackFile(packFileText(file), 'empty.json'));
  });
});

describe('importing a pack file', () => {
  it('round-trips: dump → import → dump gives the same JSON apart from exportedAt', async () => {
    const source = await sampleDb();
    const first = packFileText(await dumpDatabase(source, FIXED));
    const target = await newDb('target.sqlite');
    const summary = await importPackFile(target, parsePackFile(first, 'pack.json'));
    expect(summary).toMatchObject({
      packs: 2,
      areas: 6,
      evidence: 3,
      attachments: 2,
      actions: 4,
      inspections: 1,
      audit: 3,
      frameworks: 1,
      indicators: 2,
      indicatorValues: 4,
    });
    const second = packFileText(await dumpDatabase(target, new Date('2027-01-01T00:00:00Z')));
    expect(normalise(second)).toBe(normalise(first));
    expect(await tableCounts(target)).toEqual(await tableCounts(source));
    // Two attachments share one stored file, and the logo's blob came back too.
    expect((await target.get<{ n: number }>('SELECT count(*) AS n FROM blobs'))!.n).toBe(2);
  });

  it('keeps the imported data searchable and its references intact', async () => {
    const target = await newDb('target.sqlite');
    await importPackFile(target, parsePackFile(packFileText(await dumpDatabase(await sampleDb(), FIXED)), 'pack.json'));
    const hits = await target.all<{ reference: string }>(
      "SELECT e.reference FROM evidence_fts JOIN evidence e ON e.rowid = evidence_fts.rowid WHERE evidence_fts MATCH 'survey'",
    );
    expect(hits.map((h) => h.reference)).toEqual(['E002']);
    expect(await target.all('PRAGMA foreign_key_check')).toEqual([]);
  });

  it('fills the search index and the kept review dates as the per-row triggers do, and keeps the triggers', async () => {
    // The source is filled through the contract, one item and one link at a time, so its triggers wrote
    // the derived rows; the import sets them aside and fills those rows once at the end.
    const { ctx, cleanup } = await tempContext(FIXED);
    cleanups.push(cleanup);
    await populateLargePack(ctx, { evidence: 24, actions: 2, narrativeWords: 200 }, { evidenceThroughContract: true });
    const source = ctx.db as Connection;
    const target = await newDb('target.sqlite');
    await importPackFile(target, parsePackFile(packFileText(await dumpDatabase(source, FIXED)), 'pack.json'));

    const derived = await Promise.all([source, target].map(derivedRows));
    expect(derived[0]!.index.length, 'the source has a search index to compare').toBeGreaterThan(24 * 10);
    expect(derived[0]!.linkDates.length).toBeGreaterThan(24);
    expect(derived[1]).toEqual(derived[0]);
    // SQLite's own check that the index holds exactly what the evidence rows say.
    await target.run("INSERT INTO evidence_fts(evidence_fts, rank) VALUES ('integrity-check', 1)");
    await expectKeptReviewDatesAgree(target, 'after an import');

    // The triggers are back, and work: a new item is found by search, a new link counted.
    const [areaId] = derived[1]!.linkDates.map((r) => r.area_id);
    await target.run(
      "INSERT INTO evidence (id, reference, title, type, sensitivity, created_at, updated_at, updated_by) VALUES ('later', 'E900', 'Quokka census', 'other', 'official', 't', 't', 'me')",
    );
    await target.run("INSERT INTO evidence_links (evidence_id, area_id, created_at) VALUES ('later', ?, 't')", [areaId!]);
    expect(await target.all("SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH 'quokka'")).toHaveLength(1);
    await expectKeptReviewDatesAgree(target, 'after adding to an imported database');
  });

  it('puts the per-row triggers back when an import fails', async () => {
    const file = clone(await dumpDatabase(await sampleDb(), FIXED));
    file.inspections[0]!.grades.push({ ...file.inspections[0]!.grades[0]! });
    const target = await newDb('target.sqlite');
    const triggers = () => target.all("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name");
    const before = await triggers();
    await expect(importPackFile(target, parsePackFile(JSON.stringify(file), 'pack.json'))).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await triggers()).toEqual(before);
  });

  it('reports bad JSON with its line number', () => {
    const text = '{\n  "format": "sef-studio-pack",\n  "formatVersion": 1,\n  "settings": {,\n}\n';
    expect(() => parsePackFile(text, 'broken.json')).toThrowError(
      /^broken\.json is not valid JSON: .* at line 4, column \d+/,
    );
    expect(() => parsePackFile('{"format": "sef-studio-pack",', 'cut.json')).toThrowError(
      /^cut\.json is not valid JSON: .*line 1/,
    );
  });

  it('refuses a JSON file that is not a pack file, or one from a newer version', () => {
    expect(() => parsePackFile('{"name": "my-app", "version": "1.0.0"}', 'package.json')).toThrowError(
      'package.json is not a SEF Studio pack file (it has no "format": "sef-studio-pack"). Choose a file made by "sef dump".',
    );
    expect(() => parsePackFile('[1, 2]', 'list.json')).toThrowError(/not a SEF Studio pack file/);
    try {
      parsePackFile(JSON.stringify({ format: 'sef-studio-pack', formatVersion: 7 }), 'future.json');
      expect.unreachable();
    } catch (err) {
      expect(err).toMatchObject({
        code: 'database_newer',
        message: expect.stringMatching(
          /newer version of SEF Studio \(pack format 7; this app reads up to 3\)\. Update SEF Studio/,
        ),
      });
    }
  });

  it('explains schema problems as sentences naming where they are', async () => {
    const file = clone(await dumpDatabase(await sampleDb(), FIXED));
    (file.evidence[1] as { type: string }).type = 'gossip';
    delete (file.packs[0] as Partial<PackFile['packs'][number]>).title;
    try {
      parsePackFile(JSON.stringify(file), 'pack.json');
      expect.unreachable();
    } catch (err) {
      const message = (err as Error).message;
      expect(message).toMatch(/^pack\.json cannot be imported \(2 problems\)\. Nothing was imported/);
      expect(message).toMatch(/^Evidence item 2 \(.*\):\n {2}- evidence\.1\.type: Use one of "case_file_audit", /m);
      expect(message).toMatch(/^Pack 1 \(“pack-2025”\):\n {2}- packs\.0\.title: This is required\.$/m);
      expect(message).toMatch(/Nothing was imported/);
    }
  });

  it('refuses an attachment whose SHA-256 does not match its data', async () => {
    const file = clone(await dumpDatabase(await sampleDb(), FIXED));
    const attachment = file.evidence[0]!.attachments[0]!;
    const tampered = Buffer.from(attachment.dataBase64, 'base64');
    tampered[0] = tampered[0]! ^ 1;
    attachment.dataBase64 = tampered.toString('base64');
    expect(() => parsePackFile(JSON.stringify(file), 'pack.json')).toThrowError(
      /evidence\.0\.attachments\.0\.sha256: The SHA-256 does not match the data/,
    );
  });

  it('refuses references to things not in the file, and ids used twice', async () => {
    const file = clone(await dumpDatabase(await sampleDb(), FIXED));
    file.packs[1]!.links[0]!.evidenceId = 'ev-missing';
    file.packs[1]!.actions[1]!.id = file.packs[1]!.actions[0]!.id;
    const attempt = () => parsePackFile(JSON.stringify(file), 'pack.json');
    expect(attempt).toThrowError(/packs\.1\.links\.0\.evidenceId: The evidence "ev-missing" is not in the file/);
    expect(attempt).toThrowError(/packs\.1\.actions\.1\.id: The action id "a-act-1" is used twice/);
  });

  it('reads a version 1 file, made before indicators existed, as having none', async () => {
    const file = clone(await dumpDatabase(await sampleDb(), FIXED)) as Partial<PackFile>;
    delete file.indicators;
    delete file.indicatorValues;
    const parsed = parsePackFile(JSON.stringify({ ...file, formatVersion: 1 }), 'old.json');
    expect(parsed.indicators).toEqual([]);
    expect(parsed.indicatorValues).toEqual([]);
    const target = await newDb('target.sqlite');
    expect(await importPackFile(target, parsed)).toMatchObject({ packs: 2, indicators: 0, indicatorValues: 0 });
  });

  it('refuses figures for indicators it does not know, impossible periods and the same figure twice', async () => {
    const file = clone(await dumpDatabase(await sampleDb(), FIXED));
    file.indicatorValues[0]!.indicatorId = 'own-nowhere';
    file.indicatorValues[1]!.periodEnd = '2026-08-31';
    file.indicatorValues.push({ ...file.indicatorValues[2]!, id: 'fig-copy' });
    file.indicators.push({ ...file.indicators[1]!, id: 'made-up', origin: 'library' });
    const attempt = () => parsePackFile(JSON.stringify(file), 'pack.json');
    expect(attempt).toThrowError(/indicatorValues\.0\.indicatorId: The indicator "own-nowhere" is neither in the file nor in the library/);
    expect(attempt).toThrowError(/indicatorValues\.1\.periodEnd: The period is wrong: a quarter ends on the last day of June, September, December or March, not 31 August 2026/);
    expect(attempt).toThrowError(/indicatorValues\.4: The figure \(indicator, comparator and period\) ".*" is used twice/);
    expect(attempt).toThrowError(/indicators\.2\.id: "made-up" is not in this version of SEF Studio's indicator library/);
  });

  it('refuses a database that already holds packs or evidence, and leaves it unchanged', async () => {
    const file = parsePackFile(packFileText(await dumpDatabase(await sampleDb(), FIXED)), 'pack.json');
    const target = await newDb('busy.sqlite');
    await target.run(
      "INSERT INTO evidence (id, reference, title, type, sensitivity, created_at, updated_at, updated_by) VALUES ('x', 'E900', 'Mine', 'other', 'official', 't', 't', 'me')",
    );
    const before = await tableCounts(target);
    await expect(importPackFile(target, file)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(
        /busy\.sqlite already holds 1 evidence item, so nothing was imported\. Import into a new file instead/,
      ),
    });
    expect(await tableCounts(target)).toEqual(before);
  });

  it('writes in one transaction: a failure part-way leaves the database as it was', async () => {
    const file = clone(await dumpDatabase(await sampleDb(), FIXED));
    // Passes the schema but breaks the (inspection, area) key late in the inspection rows: the settings,
    // frameworks and blobs before it have already been written when it fails.
    file.inspections[0]!.grades.push({ ...file.inspections[0]!.grades[0]! });
    const target = await newDb('target.sqlite');
    await target.run("INSERT INTO settings (key, value) VALUES ('displayName', '\"Someone else\"')");
    const before = await tableCounts(target);
    await expect(importPackFile(target, parsePackFile(JSON.stringify(file), 'pack.json'))).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(
        /^The pack file could not be imported \(.*UNIQUE.*\)\. Nothing was imported; the database is unchanged\.$/,
      ),
    });
    expect(await tableCounts(target)).toEqual(before);
    expect(await target.get("SELECT value FROM settings WHERE key = 'displayName'")).toEqual({
      value: '"Someone else"',
    });
  });

  it('appends the audit trail after entries the database already has', async () => {
    const file = parsePackFile(packFileText(await dumpDatabase(await sampleDb(), FIXED)), 'pack.json');
    const target = await newDb('target.sqlite');
    await target.run(
      "INSERT INTO audit_log (at, actor, entity, entity_id, action) VALUES ('t', 'Me', 'settings', 'displayName', 'Changed name')",
    );
    await importPackFile(target, file);
    const rows = await target.all<{ id: number; action: string }>('SELECT id, action FROM audit_log ORDER BY id');
    expect(rows).toEqual([
      { id: 1, action: 'Changed name' },
      { id: 2, action: 'Created pack' },
      { id: 3, action: 'Changed grade' },
      { id: 4, action: 'Cleared owner' },
    ]);
  });
});

describe('the published JSON Schema', () => {
  it('resources/interchange/pack.schema.json is the one generated from the zod schema (regenerate: npx tsx src/core/interchange/json-schema.ts)', async () => {
    const committed = await readFile(new URL('../../resources/interchange/pack.schema.json', import.meta.url), 'utf8');
    // Compared as JSON, so reformatting the file (npm run format) does not matter; its content does.
    expect(JSON.parse(committed)).toEqual(JSON.parse(packJsonSchemaText()));
  });
});
