// How ready a pack is, area by area: the self-grade against the comparison inspection's grade (followed
// back through framework changes), the evidence behind it and how fresh that is, the actions still open,
// the narrative sections not yet written, and the limiting rules its grades break. Everything that
// depends on a date is judged as at the pack's own as-at date, so an approved pack says what was true
// then whatever day it is read; the few counts the live view needs for today come beside them, labelled.
// Every rule comes from src/shared, so the overview, the area screens and the Word export all agree.
// A handful of queries for the whole pack, however many areas it has. Evidence is counted per area in
// SQL: a large pack has thousands of links, and moving them all out to count them took most of the time.
// The counts read review dates kept beside the links for the purpose (migration 012).
import type { ActionStatus, Rag } from '../../shared/domain';
import type { AreaReadiness, Inspection, PackArea, Readiness, RuleBreach } from '../../shared/entities';
import type { Framework } from '../../shared/framework';
import { frameworkAncestry, lookupOf, successionTo } from '../../shared/lineage';
import { isDocEmpty, type RichDoc } from '../../shared/richtext';
import {
  directionOfTravel, gradeText, isActionDueSoon, isActionOpen, isActionOverdue, ruleBreaches, scoreSummary,
} from '../../shared/rules';
import type { ReadQueries, SqlValue } from '../db/port';
import { freshnessCondition } from '../evidence/search';
import { allFrameworks } from '../frameworks/lookup';
import { gradedInspections, historyFor, PackLens, type GradedInspection } from '../inspections/history';
import { inspectionsWhere } from '../inspections/queries';
import { packClaimFlags } from '../indicators/claims';
import { groupBy } from '../records';
import { frameworkArea, narrativeDocsOfPack, sectionsOf } from './narratives';
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
  asAt: string;
  lens: PackLens;
  comparison: GradedInspection | undefined;
  evidenceByArea: Map<string, EvidenceCounts>;
  actionsByArea: Map<string, PackAction[]>;
  docsByArea: Map<string, Map<string, RichDoc>>;
}

type Condition = ReturnType<typeof freshnessCondition>;

const COUNT_COLUMNS = ['evidence', 'out_of_date', 'due_soon', 'out_of_date_today', 'due_soon_today'];

/**
 * The statement counting the pack's evidence per area (rows with an area id) and, each item once, for the
 * pack (the row whose area id is null), from the review dates kept beside the links (migration 012). "e"
 * names the review dates, as the freshness conditions expect. Joining each link to its item's review date
 * instead was one index search per link and another per item, most of the time readiness.get took.
 *
 * SQLite keeps the dates in tables indexed by area or pack and then date, so each figure is the count of
 * one key range of an index, stepped through with nothing evaluated per row: 1.5 ms of SQLite's time on
 * the bench pack, where one pass summing a condition per figure took 4. PostgreSQL's are views over the
 * links, which each such subquery would join again, so there it counts in one pass of each view.
 */
