// The DocumentBuilder the desktop app gives the core: Word documents are built in a worker thread that
// electron-vite bundles from export-worker.ts, so the main process stays responsive.
import createExportWorker from './export-worker?nodeWorker';
import { documentBuilderFrom } from './worker-document-builder';

export const buildDocxInWorker = documentBuilderFrom(() => createExportWorker({}));
