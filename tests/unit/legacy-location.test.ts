// The database earlier versions kept in the roaming AppData folder, brought to this computer's own disk at
// the first start without a local one: everything comes across, including what was still in its -wal; the
// old file is kept where it was; a move cut short finishes at the next start; anything that is not a SEF
// Studio database is left alone. Real SQLite files throughout.
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeLegacyMove, keptName, legacyDatabasePaths, moveLegacyDatabase } from '../../electron/main/legacy-location';
import { coreContext } from '../../src/core/context';
import { openDatabase } from '../../src/core/db/open';
import { call } from '../../src/core/dispatch';
import { tempDir } from '../support/tempdb';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

async function folders(): Promise<{ roaming: string; local: string }> {
  const t = await tempDir();
  cleanups.push(t.cleanup);
  const roaming = join(t.dir, 'Roaming', 'sef-studio');
  const local = join(t.dir, 'Local', 'SEF Studio');
  await mkdir(roaming, { recursive: true });
  return { roaming, local };
}

/** A database with a pack in it, as an app killed while running leaves it: the pack is only in the -wal. */
async function databaseLeftByACrash(path: string, title: string): Promise<void> {
  const working = join(dirname(path), '..', `${basename(path)}.working`);
  const conn = await openDatabase(working);
  await call(coreContext({ db: conn, appVersion: '0.0.0-test' }), 'packs.create', { title, frameworkId: 'ilacs-2023', period: '2025–26', asAt: '2026-03-31' });
  // Copied while open, as the disk holds it at a crash: the file and its -wal, not yet checkpointed.
  await copyFile(working, path);
  await copyFile(`${working}-wal`, `${path}-wal`);
  await conn.close();
}

async function packTitles(path: string): Promise<string[]> {
  const conn = await openDatabase(path);
  try {
    return (await call(coreContext({ db: conn, appVersion: '0.0.0-test' }), 'packs.list', {})).map((p) => p.title);
  } finally {
    await conn.close();
  }
}

describe('the database in the roaming profile', () => {
  it('moves to this computer’s disk with everything in it, the old file kept where it was', async () => {
    const { roaming, local } = await folders();
    const from = join(roaming, 'sef-studio.sqlite');
    const to = join(local, 'sef-studio.sqlite');
    await databaseLeftByACrash(from, 'SEF 2025–26');
    const move = await moveLegacyDatabase(to, [join(roaming, '..', 'SEF Studio', 'sef-studio.sqlite'), from]);
    expect(move).toEqual({ kind: 'moved', from, to, keptAs: keptName(from) });
    expect(await packTitles(to)).toEqual(['SEF 2025–26']);
    expect(await readdir(local)).toContain('sef-studio.sqlite');
    expect((await readdir(local)).filter((n) => n.endsWith('.moving'))).toEqual([]);
    // Nothing is left under the old name for an older version to keep writing to; the kept copy is whole.
    expect(await readdir(roaming)).toEqual(['sef-studio.sqlite.moved-to-this-computer.bak']);
    expect(await packTitles(keptName(from))).toEqual(['SEF 2025–26']);
    expect(describeLegacyMove(move!)).toContain(`moved from ${from} to ${to}`);
    // Once moved, later starts leave both alone.
    expect(await moveLegacyDatabase(to, [from])).toBeNull();
  });

  it('finishes a move cut short after the old file was renamed', async () => {
    const { roaming, local } = await folders();
    const from = join(roaming, 'sef-studio.sqlite');
    await databaseLeftByACrash(keptName(from), 'SEF 2024–25');
    const to = join(local, 'sef-studio.sqlite');
    // A copy half-written when the power went is replaced, never opened.
    await mkdir(local, { recursive: true });
    await writeFile(`${to}.moving`, 'half a database');
    expect(await moveLegacyDatabase(to, [from])).toMatchObject({ kind: 'moved', to });
    expect(await packTitles(to)).toEqual(['SEF 2024–25']);
  });

  it('stays where it is when this computer already has a database, and nothing is moved when there is none', async () => {
    const { roaming, local } = await folders();
    const from = join(roaming, 'sef-studio.sqlite');
    await databaseLeftByACrash(from, 'Old');
    const to = join(local, 'sef-studio.sqlite');
    await mkdir(local, { recursive: true });
    await (await openDatabase(to)).close();
    expect(await moveLegacyDatabase(to, [from])).toBeNull();
    expect(await readdir(roaming)).toContain('sef-studio.sqlite');
    expect(await moveLegacyDatabase(join(local, 'other.sqlite'), [join(roaming, 'missing.sqlite')])).toBeNull();
  });

  it('leaves a file that is not a SEF Studio database exactly as it was', async () => {
    const { roaming, local } = await folders();
    const from = join(roaming, 'sef-studio.sqlite');
    await writeFile(from, 'not a database');
    expect(await moveLegacyDatabase(join(local, 'sef-studio.sqlite'), [from])).toBeNull();
    expect(await readFile(from, 'utf8')).toBe('not a database');
    expect(await readdir(roaming)).toEqual(['sef-studio.sqlite']);
  });

  it('is looked for only on Windows, in both folders earlier versions used', () => {
    const env = { APPDATA: 'C:\\Users\\sam\\AppData\\Roaming' };
    expect(legacyDatabasePaths('win32', env)).toEqual([
      'C:\\Users\\sam\\AppData\\Roaming\\sef-studio\\sef-studio.sqlite',
      'C:\\Users\\sam\\AppData\\Roaming\\SEF Studio\\sef-studio.sqlite',
    ]);
    expect(legacyDatabasePaths('win32', { APPDATA: 'relative\\path' })).toEqual([]);
    expect(legacyDatabasePaths('linux', env)).toEqual([]);
    expect(legacyDatabasePaths('darwin', env)).toEqual([]);
  });
});
