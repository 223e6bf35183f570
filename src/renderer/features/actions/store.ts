// The action plan's view: the filters and the grouping the table is seen through. UI state only; the
// actions themselves are the cached answer to actions.list (data.ts).
import { create } from 'zustand';
import type { ActionStatus, Rag } from '../../../shared/domain';
import type { Action } from '../../../shared/entities';

export interface ActionFilters {
  areaId: string;
  /** A recommendation id, or "none" for actions not tied to one. */
  recommendationId: string;
  owner: string;
  status: ActionStatus | '';
  rag: Rag | '';
  flag: '' | 'overdue' | 'due_soon';
}

export const NO_ACTION_FILTERS: ActionFilters = { areaId: '', recommendationId: '', owner: '', status: '', rag: '', flag: '' };

export type GroupBy = 'none' | 'area' | 'recommendation';

interface ActionPlanViewState {
  /** The pack the filters were set for: another pack starts with none. */
  packId: string | null;
  filters: ActionFilters;
  groupBy: GroupBy;
  open(packId: string): void;
  setFilter<K extends keyof ActionFilters>(key: K, value: ActionFilters[K]): void;
  clearFilters(): void;
  setGroupBy(groupBy: GroupBy): void;
}

export const useActionPlanView = create<ActionPlanViewState>((set, get) => ({
  packId: null,
  filters: NO_ACTION_FILTERS,
  groupBy: 'none',
  open: (packId) => {
    if (get().packId !== packId) set({ packId, filters: NO_ACTION_FILTERS });
  },
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
  clearFilters: () => set({ filters: NO_ACTION_FILTERS }),
  setGroupBy: (groupBy) => set({ groupBy }),
}));

/** The actions the filters let through, in plan order. */
export function filterActions(actions: Action[], f: ActionFilters): Action[] {
  return actions.filter(
    (a) =>
      (!f.areaId || a.areaId === f.areaId) &&
      (!f.recommendationId || (f.recommendationId === 'none' ? a.recommendationId === null : a.recommendationId === f.recommendationId)) &&
      (!f.owner || a.owner === f.owner) &&
      (!f.status || a.status === f.status) &&
      (!f.rag || a.rag === f.rag) &&
      (!f.flag || (f.flag === 'overdue' ? a.overdue : a.dueSoon)),
  );
}
