// What both Word editions say about the inspection cycle, as at the pack's own date: which inspection the
// direction of travel compares with (and why that one), the grades at every graded inspection before it,
// the framework's limiting judgements the self-grades break, and the deadlines after inspections that
// were running on that date. The documents say what the pack says; the live "today" view stays in the app.
import type { Paragraph, Table } from 'docx';
import { formatLongDate } from '../../shared/dates';
import type { Deadline, Inspection } from '../../shared/entities';
import type { Framework } from '../../shared/framework';
import { gradeText, scoredCount } from '../../shared/rules';
import type { BuildContext } from './build-context';
import { baselineInspection, describeInspection, inspectionTitle } from './model';
import { dataTable, para, type Cell } from './word';


/** What the pack's organisation is, in a sentence: an adult social care pack never calls itself children's services. */
const SERVICE_WORDS: Record<Framework['sector'], string> = {
  children: 'children’s services',
  fostering_adoption: 'fostering and adoption services',
  adults: 'adult social care',
};

export function serviceWords(b: BuildContext): string {
  return SERVICE_WORDS[b.framework.sector];
}

/**
 * The comparison point in words: "ILACS standard inspection, 6 to 24 March 2023; report published 12 May
 * 2023, the latest graded inspection before 20 November 2026", or the one chosen for the pack.
 */
export function comparisonWords(b: BuildContext): string | null {
  const baseline = baselineInspection(b.snapshot);
  if (!baseline) return null;
  const chosen = b.snapshot.readiness.baselineInspection?.chosen ?? true;
  const why = chosen ? 'chosen for this self-evaluation' : `the latest graded inspection before ${formatLongDate(b.snapshot.detail.pack.asAt)}`;
  return `${describeInspection(baseline)}, ${why}`;
}

/** The earlier grade as its own framework worded it, and the area it was given for when that has changed. */
export function previousGradeWords(b: BuildContext, areaId: string): string | null {
  const r = b.readinessOf(areaId);
  if (!r?.previousGrade) return null;
  const text = r.previousGradeText ?? gradeText(b.framework.scale, r.previousGrade);
  return r.previousAreaTitle ? `${text} (for “${r.previousAreaTitle}”)` : text;
}

/** "Taken together … (8 of 9 scored)": a percentage says how many statements it stands on. */
export function scoredWords(b: BuildContext): string {
  const score = b.snapshot.readiness.score;
  return score ? ` (${scoredCount(score)})` : '';
}

/** Every graded inspection before the as-at date, oldest first, and this pack's own self-grades, per area. */
export function gradeHistoryTable(b: BuildContext, width: number): Table | null {
  const history = b.snapshot.gradeHistory;
  if (!history.inspections.length) return null;
  const rows: Cell[][] = history.inspections.map((i) => {
    const grades = new Map(i.grades.map((g) => [g.areaKey, g.text]));
    return [
      {
        content: `${i.title}${i.frameworkShortTitle ? ` (${i.frameworkShortTitle})` : ''}${i.comparison ? ': the comparison point' : ''}`,
        bold: i.comparison,
      },
      ...history.areas.map((a): Cell => grades.get(a.areaKey) ?? { content: 'Not graded', italics: true }),
    ];
  });
  const own = new Map(b.areas.filter((a) => a.graded).map((a) => [a.areaKey, a.grade]));
  rows.push([
    { content: `This self-evaluation, as at ${formatLongDate(history.asAt)}`, bold: true },
    ...history.areas.map((a): Cell => {
      const grade = own.get(a.areaKey);
      return grade ? gradeText(b.framework.scale, grade) : { content: 'Not graded', italics: true };
    }),
  ]);
  const share = Math.max(10, Math.floor(70 / Math.max(1, history.areas.length)));
  return dataTable(
    [{ title: 'Inspection', weight: 30 }, ...history.areas.map((a) => ({ title: areaColumnTitle(b, a), weight: share }))],
    rows,
    { width, dense: true, keepTogether: rows.length <= 10 },
  );
}

/**
 * An area's column by its chapter's number, "Area 2", as the summary table above gives each number's
 * title: the titles in full made a header five lines deep and pushed the table on to a page of its own.
 */
function areaColumnTitle(b: BuildContext, area: { areaKey: string; title: string }): string {
  const packArea = b.areas.find((a) => a.areaKey === area.areaKey);
  const n = packArea ? b.areaNumber(packArea.id) : '';
  return n ? `Area ${n}` : area.title;
}

/** The grades-over-time paragraph that introduces the table. */
export function gradeHistoryIntro(b: BuildContext): string {
  return (
    `The grades given at every graded inspection before ${formatLongDate(b.snapshot.detail.pack.asAt)}, each shown against the ${b.framework.shortTitle} area that replaced the one inspected, and our self-grades now. ` +
    'Focused and monitoring visits give no grades and are not listed. The areas are numbered as in the table above and the chapters.' +
    // The summary above names the comparison in full; here the table marks its row.
    (comparisonWords(b) ? ' The inspection our direction of travel is measured from is in bold.' : '')
  );
}

/** Each limiting judgement the self-grades break, stated (both editions say so; the pack cannot be approved). */
export function ruleBreachParagraphs(b: BuildContext): Paragraph[] {
  const scale = b.framework.scale;
  return b.snapshot.readiness.ruleBreaches.map((r) =>
    para(
      `${r.statement} The self-grades do not agree with it: “${r.limitedAreaTitle}” is graded ${gradeText(scale, r.limitedGrade)}, but it cannot be better than ${gradeText(scale, r.gradeAtBest)} while “${r.limitingAreaTitle}” is graded ${gradeText(scale, r.limitingGrade)}.`,
      { spacing: { before: 120 } },
      { bold: true },
    ),
  );
}

interface DeadlineAsAt {
  inspection: Inspection;
  deadline: Deadline;
  sentence: string;
}

/** Where a deadline stood on the pack's date (a plan sent after that date was not yet sent then). */
function deadlineAsAt(d: Deadline, asAt: string): string | null {
  if (!d.dueDate || d.startsOn > asAt) return null;
  const due = formatLongDate(d.dueDate);
  if (d.submittedOn && d.submittedOn <= asAt) return null;
  return d.dueDate >= asAt ? `due ${due}` : `due ${due} and not sent by ${formatLongDate(asAt)}`;
}

/** Deadlines after inspections of the pack's line of frameworks that were running or overdue on its date. */
export function deadlinesAsAt(b: BuildContext): DeadlineAsAt[] {
  const asAt = b.snapshot.detail.pack.asAt;
  const lineage = new Set(b.snapshot.frameworkLineage);
  return b.snapshot.inspections
    .filter((i) => i.frameworkId === null || lineage.has(i.frameworkId))
    .flatMap((inspection) =>
      inspection.deadlines.flatMap((deadline) => {
        const sentence = deadlineAsAt(deadline, asAt);
        return sentence ? [{ inspection, deadline, sentence }] : [];
      }),
    )
    .sort((x, y) => (x.deadline.dueDate ?? '').localeCompare(y.deadline.dueDate ?? ''));
}

/** "The draft action plan to Ofsted after Focused visit: care leavers, October 2026 is due 4 December 2026 (within 20 working days …)." */
export function deadlineParagraphs(b: BuildContext): Paragraph[] {
  return deadlinesAsAt(b).map(({ inspection, deadline, sentence }) =>
    para(
      `${deadline.title} after ${inspectionTitle(inspection)}: ${sentence}. ${deadline.rule} (working days leave out weekends and bank holidays in England).`,
      { spacing: { before: 80 } },
    ),
  );
}
