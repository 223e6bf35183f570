// Runs each Word build in a fresh worker thread, which ends when the document is done, fails or is
// cancelled (the worker is terminated mid-build), so nothing of a large pack stays in memory afterwards.
// Kept free of bundler-specific imports so tests can run the same wiring with their own worker.
import type { Worker } from 'node:worker_threads';
import type { DocumentBuilder } from '../../src/core/export';
import { cancelled } from '../../src/core/jobs';
import type { BuildReply, BuildRequest } from './export-worker';

export function documentBuilderFrom(startWorker: () => Worker): DocumentBuilder {
  return (snapshot, options, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(cancelled('The export'));
      const worker = startWorker();
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
        if (reply.ok) resolve({ buffer: Buffer.from(reply.buffer), withheldCount: reply.withheldCount, drawnCharts: reply.drawnCharts });
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
}
