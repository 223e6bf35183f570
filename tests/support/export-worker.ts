// The desktop app's export worker (electron/main/export-worker.ts) started from its TypeScript source.
// Node 20 does not apply --import loaders to a worker's own entry file, so the worker registers tsx first.
import { Worker } from 'node:worker_threads';
import { documentBuilderFrom } from '../../electron/main/worker-document-builder';

export function startExportWorker(): Worker {
  const entry = new URL('../../electron/main/export-worker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true });
}

/** Builds documents as the desktop app does, off the test process's main thread. */
export const workerDocumentBuilder = documentBuilderFrom(startExportWorker);
