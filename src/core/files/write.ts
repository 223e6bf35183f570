// Writing a file where the person asked for one: an export, a saved attachment, a backup. Every writer
// goes through writeFileSafely, so the rules hold everywhere at once:
//   - never over the database SEF Studio has open, or the -wal, -shm or -journal files SQLite keeps
//     beside it, however the path is spelt (symbolic links, another case on Windows and macOS, a hard
//     link): replacing them would lose the open database, and later writes would go to a deleted file;
//   - never over a folder or anything that is not an ordinary file;
//   - the bytes go to a temporary file in the same folder, flushed to disk, then renamed into place, so a
//     failure or a cancel leaves any earlier file as it was and never half a file;
//   - a failure to clean up never hides the failure that mattered.
import { randomBytes } from 'node:crypto';
import { open, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '../errors';
import { fileProblem, notAFile } from './read';

/** The files SQLite keeps for a database at `path`. */
export function databaseFiles(path: string | null): string[] {
  // A team database lives on a server: there is no local file to protect.
  if (path === null) return [];
  return ['', '-wal', '-shm', '-journal'].map((suffix) => `${path}${suffix}`);
}

const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';
const samePathText = (a: string, b: string) => (caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b);

async function statOrNull(path: string) {
  return stat(path).catch(() => null);
}

/** The folder's real path joined with the file's name, so two spellings of one file compare equal. */
async function canonical(path: string): Promise<string> {
  const absolute = resolve(path);
  const folder = await realpath(dirname(absolute)).catch(() => null);
  if (!folder) throw new AppError('io_error', `The folder ${dirname(absolute)} does not exist. Choose another place to save ${basename(absolute)}.`);
  const joined = join(folder, basename(absolute));
  return (await realpath(joined).catch(() => null)) ?? joined;
}

/** Whether target is (or is another name for) one of the protected files. */
async function isProtected(target: string, protectedFiles: readonly string[]): Promise<boolean> {
  const targetInfo = await statOrNull(target);
  for (const file of protectedFiles) {
    const real = (await realpath(dirname(resolve(file))).then((folder) => join(folder, basename(file))).catch(() => resolve(file)));
    if (samePathText(real, target)) return true;
    const info = targetInfo && (await statOrNull(file));
    if (info && targetInfo && info.ino !== 0 && info.ino === targetInfo.ino && info.dev === targetInfo.dev) return true;
  }
  return false;
}

export interface WriteOptions {
  /** Files that must never be replaced: the open database and its side files (databaseFiles()). */
  protectedFiles: readonly string[];
  /** How the refusal names what the person was saving: "the document", "the backup". */
  what: string;
}

/**
 * Checks the target before any work is done: its folder exists, it is not a folder or special file, and
 * it is not the open database. Returns the canonical path. writeFileSafely checks again when it writes.
 */
export async function checkWriteTarget(path: string, options: WriteOptions): Promise<string> {
  const target = await canonical(path);
  if (await isProtected(target, options.protectedFiles))
    throw new AppError(
      'invalid_input',
      `${basename(target)} is the database SEF Studio has open (or a file SQLite keeps beside it), so ${options.what} cannot be saved over it. Choose another name or folder.`,
      { file: 'This is the open database' },
    );
  const existing = await statOrNull(target);
  if (existing?.isDirectory())
    throw new AppError('invalid_input', `${target} is a folder. Give a file name for ${options.what}.`, { file: 'This is a folder' });
  if (existing && !existing.isFile()) throw notAFile(target, 'not an ordinary file');
  return target;
}

/**
 * Writes `data` (or whatever `produce` writes at the temporary path it is given) to `path` as described
 * above, and returns the canonical path written.
 */
export async function writeFileSafely(
  path: string,
  data: Uint8Array | ((temporaryPath: string) => Promise<void>),
  options: WriteOptions,
): Promise<string> {
  const target = await checkWriteTarget(path, options);
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.partial`);
  try {
    if (typeof data === 'function') await data(temporary);
    else {
      const handle = await open(temporary, 'wx');
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    // Checked again just before the rename: the folder may have changed while the bytes were produced.
    await checkWriteTarget(target, options);
    await rename(temporary, target);
  } catch (err) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw fileProblem(target, err, 'written');
  }
  return target;
}
