// Pieces both editions use: the table of self-grades with direction of travel, RAG cells, the action
// plan table and its counts.
import type { Paragraph, Table } from 'docx';
import { formatShortDate } from '../../shared/dates';
import {
  ACTION_STATUS_LABELS,
  DIRECTION_LABELS,
  GRADE_POSITION_LABELS,
  RAG_COLOURS,
  RAG_SHORT_LABELS,
  RAGS,
  type Rag,
} from '../../shared/domain';
import type { Action } from '../../shared/entities';
import { ratingForPercentage, scorePercentage, textColourOn } from '../../shared/rules';
import type { BuildContext } from './build-context';
import { previousGradeWords, scoredWords } from './cycle';
import { compareReferences } from './evidence';
import { gradeWord } from './model';
import { colouredCell, COLOUR, dataTable, para, runs, SIZE, type Cell, type CellSpec, type TableRowSpec } from './word';

export function ragCell(rag: Rag): CellSpec {
  return colouredCell(RAG_SHORT_LABELS[rag], RAG_COLOURS[rag]);
}

/** Said once, before the first table that gives a position within a grade. */
export const POSITION_EXPLAINED =
  '“Position within grade” says whether we judge practice to be at the low end of the grade, secure within it, or strong and close to the grade above.';

/**
 * The self-grade of every area, its position, the last inspection's grade and the direction of travel.
 * Numbered, the areas carry the numbers of their chapters.
 */
export function gradeSummaryTable(b: BuildContext, width: number, { numbered = false } = {}): Table {
  const scale = b.framework.scale;
  const rows: Cell[][] = b.areas.map((area) => {
    const r = b.readinessOf(area.id);
    const name = numbered ? `${b.areaNumber(area.id)}${area.depth === 0 ? '.' : ''} ${area.title}` : area.title;
    const title: Cell = { content: name, bold: area.depth === 0, indent: area.depth * 227 };
    if (!area.graded) return [title, { content: 'Not graded: see the areas within it', italics: true, columnSpan: 4 }];
    const now = gradeWord(scale, area.grade);
    // The earlier grade in its own framework's words; coloured only when it is on this pack's scale.
    const before = r?.previousGrade ? gradeWord(scale, r.previousGrade) : null;
    const beforeWords = previousGradeWords(b, area.id);
    return [
      title,
      colouredCell(now.word, now.colour),
      area.position ? GRADE_POSITION_LABELS[area.position] : '',
      before && beforeWords === before.word ? colouredCell(before.word, before.colour) : beforeWords ? beforeWords : { content: 'None recorded', italics: true },
      r ? DIRECTION_LABELS[r.direction] : DIRECTION_LABELS.none,
    ];
  });
  return dataTable(
    [
      { title: 'Area', weight: 40 },
      { title: 'Self-grade', weight: 18 },
      { title: 'Position within grade', weight: 12 },
      { title: 'Compared with', weight: 18 },
      { title: 'Direction of travel', weight: 12 },
    ],
    rows,
    { width, keepTogether: rows.length <= 12 },
  );
}

/** For scales scored 1–4 (CQC): the equally weighted percentage and the rating it gives. */
export function overallScoreLine(b: BuildContext): Paragraph | null {
  const scale = b.framework.scale;
  if (scale.kind !== 'numeric') return null;
  const percent = scorePercentage(scale, b.areas.filter((a) => a.graded).map((a) => a.grade));
  if (percent === null) return null;
  const rating = ratingForPercentage(scale, percent);
  return para(
    `Taken together, the self-scores come to ${percent}% of the maximum${scoredWords(b)}${rating ? `, which is in the ${rating.toLowerCase()} range` : ''}.`,
    { spacing: { before: 160 } },
  );
}

export function sortedActions(actions: readonly Action[]): Action[] {
  return [...actions].sort((a, b) => compareReferences(a.reference, b.reference));
}

export function ragCounts(actions: readonly Action[]): Record<Rag, number> {
  const counts = Object.fromEntries(RAGS.map((r) => [r, 0])) as Record<Rag, number>;
  for (const a of actions) counts[a.rag] += 1;
  return counts;
}

/**
 * "12 actions: 2 red, 3 amber, 5 green and 2 complete. 1 is overdue." The overdue count can be left out,
 * and the sentence can continue another ("…the plan has 12 actions: …").
 */
export function actionCountsSentence(actions: readonly Action[], { overdue: withOverdue = true, lowerFirst = false } = {}): string {
  if (!actions.length) return lowerFirst ? 'no actions.' : 'There are no actions in the plan.';
  const c = ragCounts(actions);
  const parts = RAGS.filter((r) => c[r]).map((r) => `${c[r]} ${RAG_SHORT_LABELS[r].toLowerCase()}`);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  const overdue = actions.filter((a) => a.overdue).length;
  const noun = actions.length === 1 ? 'action' : 'actions';
  const overdueText = overdue === 0 ? 'None is overdue.' : overdue === 1 ? '1 is overdue.' : `${overdue} are overdue.`;
  return `${actions.length} ${noun}: ${list}.${withOverdue ? ` ${overdueText}` : ''}`;
}

