// The area workspace's reads and changes. Everything the screen shows is refreshed by the change events
// its saves cause; choices show at once through usePendingChoice.
import type { OpInput } from '../../../shared/api';
import { useOp, useOpMutation } from '../../data/ops';

export function useAreaDetail(areaId: string) {
  return useOp('areas.get', { areaId });
}

type AreaFields = Omit<OpInput<'areas.update'>, 'areaId'>;

/** Changes the area's own fields (grade, position, status, lists). */
export function useUpdateArea(areaId: string) {
  const { mutateAsync } = useOpMutation('areas.update');
  return (fields: AreaFields) => mutateAsync({ areaId, ...fields });
}
