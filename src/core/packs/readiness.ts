// How ready a pack is, area by area: the self-grade against the comparison inspection's grade (followed
// back through framework changes), the evidence behind it and how fresh that is, the actions still open,
// the narrative sections not yet written, and the limiting rules its grades break. Everything that
// depends on a date is judged as at the pack's own as-at date, so an approved pack says what was true
// then whatever day it is read; the few counts the live view needs for today come beside them, labelled.
// Every rule comes from src/shared, so the overview, the area screens and the Word export all agree.
import type { ActionStatus, Rag } from '../../shared/domain';
import type { AreaReadiness, Inspection, PackArea, Readiness, RuleBreach } from '../../shared/entities';
import type { Framework } from '../../shared/framework';
import { frameworkAncestry, lookupOf, successionTo } from '../../shared/lineage';
import { isDocEmpty, type RichDoc } from '../../shared/richtext';
import {
  directionOfTravel, evidenceFreshness, gradeText, isActionDueSoon, isActionOpen, isActionOverdue, ruleBreaches,
  scoreSummary,
} from '../../shared/rules';
import type { Queryable } from '../db/connection';
import { allFrameworks } from '../frameworks/lookup';
import { gradedInspections, historyFor, PackLens, type GradedInspection } from '../inspections/history';
import { inspectionsWhere } from '../inspections/queries';
import { groupBy } from '../records';
import { frameworkArea, sectionsOf } from './narratives';
import { areasOfPack, packById, packFramework } from './rows';

interface LinkedEvidence {
  areaId: string;
  evidenceId: string;
  reviewDue: string | null;
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
  asAt: string;
  lens: PackLens;
  comparison: GradedInspection | undefined;
  evidenceByArea: Map<string, LinkedEvidence[]>;
  actionsByArea: Map<string, PackAction[]>;
  docsByArea: Map<string, Map<string, RichDoc>>;
}

async function linkedEvidence(q: Queryable, packId: string): Promise<LinkedEvidence[]> {
  return q.all<LinkedEvidence>(
    `SELECT l.area_id AS areaId, e.id AS evidenceId, e.review_due AS reviewDue
     FROM evidence_links l JOIN evidence e ON e.id = l.evidence_id JOIN pack_areas a ON a.id = l.area_id
     WHERE a.pack_id = ?`,
    [packId],
  );
}

async function packActions(q: Queryable, packId: string): Promise<PackAction[]> {
  return q.all<PackAction>('SELECT area_id AS areaId, status, rag, due_date AS dueDate FROM actions WHERE pack_id = ?', [packId]);
}

