// The reference and title of the evidence items a narrative cites, so a citation can say "[E012]" and
// name the item: each is the cached answer to evidence.get, refreshed like any other read when the
// evidence changes. An item that is no longer in the library is labelled as deleted.
import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { call } from '../data/bridge';
import { opKey } from '../data/ops';
import type { CitationInfo } from './richDom';

export const DELETED_CITATION: CitationInfo = {
  reference: 'deleted',
  title: 'This evidence item is no longer in the library',
};

/** The labels of the cited evidence ids, by id; ids still being looked up are missing. */
export function useCitationLabels(evidenceIds: readonly string[]): Record<string, CitationInfo> {
  const results = useQueries({
    queries: evidenceIds.map((evidenceId) => ({
      queryKey: opKey('evidence.get', { evidenceId }),
      queryFn: () => call('evidence.get', { evidenceId }),
    })),
  });
  const signature = results
    .map((r, i) => `${evidenceIds[i]}\u0000${r.data ? `${r.data.evidence.reference}\u0000${r.data.evidence.title}` : r.isError ? '!' : ''}`)
    .join('\u0001');
  // The signature says everything the labels depend on, so they stay the same object until one changes.
  return useMemo(() => {
    const labels: Record<string, CitationInfo> = {};
    results.forEach((r, i) => {
      const id = evidenceIds[i]!;
      if (r.data) labels[id] = { reference: r.data.evidence.reference, title: r.data.evidence.title };
      else if (r.isError) labels[id] = DELETED_CITATION;
    });
    return labels;
  }, [signature]);
}
