// Spreadsheets being previewed. A file is read once, when the person chooses it (its grant is good for one
// read), and held here while they match columns and look at the preview; the import then uses the same
// rows. Held beside the host's file grants (hosts make a new core context for each call but keep one grant
// registry, so the grants are what lasts between the preview and the import), a few at a time, and
// dropped after a while or when the preview closes.
import { randomBytes } from 'node:crypto';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import type { SheetFile } from './table';

export interface OpenSheet {
  id: string;
  fileName: string;
  file: SheetFile;
  openedAt: number;
}

const KEEP_MS = 60 * 60 * 1000;
const MAX_OPEN = 4;
const byHost = new WeakMap<CoreContext['files'], Map<string, OpenSheet>>();

function sheetsOf(ctx: CoreContext): Map<string, OpenSheet> {
  let sheets = byHost.get(ctx.files);
  if (!sheets) byHost.set(ctx.files, (sheets = new Map()));
  const now = ctx.now().getTime();
  for (const [id, s] of sheets) if (now - s.openedAt > KEEP_MS) sheets.delete(id);
  return sheets;
}

export function holdSheet(ctx: CoreContext, fileName: string, file: SheetFile): OpenSheet {
  const sheets = sheetsOf(ctx);
  while (sheets.size >= MAX_OPEN) sheets.delete(sheets.keys().next().value!);
  const sheet = { id: `sheet-${randomBytes(12).toString('base64url')}`, fileName, file, openedAt: ctx.now().getTime() };
  sheets.set(sheet.id, sheet);
  return sheet;
}

export function heldSheet(ctx: CoreContext, id: string): OpenSheet {
  const sheet = sheetsOf(ctx).get(id);
  if (!sheet) throw new AppError('not_found', 'That spreadsheet is no longer open in SEF Studio. Choose the file again.');
  return sheet;
}

export function releaseSheet(ctx: CoreContext, id: string): void {
  sheetsOf(ctx).delete(id);
}
