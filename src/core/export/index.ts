// The Word export as the core offers it: gather the pack through the contract, build the document, and
// write it safely. The 'export.word' handler and the CLI both call exportWord.
import type { ExportOptions } from '../../shared/api';
import type { CoreContext } from '../context';
import { throwIfCancelled } from '../jobs';
import { keepCharts, keptCharts, type KeptChart } from '../charts/store';
import { buildDocx } from './build';
import { editionChartKeys } from './performance';
import { readSnapshot, type PackSnapshot } from './snapshot';
import { checkWriteTarget, databaseFiles, writeFileSafely } from '../files/write';

export { buildDocument, buildDocx } from './build';
export { loadSnapshot, type PackSnapshot } from './snapshot';
export { sanitiseText } from './sanitise';

/** Turns a snapshot into .docx bytes; buildDocx itself, or a host's way of running it elsewhere. */
export type DocumentBuilder = (
  snapshot: PackSnapshot,
  options: ExportOptions,
  signal?: AbortSignal,
) => Promise<{ buffer: Buffer; withheldCount: number; drawnCharts?: KeptChart[] }>;

export interface ExportResult {
  path: string;
  bytes: number;
  withheldCount: number;
}

/**
 * Writes the pack's Word document. A cancelled export (signal aborted) stops at the next step and writes
 * nothing: the file only appears, by rename, once the whole document is ready.
 */
export async function exportWord(
  ctx: CoreContext,
  packId: string,
  path: string,
  options: ExportOptions,
  signal?: AbortSignal,
): Promise<ExportResult> {
  // Refuse a missing folder, or the open database itself, before doing the work.
  const target = { protectedFiles: databaseFiles(ctx.db.file), what: 'the document' };
  await checkWriteTarget(path, target);
  let chartKeys: string[] = [];
  const snapshot = await ctx.db.read(async (q) => {
    const read = await readSnapshot(q, ctx, packId, options.edition);
    // The pictures the database keeps for the edition's charts, in the same read.
    chartKeys = editionChartKeys(read, options);
    read.keptCharts = await keptCharts(q, chartKeys);
    return read;
  });
  throwIfCancelled(signal, 'The export');
  const build: DocumentBuilder = ctx.documentBuilder ?? ((snap, opts) => buildDocx(snap, opts));
  const { buffer, withheldCount, drawnCharts = [] } = await build(snapshot, options, signal);
  throwIfCancelled(signal, 'The export');
  const written = await writeFileSafely(path, buffer, target);
  await keepCharts(ctx.db, drawnCharts, chartKeys, ctx.now());
  return { path: written, bytes: buffer.length, withheldCount };
}
