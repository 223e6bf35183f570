// How ready a pack is, area by area: the self-grade against the last inspection's grade, the evidence
// behind it and how fresh that is, the actions still open, and the narrative sections not yet written.
// Every rule (out of date, overdue, improved) comes from src/shared/rules.ts, so the overview, the area
// screens and the Word export all count the same way. A handful of queries for the whole pack, however
// many areas it has. Evidence is counted per area in SQL: a large pack has thousands of links, and moving
// them all out to count them took most of the time.
import type { ActionStatus, Rag } from '../../shared/domain';
import type { AreaReadiness, PackArea, Readiness } from '../../shared/entities';
import type { Framework } from '../../shared/framework';
import { isDocEmpty, type RichDoc } from '../../shared/richtext';
import { directionOfTravel, isActionOpen, isActionOverdue } from '../../shared/rules';
import type { ReadQueries, SqlValue } from '../db/port';
import { freshnessCondition } from '../evidence/search';
import { packClaimFlags } from '../indicators/claims';
import { groupBy } from '../records';
import { frameworkArea, sectionsOf } from './narratives';
import { areasOfPack, packById, packFramework } from './rows';

/** How much evidence supports an area (or the whole pack, counting each item once), and how fresh it is. */
interface EvidenceCounts {
  evidence: number;
  outOfDate: number;
  dueSoon: number;
}

interface PackAction {
  areaId: string | null;
  status: ActionStatus;
  rag: Rag;
  dueDate: string | null;
}

/** What one pack's areas need, read in one go. */
interface PackFacts {
  framework: Framework;
  today: string;
  previousGrades: Map<string, string>;
  evidenceByArea: Map<string, EvidenceCounts>;
  actionsByArea: Map<string, PackAction[]>;
  docsByArea: Map<string, Map<string, RichDoc>>;
}

/**
 * The grade each framework area had before: from the pack's baseline inspection when one is chosen,
 * otherwise from the most recent inspection that graded that area.
 */
async function previousGrades(q: ReadQueries, baselineInspectionId: string | null): Promise<Map<string, string>> {
  const rows = await q.all<{ area_key: string; grade: string }>(
    `SELECT g.area_key, g.grade FROM inspection_grades g JOIN inspections i ON i.id = g.inspection_id
     WHERE CAST($baseline AS TEXT) IS NULL OR i.id = $baseline
     ORDER BY i.start_date DESC, i.rowid DESC`,
    { $baseline: baselineInspectionId },
  );
  const grades = new Map<string, string>();
  for (const row of rows) if (!grades.has(row.area_key)) grades.set(row.area_key, row.grade);
  return grades;
}

/** The chosen baseline, or else the latest inspection that graded any of the pack's areas. */
async function baselineInspection(q: ReadQueries, packId: string, baselineInspectionId: string | null): Promise<Readiness['baselineInspection']> {
  const row = await q.get<{ id: string; title: string; start_date: string }>(
    `SELECT i.id, i.title, i.start_date FROM inspections i
     WHERE CASE WHEN CAST($baseline AS TEXT) IS NULL
       THEN EXISTS (SELECT 1 FROM inspection_grades g JOIN pack_areas a ON a.area_key = g.area_key
                    WHERE g.inspection_id = i.id AND a.pack_id = $pack)
       ELSE i.id = $baseline END
     ORDER BY i.start_date DESC, i.rowid DESC LIMIT 1`,
    { $baseline: baselineInspectionId, $pack: packId },
  );
  return row ? { id: row.id, title: row.title, startDate: row.start_date } : null;
}

/**
 * The pack's linked evidence counted per area and, each item once, for the whole pack (the row whose
 * area_id is null). Freshness uses the same SQL conditions as the library's filter (../evidence/search.ts),
 * which agree with evidenceFreshness() in shared/rules.ts.
 */
async function evidenceCounts(q: ReadQueries, packId: string, today: string): Promise<{ byArea: Map<string, EvidenceCounts>; pack: EvidenceCounts }> {
  const outOfDate = freshnessCondition('out_of_date', today);
  const dueSoon = freshnessCondition('due_soon', today);
  const params: SqlValue[] = [...outOfDate.params, ...dueSoon.params, packId];
  const links = `FROM evidence_links l JOIN evidence e ON e.id = l.evidence_id JOIN pack_areas a ON a.id = l.area_id WHERE a.pack_id = ?`;
  const rows = await q.all<{ area_id: string | null; evidence: number; out_of_date: number; due_soon: number }>(
    `SELECT l.area_id, count(*) AS evidence,
       sum(CASE WHEN ${outOfDate.sql} THEN 1 ELSE 0 END) AS out_of_date,
       sum(CASE WHEN ${dueSoon.sql} THEN 1 ELSE 0 END) AS due_soon
     ${links} GROUP BY l.area_id
     UNION ALL
     SELECT NULL, count(DISTINCT l.evidence_id), count(DISTINCT CASE WHEN ${outOfDate.sql} THEN l.evidence_id END),
       count(DISTINCT CASE WHEN ${dueSoon.sql} THEN l.evidence_id END)
     ${links}`,
    [...params, ...params],
  );
  const counts = (r: (typeof rows)[number]): EvidenceCounts => ({
    evidence: Number(r.evidence),
    outOfDate: Number(r.out_of_date ?? 0),
    dueSoon: Number(r.due_soon ?? 0),
  });
  const byArea = new Map(rows.filter((r) => r.area_id !== null).map((r) => [r.area_id!, counts(r)]));
  const pack = rows.find((r) => r.area_id === null);
  return { byArea, pack: pack ? counts(pack) : { evidence: 0, outOfDate: 0, dueSoon: 0 } };
}