async function narrativeDocs(q: Queryable, packId: string): Promise<Map<string, Map<string, RichDoc>>> {
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
  const evidence = facts.evidenceByArea.get(area.id) ?? [];
  const freshness = evidence.map((e) => evidenceFreshness(e.reviewDue, facts.asAt));
  const actions = facts.actionsByArea.get(area.id) ?? [];
  const sections = sectionsOf(facts.framework, frameworkArea(facts.framework, area.areaKey));
  const docs = facts.docsByArea.get(area.id);
  const previous = area.graded && facts.comparison ? facts.lens.gradeFor(area.areaKey, facts.comparison) : null;
  return {
    areaId: area.id,
    areaKey: area.areaKey,
    title: area.title,
    depth: area.depth,
    graded: area.graded,
    grade: area.grade,
    position: area.position,
    previousGrade: previous?.grade ?? null,
    previousGradeText: previous ? gradeText(previous.scale, previous.grade) : null,
    previousAreaTitle: previous && previous.areaTitle !== area.title ? previous.areaTitle : null,
    direction: directionOfTravel(facts.framework.scale, area.grade, previous?.grade ?? null, previous?.scale),
    status: area.status,
    evidenceCount: evidence.length,
    evidenceOutOfDate: countWhere(freshness, (f) => f === 'out_of_date'),
    evidenceDueSoon: countWhere(freshness, (f) => f === 'due_soon'),
    openActions: countWhere(actions, (a) => isActionOpen(a.status)),
    overdueActions: countWhere(actions, (a) => isActionOverdue(a.status, a.dueDate, facts.asAt)),
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
 * The counts that change with the date a pack is judged on. Evidence is counted as distinct items (one
 * audit supporting three areas is one item); actions include those not tied to an area.
 */
function datedCounts(evidence: LinkedEvidence[], actions: PackAction[], date: string) {
  const distinct = (items: LinkedEvidence[]) => new Set(items.map((e) => e.evidenceId)).size;
  const fresh = (f: string) => distinct(evidence.filter((e) => evidenceFreshness(e.reviewDue, date) === f));
  return {
    evidenceOutOfDate: fresh('out_of_date'),
    evidenceDueSoon: fresh('due_soon'),
    overdueActions: countWhere(actions, (a) => isActionOverdue(a.status, a.dueDate, date)),
    dueSoonActions: countWhere(actions, (a) => isActionDueSoon(a.status, a.dueDate, date)),
  };
}

function totals(areas: AreaReadiness[], evidence: LinkedEvidence[], actions: PackAction[], asAt: string): Readiness['totals'] {
  return {
    areas: areas.length,
    graded: countWhere(areas, (a) => a.grade !== null),
    agreed: countWhere(areas, (a) => a.status === 'agreed'),
    evidence: new Set(evidence.map((e) => e.evidenceId)).size,
    openActions: countWhere(actions, (a) => isActionOpen(a.status)),
    emptySections: sum(areas.map((a) => a.emptySections.length)),
    sections: sum(areas.map((a) => a.sectionCount)),
    ...datedCounts(evidence, actions, asAt),
  };
}

/** The framework's limiting rules the self-grades break, each with a sentence saying what to do. */
export function packRuleBreaches(framework: Framework, areas: PackArea[]): RuleBreach[] {
  const byKey = new Map(areas.map((a) => [a.areaKey, a]));
  return ruleBreaches(framework, (key) => byKey.get(key)?.grade).map(({ rule, whenGrade, thenGrade }) => {
    const limiting = byKey.get(rule.when.area)!;
    const limited = byKey.get(rule.then.area)!;
    const word = (g: string) => gradeText(framework.scale, g);
    return {
      ruleId: rule.id,
      statement: rule.statement,
      limitingAreaId: limiting.id,
      limitingAreaTitle: limiting.title,
      limitingGrade: whenGrade,
      limitedAreaId: limited.id,
      limitedAreaTitle: limited.title,
      limitedGrade: thenGrade,
      gradeAtBest: rule.then.gradeAtBest,
      message: `"${limited.title}" is graded ${word(thenGrade)}, but while "${limiting.title}" is ${word(whenGrade)} it can be at best ${word(rule.then.gradeAtBest)}. Change one of the two grades.`,
    };
  });
}

/** Deadlines running or overdue today, from inspections of the pack's line of frameworks (or of none named). */
function openDeadlines(inspections: Inspection[], ancestry: Set<string>): Readiness['deadlines'] {
  return inspections
    .filter((i) => i.frameworkId === null || ancestry.has(i.frameworkId))
    .flatMap((i) =>
      i.deadlines
        .filter((d) => d.state === 'running' || d.state === 'overdue' || d.problem !== null)
        .map((d) => ({ ...d, inspectionId: i.id, inspectionTitle: i.title })),
    )
    .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
}

export async function packReadiness(q: Queryable, packId: string, today: string): Promise<Readiness> {
  const pack = await packById(q, packId);
  const areas = await areasOfPack(q, packId);
  const evidence = await linkedEvidence(q, packId);
  const actions = await packActions(q, packId);
  const framework = await packFramework(q, packId);
  const frameworks = await allFrameworks(q);
  const lookup = lookupOf(frameworks);
  const lens = new PackLens(framework, lookup);
  const gradedKeys = areas.filter((a) => a.graded).map((a) => a.areaKey);
  const graded = await gradedInspections(q);
  const { comparison } = historyFor(lens, graded, gradedKeys, pack.asAt, pack.baselineInspectionId);
  const facts: PackFacts = {
    framework,
    asAt: pack.asAt,
    lens,
    comparison: comparison ? graded.find((i) => i.id === comparison.id) : undefined,
    evidenceByArea: groupBy(evidence, (e) => e.areaId, (e) => e),
    actionsByArea: groupBy(
      actions.filter((a) => a.areaId !== null),
      (a) => a.areaId!,
      (a) => a,
    ),
    docsByArea: await narrativeDocs(q, packId),
  };
  const areaRows = areas.map((area) => areaReadiness(area, facts));
  const steps = successionTo(framework, pack.asAt, frameworks);
  const inForce = steps.at(-1);
  const score = framework.scale.kind === 'numeric' ? scoreSummary(framework.scale, areas.filter((a) => a.graded).map((a) => a.grade)) : null;
  return {
    packId,
    asAt: pack.asAt,
    today,
    baselineInspection: comparison,
    areas: areaRows,
    actionsByRag: actionsByRag(actions),
    totals: totals(areaRows, evidence, actions, pack.asAt),
    todayTotals: datedCounts(evidence, actions, today),
    superseded: inForce
      ? { frameworkId: inForce.id, shortTitle: inForce.shortTitle, validFrom: inForce.validFrom, steps: steps.map((f) => f.id) }
      : null,
    ruleBreaches: packRuleBreaches(framework, areas),
    score,
    deadlines: openDeadlines(await inspectionsWhere(q, today), new Set(frameworkAncestry(framework, lookup))),
  };
}
