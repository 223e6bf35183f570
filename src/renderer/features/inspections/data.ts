// Past inspections and visits with their grades and recommendations, and the frameworks whose grade
// scales and areas give those grades their words and colours.
import type { OpInput } from '../../../shared/api';
import type { Framework } from '../../../shared/framework';
import { skipToken, useOp } from '../../data/ops';

export type InspectionFields = OpInput<'inspections.create'>;
export type RecommendationFields = Omit<OpInput<'recommendations.create'>, 'inspectionId'>;

export function useInspections() {
  return useOp('inspections.list', {});
}

/** A framework in full, when an id is given; null when there is none or it cannot be found. */
export function useFramework(frameworkId: string | null | undefined): Framework | null {
  const { data } = useOp('frameworks.get', frameworkId ? { frameworkId } : skipToken);
  return (data as Framework | undefined) ?? null;
}