async function packActions(q: ReadQueries, packId: string): Promise<PackAction[]> {
  const rows = await q.all<{ area_id: string | null; status: ActionStatus; rag: Rag; due_date: string | null }>(
    'SELECT area_id, status, rag, due_date FROM actions WHERE pack_id = ?',
    [packId],
  );
  return rows.map((r) => ({ areaId: r.area_id, status: r.status, rag: r.rag, dueDate: r.due_date }));
}

async function narrativeDocs(q: ReadQueries, packId: string): Promise<Map<string, Map<string, RichDoc>>> {
  const rows = await q.all<{ area_id: string; section_id: string; doc_json: string }>(
    `SELECT n.area_id, n.section_id, n.doc_json FROM narratives n JOIN pack_areas a ON a.id = n.area_id WHERE a.pack_id = ?`,
    [packId],
  );
  const byArea = groupBy(rows, (r) => r.area_id, (r) => [r.section_id, JSON.parse(r.doc_json) as RichDoc] as const);
  return new Map([...byArea].map(([areaId, docs]) => [areaId, new Map(docs)]));
}

function countWhere<T>(items: T[], test: (item: T) => boolean): number {
  return items.filter(test).length;
}

function areaReadiness(area: PackArea, facts: PackFacts): AreaReadiness {
  const evidence = facts.evidenceByArea.get(area.id) ?? { evidence: 0, outOfDate: 0, dueSoon: 0 };
  const actions = facts.actionsByArea.get(area.id) ?? [];
  const sections = sectionsOf(facts.framework, frameworkArea(facts.framework, area.areaKey));
  const docs = facts.docsByArea.get(area.id);
  const previousGrade = facts.previousGrades.get(area.areaKey) ?? null;
  return {
    areaId: area.id,
    areaKey: area.areaKey,
    title: area.title,
    depth: area.depth,
    graded: area.graded,
    grade: area.grade,
    position: area.position,
    previousGrade,
    direction: directionOfTravel(facts.framework.scale, area.grade, previousGrade),
    status: area.status,
    evidenceCount: evidence.evidence,
    evidenceOutOfDate: evidence.outOfDate,
    evidenceDueSoon: evidence.dueSoon,
    openActions: countWhere(actions, (a) => isActionOpen(a.status)),
    overdueActions: countWhere(actions, (a) => isActionOverdue(a.status, a.dueDate, facts.today)),
    sectionCount: sections.length,
    emptySections: sections.filter((s) => isDocEmpty(docs?.get(s.id))).map((s) => s.title),
  };
}

/** A completed action counts as blue whatever RAG it was left with: blue is the convention for "complete". */
function actionsByRag(actions: PackAction[]): Record<Rag, number> {
  const counts: Record<Rag, number> = { red: 0, amber: 0, green: 0, blue: 0 };
  for (const action of actions) counts[isActionOpen(action.status) ? action.rag : 'blue'] += 1;
  return counts;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/**
 * Totals over the pack. Evidence is counted as distinct items (one audit supporting three areas is
 * one item); actions include those not tied to an area.
 */
function totals(areas: AreaReadiness[], evidence: EvidenceCounts, actions: PackAction[], today: string): Readiness['totals'] {
  return {
    areas: areas.length,
    graded: countWhere(areas, (a) => a.grade !== null),
    agreed: countWhere(areas, (a) => a.status === 'agreed'),
    evidence: evidence.evidence,
    evidenceOutOfDate: evidence.outOfDate,
    openActions: countWhere(actions, (a) => isActionOpen(a.status)),
    overdueActions: countWhere(actions, (a) => isActionOverdue(a.status, a.dueDate, today)),
    emptySections: sum(areas.map((a) => a.emptySections.length)),
    sections: sum(areas.map((a) => a.sectionCount)),
  };
}

export async function packReadiness(q: ReadQueries, packId: string, today: string): Promise<Readiness> {
  const pack = await packById(q, packId);
  const areas = await areasOfPack(q, packId);
  const evidence = await evidenceCounts(q, packId, today);
  const actions = await packActions(q, packId);
  const facts: PackFacts = {
    framework: await packFramework(q, packId),
    today,
    previousGrades: await previousGrades(q, pack.baselineInspectionId),
    evidenceByArea: evidence.byArea,
    actionsByArea: groupBy(
      actions.filter((a) => a.areaId !== null),
      (a) => a.areaId!,
      (a) => a,
    ),
    docsByArea: await narrativeDocs(q, packId),
  };
  const areaRows = areas.map((area) => areaReadiness(area, facts));
  return {
    packId,
    today,
    baselineInspection: await baselineInspection(q, packId, pack.baselineInspectionId),
    areas: areaRows,
    actionsByRag: actionsByRag(actions),
    totals: totals(areaRows, evidence.pack, actions, today),
    // The paragraph-level checks of claims against evidence and figures are issue 12's, in their own module.
    flags: await packClaimFlags(q, packId),
  };
}
