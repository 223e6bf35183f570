// Counting what a database holds, for the short summaries commands print.
import type { ReadQueries } from '../core/db/port';

export interface RecordCounts {
  packs: number;
  areas: number;
  evidence: number;
  attachments: number;
  actions: number;
  inspections: number;
  indicatorFigures: number;
  auditEntries: number;
}

const TABLES: Record<keyof RecordCounts, string> = {
  packs: 'packs',
  areas: 'pack_areas',
  evidence: 'evidence',
  attachments: 'attachments',
  actions: 'actions',
  inspections: 'inspections',
  indicatorFigures: 'indicator_values',
  auditEntries: 'audit_log',
};

export async function countRecords(q: ReadQueries): Promise<RecordCounts> {
  const counts = {} as RecordCounts;
  for (const [key, table] of Object.entries(TABLES) as [keyof RecordCounts, string][])
    counts[key] = (await q.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))!.n;
  return counts;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** "2 packs (46 areas), 48 evidence items (12 attachments), 31 actions, 3 inspections, 96 indicator figures and 210 audit entries" */
export function describeCounts(c: RecordCounts): string {
  const parts = [
    `${plural(c.packs, 'pack')} (${plural(c.areas, 'area')})`,
    `${plural(c.evidence, 'evidence item')} (${plural(c.attachments, 'attachment')})`,
    plural(c.actions, 'action'),
    plural(c.inspections, 'inspection'),
    plural(c.indicatorFigures, 'indicator figure'),
    plural(c.auditEntries, 'audit entry', 'audit entries'),
  ];
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** "1.2 MB" */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return plural(bytes, 'byte');
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