function dueCell(a: Action): Cell {
  const date = a.dueDate ? formatShortDate(a.dueDate) : 'No date';
  if (a.overdue) return { content: `${date}\n\nOverdue`, bold: true };
  if (a.dueSoon) return `${date}\n\nDue soon`;
  return date;
}

/**
 * The rating, then the due date (with "Overdue" or "Due soon") in one cell of the rating's colour, the
 * text black or white for contrast: "Amber / 31/03/2027".
 */
function ragDueCell(a: Action): CellSpec {
  const colour = RAG_COLOURS[a.rag];
  const flag = a.overdue ? 'Overdue' : a.dueSoon ? 'Due soon' : null;
  return {
    content: runs(RAG_SHORT_LABELS[a.rag], { bold: true, colour: textColourOn(colour), size: SIZE.dense }),
    fill: colour,
    more: [{ text: a.dueDate ? formatShortDate(a.dueDate) : 'No date' }, ...(flag ? [{ text: flag, bold: a.overdue }] : [])],
  };
}

/** "In progress. 31/10/2026: 14 supported lodgings…": the status run in before the latest note, in grey. */
function statusAndProgress(status: string, note: string): CellSpec {
  return { content: [...runs(note ? `${status}. ` : status, { colour: COLOUR.muted, size: SIZE.dense }), ...(note ? runs(note, { size: SIZE.dense }) : [])] };
}

function latestNote(a: Action): string {
  const note = [...a.notes].sort((x, y) => (x.date < y.date ? 1 : x.date > y.date ? -1 : 0))[0];
  return note ? `${formatShortDate(note.date)}: ${note.text}` : '';
}

/**
 * The full action plan, grouped by area, each area's title once in a row of its own above its actions
 * (never repeated on every row), actions for the whole service last. On a landscape page each detail
 * has its column; on a portrait page the owner goes under the action and the status under the date.
 */
export function actionPlanTable(b: BuildContext, actions: readonly Action[], width: number, { portrait = false } = {}): Table {
  const groups: { title: string; actions: Action[] }[] = [];
  for (const area of b.areas) {
    const these = actions.filter((a) => a.areaId === area.id);
    if (these.length) groups.push({ title: area.title, actions: sortedActions(these) });
  }
  const known = new Set(b.areas.map((a) => a.id));
  const service = actions.filter((a) => !a.areaId || !known.has(a.areaId));
  if (service.length) groups.push({ title: 'The whole service', actions: sortedActions(service) });
  // On a portrait page the RAG rating and the due date share a column, the cell in the rating's colour,
  // and the status leads the latest progress: with a column for the date and status and another for the
  // rating, the action and its progress had 70% of the width and most rows ran a line or two longer,
  // taking the demo's board paper to a ninth page.
  const columns = portrait
    ? [
        { title: 'Ref', weight: 6 },
        { title: 'Action and owner', weight: 39.5 },
        { title: 'RAG and due', weight: 13 },
        { title: 'Status and latest progress', weight: 41.5 },
      ]
    : [
        { title: 'Ref', weight: 4.5 },
        { title: 'Action', weight: 24 },
        { title: 'Owner', weight: 15 },
        { title: 'Due', weight: 8 },
        { title: 'Status', weight: 8 },
        { title: 'RAG', weight: 7.5, align: 'center' as const },
        { title: 'Latest progress', weight: 33 },
      ];
  const cells = (a: Action): Cell[] => {
    const ref: Cell = { content: a.reference, bold: true };
    const status = ACTION_STATUS_LABELS[a.status];
    if (!portrait) return [ref, a.title, a.owner, dueCell(a), status, ragCell(a.rag), latestNote(a)];
    return [ref, { content: a.title, more: a.owner ? [{ text: a.owner, muted: true }] : [] }, ragDueCell(a), statusAndProgress(status, latestNote(a))];
  };
  const rows: TableRowSpec[] = groups.flatMap((g) => [
    { group: true, cells: [{ content: g.title, bold: true, columnSpan: columns.length, fill: COLOUR.labelFill }] },
    ...g.actions.map((a) => ({ cells: cells(a) })),
  ]);
  return dataTable(columns, rows, { width, dense: true });
}

/** An area's actions, in its chapter of a document without the action plan: all their details. */
export function areaActionsTable(actions: readonly Action[], width: number): Table {
  const columns = [
    { title: 'Ref', weight: 8 },
    { title: 'Action', weight: 40 },
    { title: 'Owner', weight: 22 },
    { title: 'Due', weight: 14 },
    { title: 'RAG', weight: 12, align: 'center' as const },
  ];
  return dataTable(
    columns,
    sortedActions(actions).map((a) => [{ content: a.reference, bold: true }, a.title, a.owner, dueCell(a), ragCell(a.rag)]),
    { width, keepTogether: actions.length <= 6 },
  );
}
