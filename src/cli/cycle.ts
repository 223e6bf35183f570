// What `sef check` says about the inspection cycle: each pack's framework and as-at date, the inspection
// its grades compare with, a framework superseded by its date, limiting rules its self-grades break, and
// the deadlines after inspections that are running or overdue today. Read-only, like the rest of check.
import { formatLongDate } from '../shared/dates';
import { deadlineSentence } from '../shared/deadlines';
import { PACK_STATUS_LABELS } from '../shared/domain';
import type { ReadQueries } from '../core/db/port';
import { inspectionsWhere } from '../core/inspections/queries';
import { packReadiness } from '../core/packs/readiness';
import { allPacks, packFramework } from '../core/packs/rows';

export interface PackPosition {
  title: string;
  framework: string;
  asAt: string;
  status: string;
  comparedWith: string | null;
  supersededBy: string | null;
  ruleBreaches: string[];
  overdueActions: { asAt: number; today: number };
}

export interface CyclePosition {
  packs: PackPosition[];
  deadlines: { inspection: string; title: string; dueDate: string | null; state: string | null; sentence: string }[];
}

export async function cyclePosition(q: ReadQueries, today: string): Promise<CyclePosition> {
  const packs: PackPosition[] = [];
  for (const pack of await allPacks(q)) {
    const readiness = await packReadiness(q, pack.id, today);
    packs.push({
      title: pack.title,
      framework: (await packFramework(q, pack.id)).shortTitle,
      asAt: pack.asAt,
      status: pack.status,
      comparedWith: readiness.baselineInspection?.title ?? null,
      supersededBy: readiness.superseded?.shortTitle ?? null,
      ruleBreaches: readiness.ruleBreaches.map((b) => b.message),
      overdueActions: { asAt: readiness.totals.overdueActions, today: readiness.todayTotals.overdueActions },
    });
  }
  const deadlines = (await inspectionsWhere(q, today)).flatMap((i) =>
    i.deadlines
      .filter((d) => d.state === 'running' || d.state === 'overdue' || d.problem)
      .map((d) => ({ inspection: i.title, title: d.title, dueDate: d.dueDate, state: d.state, sentence: deadlineSentence(d) })),
  );
  return { packs, deadlines };
}

/** The position as lines for the terminal, indented under check's own. */
export function describeCycle(position: CyclePosition): string[] {
  const lines: string[] = [];
  for (const p of position.packs) {
    lines.push(`  Pack: ${p.title} (${p.framework}, as at ${formatLongDate(p.asAt)}, ${(PACK_STATUS_LABELS[p.status as keyof typeof PACK_STATUS_LABELS] ?? p.status).toLowerCase()})`);
    lines.push(`    Grades compared with: ${p.comparedWith ?? 'no graded inspection before its as-at date'}`);
    lines.push(`    Overdue actions: ${p.overdueActions.asAt} as at ${formatLongDate(p.asAt)}; ${p.overdueActions.today} today`);
    if (p.supersededBy)
      lines.push(`    Framework: ${p.framework} had been replaced by ${p.supersededBy} by the pack's as-at date; move the pack onto it in SEF Studio`);
    for (const breach of p.ruleBreaches) lines.push(`    Limiting rule broken: ${breach}`);
  }
  for (const d of position.deadlines) lines.push(`  Deadline: ${d.inspection}: ${d.title}. ${d.sentence}`);
  return lines;
}
