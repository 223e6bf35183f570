// Reading a file the person gave SEF Studio (an attachment, a logo, a framework file). Every reader goes
// through readRegularFile, so the checks are made once: the file is opened without blocking and checked
// to be an ordinary file before a byte is read (a FIFO, a device or a socket would otherwise hang the core
// and tie up the thread pool SQLite shares), and its size is checked before and after reading.
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { databaseProblem } from '../db/errors';
import { AppError } from '../errors';

export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** A file-system failure in words a person can act on. */
export function fileProblem(path: string, err: unknown, doing: 'read' | 'written'): AppError {
  if (err instanceof AppError) return err;
  const name = basename(path);
  // A database written for the person (a backup) fails in SQLite's words; say them plainly too.
  const sqlite = databaseProblem(err, name);
  if (sqlite) return sqlite;
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT')
    return doing === 'read'
      ? new AppError('not_found', `There is no file at ${path}. It may have been moved or renamed; choose it again.`)
      : new AppError('io_error', `The folder ${dirname(path)} does not exist. Choose another place to save ${name}.`);
  if (code === 'EISDIR') return new AppError('invalid_input', `${path} is a folder, not a file. Choose a file.`);
  if (code === 'EACCES' || code === 'EPERM')
    return new AppError('io_error', `SEF Studio is not allowed to use ${path}. Check the file's permissions, or choose another place.`);
  if (code === 'ENOSPC') return new AppError('io_error', `There is no room left on the disk for ${name}. Free some space and try again.`);
  if (code === 'EBUSY')
    return new AppError('io_error', `${name} is in use by another program. Close it there (Word, Excel…) and try again.`);
  if (code === 'ENAMETOOLONG') return new AppError('io_error', `The name ${name} is too long for this disk. Choose a shorter name.`);
  const detail = err instanceof Error ? err.message : String(err);
  return new AppError('io_error', `${path} could not be ${doing}: ${detail}`);
}

/** "a folder", "a named pipe"…: what a path is when it is not an ordinary file. */
function kindOf(info: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not an ordinary file';
}

export function notAFile(path: string, kind: string): AppError {
  return new AppError('invalid_input', `${path} is ${kind}, not a file SEF Studio can use. Choose a document, spreadsheet or image.`);
}

/**
 * Opens for reading without blocking: O_NONBLOCK makes opening a FIFO with no writer return at once
 * instead of waiting for one for ever. It has no effect on ordinary files. (Windows has no FIFOs of this
 * kind and no such flag.)
 */
async function openWithoutBlocking(path: string): Promise<FileHandle> {
  return open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
}

export interface ReadLimits {
  maxBytes: number;
  /** The error for a file over the limit, in the words of the feature that asked. */
  tooLarge(bytes: number): AppError;
  /** Refuse an empty file with this error. */
  empty?: () => AppError;
}

/** The bytes of an ordinary file, checked as above; every failure is an AppError that says what to do. */
export async function readRegularFile(path: string, limits: ReadLimits): Promise<Buffer> {
  let handle: FileHandle;
  try {
    handle = await openWithoutBlocking(path);
  } catch (err) {
    throw fileProblem(path, err, 'read');
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw notAFile(path, kindOf(info));
    if (info.size > limits.maxBytes) throw limits.tooLarge(info.size);
    const data = await handle.readFile();
    // Checked again on the bytes read, in case the file grew after it was measured.
    if (data.length > limits.maxBytes) throw limits.tooLarge(data.length);
    if (data.length === 0 && limits.empty) throw limits.empty();
    return data;
  } catch (err) {
    throw fileProblem(path, err, 'read');
  } finally {
    await handle.close().catch(() => undefined);
  }
}
