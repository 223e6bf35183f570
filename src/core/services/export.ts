// The 'export.word' operation: writes the self-evaluation or the board paper of a pack to a .docx file.
// It runs as a job, so the person can cancel it from the export dialog with 'jobs.cancel'.
import { exportWord } from '../export';
import type { HandlersFor } from '../handlers';
import { cancelJob, startJob } from '../jobs';

export const exportHandlers: HandlersFor<'export.word' | 'jobs.cancel'> = {
  'export.word': async (input, ctx) => {
    const job = startJob(input.jobId);
    try {
      return await exportWord(ctx, input.packId, input.path, input.options, job.signal);
    } finally {
      job.finish();
    }
  },
  'jobs.cancel': async ({ jobId }) => ({ cancelled: cancelJob(jobId) }),
};