function countsQuery(
  engine: 'sqlite' | 'postgres',
  packId: string,
  [outOfDate, dueSoon]: [Condition, Condition],
  [outOfDateToday, dueSoonToday]: [Condition, Condition],
): [string, SqlValue[]] {
  const named = (figures: string[]) => figures.map((sql, n) => `${sql} AS ${COUNT_COLUMNS[n]}`).join(', ');
  if (engine === 'sqlite') {
    const count = (table: string, key: string, condition?: Condition) => ({
      sql: `(SELECT count(*) FROM ${table} e WHERE e.${key}${condition ? ` AND ${condition.sql}` : ''})`,
      params: condition?.params ?? [],
    });
    const byArea = [undefined, outOfDate, dueSoon].map((c) => count('link_review_dates', 'area_id = a.id', c));
    const pack = [undefined, outOfDate, dueSoon, outOfDateToday, dueSoonToday].map((c) => count('pack_review_dates', 'pack_id = ?', c));
    return [
      `SELECT a.id AS area_id, ${named([...byArea.map((c) => c.sql), '0', '0'])} FROM pack_areas a WHERE a.pack_id = ?
       UNION ALL
       SELECT NULL, ${pack.map((c) => c.sql).join(', ')}`,
      [...byArea.flatMap((c) => c.params), packId, ...pack.flatMap((c) => [packId, ...c.params])],
    ];
  }
  const sumOf = (c: Condition) => `sum(CASE WHEN ${c.sql} THEN 1 ELSE 0 END)`;
  return [
    `SELECT e.area_id, ${named(['count(*)', sumOf(outOfDate), sumOf(dueSoon), '0', '0'])}
     FROM link_review_dates e WHERE e.area_id IN (SELECT id FROM pack_areas WHERE pack_id = ?) GROUP BY e.area_id
     UNION ALL
     SELECT NULL, count(*), ${[outOfDate, dueSoon, outOfDateToday, dueSoonToday].map(sumOf).join(', ')}
     FROM pack_review_dates e WHERE e.pack_id = ?`,
    [
      ...outOfDate.params, ...dueSoon.params, packId,
      ...outOfDate.params, ...dueSoon.params, ...outOfDateToday.params, ...dueSoonToday.params, packId,
    ],
  ];
}

/**
 * The pack's linked evidence counted per area as at the pack's date and, each item once, for the whole
 * pack (the row whose area_id is null) as at the pack's date and as at today. Freshness uses the same SQL
 * conditions as the library's filter (../evidence/search.ts), which agree with evidenceFreshness().
 */
async function evidenceCounts(
  q: ReadQueries,
  packId: string,
  asAt: string,
  today: string,
): Promise<{ byArea: Map<string, EvidenceCounts>; pack: EvidenceCounts; packToday: EvidenceCounts }> {
  const [outOfDate, dueSoon] = [freshnessCondition('out_of_date', asAt), freshnessCondition('due_soon', asAt)];
  const [outOfDateToday, dueSoonToday] = [freshnessCondition('out_of_date', today), freshnessCondition('due_soon', today)];
  const rows = await q.all<{
    area_id: string | null;
    evidence: number;
    out_of_date: number;
    due_soon: number;
    out_of_date_today: number;
    due_soon_today: number;
  }>(...countsQuery(q.dialect.engine, packId, [outOfDate, dueSoon], [outOfDateToday, dueSoonToday]));
  const counts = (evidence: number, out: number | null, soon: number | null): EvidenceCounts => ({
    evidence: Number(evidence),
    outOfDate: Number(out ?? 0),
    dueSoon: Number(soon ?? 0),
  });
  const byArea = new Map(rows.filter((r) => r.area_id !== null).map((r) => [r.area_id!, counts(r.evidence, r.out_of_date, r.due_soon)]));
  const pack = rows.find((r) => r.area_id === null);
  return {
    byArea,
    pack: pack ? counts(pack.evidence, pack.out_of_date, pack.due_soon) : counts(0, 0, 0),
    packToday: pack ? counts(pack.evidence, pack.out_of_date_today, pack.due_soon_today) : counts(0, 0, 0),
  };
}

/** The pack's actions, as one JSON text (Dialect.jsonRows): a large plan has hundreds, each a row object otherwise. */
async function packActions(q: ReadQueries, packId: string): Promise<PackAction[]> {
  const { rows } = (await q.get<{ rows: string }>(
    `SELECT ${q.dialect.jsonRows(['area_id', 'status', 'rag', 'due_date'])} AS rows FROM actions WHERE pack_id = ?`,
    [packId],
  ))!;
  return (JSON.parse(rows) as [string | null, ActionStatus, Rag, string | null][]).map(([areaId, status, rag, dueDate]) => ({
    areaId,
    status,
    rag,
    dueDate,
  }));
}

function countWhere<T>(items: T[], test: (item: T) => boolean): number {
  return items.filter(test).length;
}

