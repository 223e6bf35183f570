// The reference and title of evidence items cited in narratives, so a citation chip can say
// "[E012] Case-file audit" without loading the whole library. Filled from what screens already hold and
// looked up one by one (evidence.get) for the rest.
import { create } from 'zustand';
import { call } from '../api';
import type { CitationInfo } from '../editor/richDom';

interface EvidenceLabelsState {
  labels: Record<string, CitationInfo>;
  remember(items: { id: string; reference: string; title: string }[]): void;
  /** Looks up the ids not known yet; ones that no longer exist are labelled as deleted. */
  ensure(ids: string[]): Promise<void>;
}

const asked = new Set<string>();

export const useEvidenceLabels = create<EvidenceLabelsState>((set, get) => ({
  labels: {},
  remember: (items) => {
    const current = get().labels;
    const changed = items.filter((i) => current[i.id]?.reference !== i.reference || current[i.id]?.title !== i.title);
    if (!changed.length) return;
    set((s) => ({
      labels: {
        ...s.labels,
        ...Object.fromEntries(changed.map((i) => [i.id, { reference: i.reference, title: i.title }])),
      },
    }));
  },
  ensure: async (ids) => {
    const missing = ids.filter((id) => !get().labels[id] && !asked.has(id));
    if (!missing.length) return;
    missing.forEach((id) => asked.add(id));
    const found = await Promise.all(
      missing.map(async (id) => {
        try {
          const { evidence } = await call('evidence.get', { evidenceId: id });
          return [id, { reference: evidence.reference, title: evidence.title }] as const;
        } catch {
          return [id, { reference: 'deleted', title: 'This evidence item is no longer in the library' }] as const;
        } finally {
          asked.delete(id);
        }
      }),
    );
    set((s) => ({ labels: { ...s.labels, ...Object.fromEntries(found) } }));
  },
}));
