// Chart pictures kept in the database (migration 010, src/core/charts/store.ts): a second export of the
// same figures draws nothing and carries the very pictures of the first, although each export is built in
// a worker of its own (as in the app, so nothing is kept in memory between them); pictures no export has
// used for 60 days are deleted; a database that cannot be written still exports.
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coreContext, type CoreContext } from '../../src/core/context';
import { openDatabaseReadOnly } from '../../src/core/db/open';
import { populateDemo } from '../../src/core/demo/index';
import { call } from '../../src/core/dispatch';
import type { DocumentBuilder } from '../../src/core/export';
import type { ExportOptions } from '../../src/shared/api';
import { workerDocumentBuilder } from '../support/export-worker';
import { grant } from '../support/grants';
import { tempContext } from '../support/tempdb';

let ctx: CoreContext;
let dbPath: string;
let cleanup: () => Promise<void>;
let out: string;
let packId: string;
/** How many charts each export's build drew, in order. */
const drawnPerExport: number[] = [];

/** The app's worker builder, counting what each build drew. */
const countingBuilder: DocumentBuilder = async (snapshot, options, signal) => {
  const result = await workerDocumentBuilder(snapshot, options, signal);
  drawnPerExport.push(result.drawnCharts?.length ?? 0);
  return result;
};

let n = 0;
async function exportWith(c: CoreContext, options: ExportOptions): Promise<Buffer> {
  const path = join(out, `export-${(n += 1)}.docx`);
  await call(c, 'export.word', { packId, file: grant(c, path, 'export-word'), options });
  return readFile(path);
}

/** The document's pictures, by their file in the package. */
async function pictures(docx: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(docx);
  const files = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))) files.set(name, await zip.file(name)!.async('nodebuffer'));
  return files;
}

const keptRows = () => ctx.db.all<{ chart_key: string; used_at: string }>('SELECT chart_key, used_at FROM chart_pictures ORDER BY chart_key');

beforeAll(async () => {
  let path: string;
  ({ ctx, path, cleanup } = await tempContext());
  dbPath = path;
  ctx.documentBuilder = countingBuilder;
  out = await mkdtemp(join(tmpdir(), 'sef-charts-kept-'));
  await populateDemo(ctx);
  packId = (await call(ctx, 'packs.list', {}))[0]!.id;
}, 120_000);
afterAll(async () => {
  await cleanup();
  await rm(out, { recursive: true, force: true });
});

describe('chart pictures kept in the database', () => {
  let first: Map<string, Buffer>;

  it('are drawn by the first export and kept, one row for each chart it shows', async () => {
    first = await pictures(await exportWith(ctx, { edition: 'self_evaluation' }));
    expect(first.size).toBe(15);
    expect(drawnPerExport).toEqual([15]);
    const rows = await keptRows();
    expect(rows).toHaveLength(15);
    expect(new Set(rows.map((r) => r.used_at))).toEqual(new Set([ctx.now().toISOString()]));
  }, 120_000);

  it('serve the next export, in a worker of its own, which draws none and carries the same pictures', async () => {
    const second = await pictures(await exportWith(ctx, { edition: 'self_evaluation' }));
    expect(drawnPerExport.at(-1)).toBe(0);
    expect([...second.values()].map((b) => b.toString('base64')).sort()).toEqual([...first.values()].map((b) => b.toString('base64')).sort());
  }, 120_000);

  it('are what the document shows: a kept picture goes in as it is', async () => {
    const [a, b] = await ctx.db.all<{ chart_key: string; png: Buffer }>('SELECT chart_key, png FROM chart_pictures ORDER BY chart_key LIMIT 2');
    // Another chart's picture under this chart's key: the export takes the row as it is, drawing nothing.
    await ctx.db.run('UPDATE chart_pictures SET png = ? WHERE chart_key = ?', [b!.png, a!.chart_key]);
    const shown = [...(await pictures(await exportWith(ctx, { edition: 'self_evaluation' }))).values()];
    expect(drawnPerExport.at(-1)).toBe(0);
    // docx stores the same bytes once: fourteen files, one of them shown twice, and a's own picture gone.
    expect(shown).toHaveLength(14);
    expect(shown.some((p) => p.equals(b!.png))).toBe(true);
    expect(shown.some((p) => p.equals(a!.png))).toBe(false);
  }, 120_000);

  it('are deleted once no export has used them for 60 days; those the export uses are kept', async () => {
    await ctx.db.run("UPDATE chart_pictures SET used_at = '2026-01-01T00:00:00.000Z'");
    // The board paper shows only the charts of indicators needing attention: the others go.
    const board = await pictures(await exportWith(ctx, { edition: 'board' }));
    const rows = await keptRows();
    expect(board.size).toBeGreaterThan(0);
    expect(board.size).toBeLessThan(15);
    expect(rows).toHaveLength(board.size);
    expect(rows.every((r) => r.used_at === ctx.now().toISOString())).toBe(true);
  }, 120_000);

  it('leave a read-only database exporting as before: the charts are drawn and nothing is written', async () => {
    // The self-evaluation's fifteen kept, then five of them gone: a read-only export draws those five.
    await ctx.db.run('DELETE FROM chart_pictures');
    await exportWith(ctx, { edition: 'self_evaluation' });
    await ctx.db.run('DELETE FROM chart_pictures WHERE chart_key IN (SELECT chart_key FROM chart_pictures ORDER BY chart_key LIMIT 5)');
    const copy = join(out, 'copy.sqlite');
    await ctx.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    await copyFile(dbPath, copy);
    const readOnly = await openDatabaseReadOnly(copy);
    try {
      const c = coreContext({ db: readOnly, now: ctx.now, appVersion: '0.0.0-test', documentBuilder: countingBuilder });
      const before = await readOnly.all('SELECT chart_key FROM chart_pictures');
      const shown = await pictures(await exportWith(c, { edition: 'self_evaluation' }));
      expect(shown.size).toBe(15);
      expect(before).toHaveLength(10);
      expect(drawnPerExport.at(-1)).toBe(5);
      expect(await readOnly.all('SELECT chart_key FROM chart_pictures')).toEqual(before);
    } finally {
      await readOnly.close();
    }
  }, 120_000);
});
