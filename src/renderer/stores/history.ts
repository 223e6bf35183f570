// The history: who changed what and when, newest first, a page at a time, with the names of the things
// changed looked up as entries arrive (the audit log stores ids, people read titles).
import { create } from 'zustand';
import type { AuditEntry } from '../../shared/entities';
import { call, messageOf } from '../api';
import { emptyNameBook, entityKind, type NameBook } from '../history/describe';

export const HISTORY_PAGE = 50;

interface HistoryState {
  /** The pack the screen was opened from, if any. */
  packId: string | undefined;
  /** Only this pack's changes, or everything. */
  onlyPack: boolean;
  entries: AuditEntry[];
  hasMore: boolean;
  loading: boolean;
  error: string | null;
  book: NameBook;
  /** Bumped by every fresh load, so late answers to an older one are dropped. */
  generation: number;

  open(packId: string | undefined): Promise<void>;
  setOnlyPack(onlyPack: boolean): Promise<void>;
  loadMore(): Promise<void>;
}

const learned = {
  basics: false,
  packs: new Set<string>(),
  evidence: new Set<string>(),
  frameworks: new Set<string>(),
};

function evidenceIdsOf(entries: AuditEntry[]): string[] {
  const ids = new Set<string>();
  for (const e of entries) {
    const kind = entityKind(e.entity);
    if (kind === 'evidence') ids.add(e.entityId);
    for (const v of [e.before, e.after]) {
      if (v && typeof v === 'object' && 'evidenceId' in v && typeof (v as { evidenceId: unknown }).evidenceId === 'string') {
        ids.add((v as { evidenceId: string }).evidenceId);
      }
    }
  }
  return [...ids];
}

export const useHistory = create<HistoryState>((set, get) => {
  const merge = (patch: (book: NameBook) => Partial<NameBook>) => set((s) => ({ book: { ...s.book, ...patch(s.book) } }));

  /** Looks up the names the entries mention; failures just leave the fallback words in place. */
  const learnNames = async (entries: AuditEntry[]) => {
    const jobs: Promise<unknown>[] = [];
    if (!learned.basics) {
      learned.basics = true;
      jobs.push(
        Promise.all([call('packs.list', {}), call('inspections.list', {}), call('frameworks.list', {})]).then(
          async ([packs, inspections, frameworks]) => {
            const frameworkOf = Object.fromEntries(inspections.map((i) => [i.id, i.frameworkId]));
            merge((b) => ({
              packs: { ...b.packs, ...Object.fromEntries(packs.map((p) => [p.id, p.title])) },
              inspections: { ...b.inspections, ...Object.fromEntries(inspections.map((i) => [i.id, i.title])) },
              recommendations: {
                ...b.recommendations,
                ...Object.fromEntries(
                  inspections.flatMap((i) =>
                    i.recommendations.map((r) => [r.id, { reference: r.reference, text: r.text, frameworkId: frameworkOf[r.inspectionId] ?? null }]),
                  ),
                ),
              },
              frameworks: { ...b.frameworks, ...Object.fromEntries(frameworks.map((f) => [f.id, f.title])) },
            }));
            const ids = new Set(inspections.map((i) => i.frameworkId).filter((id): id is string => Boolean(id)));
            await Promise.all(
              [...ids]
                .filter((id) => !learned.frameworks.has(id))
                .map(async (id) => {
                  learned.frameworks.add(id);
                  const fw = await call('frameworks.get', { frameworkId: id });
                  const keys: Record<string, string> = {};
                  const walk = (areas: typeof fw.areas) => {
                    for (const a of areas) {
                      keys[a.id] = a.title;
                      walk(a.children ?? []);
                    }
                  };
                  walk(fw.areas);
                  merge((b) => ({
                    frameworkScales: { ...b.frameworkScales, [id]: fw.scale },
                    areaKeys: { ...b.areaKeys, [id]: keys },
                  }));
                }),
            );
          },
        ),
      );
    }
    for (const packId of new Set(entries.map((e) => e.packId).filter((id): id is string => Boolean(id)))) {
      if (learned.packs.has(packId)) continue;
      learned.packs.add(packId);
      jobs.push(
        Promise.all([call('packs.get', { packId }), call('actions.list', { packId })]).then(([detail, actions]) =>
          merge((b) => ({
            packs: { ...b.packs, [packId]: detail.pack.title },
            areas: { ...b.areas, ...Object.fromEntries(detail.areas.map((a) => [a.id, { title: a.title, packId }])) },
            packScales: { ...b.packScales, [packId]: detail.framework.scale },
            actions: { ...b.actions, ...Object.fromEntries(actions.map((a) => [a.id, { reference: a.reference, title: a.title }])) },
          })),
        ),
      );
    }
    const evidenceIds = evidenceIdsOf(entries).filter((id) => !learned.evidence.has(id));
    for (const id of evidenceIds) learned.evidence.add(id);
    if (evidenceIds.length) {
      jobs.push(
        Promise.all(
          evidenceIds.map((evidenceId) =>
            call('evidence.get', { evidenceId })
              .then((d) => [evidenceId, { reference: d.evidence.reference, title: d.evidence.title }] as const)
              .catch(() => [evidenceId, null] as const),
          ),
        ).then((pairs) => merge((b) => ({ evidence: { ...b.evidence, ...Object.fromEntries(pairs) } }))),
      );
    }
    await Promise.allSettled(jobs);
  };

  const fetchPage = async (reset: boolean) => {
    const s = get();
    const generation = reset ? s.generation + 1 : s.generation;
    const beforeId = reset ? undefined : s.entries[s.entries.length - 1]?.id;
    set({ generation, loading: true, error: null, ...(reset ? { entries: [], hasMore: false } : {}) });
    try {
      const page = await call('audit.list', {
        limit: HISTORY_PAGE,
        ...(s.onlyPack && s.packId ? { packId: s.packId } : {}),
        ...(beforeId !== undefined ? { beforeId } : {}),
      });
      if (get().generation !== generation) return;
      set((now) => ({ entries: [...now.entries, ...page], hasMore: page.length === HISTORY_PAGE, loading: false }));
      void learnNames(page);
    } catch (err) {
      if (get().generation === generation) set({ loading: false, error: messageOf(err) });
    }
  };

  return {
    packId: undefined,
    onlyPack: true,
    entries: [],
    hasMore: false,
    loading: false,
    error: null,
    book: emptyNameBook(),
    generation: 0,

    open: async (packId) => {
      // Names may have changed since the screen was last open: learn them afresh.
      learned.basics = false;
      learned.packs.clear();
      learned.evidence.clear();
      learned.frameworks.clear();
      set({ packId, onlyPack: Boolean(packId), book: emptyNameBook() });
      await fetchPage(true);
    },

    setOnlyPack: async (onlyPack) => {
      set({ onlyPack });
      await fetchPage(true);
    },

    loadMore: () => fetchPage(false),
  };
});
