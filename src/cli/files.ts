// Writing files so that a failure or Ctrl+C never leaves a half-written one: everything is built in a
// temporary file beside the target (./temporary.ts: same folder, so the final rename is atomic) and
// renamed into place only when complete. Existing files are replaced only with --force.
import { open, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { Connection } from '../core/db/connection';
import { openDatabase } from '../core/db/open';
import { withCleanup } from '../core/cleanup';
import { AppError } from '../core/errors';
import { commitTemporary, discardTemporary, temporaryPathBeside } from './temporary';

async function statOrNull(path: string) {
  try {
    return await stat(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

export async function fileExists(path: string): Promise<boolean> {
  return (await statOrNull(path)) !== null;
}

/**
 * Refuses a target that exists (unless force), is a folder, sits in a folder that does not exist, or
 * (for databases) looks open: its -wal or -journal file would be applied to the new file and damage it.
 */
export async function assertWritableTarget(
  target: string,
  options: { force: boolean; database: boolean },
): Promise<void> {
  const folder = dirname(resolve(target));
  const folderInfo = await statOrNull(folder);
  if (!folderInfo?.isDirectory())
    throw new AppError(
      'io_error',
      `The folder ${dirname(target)} does not exist. Create it first, or choose another place for ${basename(target)}.`,
    );
  const info = await statOrNull(target);
  if (info?.isDirectory()) throw new AppError('io_error', `${target} is a folder. Give a file name instead.`);
  if (info && !options.force)
    throw new AppError(
      'conflict',
      `${target} already exists and has not been changed. Choose another name, or add --force to replace it.`,
    );
  if (options.database)
    for (const side of ['-wal', '-journal'])
      if (await fileExists(target + side))
        throw new AppError(
          'database_locked',
          `${target} looks open in SEF Studio or another program (${basename(target)}${side} exists beside it). Close it, then try again.`,
        );
}

/** Writes text to target via a temporary file, flushed to disk before it is renamed into place. */
export async function writeFileAtomically(
  target: string,
  data: string | Buffer,
  options: { force: boolean },
): Promise<void> {
  await assertWritableTarget(target, { force: options.force, database: false });
  const temp = temporaryPathBeside(target);
  try {
    const handle = await open(temp, 'wx');
    await withCleanup(
      async () => {
        await handle.writeFile(data);
        await handle.sync();
      },
      () => handle.close(),
    );
    await commitTemporary(temp, target);
  } catch (err) {
    await discardTemporary(temp);
    throw err instanceof AppError
      ? err
      : new AppError(
          'io_error',
          `${target} could not be written: ${(err as Error).message}. Check there is space and you can write to that folder.`,
        );
  }
}

/**
 * Builds a new SEF Studio database at target: fn fills a fresh database in a temporary file, which is
 * switched to a rollback journal (one self-contained file, no -wal beside it; the app turns WAL back on
 * when it opens it) and renamed into place only when fn succeeds.
 */
export async function buildDatabaseFile<T>(
  target: string,
  options: { force: boolean },
  fn: (conn: Connection) => Promise<T>,
): Promise<T> {
  await assertWritableTarget(target, { force: options.force, database: true });
  const temp = temporaryPathBeside(target);
  let conn: Connection | undefined;
  try {
    conn = await openDatabase(temp);
    const result = await fn(conn);
    await conn.exec('PRAGMA journal_mode = DELETE');
    await conn.close();
    conn = undefined;
    await commitTemporary(temp, target);
    return result;
  } catch (err) {
    if (conn) await conn.close().catch(() => undefined);
    await discardTemporary(temp);
    throw err;
  }
}
