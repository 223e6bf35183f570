// Opening an attachment means handing the person's own program a real file. The blob is written to SEF
// Studio's private folder (see ../files/private-copies.ts), never into the person's documents, and the
// host opens it through the opener returned, which names only that copy.
import type { HandlersFor } from '../handlers';
import { notFound } from '../errors';

export const openableCopyHandlers: HandlersFor<'evidence.openableCopy'> = {
  'evidence.openableCopy': async ({ attachmentId }, ctx) => {
    const row = await ctx.db.get<{ file_name: string; data: Buffer }>(
      `SELECT a.file_name, b.data FROM attachments a JOIN blobs b ON b.sha256 = a.sha256 WHERE a.id = ?`,
      [attachmentId],
    );
    if (!row) throw notFound('That attachment');
    const path = await ctx.privateCopies.write(row.file_name, row.data);
    return { file: ctx.files.open(path, true) };
  },
};
