// Readiness counts a pack's evidence from the review dates kept beside the links (SQLite, migration 012).
// A large pack has thousands of links; looking each one's item up for its review date, and each item
// again to count it once for the pack, was most of the time of readiness.get. This checks the plan SQLite
// makes for the count, not its speed: each figure a key range of an index of the kept dates, and no
// search of the links or the evidence at all.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../src/core/context';
import type { ReadQueries, SqlValue } from '../../src/core/db/port';
import { populateLargePack } from '../../src/core/demo/large';
import { packReadiness } from '../../src/core/packs/readiness';
import { tempContext } from '../support/tempdb';

let ctx: CoreContext;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ ctx, cleanup } = await tempContext());
});
afterEach(async () => cleanup());

/** The statements run through q, with their values, in order. */
function recording(q: ReadQueries): { q: ReadQueries; statements: { sql: string; params: SqlValue[] }[] } {
  const statements: { sql: string; params: SqlValue[] }[] = [];
  const note = (sql: string, params: unknown) => statements.push({ sql, params: (params ?? []) as SqlValue[] });
  return {
    statements,
    q: {
      dialect: q.dialect,
      get: (sql, params) => (note(sql, params), q.get(sql, params)),
      all: (sql, params) => (note(sql, params), q.all(sql, params)),
    },
  };
}

describe('readiness on a local file', () => {
  it('counts evidence per area and for the pack as key ranges of the kept dates, never searching links or items', async () => {
    const { packId, links } = await populateLargePack(ctx, { evidence: 40, actions: 4, narrativeWords: 300 });
    expect(links).toBeGreaterThan(40);
    const { q, statements } = recording(ctx.db);
    const readiness = await packReadiness(q, packId, '2026-11-23');
    expect(readiness.totals.evidence).toBe(40);

    const counts = statements.filter((s) => /\blink_review_dates\b/.test(s.sql) && /\bUNION ALL\b/.test(s.sql));
    expect(counts, 'one statement counts the evidence').toHaveLength(1);
    const plan = await ctx.db.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${counts[0]!.sql}`, counts[0]!.params);
    const reads = plan.map((p) => p.detail).filter((d) => /^(SEARCH|SCAN) /.test(d));
    // Besides the pack's few areas, every read counts one key range of an index of the kept dates:
    // per area its links, those out of date and those due soon; for the pack the same, and as at today.
    const byArea = 'SEARCH e USING COVERING INDEX link_review_dates_by_date';
    const byPack = 'SEARCH e USING COVERING INDEX pack_review_dates_by_date';
    expect(reads.filter((d) => !/^(SEARCH a USING INDEX pack_areas_by_pack|SCAN CONSTANT ROW)\b/.test(d))).toEqual([
      `${byArea} (area_id=?)`,
      `${byArea} (area_id=? AND review_due<?)`,
      `${byArea} (area_id=? AND review_due>? AND review_due<?)`,
      `${byPack} (pack_id=?)`,
      `${byPack} (pack_id=? AND review_due<?)`,
      `${byPack} (pack_id=? AND review_due>? AND review_due<?)`,
      `${byPack} (pack_id=? AND review_due<?)`,
      `${byPack} (pack_id=? AND review_due>? AND review_due<?)`,
    ]);
  });
});
