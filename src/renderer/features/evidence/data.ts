// The evidence library's reads: the table's rows a page at a time (only the pages in view are asked
// for, so 10,000 items cost a few small requests), the item open in the panel, and its changes.
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { EvidenceQuery, OpInput } from '../../../shared/api';
import type { Evidence, EvidenceRow } from '../../../shared/entities';
import { call } from '../../data/bridge';
import { opKey, useOp } from '../../data/ops';
import { useSaveAgainst } from '../../data/saveAgainst';

export const PAGE_SIZE = 50;

function pageInput(query: EvidenceQuery, page: number): EvidenceQuery {
  return { ...query, offset: page * PAGE_SIZE, limit: PAGE_SIZE };
}

/**
 * The first page of the answer: how many items match, for the count and the empty states. While a new
 * question is on its way the previous answer stays (isPlaceholderData), so typing never flashes "0".
 */
export function useLibraryTotal(query: EvidenceQuery) {
  return useOp('evidence.list', pageInput(query, 0), { keepPrevious: true });
}

/**
 * The rows first..last (inclusive, 0-based) of the answer to `query`, a page per cached read. Until any
 * page of a new question arrives, the previous question's rows stay on screen.
 */
export function useLibraryRows(query: EvidenceQuery, first: number, last: number, total: number) {
  const question = JSON.stringify(query);
  const from = Math.max(0, Math.floor(first / PAGE_SIZE));
  const to = Math.max(from, Math.min(Math.floor(Math.max(first, last) / PAGE_SIZE), Math.floor(Math.max(0, total - 1) / PAGE_SIZE)));
  const pages: number[] = [];
  for (let page = from; page <= to; page++) pages.push(page);

  const results = useQueries({
    queries: pages.map((page) => {
      const input = pageInput(query, page);
      return { queryKey: opKey('evidence.list', input), queryFn: () => call('evidence.list', input) };
    }),
  });

  const current = new Map<number, EvidenceRow[]>();
  results.forEach((r, i) => r.data && current.set(pages[i]!, r.data.items));
  const shown = useRef<{ question: string; pages: Map<number, EvidenceRow[]> } | null>(null);
  const display = current.size === 0 && shown.current && shown.current.question !== question ? shown.current.pages : current;
  useEffect(() => {
    if (current.size) shown.current = { question, pages: current };
  });

  return {
    /** The row at an index, or undefined while its page is on its way. */
    rowAt: (index: number): EvidenceRow | undefined => display.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    /** Changes when the question does (not when the answer is refreshed): the table goes back to the top. */
    question,
  };
}

/**
 * Owners seen in any answer the library has had, for the owner filter's suggestions. Read from the cache
 * as answers arrive, so it costs no request of its own.
 */
export function useOwnersSeen(): string[] {
  const client = useQueryClient();
  const [owners, setOwners] = useState<string[]>([]);
  useEffect(() => {
    const seen = new Set<string>();
    const learn = (data: unknown) => {
      const items = (data as { items?: EvidenceRow[] } | undefined)?.items ?? [];
      let added = false;
      for (const { owner } of items)
        if (owner && !seen.has(owner)) {
          seen.add(owner);
          added = true;
        }
      if (added) setOwners([...seen].sort((a, b) => a.localeCompare(b)));
    };
    for (const query of client.getQueryCache().findAll({ queryKey: ['evidence.list'] })) learn(query.state.data);
    return client.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.query.queryKey[0] === 'evidence.list') learn(event.query.state.data);
    });
  }, [client]);
  return owners;
}

/** The item open in the panel, with its files and its links to the areas of the pack (if one is open). */
export function useEvidenceItem(evidenceId: string, packId: string | undefined) {
  return useOp('evidence.get', packId ? { evidenceId, packId } : { evidenceId });
}

type EvidenceFields = Omit<OpInput<'evidence.update'>, 'evidenceId' | 'baseVersion'>;

/**
 * Saves fields of an item against the version the screen shows (`evidence`, undefined while loading),
 * held while `editing`; `saver.stale` is a save refused because someone else saved first.
 */
export function useUpdateEvidence(evidenceId: string, evidence: Evidence | undefined, editing: boolean) {
  const saver = useSaveAgainst('evidence.update', evidence, { hold: editing });
  return { saver, update: (fields: EvidenceFields) => saver.save({ evidenceId, ...fields }) };
}
