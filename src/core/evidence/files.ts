// Files coming in to the evidence library. The core reads them itself (large things never cross the
// bridge) and checks them before anything is stored; see ../files for the rules every file follows.
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { MAX_ATTACHMENT_BYTES } from '../../shared/domain';
import { AppError } from '../errors';
import { safeFileName } from '../files/names';
import { megabytes, readRegularFile } from '../files/read';

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

export function tooLarge(name: string, bytes: number): AppError {
  return new AppError(
    'too_large',
    `${name} is ${megabytes(bytes)}, and files attached to evidence can be up to ${megabytes(MAX_ATTACHMENT_BYTES)}. ` +
      'Attach a smaller version, such as a PDF of the summary, or split it into parts.',
  );
}

/** Reads and checks a file to attach: an ordinary file, not empty, within the size limit. */
export async function readIncomingFile(path: string): Promise<IncomingFile> {
  const fileName = safeFileName(path);
  const data = await readRegularFile(path, {
    maxBytes: MAX_ATTACHMENT_BYTES,
    tooLarge: (bytes) => tooLarge(fileName, bytes),
    empty: () =>
      new AppError('invalid_input', `${fileName} is empty (0 bytes), so there is nothing to attach. Check it is the right file.`),
  });
  return { fileName, mediaType: mediaTypeFor(fileName), data, sha256: createHash('sha256').update(data).digest('hex') };
}
