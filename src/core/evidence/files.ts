// Files coming in to the evidence library and going back out. The core reads and writes them itself
// (large things never cross the bridge), checks them before anything is stored, and writes copies
// through a temporary file so a failed save never leaves half a file where the user asked for one.
import { createHash, randomUUID } from 'node:crypto';
import { open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { MAX_ATTACHMENT_BYTES } from '../../shared/domain';
import { AppError } from '../errors';

export interface IncomingFile {
  fileName: string;
  mediaType: string;
  data: Buffer;
  sha256: string;
}

/** The common file types councils attach; anything else is stored as plain bytes. */
const MEDIA_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ppt': 'application/vnd.ms-powerpoint',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  '.rtf': 'application/rtf',
  '.csv': 'text/csv',
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.msg': 'application/vnd.ms-outlook',
  '.eml': 'message/rfc822',
  '.zip': 'application/zip',
};

export function mediaTypeFor(fileName: string): string {
  return MEDIA_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

const MAX_NAME_LENGTH = 200;
// Control characters, and the bidirectional overrides and isolates that can make "report‮fdp.exe"
// look like a PDF. Right-to-left letters themselves are kept.
const UNSAFE_IN_NAMES = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;

/**
 * The name the user knows the file by, without any folders (from either kind of slash) or characters
 * that could disguise it. Accents, emoji and other scripts are kept. Over-long names keep their
 * extension.
 */
export function cleanFileName(pathOrName: string): string {
  const last = pathOrName.split(/[\\/]/).pop() ?? '';
  const cleaned = last.replace(UNSAFE_IN_NAMES, '').normalize('NFC').trim();
  if (!cleaned || /^\.+$/.test(cleaned)) return 'attachment';
  const chars = Array.from(cleaned);
  if (chars.length <= MAX_NAME_LENGTH) return cleaned;
  const extension = extname(cleaned).length <= 16 ? extname(cleaned) : '';
  return chars.slice(0, MAX_NAME_LENGTH - extension.length).join('') + extension;
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

export function tooLarge(name: string, bytes: number): AppError {
  return new AppError(
    'too_large',
    `${name} is ${megabytes(bytes)}, and files attached to evidence can be up to ${megabytes(MAX_ATTACHMENT_BYTES)}. ` +
      'Attach a smaller version, such as a PDF of the summary, or split it into parts.',
  );
}

/** A file-system failure in words a person can act on. */
function fileProblem(path: string, err: unknown, doing: 'read' | 'written'): AppError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT')
    return doing === 'read'
      ? new AppError('not_found', `There is no file at ${path}. It may have been moved or renamed; choose it again.`)
      : new AppError('io_error', `The folder ${dirname(path)} does not exist. Choose another place to save the file.`);
  if (code === 'EISDIR') return isAFolder(path);
  if (code === 'EACCES' || code === 'EPERM')
    return new AppError(
      'io_error',
      `SEF Studio is not allowed to use ${path}. Check the file's permissions, or choose another place.`,
    );
  const detail = err instanceof Error ? err.message : String(err);
  return new AppError('io_error', `${path} could not be ${doing}: ${detail}`);
}

function isAFolder(path: string): AppError {
  return new AppError('invalid_input', `${path} is a folder, not a file. Choose a file.`);
}

/** Reads and checks a file to attach: a real file, not empty, within the size limit. */
export async function readIncomingFile(path: string): Promise<IncomingFile> {
  const fileName = cleanFileName(path);
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    throw fileProblem(path, err, 'read');
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw isAFolder(path);
    if (!info.isFile())
      throw new AppError('invalid_input', `${path} is not an ordinary file. Choose a document, spreadsheet or image.`);
    if (info.size > MAX_ATTACHMENT_BYTES) throw tooLarge(fileName, info.size);
    const data = await handle.readFile();
    // Checked again on the bytes read, in case the file changed after it was measured.
    if (data.length > MAX_ATTACHMENT_BYTES) throw tooLarge(fileName, data.length);
    if (data.length === 0)
      throw new AppError(
        'invalid_input',
        `${fileName} is empty (0 bytes), so there is nothing to attach. Check it is the right file.`,
      );
    return {
      fileName,
      mediaType: mediaTypeFor(fileName),
      data,
      sha256: createHash('sha256').update(data).digest('hex'),
    };
  } catch (err) {
    throw err instanceof AppError ? err : fileProblem(path, err, 'read');
  } finally {
    await handle.close();
  }
}

/** Writes beside the target and renames over it, so the target is either the old file or all of the new. */
export async function writeFileAtomically(path: string, data: Buffer): Promise<void> {
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) throw isAFolder(path);
  const temporary = join(dirname(path), `.${basename(path)}.${randomUUID().slice(0, 8)}.partial`);
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    await rename(temporary, path);
  } catch (err) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw fileProblem(path, err, 'written');
  }
}
