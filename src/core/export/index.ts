// The Word export as the core offers it: gather the pack through the contract, build the document, and
// write it safely. The 'export.word' handler and the CLI both call exportWord.
import type { ExportOptions } from '../../shared/api';
import type { CoreContext } from '../context';
import { buildDocx } from './build';
import { loadSnapshot, type PackSnapshot } from './snapshot';
import { checkTargetPath, writeAtomically } from './write';

export { buildDocument, buildDocx } from './build';
export { loadSnapshot, type PackSnapshot } from './snapshot';
export { sanitiseText } from './sanitise';

/** Turns a snapshot into .docx bytes; buildDocx itself, or a host's way of running it elsewhere. */
export type DocumentBuilder = (
  snapshot: PackSnapshot,
  options: ExportOptions,
) => Promise<{ buffer: Buffer; withheldCount: number }>;

export interface ExportResult {
  path: string;
  bytes: number;
  withheldCount: number;
}

export async function exportWord(ctx: CoreContext, packId: string, path: string, options: ExportOptions): Promise<ExportResult> {
  // Refuse a missing folder before doing the work.
  await checkTargetPath(path);
  const snapshot = await loadSnapshot(ctx, packId);
  const build: DocumentBuilder = ctx.documentBuilder ?? buildDocx;
  const { buffer, withheldCount } = await build(snapshot, options);
  const written = await writeAtomically(path, buffer);
  return { path: written, bytes: buffer.length, withheldCount };
}
