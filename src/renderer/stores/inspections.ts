// Past inspections and visits with their grades and recommendations, and the frameworks whose grade
// scales and areas give those grades their words and colours.
import { create } from 'zustand';
import type { OpInput } from '../../shared/api';
import type { FrameworkSummary, Inspection, Recommendation } from '../../shared/entities';
import type { Framework } from '../../shared/framework';
import { call, messageOf } from '../api';
import { saving } from './saveStatus';

export type InspectionFields = OpInput<'inspections.create'>;
export type RecommendationFields = Omit<OpInput<'recommendations.create'>, 'inspectionId'>;

interface InspectionsState {
  inspections: Inspection[];
  frameworks: FrameworkSummary[];
  /** Frameworks in full, by id, once fetched; null when it could not be found. */
  frameworkDetails: Record<string, Framework | null>;
  loading: boolean;
  loaded: boolean;
  error: string | null;

  load(): Promise<void>;
  /** Fetches a framework in full once; later calls return the cached copy. */
  framework(frameworkId: string): Promise<Framework | null>;
  /** These throw ApiError so dialogs can show field errors. */
  createInspection(fields: InspectionFields): Promise<Inspection>;
  updateInspection(inspectionId: string, fields: Partial<InspectionFields>): Promise<Inspection>;
  deleteInspection(inspectionId: string): Promise<void>;
  createRecommendation(inspectionId: string, fields: RecommendationFields): Promise<Recommendation>;
  updateRecommendation(recommendationId: string, fields: Partial<RecommendationFields>): Promise<Recommendation>;
  deleteRecommendation(recommendationId: string): Promise<void>;
}

const requested = new Map<string, Promise<Framework | null>>();

function replaceRecommendation(inspections: Inspection[], rec: Recommendation): Inspection[] {
  return inspections.map((i) =>
    i.id !== rec.inspectionId
      ? i
      : {
          ...i,
          recommendations: i.recommendations.some((r) => r.id === rec.id)
            ? i.recommendations.map((r) => (r.id === rec.id ? rec : r))
            : [...i.recommendations, rec],
        },
  );
}

export const useInspections = create<InspectionsState>((set, get) => ({
  inspections: [],
  frameworks: [],
  frameworkDetails: {},
  loading: false,
  loaded: false,
  error: null,

  load: async () => {
    set({ loading: true, error: null });
    try {
      const [inspections, frameworks] = await Promise.all([call('inspections.list', {}), call('frameworks.list', {})]);
      set({ inspections, frameworks, loading: false, loaded: true });
      for (const id of new Set(inspections.map((i) => i.frameworkId).filter((id): id is string => Boolean(id)))) {
        void get().framework(id);
      }
    } catch (err) {
      set({ loading: false, error: messageOf(err) });
    }
  },

  framework: (frameworkId) => {
    const cached = get().frameworkDetails[frameworkId];
    if (cached !== undefined) return Promise.resolve(cached);
    let pending = requested.get(frameworkId);
    if (!pending) {
      pending = call('frameworks.get', { frameworkId })
        .then((fw) => fw as Framework)
        .catch(() => null)
        .then((fw) => {
          set((s) => ({ frameworkDetails: { ...s.frameworkDetails, [frameworkId]: fw } }));
          requested.delete(frameworkId);
          return fw;
        });
      requested.set(frameworkId, pending);
    }
    return pending;
  },

  createInspection: async (fields) => {
    const inspection = await saving(call('inspections.create', fields));
    set((s) => ({ inspections: sortInspections([...s.inspections, inspection]) }));
    if (inspection.frameworkId) void get().framework(inspection.frameworkId);
    return inspection;
  },

  updateInspection: async (inspectionId, fields) => {
    const inspection = await saving(call('inspections.update', { ...fields, inspectionId }));
    set((s) => ({ inspections: sortInspections(s.inspections.map((i) => (i.id === inspectionId ? inspection : i))) }));
    if (inspection.frameworkId) void get().framework(inspection.frameworkId);
    return inspection;
  },

  deleteInspection: async (inspectionId) => {
    await saving(call('inspections.delete', { inspectionId }));
    set((s) => ({ inspections: s.inspections.filter((i) => i.id !== inspectionId) }));
  },

  createRecommendation: async (inspectionId, fields) => {
    const rec = await saving(call('recommendations.create', { ...fields, inspectionId }));
    set((s) => ({ inspections: replaceRecommendation(s.inspections, rec) }));
    return rec;
  },

  updateRecommendation: async (recommendationId, fields) => {
    const rec = await saving(call('recommendations.update', { ...fields, recommendationId }));
    set((s) => ({ inspections: replaceRecommendation(s.inspections, rec) }));
    return rec;
  },

  deleteRecommendation: async (recommendationId) => {
    await saving(call('recommendations.delete', { recommendationId }));
    set((s) => ({
      inspections: s.inspections.map((i) => ({ ...i, recommendations: i.recommendations.filter((r) => r.id !== recommendationId) })),
    }));
  },
}));

/** Newest first, as the core lists them. */
function sortInspections(list: Inspection[]): Inspection[] {
  return [...list].sort((a, b) => b.startDate.localeCompare(a.startDate));
}
