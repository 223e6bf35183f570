// The evidence library's view: the search text, filters and sort the table is seen through, kept while
// the person visits other screens. UI state only; the rows are cached answers to evidence.list (data.ts).
import { create } from 'zustand';
import type { EvidenceQuery } from '../../../shared/api';
import type { EvidenceType, Freshness, Sensitivity } from '../../../shared/domain';

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

interface EvidenceLibraryViewState {
  /** The pack whose areas supply the area filter and the links shown; none outside a pack. */
  packId: string | undefined;
  filters: EvidenceFilters;
  sort: EvidenceSortKey;
  direction: SortDirection;
  /** Opens the library for a pack (or none); keeps the filters that still make sense. */
  open(packId: string | undefined): void;
  setFilter<K extends keyof EvidenceFilters>(key: K, value: EvidenceFilters[K]): void;
  /** Clears the filters but keeps the search text. */
  clearFilters(): void;
  /** Click on a column heading: a new column sorts ascending, the same column flips direction. */
  sortBy(key: EvidenceSortKey): void;
}

export const useEvidenceLibraryView = create<EvidenceLibraryViewState>((set, get) => ({
  packId: undefined,
  filters: NO_FILTERS,
  sort: 'reference',
  direction: 'asc',
  open: (packId) => {
    if (get().packId !== packId) set((s) => ({ packId, filters: { ...s.filters, areaId: '' } }));
  },
  setFilter: (key, value) => {
    if (get().filters[key] !== value) set((s) => ({ filters: { ...s.filters, [key]: value } }));
  },
  clearFilters: () => set((s) => ({ filters: { ...NO_FILTERS, text: s.filters.text } })),
  sortBy: (key) => set((s) => ({ sort: key, direction: s.sort === key && s.direction === 'asc' ? 'desc' : 'asc' })),
}));

export function activeFilterCount(f: EvidenceFilters): number {
  return [f.type, f.owner.trim(), f.areaId, f.freshness, f.sensitivity].filter(Boolean).length;
}

/** The question the table asks, without the page: what a new search or sort changes. */
export function libraryQuery(view: Pick<EvidenceLibraryViewState, 'packId' | 'filters' | 'sort' | 'direction'>): EvidenceQuery {
  const f = view.filters;
  const q: EvidenceQuery = { sort: view.sort, direction: view.direction };
  if (view.packId) q.packId = view.packId;
  if (f.text.trim()) q.text = f.text.trim();
  if (f.type) q.type = f.type;
  if (f.owner.trim()) q.owner = f.owner.trim();
  if (f.areaId && view.packId) q.areaId = f.areaId;
  if (f.freshness) q.freshness = f.freshness;
  if (f.sensitivity) q.sensitivity = f.sensitivity;
  return q;
}
