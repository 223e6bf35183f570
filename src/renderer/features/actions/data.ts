// The action plan's reads: the pack's actions, and the inspection recommendations they can answer.
import { useMemo } from 'react';
import type { OpInput } from '../../../shared/api';
import type { Inspection, Recommendation } from '../../../shared/entities';
import { useOp } from '../../data/ops';

export type ActionFields = Omit<OpInput<'actions.create'>, 'packId'>;

export interface RecommendationChoice extends Recommendation {
  inspectionTitle: string;
  inspectionDate: string;
}

function recommendationsOf(inspections: Inspection[]): RecommendationChoice[] {
  return inspections.flatMap((i) =>
    i.recommendations.map((r) => ({ ...r, inspectionTitle: i.title, inspectionDate: i.startDate })),
  );
}

export function useActions(packId: string) {
  return useOp('actions.list', { packId });
}

/** Every recommendation of every recorded inspection, newest inspection first. */
export function useRecommendationChoices(): RecommendationChoice[] {
  const inspections = useOp('inspections.list', {}).data;
  return useMemo(() => recommendationsOf(inspections ?? []), [inspections]);
}
