// Chart pictures kept in the database (migration 010), so an export of figures already drawn does not draw
// them again: in the app every export runs in a worker of its own, which ends with the export, so the
// process's own cache (cache.ts) never served a second one. Rows are keyed by chartKey, which covers
// everything that decides the pixels; what a row holds can never be another chart's picture. Keeping them
// is a convenience, never part of the export: a database that cannot be written (opened read-only, an
// older file, a team member whose role may not keep them) only means the next export draws them again.
import type { Database, ReadQueries } from '../db/port';
import type { ChartImage } from './png';

/** A drawn chart with its key: to keep, or kept. */
export interface KeptChart extends Omit<ChartImage, 'png'> {
  key: string;
  /** A Buffer when read here; a Uint8Array once it has crossed to a worker and back. */
  png: Uint8Array;
}

/** Pictures unused for this long are deleted when an export keeps its own. */
const KEEP_UNUSED_DAYS = 60;

interface ChartRow {
  chart_key: string;
  png: Uint8Array;
  pixel_width: number;
  pixel_height: number;
}

/** The kept pictures among those keys; none in a file from before migration 010 (opened read-only, so not migrated). */
export async function keptCharts(q: ReadQueries, keys: readonly string[]): Promise<KeptChart[]> {
  if (!keys.length) return [];
  const rows = await q
    .all<ChartRow>(`SELECT chart_key, png, pixel_width, pixel_height FROM chart_pictures WHERE ${q.dialect.inJsonList('chart_key')}`, [JSON.stringify(keys)])
    // Only SQLite opens a file without migrating it, and a failed statement leaves its read as it was.
    .catch((err: unknown) => {
      if (/no such table: chart_pictures/.test(String(err))) return [];
      throw err;
    });
  return rows.map((r) => ({ key: r.chart_key, png: r.png, pixelWidth: Number(r.pixel_width), pixelHeight: Number(r.pixel_height) }));
}

/**
 * Keeps the pictures an export drew, marks those it used as used now, and deletes those unused for
 * KEEP_UNUSED_DAYS. Returns false, having kept nothing, when the database cannot be written.
 */
export async function keepCharts(db: Database, drawn: readonly KeptChart[], used: readonly string[], now: Date): Promise<boolean> {
  if (!drawn.length && !used.length) return true;
  const at = now.toISOString();
  const before = new Date(now.getTime() - KEEP_UNUSED_DAYS * 86_400_000).toISOString();
  try {
    await db.transaction(async (tx) => {
      for (const c of drawn)
        await tx.run(
          `INSERT INTO chart_pictures (chart_key, png, pixel_width, pixel_height, used_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (chart_key) DO UPDATE SET used_at = excluded.used_at`,
          [c.key, Buffer.from(c.png.buffer, c.png.byteOffset, c.png.byteLength), c.pixelWidth, c.pixelHeight, at],
        );
      if (used.length)
        await tx.run(`UPDATE chart_pictures SET used_at = ? WHERE ${tx.dialect.inJsonList('chart_key')}`, [at, JSON.stringify(used)]);
      await tx.run('DELETE FROM chart_pictures WHERE used_at < ?', [before]);
    });
    return true;
  } catch {
    // Read-only, a file from before migration 010, or a role that may not: they are drawn again next time.
    return false;
  }
}
