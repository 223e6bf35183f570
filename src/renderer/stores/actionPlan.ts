// The action plan of one pack: its actions with their progress notes, the pack's areas and the
// inspection recommendations actions answer, and the filters the table is viewed through.
import { create } from 'zustand';
import type { OpInput } from '../../shared/api';
import type { ActionStatus, Rag } from '../../shared/domain';
import type { Action, Inspection, PackDetail, ProgressNote, Recommendation } from '../../shared/entities';
import { call, messageOf } from '../api';
import { saving } from './saveStatus';

export type ActionFields = Omit<OpInput<'actions.create'>, 'packId'>;

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

export interface RecommendationChoice extends Recommendation {
  inspectionTitle: string;
  inspectionDate: string;
}

interface ActionPlanState {
  packId: string | null;
  pack: PackDetail | null;
  actions: Action[];
  recommendations: RecommendationChoice[];
  /** The core's today, for the default date of a progress note. */
  today: string;
  loading: boolean;
  error: string | null;
  filters: ActionFilters;
  groupBy: GroupBy;

  load(packId: string): Promise<void>;
  setFilter<K extends keyof ActionFilters>(key: K, value: ActionFilters[K]): void;
  clearFilters(): void;
  setGroupBy(groupBy: GroupBy): void;
  /** These throw ApiError so dialogs can show field errors. */
  create(fields: ActionFields): Promise<Action>;
  update(actionId: string, fields: Partial<ActionFields>): Promise<Action>;
  remove(actionId: string): Promise<void>;
  addNote(actionId: string, date: string, text: string): Promise<ProgressNote>;
}

function recommendationsOf(inspections: Inspection[]): RecommendationChoice[] {
  return inspections.flatMap((i) =>
    i.recommendations.map((r) => ({ ...r, inspectionTitle: i.title, inspectionDate: i.startDate })),
  );
}

export const useActionPlan = create<ActionPlanState>((set, get) => {
  /** Re-reads one pack's actions after a change, so flags worked out by the core stay right. */
  const reloadActions = async () => {
    const packId = get().packId;
    if (!packId) return;
    const actions = await call('actions.list', { packId });
    if (get().packId === packId) set({ actions });
  };

  return {
    packId: null,
    pack: null,
    actions: [],
    recommendations: [],
    today: '',
    loading: false,
    error: null,
    filters: NO_ACTION_FILTERS,
    groupBy: 'none',

    load: async (packId) => {
      const samePack = get().packId === packId;
      set({ packId, loading: true, error: null, ...(samePack ? {} : { pack: null, actions: [], filters: NO_ACTION_FILTERS }) });
      try {
        const [pack, actions, inspections, info] = await Promise.all([
          call('packs.get', { packId }),
          call('actions.list', { packId }),
          call('inspections.list', {}),
          call('app.info', {}),
        ]);
        if (get().packId !== packId) return;
        set({ pack, actions, recommendations: recommendationsOf(inspections), today: info.today, loading: false });
      } catch (err) {
        if (get().packId === packId) set({ loading: false, error: messageOf(err) });
      }
    },

    setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
    clearFilters: () => set({ filters: NO_ACTION_FILTERS }),
    setGroupBy: (groupBy) => set({ groupBy }),

    create: async (fields) => {
      const packId = get().packId;
      if (!packId) throw new Error('Open a pack first.');
      const action = await saving(call('actions.create', { ...fields, packId }));
      set((s) => ({ actions: [...s.actions, action] }));
      await reloadActions().catch(() => undefined);
      return action;
    },

    update: async (actionId, fields) => {
      const action = await saving(call('actions.update', { ...fields, actionId }));
      set((s) => ({ actions: s.actions.map((a) => (a.id === actionId ? action : a)) }));
      return action;
    },

    remove: async (actionId) => {
      await saving(call('actions.delete', { actionId }));
      set((s) => ({ actions: s.actions.filter((a) => a.id !== actionId) }));
    },

    addNote: async (actionId, date, text) => {
      const note = await saving(call('actions.addNote', { actionId, date, text }));
      set((s) => ({
        actions: s.actions.map((a) => (a.id === actionId ? { ...a, notes: [...a.notes, note] } : a)),
      }));
      return note;
    },
  };
});

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
