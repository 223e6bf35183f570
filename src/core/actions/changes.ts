// The pieces the action-plan handlers change records with: the fields of an action and their names in
// the history, the per-pack reference series, and the checks on what an action may point at.
import type { FieldMap } from '../change';
import type { ReadQueries } from '../db/port';
import { AppError } from '../errors';
import type { ReferenceSeries } from '../records';

export type ActionField = 'title' | 'owner' | 'dueDate' | 'status' | 'rag' | 'areaId' | 'recommendationId';

export const ACTION_FIELDS: FieldMap<ActionField> = {
  title: { column: 'title', label: 'title' },
  owner: { column: 'owner', label: 'owner' },
  dueDate: { column: 'due_date', label: 'due date' },
  status: { column: 'status', label: 'status' },
  rag: { column: 'rag', label: 'RAG' },
  areaId: { column: 'area_id', label: 'area' },
  recommendationId: { column: 'recommendation_id', label: 'recommendation' },
};

/** A01, A02… numbered afresh in each pack. */
export function actionReferences(packId: string): ReferenceSeries {
  return { table: 'actions', prefix: 'A', width: 2, scope: { column: 'pack_id', value: packId } };
}

/** An action may name an area of its own pack only, and a recommendation that exists. */
export async function assertActionTargets(
  q: ReadQueries,
  packId: string,
  targets: { areaId?: string | null; recommendationId?: string | null },
): Promise<void> {
  if (targets.areaId) {
    const area = await q.get('SELECT 1 FROM pack_areas WHERE id = ? AND pack_id = ?', [targets.areaId, packId]);
    if (!area)
      throw new AppError('invalid_input', 'That area is not part of this pack. Choose one of the pack’s own areas.', {
        areaId: 'Choose an area of this pack',
      });
  }
  if (targets.recommendationId) {
    const recommendation = await q.get('SELECT 1 FROM recommendations WHERE id = ?', [targets.recommendationId]);
    if (!recommendation)
      throw new AppError(
        'invalid_input',
        'That recommendation could not be found. It may have been deleted; choose another.',
        {
          recommendationId: 'Choose a recommendation that exists',
        },
      );
  }
}
