// Writing the file: into a temporary file beside the target, then renamed over it, so a reader never
// sees half a document and a failed export leaves any earlier file at the path as it was.
import { randomBytes } from 'node:crypto';
import { rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { AppError } from '../errors';

export async function checkTargetPath(path: string): Promise<string> {
  const target = resolve(path);
  const folder = dirname(target);
  const dir = await stat(folder).catch(() => null);
  if (!dir || !dir.isDirectory())
    throw new AppError(
      'invalid_input',
      `The folder ${folder} does not exist, so the document cannot be saved there. Choose a folder that exists and try again.`,
      { path: 'This folder does not exist' },
    );
  const existing = await stat(target).catch(() => null);
  if (existing?.isDirectory())
    throw new AppError('invalid_input', `${target} is a folder. Give a file name for the document, such as pack.docx.`, {
      path: 'This is a folder, not a file name',
    });
  return target;
}

/** Writes the bytes to the path through a temporary file in the same folder; returns the absolute path. */
export async function writeAtomically(path: string, bytes: Uint8Array): Promise<string> {
  const target = await checkTargetPath(path);
  const temp = resolve(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    await rename(temp, target);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    const reason = err instanceof Error ? err.message : String(err);
    throw new AppError(
      'io_error',
      `The document could not be saved to ${target}: ${reason}. Any earlier file there is unchanged. Check the folder can be written to and the file is not open in Word, then try again.`,
    );
  }
  return target;
}
