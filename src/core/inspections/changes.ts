// The pieces the inspection handlers change records with: the fields and their names in the history,
// where a new recommendation goes in the list, and the check that keeps signed-off packs intact.
import type { FieldMap } from '../change';
import type { ReadQueries } from '../db/port';
import { AppError } from '../errors';

export type InspectionField =
  | 'type'
  | 'title'
  | 'startDate'
  | 'endDate'
  | 'publishedDate'
  | 'frameworkId'
  | 'reportReference'
  | 'summary'
  | 'grades';

export const INSPECTION_FIELDS: FieldMap<InspectionField> = {
  type: { column: 'type', label: 'type' },
  title: { column: 'title', label: 'title' },
  startDate: { column: 'start_date', label: 'start date' },
  endDate: { column: 'end_date', label: 'end date' },
  publishedDate: { column: 'published_date', label: 'publication date' },
  frameworkId: { column: 'framework_id', label: 'framework' },
  reportReference: { column: 'report_reference', label: 'report reference' },
  summary: { column: 'summary', label: 'summary' },
  // Stored in inspection_grades by the handler.
  grades: { label: 'grades' },
};

export type RecommendationField = 'reference' | 'kind' | 'text' | 'areaKey' | 'status' | 'progress';

export const RECOMMENDATION_FIELDS: FieldMap<RecommendationField> = {
  reference: { column: 'reference', label: 'reference' },
  kind: { column: 'kind', label: 'kind' },
  text: { column: 'text', label: 'wording' },
  areaKey: { column: 'area_key', label: 'area' },
  status: { column: 'status', label: 'status' },
  progress: { column: 'progress', label: 'progress' },
};

/** New recommendations go to the end of their inspection's list. */
export async function nextSortOrder(q: ReadQueries, inspectionId: string): Promise<number> {
  const row = await q.get<{ last: number | null }>(
    'SELECT max(sort_order) AS last FROM recommendations WHERE inspection_id = ?',
    [inspectionId],
  );
  return (row?.last ?? -1) + 1;
}

/**
 * Deleting an inspection or a recommendation would quietly change a signed-off pack that uses it
 * (its baseline, or the recommendation its actions answer), so that is refused while the pack is approved.
 */
export async function assertNoApprovedPackUses(
  q: ReadQueries,
  what: { inspectionId: string } | { recommendationId: string },
  description: string,
): Promise<void> {
  const pack = await q.get<{ title: string }>(
    'inspectionId' in what
      ? `SELECT p.title FROM packs p WHERE p.status = 'approved' AND (p.baseline_inspection_id = $id OR EXISTS (
           SELECT 1 FROM actions a JOIN recommendations r ON r.id = a.recommendation_id
           WHERE a.pack_id = p.id AND r.inspection_id = $id)) LIMIT 1`
      : `SELECT p.title FROM packs p JOIN actions a ON a.pack_id = p.id
         WHERE p.status = 'approved' AND a.recommendation_id = $id LIMIT 1`,
    { $id: 'inspectionId' in what ? what.inspectionId : what.recommendationId },
  );
  if (pack)
    throw new AppError(
      'read_only',
      `${description} is used by the approved pack "${pack.title}", so it cannot be deleted while that pack is signed off. Reopen the pack first.`,
    );
}
