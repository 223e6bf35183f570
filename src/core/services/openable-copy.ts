// Opening an attachment means handing the person's own program a real file. The blob is written to SEF
// Studio's private folder (see ../files/private-copies.ts), never into the person's documents, and the
// host opens it through the opener returned, which names only that copy. A program (or anything else that
// runs when opened) gets no copy at all: it can still be saved with "Save a copy".
import type { HandlersFor } from '../handlers';
import { AppError, notFound } from '../errors';
import { isRunnableName } from '../files/runnable';

export const openableCopyHandlers: HandlersFor<'evidence.openableCopy'> = {
  'evidence.openableCopy': async ({ attachmentId }, ctx) => {
    const row = await ctx.db.get<{ file_name: string; data: Buffer }>(
      `SELECT a.file_name, b.data FROM attachments a JOIN blobs b ON b.sha256 = a.sha256 WHERE a.id = ?`,
      [attachmentId],
    );
    if (!row) throw notFound('That attachment');
    if (isRunnableName(row.file_name))
      throw new AppError(
        'invalid_input',
        `${row.file_name} is a program or runs code when opened, so SEF Studio will not open it. Use "Save a copy" to keep it somewhere, then check it before opening it.`,
      );
    const path = await ctx.privateCopies.write(row.file_name, row.data);
    return { file: ctx.files.open(path, true) };
  },
};
