// A pack's indicators, judged as at its date: one read for the overview and every area.
import { useOp } from '../../data/ops';

export function usePackIndicators(packId: string) {
  return useOp('indicators.forPack', { packId });
}
