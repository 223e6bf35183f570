// The evidence library's table: the query (search text, filters, sort) and the pages of results the
// core has sent back. The table asks for the rows it can see with ensureRange(); only those pages are
// fetched, so 10,000 items cost a few small requests. Every change of query starts a new generation:
// answers to an older generation are dropped, and the old rows stay on screen until the new first page
// arrives, so typing in the search box never flashes an empty table.
import { create } from 'zustand';
import type { EvidenceQuery } from '../../shared/api';
import type { EvidenceType, Freshness, Sensitivity } from '../../shared/domain';
import type { EvidenceRow, PackDetail } from '../../shared/entities';
import { call, messageOf } from '../api';

export const PAGE_SIZE = 50;

export type EvidenceSortKey = NonNullable<EvidenceQuery['sort']>;
export type SortDirection = 'asc' | 'desc';

export interface EvidenceFilters {
  text: string;
  type: EvidenceType | '';
  owner: string;
  areaId: string;
  freshness: Freshness | '';
  sensitivity: Sensitivity | '';
}

export const NO_FILTERS: EvidenceFilters = { text: '', type: '', owner: '', areaId: '', freshness: '', sensitivity: '' };

interface EvidenceLibraryState {
  packId: string | undefined;
  /** The pack whose areas can be filtered on and linked to; null until loaded or when there is none. */
  pack: PackDetail | null;
  packError: string | null;
  filters: EvidenceFilters;
  sort: EvidenceSortKey;
  direction: SortDirection;
  /** Bumped by every change of query or refresh; pages from older generations are replaced. */
  generation: number;
  /** Bumped only when the question changes (not by refresh), so the table goes back to the top. */
  queryVersion: number;
  /** Which generation the rows in `pages` belong to. */
  pagesGeneration: number;
  pages: Record<number, EvidenceRow[]>;
  /** Matching items for the current query; null before the first answer. */
  total: number | null;
  /** A query is on its way and the table still shows the previous answer. */
  busy: boolean;
  error: string | null;
  /** Owners seen in any page, for the owner filter's suggestions. */
  owners: string[];

  /** Opens the library for a pack (or none); keeps filters that still make sense. */
  open(packId: string | undefined): void;
  setFilter<K extends keyof EvidenceFilters>(key: K, value: EvidenceFilters[K]): void;
  /** Clears the filters but keeps the search text. */
  clearFilters(): void;
  /** Click on a column heading: a new column sorts ascending, the same column flips direction. */
  sortBy(key: EvidenceSortKey): void;
  /** Makes sure the rows first..last (inclusive, 0-based) are loaded or on their way. */
  ensureRange(first: number, last: number): void;
  /** Re-fetches after an edit, keeping the rows on screen until the fresh ones arrive. */
  refresh(): void;
}

/** Pages on their way, by generation and page number. Not state: nothing renders from it. */
const inflight = new Set<string>();

function queryFor(s: Pick<EvidenceLibraryState, 'packId' | 'filters' | 'sort' | 'direction'>, page: number): EvidenceQuery {
  const f = s.filters;
  const q: EvidenceQuery = { sort: s.sort, direction: s.direction, offset: page * PAGE_SIZE, limit: PAGE_SIZE };
  if (s.packId) q.packId = s.packId;
  if (f.text.trim()) q.text = f.text.trim();
  if (f.type) q.type = f.type;
  if (f.owner.trim()) q.owner = f.owner.trim();
  if (f.areaId && s.packId) q.areaId = f.areaId;
  if (f.freshness) q.freshness = f.freshness;
  if (f.sensitivity) q.sensitivity = f.sensitivity;
  return q;
}

export const useEvidenceLibrary = create<EvidenceLibraryState>((set, get) => {
  const fetchPage = (page: number) => {
    const s = get();
    const generation = s.generation;
    const key = `${generation}:${page}`;
    if (inflight.has(key)) return;
    inflight.add(key);
    call('evidence.list', queryFor(s, page))
      .then(({ items, total }) => {
        const now = get();
        if (now.generation !== generation) return;
        const owners = new Set(now.owners);
        let added = false;
        for (const item of items) {
          if (item.owner && !owners.has(item.owner)) {
            owners.add(item.owner);
            added = true;
          }
        }
        set({
          pages: now.pagesGeneration === generation ? { ...now.pages, [page]: items } : { [page]: items },
          pagesGeneration: generation,
          total,
          busy: false,
          error: null,
          ...(added ? { owners: [...owners].sort((a, b) => a.localeCompare(b)) } : {}),
        });
      })
      .catch((err: unknown) => {
        if (get().generation !== generation) return;
        set({ error: messageOf(err), busy: false });
      })
      .finally(() => inflight.delete(key));
  };

  /** A new query: a new generation, starting from the first page. */
  const requery = () => {
    set((s) => ({ generation: s.generation + 1, queryVersion: s.queryVersion + 1, busy: true }));
    fetchPage(0);
  };

  return {
    packId: undefined,
    pack: null,
    packError: null,
    filters: NO_FILTERS,
    sort: 'reference',
    direction: 'asc',
    generation: 0,
    queryVersion: 0,
    pagesGeneration: -1,
    pages: {},
    total: null,
    busy: false,
    error: null,
    owners: [],

    open: (packId) => {
      const s = get();
      const samePack = s.packId === packId;
      set({
        packId,
        pack: samePack ? s.pack : null,
        packError: null,
        filters: samePack ? s.filters : { ...s.filters, areaId: '' },
      });
      if (packId && !(samePack && s.pack)) {
        call('packs.get', { packId })
          .then((pack) => {
            if (get().packId === packId) set({ pack });
          })
          .catch((err: unknown) => {
            if (get().packId === packId) set({ packError: messageOf(err) });
          });
      }
      requery();
    },

    setFilter: (key, value) => {
      if (get().filters[key] === value) return;
      set((s) => ({ filters: { ...s.filters, [key]: value } }));
      requery();
    },

    clearFilters: () => {
      set((s) => ({ filters: { ...NO_FILTERS, text: s.filters.text } }));
      requery();
    },

    sortBy: (key) => {
      set((s) => ({ sort: key, direction: s.sort === key && s.direction === 'asc' ? 'desc' : 'asc' }));
      requery();
    },

    ensureRange: (first, last) => {
      const s = get();
      const from = Math.max(0, Math.floor(first / PAGE_SIZE));
      const to = Math.max(from, Math.floor(Math.max(first, last) / PAGE_SIZE));
      for (let page = from; page <= to; page++) {
        if (s.total !== null && page * PAGE_SIZE >= s.total && page > 0) break;
        const loaded = s.pagesGeneration === s.generation && s.pages[page] !== undefined;
        if (!loaded) fetchPage(page);
      }
    },

    refresh: () => {
      set((s) => ({ generation: s.generation + 1 }));
      // The visible pages are asked for again by the table's next ensureRange, prompted by the new generation.
    },
  };
});

/** The row at an index, from the current answer or, while a new one is on its way, the previous one. */
export function rowAt(pages: Record<number, EvidenceRow[]>, index: number): EvidenceRow | undefined {
  return pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];
}

export function activeFilterCount(f: EvidenceFilters): number {
  return [f.type, f.owner.trim(), f.areaId, f.freshness, f.sensitivity].filter(Boolean).length;
}
