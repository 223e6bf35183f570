// The 'export.word' operation: writes the self-evaluation or the board paper of a pack to a .docx file.
// It runs as a job, so the person can cancel it from the export dialog with 'jobs.cancel'.
import { exportWord } from '../export';
import { checkExport } from '../export/checks';
import { loadSnapshot } from '../export/snapshot';
import type { HandlersFor } from '../handlers';
import { cancelJob, startJob } from '../jobs';

export const exportHandlers: HandlersFor<'export.word' | 'export.check' | 'jobs.cancel'> = {
  'export.check': async ({ packId, options }, ctx) => checkExport(await loadSnapshot(ctx, packId, options.edition), options),

  'export.word': async (input, ctx) => {
    const job = startJob(input.jobId);
    try {
      const path = ctx.files.take(input.file, 'export-word');
      const { path: written, bytes, withheldCount } = await exportWord(ctx, input.packId, path, input.options, job.signal);
      return { file: ctx.files.open(written, true), bytes, withheldCount };
    } finally {
      job.finish();
    }
  },
  'jobs.cancel': async ({ jobId }) => ({ cancelled: cancelJob(jobId) }),
};