function areaReadiness(area: PackArea, facts: PackFacts): AreaReadiness {
  const evidence = facts.evidenceByArea.get(area.id) ?? { evidence: 0, outOfDate: 0, dueSoon: 0 };
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
    evidenceCount: evidence.evidence,
    evidenceOutOfDate: evidence.outOfDate,
    evidenceDueSoon: evidence.dueSoon,
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

/** The action counts that change with the date a pack is judged on; actions include those not tied to an area. */
function actionCounts(actions: PackAction[], date: string) {
  return {
    overdueActions: countWhere(actions, (a) => isActionOverdue(a.status, a.dueDate, date)),
    dueSoonActions: countWhere(actions, (a) => isActionDueSoon(a.status, a.dueDate, date)),
  };
}

/** Totals over the pack. Evidence is counted as distinct items (one audit supporting three areas is one item). */
function totals(areas: AreaReadiness[], evidence: EvidenceCounts, actions: PackAction[], asAt: string): Readiness['totals'] {
  return {
    areas: areas.length,
    graded: countWhere(areas, (a) => a.grade !== null),
    agreed: countWhere(areas, (a) => a.status === 'agreed'),
    evidence: evidence.evidence,
    evidenceOutOfDate: evidence.outOfDate,
    evidenceDueSoon: evidence.dueSoon,
    openActions: countWhere(actions, (a) => isActionOpen(a.status)),
    emptySections: sum(areas.map((a) => a.emptySections.length)),
    sections: sum(areas.map((a) => a.sectionCount)),
    ...actionCounts(actions, asAt),
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
      message: `"${limited.title}" is graded ${word(thenGrade)}, but it cannot be better than ${word(rule.then.gradeAtBest)} while "${limiting.title}" is ${word(whenGrade)}. Change one of the two grades.`,
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

export async function packReadiness(q: ReadQueries, packId: string, today: string): Promise<Readiness> {
  const pack = await packById(q, packId);
  const areas = await areasOfPack(q, packId);
  const evidence = await evidenceCounts(q, packId, pack.asAt, today);
  const actions = await packActions(q, packId);
  const framework = await packFramework(q, packId);
  const frameworks = await allFrameworks(q);
  const lookup = lookupOf(frameworks);
  const lens = new PackLens(framework, lookup);
  const gradedKeys = areas.filter((a) => a.graded).map((a) => a.areaKey);
  const graded = await gradedInspections(q);
  const docsByArea = await narrativeDocsOfPack(q, packId);
  const { comparison } = historyFor(lens, graded, gradedKeys, pack.asAt, pack.baselineInspectionId);
  const facts: PackFacts = {
    framework,
    asAt: pack.asAt,
    lens,
    comparison: comparison ? graded.find((i) => i.id === comparison.id) : undefined,
    evidenceByArea: evidence.byArea,
    actionsByArea: groupBy(
      actions.filter((a) => a.areaId !== null),
      (a) => a.areaId!,
      (a) => a,
    ),
    docsByArea,
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
    totals: totals(areaRows, evidence.pack, actions, pack.asAt),
    todayTotals: { evidenceOutOfDate: evidence.packToday.outOfDate, evidenceDueSoon: evidence.packToday.dueSoon, ...actionCounts(actions, today) },
    superseded: inForce
      ? { frameworkId: inForce.id, shortTitle: inForce.shortTitle, validFrom: inForce.validFrom, steps: steps.map((f) => f.id) }
      : null,
    ruleBreaches: packRuleBreaches(framework, areas),
    score,
    deadlines: openDeadlines(await inspectionsWhere(q, today), new Set(frameworkAncestry(framework, lookup))),
    // The paragraph-level checks of claims against evidence and figures are issue 12's, in their own module,
    // given what was read above rather than reading and parsing the pack's narratives a second time.
    flags: await packClaimFlags(q, packId, { asAt: pack.asAt, framework, areas, docsByArea }),
  };
}
