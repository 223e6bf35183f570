// A worker thread that builds Word documents, so seconds of CPU work never stall the main process (menus,
// dialogs, IPC). It receives a snapshot the main process already read from the database and returns bytes;
// it never touches the database itself.
import { parentPort } from 'node:worker_threads';
import type { ExportOptions } from '../../src/shared/api';
import { buildDocx } from '../../src/core/export/build';
import type { PackSnapshot } from '../../src/core/export/snapshot';
import type { KeptChart } from '../../src/core/charts/store';

export interface BuildRequest {
  snapshot: PackSnapshot;
  options: ExportOptions;
}

export type BuildReply = { ok: true; buffer: Uint8Array; withheldCount: number; drawnCharts: KeptChart[] } | { ok: false; message: string };

parentPort?.once('message', async ({ snapshot, options }: BuildRequest) => {
  let reply: BuildReply;
  try {
    const { buffer, withheldCount, drawnCharts } = await buildDocx(snapshot, options);
    // The charts it drew go back with the document, for the main process to keep in the database.
    reply = { ok: true, buffer, withheldCount, drawnCharts };
  } catch (err) {
    reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  parentPort?.postMessage(reply);
});
