// The DocumentBuilder the desktop app gives the core: each export builds in a fresh worker thread, which
// ends when the document is done (or fails, or is cancelled: the worker is terminated mid-build), so
// nothing of a large pack stays in memory afterwards.
import type { DocumentBuilder } from '../../src/core/export';
import { cancelled } from '../../src/core/jobs';
import createExportWorker from './export-worker?nodeWorker';
import type { BuildReply, BuildRequest } from './export-worker';

export const buildDocxInWorker: DocumentBuilder = (snapshot, options, signal) =>
  new Promise((resolve, reject) => {
    const worker = createExportWorker({});
    const onAbort = () => {
      void worker.terminate();
      reject(cancelled('The export'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const finish = () => {
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
    };
    worker.once('message', (reply: BuildReply) => {
      finish();
      if (reply.ok) resolve({ buffer: Buffer.from(reply.buffer), withheldCount: reply.withheldCount });
      else reject(new Error(reply.message));
    });
    worker.once('error', (err) => {
      finish();
      reject(err);
    });
    worker.once('exit', (code) => {
      // Terminated on purpose (cancelled) or crashed; a promise already settled ignores this.
      if (code !== 0) reject(new Error(`The Word export stopped unexpectedly (worker exit code ${code}).`));
    });
    worker.postMessage({ snapshot, options } satisfies BuildRequest);
  });
