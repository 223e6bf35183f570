// Which indicators each area's narratives cite, so an area shows every indicator its text quotes.
import { citedIndicators, type RichDoc } from '../../shared/richtext';
import type { ReadQueries } from '../db/connection';

export async function citedIndicatorsByArea(q: ReadQueries, packId: string): Promise<Map<string, string[]>> {
  const rows = await q.all<{ area_id: string; doc_json: string }>(
    `SELECT n.area_id, n.doc_json FROM narratives n JOIN pack_areas a ON a.id = n.area_id WHERE a.pack_id = ? ORDER BY a.sort_order, n.section_id`,
    [packId],
  );
  const byArea = new Map<string, string[]>();
  for (const row of rows) {
    const ids = citedIndicators(JSON.parse(row.doc_json) as RichDoc).map((c) => c.indicatorId);
    if (!ids.length) continue;
    byArea.set(row.area_id, [...new Set([...(byArea.get(row.area_id) ?? []), ...ids])]);
  }
  return byArea;
}
