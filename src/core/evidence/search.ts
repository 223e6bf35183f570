// The evidence library's search: full-text search, filters, a whitelisted sort and a page, in one query,
// plus one query for the linked areas of the items on the page. It stays quick with tens of thousands
// of items because nothing is fetched per row.
import type { OpParsedInput } from '../../shared/api';
import { addDays } from '../../shared/dates';
import { REVIEW_DUE_SOON_DAYS, type Freshness } from '../../shared/domain';
import type { EvidenceRow } from '../../shared/entities';
import { today, type CoreContext } from '../context';
import type { ReadQueries, SqlValue } from '../db/port';
import { groupBy, referenceOrder } from '../records';
import { EVIDENCE_COLUMNS, rowToEvidence, type EvidenceDbRow } from './queries';

type EvidenceQuery = OpParsedInput<'evidence.list'>;
type LinkedArea = EvidenceRow['linkedAreas'][number];

interface Condition {
  sql: string;
  params: SqlValue[];
}

/**
 * Freshness as SQL on review_due, with the dates worked out here, so the filter can use the index
 * and agrees with evidenceFreshness() in shared/rules.ts.
 */
export function freshnessCondition(freshness: Freshness, todayIso: string): Condition {
  const soon = addDays(todayIso, REVIEW_DUE_SOON_DAYS);
  switch (freshness) {
    case 'out_of_date':
      return { sql: 'e.review_due < ?', params: [todayIso] };
    case 'due_soon':
      return { sql: 'e.review_due BETWEEN ? AND ?', params: [todayIso, soon] };
    case 'in_date':
      return { sql: '(e.review_due IS NULL OR e.review_due > ?)', params: [soon] };
  }
}

function conditionsFor(q: ReadQueries, query: EvidenceQuery, todayIso: string): Condition[] {
  const conditions: Condition[] = [];
  // Full-text search is each engine's own: FTS5 in SQLite, tsvector with the English configuration in PostgreSQL.
  const match = query.text ? q.dialect.searchParameter(query.text) : null;
  if (match) conditions.push({ sql: q.dialect.evidenceMatches, params: [match] });
  if (query.type) conditions.push({ sql: 'e.type = ?', params: [query.type] });
  if (query.owner) conditions.push({ sql: 'lower(e.owner) = lower(?)', params: [query.owner.trim()] });
  if (query.sensitivity) conditions.push({ sql: 'e.sensitivity = ?', params: [query.sensitivity] });
  if (query.areaId)
    conditions.push({
      sql: 'EXISTS (SELECT 1 FROM evidence_links l WHERE l.evidence_id = e.id AND l.area_id = ?)',
      params: [query.areaId],
    });
  if (query.freshness) conditions.push(freshnessCondition(query.freshness, todayIso));
  return conditions;
}

/** The only things the list can be sorted by; the input names a key, never a column. */
const SORT_COLUMNS: Record<EvidenceQuery['sort'], (direction: 'asc' | 'desc') => string> = {
  reference: (d) => referenceOrder('e.reference', d),
  title: (d) => `lower(e.title) ${d}`,
  type: (d) => `e.type ${d}`,
  owner: (d) => `lower(e.owner) ${d}`,
  effectiveDate: (d) => `e.effective_date ${d} NULLS LAST`,
  reviewDue: (d) => `e.review_due ${d} NULLS LAST`,
  updatedAt: (d) => `e.updated_at ${d}`,
};

function orderBy(query: EvidenceQuery): string {
  // Ties fall back to reference order so paging is stable.
  return `${SORT_COLUMNS[query.sort](query.direction)}, ${referenceOrder('e.reference')}`;
}

/** Areas of one pack that each of the given items is linked to, in the pack's area order. */
async function linkedAreasOf(q: ReadQueries, packId: string, evidenceIds: string[]): Promise<Map<string, LinkedArea[]>> {
  const rows = await q.all<{ evidence_id: string; area_id: string; title: string }>(
    `SELECT l.evidence_id, a.id AS area_id, a.title FROM evidence_links l JOIN pack_areas a ON a.id = l.area_id
     WHERE a.pack_id = ? AND ${q.dialect.inJsonList('l.evidence_id')}
     ORDER BY a.sort_order`,
    [packId, JSON.stringify(evidenceIds)],
  );
  return groupBy(
    rows,
    (r) => r.evidence_id,
    (r): LinkedArea => ({ areaId: r.area_id, title: r.title }),
  );
}

export async function listEvidence(
  q: ReadQueries,
  ctx: CoreContext,
  query: EvidenceQuery,
): Promise<{ items: EvidenceRow[]; total: number }> {
  const todayIso = today(ctx);
  const conditions = conditionsFor(q, query, todayIso);
  const where = conditions.length ? `WHERE ${conditions.map((c) => c.sql).join(' AND ')}` : '';
  const params = conditions.flatMap((c) => c.params);
  // The page is chosen on the sort keys alone, and only its rows are read in full (with their attachment
  // counts); sorting every matching row with all its columns would take several times as long.
  const order = orderBy(query);
  const rows = await q.all<EvidenceDbRow & { total: number }>(
    `SELECT ${EVIDENCE_COLUMNS}, (SELECT count(*) FROM evidence e ${where}) AS total
     FROM (SELECT e.seq AS rid FROM evidence e ${where} ORDER BY ${order} LIMIT ? OFFSET ?) AS page
     JOIN evidence e ON e.seq = page.rid
     ORDER BY ${order}`,
    [...params, ...params, query.limit, query.offset],
  );
  const total = rows[0]?.total ?? (await countPastTheEnd(q, where, params, query.offset));
  const ids = rows.map((r) => r.id);
  const linked =
    query.packId && ids.length ? await linkedAreasOf(q, query.packId, ids) : new Map<string, LinkedArea[]>();
  const items = rows.map((row) => ({ ...rowToEvidence(row, todayIso), linkedAreas: linked.get(row.id) ?? [] }));
  return { items, total };
}

/** An empty page says nothing about the total unless it is the first page. */
async function countPastTheEnd(q: ReadQueries, where: string, params: SqlValue[], offset: number): Promise<number> {
  if (offset === 0) return 0;
  const row = await q.get<{ total: number }>(`SELECT count(*) AS total FROM evidence e ${where}`, params);
  return row?.total ?? 0;
}
