// The database that earlier versions kept in the roaming AppData folder, brought to this computer's own
// disk. Councils often redirect roaming AppData to a network share, where SQLite's locking is unsafe, so
// the default database now lives under the local AppData folder (policy.ts, defaultDatabaseFolder). A
// person upgrading must not find an empty app: at the first start without a local database, the old one is
// renamed where it was (kept as a backup) and copied across by SQLite, with everything its -wal held.
// No 'electron' import, so it is tested in plain Node with real SQLite files (tests/unit/legacy-location.test.ts).
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, win32 } from 'node:path';
import sqlite3 from 'sqlite3';
import { Connection, openRaw } from '../../src/core/db/connection';
import { backupDatabase, inspectDatabase, openDatabaseReadOnly } from '../../src/core/db/open';
import { DEFAULT_DATABASE_NAME, PRODUCT_NAME } from './policy';

/**
 * Where earlier versions put the default database on Windows: Electron's roaming user-data folder, named
 * after the package ("sef-studio") before the product name was set, then "SEF Studio". None elsewhere:
 * on macOS and Linux the user-data folder was on the machine already, and is still the default folder.
 */
export function legacyDatabasePaths(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  const roaming = env.APPDATA?.trim();
  if (platform !== 'win32' || !roaming || !win32.isAbsolute(roaming)) return [];
  return ['sef-studio', PRODUCT_NAME].map((folder) => win32.join(roaming, folder, DEFAULT_DATABASE_NAME));
}

export type LegacyMove =
  | { kind: 'moved'; from: string; to: string; keptAs: string }
  /** The old file could not be renamed (another copy of SEF Studio has it open), so nothing was changed. */
  | { kind: 'in_use'; from: string; reason: string };

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** Where the old file is kept once moved: "sef-studio.sqlite.moved-to-this-computer.bak", beside where it was. */
export function keptName(path: string): string {
  return `${path}.moved-to-this-computer.bak`;
}

const isSefDatabase = async (path: string) => {
  const facts = await inspectDatabase(path).catch(() => null);
  return !!facts?.exists && facts.schemaVersion > 0;
};

/**
 * Folds whatever the file's -wal holds into the file itself and closes it, which removes the -wal and
 * -shm: the file is then whole on its own, and one rename moves all of it.
 */
async function foldInWal(path: string): Promise<void> {
  const conn = new Connection(await openRaw(path, sqlite3.OPEN_READWRITE), path);
  try {
    await conn.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    await conn.close();
  }
}

/**
 * Moves the first SEF Studio database found at `candidates` to `target`, when there is none at `target`
 * yet. Each step leaves something the next start can finish from: the old file is made whole and renamed
 * to its kept name where it is (a rename an open file refuses on Windows, so a copy of SEF Studio still
 * using it is found before anything changes), then copied by SQLite beside the target under another name
 * and renamed into place only when complete, so a crash part-way never leaves a half database where the
 * app looks first. A file that is not a SEF Studio database, is newer or is damaged is left alone for the
 * person to open by hand. Returns null when there was nothing to move.
 */
export async function moveLegacyDatabase(target: string, candidates: readonly string[]): Promise<LegacyMove | null> {
  if (await exists(target)) return null;
  for (const from of candidates) {
    const keptAs = keptName(from);
    if (await isSefDatabase(from)) {
      await foldInWal(from);
      try {
        await rename(from, keptAs);
      } catch (err) {
        return { kind: 'in_use', from, reason: err instanceof Error ? err.message : String(err) };
      }
    }
    // Also where a move was cut short after the rename: the kept file is what there is to copy.
    if (!(await isSefDatabase(keptAs))) continue;
    const partial = `${target}.moving`;
    await mkdir(dirname(target), { recursive: true });
    await rm(partial, { force: true });
    const source = await openDatabaseReadOnly(keptAs);
    try {
      await backupDatabase(source, partial);
    } finally {
      await source.close();
    }
    await rename(partial, target);
    return { kind: 'moved', from, to: target, keptAs };
  }
  return null;
}

/** What the person is told, in words: where their database went and why, or why it stayed. */
export function describeLegacyMove(move: LegacyMove): string {
  if (move.kind === 'moved')
    return (
      `Your SEF Studio database has moved from ${move.from} to ${move.to}. The old folder is in the roaming part ` +
      'of your profile, which councils often keep on a network drive, where a database can be damaged. ' +
      `Everything in it came across; the old file is kept as ${move.keptAs} in case you need it.`
    );
  return (
    `Your SEF Studio database at ${move.from} is open in another copy of SEF Studio, so it was not moved to this ` +
    'computer’s own disk. Close the other copy and start SEF Studio again; until then it is opened where it is.'
  );
}
