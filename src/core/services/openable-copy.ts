// Opening an attachment means handing the user's own program a real file. The blob is written to a
// private temporary folder (one per attachment, named as the user named the file), never into the
// user's documents, and the host opens that path.
import { mkdir, mkdtemp, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HandlersFor } from '../handlers';
import { notFound } from '../errors';
import { cleanFileName } from '../evidence/files';

export const openableCopyHandlers: HandlersFor<'evidence.openableCopy'> = {
  'evidence.openableCopy': async ({ attachmentId }, ctx) => {
    const row = await ctx.db.get<{ file_name: string; data: Buffer }>(
      `SELECT a.file_name, b.data FROM attachments a JOIN blobs b ON b.sha256 = a.sha256 WHERE a.id = ?`,
      [attachmentId],
    );
    if (!row) throw notFound('That attachment');
    const root = join(tmpdir(), 'sef-studio-attachments');
    await mkdir(root, { recursive: true, mode: 0o700 });
    const folder = await mkdtemp(join(root, 'open-'));
    const path = join(folder, cleanFileName(row.file_name));
    await writeFile(`${path}.partial`, row.data, { mode: 0o600 });
    await rename(`${path}.partial`, path);
    return { path };
  },
};
