// Reading evidence: one column list and one row mapper for every query that returns evidence items,
// so the library, an item on its own and an area's evidence always agree (freshness included).
import type { Attachment, Evidence, EvidenceLink } from '../../shared/entities';
import type { EvidenceType, Sensitivity } from '../../shared/domain';
import { evidenceFreshness } from '../../shared/rules';
import { today, type CoreContext } from '../context';
import type { ReadQueries } from '../db/port';
import { mustGet, referenceOrder } from '../records';

export interface EvidenceDbRow {
  id: string;
  reference: string;
  title: string;
  type: string;
  description: string;
  owner: string;
  effective_date: string | null;
  review_due: string | null;
  source: string;
  sensitivity: string;
  version: number;
  created_at: string;
  updated_at: string;
  updated_by: string;
  inspection_id: string | null;
  attachment_count: number;
}

/** The evidence table's columns that rowToEvidence reads. */
const EVIDENCE_TABLE_COLUMNS = [
  'id', 'reference', 'title', 'type', 'description', 'owner', 'effective_date', 'review_due', 'source', 'sensitivity',
  'inspection_id', 'version', 'created_at', 'updated_at', 'updated_by',
];

/** The columns rowToEvidence needs, from `evidence e`; the attachment count uses its index. */
export const EVIDENCE_COLUMNS = `${EVIDENCE_TABLE_COLUMNS.map((c) => `e.${c}`).join(', ')},
  (SELECT count(*) FROM attachments a WHERE a.evidence_id = e.id) AS attachment_count`;

/**
 * The same columns from the RETURNING clause of an INSERT into evidence, which names the table's columns
 * bare (SQLite allows no alias there). An item just inserted has no attachments yet.
 */
export const EVIDENCE_RETURNING = `${EVIDENCE_TABLE_COLUMNS.join(', ')}, 0 AS attachment_count`;

/**
 * Freshness is worked out, never stored: as at the date the item is judged on (a pack's as-at date when
 * it is read for a pack) and as at today.
 */
export function rowToEvidence(row: EvidenceDbRow, judgedOn: string, todayIso: string = judgedOn): Evidence {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    type: row.type as EvidenceType,
    description: row.description,
    owner: row.owner,
    effectiveDate: row.effective_date,
    reviewDue: row.review_due,
    source: row.source,
    sensitivity: row.sensitivity as Sensitivity,
    inspectionId: row.inspection_id,
    freshness: evidenceFreshness(row.review_due, judgedOn),
    freshnessToday: evidenceFreshness(row.review_due, todayIso),
    attachmentCount: row.attachment_count,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/** One item, with its freshness as at the pack's date when read for a pack. */
export async function evidenceById(q: ReadQueries, ctx: CoreContext, evidenceId: string, packId?: string): Promise<Evidence> {
  const row = await mustGet<EvidenceDbRow>(
    q,
    `SELECT ${EVIDENCE_COLUMNS} FROM evidence e WHERE e.id = ?`,
    [evidenceId],
    'That evidence item',
  );
  return rowToEvidence(row, await judgedOn(q, ctx, packId), today(ctx));
}

/** The evidence linked to one area, with the note on what each item shows, in reference order, as at its pack's date. */
export async function evidenceForArea(
  q: ReadQueries,
  ctx: CoreContext,
  areaId: string,
): Promise<(Evidence & { note: string })[]> {
  const rows = await q.all<EvidenceDbRow & { note: string; pack_as_at: string }>(
    `SELECT ${EVIDENCE_COLUMNS}, l.note, p.as_at AS pack_as_at FROM evidence_links l JOIN evidence e ON e.id = l.evidence_id
     JOIN pack_areas a ON a.id = l.area_id JOIN packs p ON p.id = a.pack_id
     WHERE l.area_id = ? ORDER BY ${referenceOrder('e.reference')}`,
    [areaId],
  );
  const todayIso = today(ctx);
  return rows.map((row) => ({ ...rowToEvidence(row, row.pack_as_at, todayIso), note: row.note }));
}

/** The date a pack is judged on (its as-at date), or today when there is no pack. */
export async function judgedOn(q: ReadQueries, ctx: CoreContext, packId: string | undefined): Promise<string> {
  if (!packId) return today(ctx);
  const row = await q.get<{ as_at: string }>('SELECT as_at FROM packs WHERE id = ?', [packId]);
  return row?.as_at ?? today(ctx);
}

interface AttachmentDbRow {
  id: string;
  evidence_id: string;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  added_at: string;
}

export function rowToAttachment(row: AttachmentDbRow): Attachment {
  return {
    id: row.id,
    evidenceId: row.evidence_id,
    fileName: row.file_name,
    mediaType: row.media_type,
    size: row.size,
    sha256: row.sha256,
    addedAt: row.added_at,
  };
}

export async function attachmentById(q: ReadQueries, attachmentId: string): Promise<Attachment> {
  const row = await mustGet<AttachmentDbRow>(
    q,
    'SELECT * FROM attachments WHERE id = ?',
    [attachmentId],
    'That attachment',
  );
  return rowToAttachment(row);
}

export async function attachmentsOf(q: ReadQueries, evidenceId: string): Promise<Attachment[]> {
  const rows = await q.all<AttachmentDbRow>(
    'SELECT * FROM attachments WHERE evidence_id = ? ORDER BY added_at, rowid',
    [evidenceId],
  );
  return rows.map(rowToAttachment);
}

interface LinkDbRow {
  evidence_id: string;
  area_id: string;
  note: string;
  created_at: string;
}

export function rowToLink(row: LinkDbRow): EvidenceLink {
  return { evidenceId: row.evidence_id, areaId: row.area_id, note: row.note, createdAt: row.created_at };
}

/** An item's links in area order, to every pack's areas or only to those of one pack. */
export async function linksOf(q: ReadQueries, evidenceId: string, packId?: string): Promise<EvidenceLink[]> {
  const rows = await q.all<LinkDbRow>(
    `SELECT l.evidence_id, l.area_id, l.note, l.created_at FROM evidence_links l
     JOIN pack_areas a ON a.id = l.area_id
     WHERE l.evidence_id = $evidence AND (CAST($pack AS TEXT) IS NULL OR a.pack_id = $pack)
     ORDER BY a.pack_id, a.sort_order`,
    { $evidence: evidenceId, $pack: packId ?? null },
  );
  return rows.map(rowToLink);
}

export async function linkBetween(q: ReadQueries, evidenceId: string, areaId: string): Promise<EvidenceLink> {
  const row = await mustGet<LinkDbRow>(
    q,
    'SELECT * FROM evidence_links WHERE evidence_id = ? AND area_id = ?',
    [evidenceId, areaId],
    'That link between the evidence and the area',
  );
  return rowToLink(row);
}
