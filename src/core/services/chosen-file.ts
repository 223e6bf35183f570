// Reading a small file the user chose in a dialog (a logo, a framework definition). The size is checked
// before the bytes are read, so choosing a huge file by mistake fails at once with a message saying so.
import { open } from 'node:fs/promises';
import { AppError } from '../errors';

export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

function readProblem(path: string, err: unknown): AppError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new AppError('not_found', `There is no file at ${path}. It may have been moved or renamed; choose it again.`);
  if (code === 'EISDIR') return new AppError('invalid_input', `${path} is a folder, not a file. Choose a file.`);
  if (code === 'EACCES' || code === 'EPERM')
    return new AppError('io_error', `SEF Studio is not allowed to read ${path}. Check the file's permissions.`);
  return new AppError('io_error', `${path} could not be read: ${err instanceof Error ? err.message : String(err)}`);
}

/**
 * The file's bytes, or an AppError: missing, a folder, or larger than maxBytes (tooLarge says what to
 * do instead, in the words of the feature that asked).
 */
export async function readChosenFile(path: string, maxBytes: number, tooLarge: (bytes: number) => AppError): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    throw readProblem(path, err);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new AppError('invalid_input', `${path} is not an ordinary file. Choose a file.`);
    if (info.size > maxBytes) throw tooLarge(info.size);
    const data = await handle.readFile();
    if (data.length > maxBytes) throw tooLarge(data.length);
    return data;
  } catch (err) {
    throw err instanceof AppError ? err : readProblem(path, err);
  } finally {
    await handle.close();
  }
}
