// Reads of packs that many screens share: the pack itself (details, framework, areas) is one cached
// answer, whichever screen or the sidebar asks for it.
import { skipToken, useOp } from '../../data/ops';

/** The pack with its framework and areas; nothing while packId is undefined. */
export function usePackDetail(packId: string | undefined) {
  return useOp('packs.get', packId ? { packId } : skipToken);
}

/** Where the pack stands: grades against the last inspection, evidence, actions and empty sections. */
export function useReadiness(packId: string) {
  return useOp('readiness.get', { packId });
}

/** The core's today, for default dates (a new pack's as-at date, a progress note's date). */
export function useToday(): string | undefined {
  return useOp('app.info', {}).data?.today;
}
