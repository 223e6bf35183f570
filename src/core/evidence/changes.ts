// The pieces the evidence handlers change records with: which fields an item has and how they are
// named in the history, its reference series, and the checks made before links and deletions.
import type { Evidence } from '../../shared/entities';
import { updatedStamp, type Change, type FieldMap } from '../change';
import type { ReadQueries } from '../db/port';
import { AppError } from '../errors';
import { editablePackOfArea } from '../guards';
import { updateRow, type ReferenceSeries } from '../records';

export type EvidenceField =
  'title' | 'type' | 'description' | 'owner' | 'effectiveDate' | 'reviewDue' | 'source' | 'sensitivity';

export const EVIDENCE_FIELDS: FieldMap<EvidenceField> = {
  title: { column: 'title', label: 'title' },
  type: { column: 'type', label: 'type' },
  description: { column: 'description', label: 'description' },
  owner: { column: 'owner', label: 'owner' },
  effectiveDate: { column: 'effective_date', label: 'date' },
  reviewDue: { column: 'review_due', label: 'review date' },
  source: { column: 'source', label: 'source' },
  sensitivity: { column: 'sensitivity', label: 'sensitivity' },
};

export const EVIDENCE_REFERENCES: ReferenceSeries = { table: 'evidence', prefix: 'E', width: 3 };

/** Attaching or removing a file changes the item, so "last changed" says so too. */
export async function touchEvidence(c: Change, evidenceId: string): Promise<void> {
  await updateRow(c.tx, 'evidence', evidenceId, updatedStamp(c));
}

/**
 * A signed-off pack must keep the evidence it cites, so an item linked to an approved pack cannot
 * be deleted until that pack is reopened.
 */
export async function assertNotCitedByApprovedPack(q: ReadQueries, evidence: Evidence): Promise<void> {
  const pack = await q.get<{ title: string }>(
    `SELECT p.title FROM evidence_links l JOIN pack_areas a ON a.id = l.area_id JOIN packs p ON p.id = a.pack_id
     WHERE l.evidence_id = ? AND p.status = 'approved' LIMIT 1`,
    [evidence.id],
  );
  if (pack)
    throw new AppError(
      'read_only',
      `${evidence.reference} supports the approved pack "${pack.title}", so it cannot be deleted while that pack is signed off. ` +
        'Reopen the pack first, or keep the item and mark it out of date with a past review date.',
    );
}

export interface AreaLinkState {
  packId: string;
  areaTitle: string;
  /** The link's current note, or null when the item is not linked to the area. */
  note: string | null;
}

/** The area's pack (refused if approved), its title, and the link as it stands. */
export async function areaLinkState(q: ReadQueries, evidenceId: string, areaId: string): Promise<AreaLinkState> {
  const packId = await editablePackOfArea(q, areaId);
  const row = await q.get<{ title: string; note: string | null }>(
    `SELECT a.title, l.note FROM pack_areas a LEFT JOIN evidence_links l ON l.area_id = a.id AND l.evidence_id = ?
     WHERE a.id = ?`,
    [evidenceId, areaId],
  );
  return { packId, areaTitle: row?.title ?? '', note: row?.note ?? null };
}
