// Settings, the logo, database housekeeping and frameworks, through dispatch/call on real SQLite files.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../src/core/context';
import { openDatabase } from '../../src/core/db/open';
import { LATEST_SCHEMA_VERSION } from '../../src/core/db/migrations';
import { call, dispatch } from '../../src/core/dispatch';
import type { OpInput, OpName } from '../../src/shared/api';
import { tempContext, TEST_ENGINE } from '../support/tempdb';
import { importTestFramework, TEST_FRAMEWORK, writeJsonFile } from '../support/test-framework';
import { grant } from '../support/grants';

let ctx: CoreContext;
let dir: string;
let path: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ ctx, dir, path, cleanup } = await tempContext());
});
afterEach(async () => cleanup());

async function refused<N extends OpName>(op: N, input: OpInput<N>) {
  const result = await dispatch(ctx, op, input);
  if (result.ok) throw new Error(`${op} was expected to be refused`);
  return result.error;
}

async function auditActions(): Promise<string[]> {
  return (await call(ctx, 'audit.list', {})).map((e) => e.action).reverse();
}

async function blobCount(): Promise<number> {
  return (await ctx.db.get<{ n: number }>('SELECT count(*) AS n FROM blobs'))!.n;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG_SIGNATURE = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);

async function imageFile(name: string, signature: Buffer, size = 64): Promise<{ path: string; data: Buffer }> {
  const data = Buffer.concat([signature, Buffer.alloc(size - signature.length, 7)]);
  const file = join(dir, name);
  await writeFile(file, data);
  return { path: file, data };
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('the app and its settings', () => {
  it('says what the app and its database are', async () => {
    expect(await call(ctx, 'app.info', {})).toEqual({
      appVersion: '0.0.0-test', schemaVersion: LATEST_SCHEMA_VERSION, databasePath: ctx.db.path, today: '2026-11-23',
    });
  });

  it('starts with defaults, records each change with the person making it, and ignores values that did not change', async () => {
    expect(await call(ctx, 'settings.get', {})).toEqual({
      organisationName: '', displayName: '', defaultMarking: 'official', logoSha256: null, logoMediaType: null,
    });
    const updated = await call(ctx, 'settings.update', { organisationName: 'Northshire County Council', displayName: 'Jo Director' });
    expect(updated).toMatchObject({ organisationName: 'Northshire County Council', displayName: 'Jo Director' });
    await call(ctx, 'settings.update', { displayName: 'Jo Director', defaultMarking: 'official_sensitive' });

    const history = (await call(ctx, 'audit.list', {})).reverse();
    expect(history.map((e) => [e.actor, e.action, e.before, e.after])).toEqual([
      ['Unknown user', 'Changed organisation name and display name', { organisationName: '', displayName: '' },
        { organisationName: 'Northshire County Council', displayName: 'Jo Director' }],
      ['Jo Director', 'Changed default marking', { defaultMarking: 'official' }, { defaultMarking: 'official_sensitive' }],
    ]);
    expect(await call(ctx, 'settings.get', {})).toMatchObject({ defaultMarking: 'official_sensitive', displayName: 'Jo Director' });
  });

  it('falls back to the default when a stored value cannot be read', async () => {
    await ctx.db.run("INSERT INTO settings (key, value) VALUES ('defaultMarking', '\"top_secret\"'), ('organisationName', 'not json')");
    expect(await call(ctx, 'settings.get', {})).toMatchObject({ defaultMarking: 'official', organisationName: '' });
  });
});

describe('the logo', () => {
  it('stores a PNG once by its content hash, replaces it with a JPEG, and removes it, letting go of unused images', async () => {
    const png = await imageFile('logo.png', PNG_SIGNATURE);
    const withPng = await call(ctx, 'settings.setLogo', { file: grant(ctx, png.path, 'set-logo') });
    expect(withPng).toMatchObject({ logoSha256: sha256(png.data), logoMediaType: 'image/png' });
    expect(await call(ctx, 'settings.getLogo', {})).toEqual({ mediaType: 'image/png', dataBase64: png.data.toString('base64') });

    // A JPEG saved with the wrong extension is still recognised by its first bytes.
    const jpeg = await imageFile('logo.png.txt', JPEG_SIGNATURE);
    expect(await call(ctx, 'settings.setLogo', { file: grant(ctx, jpeg.path, 'set-logo') })).toMatchObject({ logoSha256: sha256(jpeg.data), logoMediaType: 'image/jpeg' });
    expect(await blobCount()).toBe(1);

    expect(await call(ctx, 'settings.setLogo', { file: null })).toMatchObject({ logoSha256: null, logoMediaType: null });
    expect(await call(ctx, 'settings.getLogo', {})).toBeNull();
    expect(await blobCount()).toBe(0);
    expect(await auditActions()).toEqual(['Changed logo', 'Changed logo', 'Removed logo']);
  });

  it('refuses files that are not PNG or JPEG, files over 2 MB and missing files, changing nothing', async () => {
    const gif = join(dir, 'logo.gif');
    await writeFile(gif, Buffer.from('GIF89a and some bytes'));
    expect(await refused('settings.setLogo', { file: grant(ctx, gif, 'set-logo') })).toEqual({
      code: 'invalid_input', message: 'logo.gif is not a PNG or JPEG image. Save the logo as a .png or .jpg file and choose that.',
    });
    const huge = await imageFile('huge.png', PNG_SIGNATURE, 2 * 1024 * 1024 + 1);
    expect(await refused('settings.setLogo', { file: grant(ctx, huge.path, 'set-logo') })).toMatchObject({
      code: 'too_large', message: expect.stringMatching(/^huge\.png is 2\.0 MB, and a logo can be up to 2 MB\./),
    });
    expect((await refused('settings.setLogo', { file: grant(ctx, join(dir, 'missing.png'), 'set-logo') })).code).toBe('not_found');
    expect((await refused('settings.setLogo', { file: grant(ctx, dir, 'set-logo') })).code).toBe('invalid_input');

    expect(await call(ctx, 'settings.get', {})).toMatchObject({ logoSha256: null });
    expect(await blobCount()).toBe(0);
    expect(await auditActions()).toEqual([]);
  });
});

describe('database housekeeping', () => {
  it('reports a sound database', async () => {
    expect(await call(ctx, 'database.check', {})).toEqual({ ok: true, messages: [], schemaVersion: LATEST_SCHEMA_VERSION });
  });

  it('writes a complete copy that opens as a SEF Studio database, replacing an older backup and leaving no temporary file', async () => {
    await call(ctx, 'settings.update', { organisationName: 'Northshire County Council' });
    const target = join(dir, 'backup.sqlite');
    await writeFile(target, 'an older backup');
    const result = await call(ctx, 'database.backup', { file: grant(ctx, target, 'backup-database') });
    expect(result.file).toMatchObject({ location: target, name: 'backup.sqlite', canOpen: false });
    expect(result.bytes).toBe((await readFile(target)).length);
    expect((await readdir(dir)).filter((f) => f.includes('partial'))).toEqual([]);

    const copy = await openDatabase(target, { mustExist: true });
    const row = await copy.get<{ value: string }>("SELECT value FROM settings WHERE key = 'organisationName'");
    await copy.close();
    expect(JSON.parse(row!.value)).toBe('Northshire County Council');
  });

  // A team database has no local file to protect.
  it.skipIf(TEST_ENGINE === 'postgres')('refuses to overwrite the open database or its journal, and says when the folder is missing', async () => {
    const before = await readFile(path);
    for (const target of [path, join(dir, '.', 'pack.sqlite'), `${path}-wal`])
      expect(await refused('database.backup', { file: grant(ctx, target, 'backup-database') })).toMatchObject({
        code: 'invalid_input', message: expect.stringMatching(/is the database SEF Studio has open/),
      });
    expect(Buffer.compare(await readFile(path), before)).toBe(0);
    expect(await refused('database.backup', { file: grant(ctx, join(dir, 'no-folder', 'backup.sqlite'), 'backup-database') })).toMatchObject({
      code: 'io_error', message: expect.stringMatching(/folder .*no-folder does not exist/),
    });
  });
});

describe('frameworks', () => {
  it('lists the built-in frameworks with whether each is current today', async () => {
    const list = await call(ctx, 'frameworks.list', {});
    expect(list.map((f) => [f.id, f.builtIn, f.current])).toEqual([
      ['ilacs-2026', true, true],
      ['ilacs-2023', true, false],
      ['ilacs-2018', true, false],
      ['sif-2013', true, false],
      ['sccif', true, true],
      ['cqc-la-2023', true, true],
    ]);
    expect((await call(ctx, 'frameworks.get', { frameworkId: 'ilacs-2023' })).scale.levels.map((l) => l.label)).toEqual([
      'Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate',
    ]);
  });

  it('imports a framework file, lists it after the built-ins, and replaces it when the same id is imported again', async () => {
    await importTestFramework(ctx, dir);
    const list = await call(ctx, 'frameworks.list', {});
    expect(list.at(-1)).toMatchObject({ id: TEST_FRAMEWORK.id, builtIn: false, current: true, title: TEST_FRAMEWORK.title });
    expect(await call(ctx, 'frameworks.get', { frameworkId: TEST_FRAMEWORK.id })).toEqual(TEST_FRAMEWORK);

    const expired = { ...TEST_FRAMEWORK, title: 'Revised test framework', version: '2', validTo: '2026-03-31' };
    const summary = await call(ctx, 'frameworks.import', { file: grant(ctx, await writeJsonFile(dir, 'revised.json', expired), 'import-framework') });
    expect(summary).toMatchObject({ title: 'Revised test framework', current: false, builtIn: false });
    expect((await call(ctx, 'frameworks.list', {})).filter((f) => f.id === TEST_FRAMEWORK.id)).toHaveLength(1);
    expect(await auditActions()).toEqual(['Imported framework', 'Replaced imported framework']);
  });

  it('refuses a file that is not JSON, one that breaks the schema, and one that reuses a built-in id, with the reasons', async () => {
    const notJson = await refused('frameworks.import', { file: grant(ctx, await writeJsonFile(dir, 'notes.json', 'These are notes, {not JSON'), 'import-framework') });
    expect(notJson).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/^notes\.json is not a JSON file/) });

    const broken = { ...TEST_FRAMEWORK, title: '', scale: { kind: 'ordinal', levels: [] } };
    const schema = await refused('frameworks.import', { file: grant(ctx, await writeJsonFile(dir, 'broken.json', broken), 'import-framework') });
    expect(schema.code).toBe('invalid_input');
    expect(schema.message).toMatch(/^broken\.json is not a valid framework file: /);
    expect(schema.message).toMatch(/title: /);
    expect(schema.message).toMatch(/scale\.levels: /);

    const clash = await refused('frameworks.import', { file: grant(ctx, await writeJsonFile(dir, 'ilacs.json', { ...TEST_FRAMEWORK, id: 'ilacs-2023' }), 'import-framework') });
    expect(clash).toMatchObject({ code: 'conflict', message: expect.stringMatching(/"ilacs-2023", which is a framework built into SEF Studio/) });

    expect((await refused('frameworks.get', { frameworkId: 'nothing-here' })).code).toBe('not_found');
    expect((await ctx.db.get<{ n: number }>('SELECT count(*) AS n FROM frameworks'))!.n).toBe(0);
    expect(await auditActions()).toEqual([]);
  });
});
