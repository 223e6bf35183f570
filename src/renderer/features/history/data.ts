// The history: who changed what and when, newest first, a page at a time, with the names of the things
// changed (the audit log stores ids; people read titles). Both are cached reads, so a change made while
// the screen is open appears at the top, and a renamed item shows its new name.
import { useInfiniteQuery, useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { AuditEntry } from '../../../shared/entities';
import type { Framework } from '../../../shared/framework';
import { call } from '../../data/bridge';
import { opKey, useOp } from '../../data/ops';
import { emptyNameBook, entityKind, type NameBook } from './describe';

export const HISTORY_PAGE = 50;

/** Pages of the history, newest first; only this pack's changes when packId is given. */
export function useHistoryPages(packId: string | undefined) {
  const input = { limit: HISTORY_PAGE, ...(packId ? { packId } : {}) };
  return useInfiniteQuery({
    // [op, input] first, as every cached read, so change events refresh it; 'pages' keeps it apart from useOp.
    queryKey: [...opKey('audit.list', input), 'pages'],
    queryFn: ({ pageParam }) => call('audit.list', pageParam === null ? input : { ...input, beforeId: pageParam }),
    initialPageParam: null as number | null,
    getNextPageParam: (page) => (page.length === HISTORY_PAGE ? (page[page.length - 1]?.id ?? null) : null),
  });
}

function evidenceIdsOf(entries: AuditEntry[]): string[] {
  const ids = new Set<string>();
  for (const e of entries) {
    if (entityKind(e.entity) === 'evidence') ids.add(e.entityId);
    for (const v of [e.before, e.after]) {
      if (v && typeof v === 'object' && 'evidenceId' in v && typeof (v as { evidenceId: unknown }).evidenceId === 'string') {
        ids.add((v as { evidenceId: string }).evidenceId);
      }
    }
  }
  return [...ids];
}

function areaTitles(fw: Framework): Record<string, string> {
  const keys: Record<string, string> = {};
  const walk = (areas: Framework['areas']) => {
    for (const a of areas) {
      keys[a.id] = a.title;
      walk(a.children ?? []);
    }
  };
  walk(fw.areas);
  return keys;
}

/** The names the entries mention; what cannot be found yet leaves the fallback words in place. */
export function useNameBook(entries: AuditEntry[]): NameBook {
  const packs = useOp('packs.list', {}).data;
  const inspections = useOp('inspections.list', {}).data;
  const frameworks = useOp('frameworks.list', {}).data;

  const packIds = useMemo(() => [...new Set(entries.map((e) => e.packId).filter((id): id is string => Boolean(id)))], [entries]);
  const evidenceIds = useMemo(() => evidenceIdsOf(entries), [entries]);
  const frameworkIds = useMemo(
    () => [...new Set((inspections ?? []).map((i) => i.frameworkId).filter((id): id is string => Boolean(id)))],
    [inspections],
  );

  const packDetails = useQueries({
    queries: packIds.map((packId) => ({ queryKey: opKey('packs.get', { packId }), queryFn: () => call('packs.get', { packId }) })),
  });
  const packActions = useQueries({
    queries: packIds.map((packId) => ({ queryKey: opKey('actions.list', { packId }), queryFn: () => call('actions.list', { packId }) })),
  });
  const evidence = useQueries({
    queries: evidenceIds.map((evidenceId) => ({
      queryKey: opKey('evidence.get', { evidenceId }),
      queryFn: () => call('evidence.get', { evidenceId }),
    })),
  });
  const frameworkDetails = useQueries({
    queries: frameworkIds.map((frameworkId) => ({
      queryKey: opKey('frameworks.get', { frameworkId }),
      queryFn: () => call('frameworks.get', { frameworkId }),
    })),
  });

  // The query results are new arrays each render; this says when what they hold has changed.
  const loaded = [packDetails, packActions, evidence, frameworkDetails]
    .map((list) => list.map((q) => `${q.dataUpdatedAt}${q.isError ? '!' : ''}`).join(','))
    .join(';');
  return useMemo(() => {
    const book = emptyNameBook();
    for (const p of packs ?? []) book.packs[p.id] = p.title;
    for (const f of frameworks ?? []) book.frameworks[f.id] = f.title;
    for (const i of inspections ?? []) {
      book.inspections[i.id] = i.title;
      for (const r of i.recommendations)
        book.recommendations[r.id] = { reference: r.reference, text: r.text, frameworkId: i.frameworkId ?? null };
    }
    frameworkDetails.forEach((q, n) => {
      const fw = q.data as Framework | undefined;
      if (!fw) return;
      book.frameworkScales[frameworkIds[n]!] = fw.scale;
      book.areaKeys[frameworkIds[n]!] = areaTitles(fw);
    });
    packDetails.forEach((q, n) => {
      const detail = q.data;
      if (!detail) return;
      const packId = packIds[n]!;
      book.packs[packId] = detail.pack.title;
      book.packScales[packId] = detail.framework.scale;
      for (const a of detail.areas) book.areas[a.id] = { title: a.title, packId };
    });
    for (const q of packActions)
      for (const a of q.data ?? []) book.actions[a.id] = { reference: a.reference, title: a.title };
    evidence.forEach((q, n) => {
      if (q.data) book.evidence[evidenceIds[n]!] = { reference: q.data.evidence.reference, title: q.data.evidence.title };
      else if (q.isError) book.evidence[evidenceIds[n]!] = null;
    });
    return book;
  }, [packs, inspections, frameworks, packIds, evidenceIds, frameworkIds, loaded]);
}
