// The area workspace's reads and changes. Everything the screen shows is refreshed by the change events
// its saves cause; choices show at once through usePendingChoice.
import type { OpInput } from '../../../shared/api';
import type { PackArea } from '../../../shared/entities';
import { useOp } from '../../data/ops';
import { useSaveAgainst } from '../../data/saveAgainst';

export function useAreaDetail(areaId: string) {
  return useOp('areas.get', { areaId });
}

type AreaFields = Omit<OpInput<'areas.update'>, 'areaId' | 'baseVersion'>;

/**
 * Changes the area's own fields (grade, position, status, lists), against the version the screen shows
 * (`area`, undefined while loading); `saver.stale` is a save refused because someone else saved first.
 */
export function useUpdateArea(areaId: string, area: PackArea | undefined) {
  const saver = useSaveAgainst('areas.update', area);
  return { saver, update: (fields: AreaFields) => saver.save({ areaId, ...fields }) };
}
