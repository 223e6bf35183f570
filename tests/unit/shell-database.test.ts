// The desktop shell's database host with real SQLite files: a damaged, foreign or missing file gives a
// start-up state the renderer can act on instead of a crash; a listed backup can be restored without
// losing the damaged file; the daily automatic copy is taken once and pruned.
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseHost, listBackups } from '../../electron/main/database';
import { openDatabase } from '../../src/core/db/open';
import { tempDir } from '../support/tempdb';

const NOW = new Date('2026-11-23T10:00:00Z');
let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

async function folder(): Promise<string> {
  const t = await tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

function host(path: string, now: Date = NOW): DatabaseHost {
  const h = new DatabaseHost(path, { appVersion: '0.0.0-test', now: () => now });
  cleanups.push(() => h.close());
  return h;
}

async function makeGoodDatabase(path: string): Promise<void> {
  const conn = await openDatabase(path);
  await conn.close();
}

async function makeDamagedDatabase(path: string): Promise<void> {
  // A SQLite header followed by rubbish: recognisably SQLite, but unreadable.
  await writeFile(path, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(8192, 0x5a)]));
}

describe('the shell database host', () => {
  it('opens a new database and passes operations to the core', async () => {
    const path = join(await folder(), 'sef-studio.sqlite');
    const h = host(path);
    expect(await h.open(path)).toEqual({ ok: true, path });
    const result = await h.dispatch('no.such.operation', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
  });

  it('does not crash on a damaged file: the state names the problem and lists its backups', async () => {
    const dir = await folder();
    const path = join(dir, 'sef-studio.sqlite');
    await makeDamagedDatabase(path);
    await makeGoodDatabase(join(dir, 'spare.sqlite'));
    await copyFile(join(dir, 'spare.sqlite'), `${path}.auto-2026-11-22.bak`);
    const h = host(path);
    const state = await h.open(path);
    expect(state).toMatchObject({ ok: false, path, error: { code: 'database_corrupt' }, backups: [{ name: 'sef-studio.sqlite.auto-2026-11-22.bak' }] });
    expect(state.ok || state.error.message).toMatch(/damaged/);
    expect(h.state).toEqual(state);
    // Every operation gets the same error, so nothing half-works against a file that cannot be read.
    expect(await h.dispatch('packs.list', {})).toMatchObject({ ok: false, error: { code: 'database_corrupt' } });
  });

  it('restores a listed backup and keeps the damaged file beside it, renamed', async () => {
    const dir = await folder();
    const path = join(dir, 'sef-studio.sqlite');
    await makeDamagedDatabase(path);
    const damaged = await readFile(path);
    await makeGoodDatabase(join(dir, 'spare.sqlite'));
    const backup = `${path}.auto-2026-11-22.bak`;
    await copyFile(join(dir, 'spare.sqlite'), backup);
    const h = host(path);
    await h.open(path);

    expect(await h.restoreBackup(basename(backup))).toEqual({ ok: true, path });
    expect(await h.dispatch('no.such.operation', {})).toMatchObject({ error: { code: 'unknown_operation' } });
    const kept = (await readdir(dir)).filter((n) => n.startsWith('sef-studio.sqlite.unreadable-'));
    expect(kept).toHaveLength(1);
    expect(Buffer.compare(await readFile(join(dir, kept[0]!)), damaged)).toBe(0);
    // The set-aside file is not offered as a backup later.
    expect(await listBackups(path)).toEqual([{ name: basename(backup) }]);
  });

  it('refuses to restore a file that is not one of the listed backups', async () => {
    const dir = await folder();
    const path = join(dir, 'sef-studio.sqlite');
    await makeDamagedDatabase(path);
    await makeGoodDatabase(join(dir, 'elsewhere.sqlite'));
    const before = await readFile(path);
    const h = host(path);
    await h.open(path);
    for (const name of ['elsewhere.sqlite', join(dir, 'elsewhere.sqlite'), '../sef-studio.sqlite.auto-2026-11-22.bak']) {
      const state = await h.restoreBackup(name);
      expect(state).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/not a backup/) } });
    }
    expect(Buffer.compare(await readFile(path), before)).toBe(0);
    expect((await readdir(dir)).some((n) => n.includes('unreadable'))).toBe(false);
  });

  it('reports a missing folder, and makes the default folder when asked', async () => {
    const dir = await folder();
    const path = join(dir, 'no', 'such', 'folder', 'sef-studio.sqlite');
    const h = host(path);
    expect(await h.open(path)).toMatchObject({ ok: false, error: { code: 'io_error', message: expect.stringMatching(/folder exists/) } });
    expect(await h.open(path, { createFolder: true })).toEqual({ ok: true, path });
  });

  it('keeps the open database when opening another file fails', async () => {
    const dir = await folder();
    const good = join(dir, 'good.sqlite');
    const foreign = join(dir, 'notes.sqlite');
    await writeFile(foreign, 'Meeting notes, not a database.');
    const h = host(good);
    await h.open(good);
    expect(await h.open(foreign)).toMatchObject({ ok: false, error: { code: 'database_foreign' } });
    expect(h.state).toEqual({ ok: true, path: good });
    expect(await h.dispatch('no.such.operation', {})).toMatchObject({ error: { code: 'unknown_operation' } });
  });

  it('takes one automatic copy a day and keeps only the newest three', async () => {
    const dir = await folder();
    const path = join(dir, 'pack.sqlite');
    for (const day of ['17', '18', '19', '20']) await writeFile(`${path}.auto-2026-11-${day}.bak`, 'old');
    const h = host(path);
    await h.open(path);
    expect(await h.takeAutomaticBackup()).toBe(`${path}.auto-2026-11-23.bak`);
    expect(await h.takeAutomaticBackup()).toBeNull();
    const names = (await readdir(dir)).filter((n) => n.endsWith('.bak')).sort();
    expect(names).toEqual(['pack.sqlite.auto-2026-11-19.bak', 'pack.sqlite.auto-2026-11-20.bak', 'pack.sqlite.auto-2026-11-23.bak']);
    // The copy is a database SEF Studio can open.
    const copy = await openDatabase(`${path}.auto-2026-11-23.bak`);
    await copy.close();
  });
});
