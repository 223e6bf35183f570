// The board paper, in the shape councils use for a committee report: a title block (meeting, date,
// report of, lead member, wards affected, key decision, publication), then numbered sections: purpose,
// recommendations, background, main considerations (the self-grades and direction of travel, strengths,
// areas for development, the improvement plan, deadlines), implications, consultation, contact officer,
// background papers and appendices, with the improvement plan as Appendix A.
//
// The council's words for each section come from effectiveBoardPaper (the pack's own, the default in
// Settings, or generated); the figures come from the pack. Internal status (areas agreed, overdue
// actions) belongs here, for members, and not in the self-evaluation.
import { BorderStyle, type Paragraph, type Table } from 'docx';
import { SCHEDULE_12A_PARAGRAPHS, type BoardPaperFields, type Schedule12AParagraph } from '../../shared/board-paper';
import { addDays, formatLongDate, formatShortDate } from '../../shared/dates';
import { RAG_LABELS, RAGS } from '../../shared/domain';
import type { Action } from '../../shared/entities';
import { compareReferences } from './evidence';
import { unbreakableReference } from './reference-text';
import type { RichDoc } from '../../shared/richtext';
import { isDocEmpty } from '../../shared/richtext';
import type { BuildContext } from './build-context';
import { comparisonWords, deadlineParagraphs, ruleBreachParagraphs } from './cycle';
import { effectiveBoardPaper, isExempt } from './board-text';
import { logoParagraph } from './image';
import { sectionsOf, type DocumentPart, type EditionLayout } from './layout';
import { capitalise, markingText, numberWord, organisationName } from './model';
import {
  actionCountsSentence,
  actionPlanTable,
  gradeSummaryTable,
  overallScoreLine,
  POSITION_EXPLAINED,
  ragCell,
  sortedActions,
} from './parts';
import { attentionCharts, hasPerformanceData, performanceSummary } from './performance';
import { richTextParagraphs } from './richtext';
import {
  bulletItem,
  COLOUR,
  dataTable,
  heading,
  keyValueTable,
  note,
  para,
  runs,
  SIZE,
  type Cell,
} from './word';

type Block = Paragraph | Table;

export const EXEMPT_HEADLINE = 'NOT FOR PUBLICATION';

/** Without a meeting date, how far ahead the deadlines section looks from the paper's date. */
const DEADLINE_DAYS = 61;

/** The paper as this export prints it: the council's words, whether it is exempt, and the meeting. */
interface Paper {
  fields: BoardPaperFields;
  exempt: boolean;
  committee: string;
}

function paperOf(b: BuildContext): Paper {
  const { fields } = effectiveBoardPaper(b.snapshot);
  return {
    fields,
    exempt: isExempt(fields, b.options.marking, b.options.exemptSchedule12A),
    committee: b.options.meeting.trim() || fields.committee.trim(),
  };
}

/**
 * "paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972: information relating to …". A
 * colon, not brackets: paragraph 3's own words end in a bracket, and "information))" reads as a typo.
 */
export function exemptionText(paragraph: number | null): string {
  const law = 'Part 1 of Schedule 12A to the Local Government Act 1972';
  if (!paragraph) return `${law} (the paragraph relied on has not been chosen)`;
  return `paragraph ${paragraph} of ${law}: ${SCHEDULE_12A_PARAGRAPHS[paragraph as Schedule12AParagraph]}`;
}

function exemptBox(paper: Paper): Paragraph {
  const line = { style: BorderStyle.SINGLE, size: 12, color: COLOUR.warning, space: 6 };
  const statement = `This report contains exempt information under ${exemptionText(paper.fields.exemptParagraph)}. ${paper.fields.publicInterest.trim()}`.trim();
  return para(
    [...runs(`${EXEMPT_HEADLINE} `, { bold: true, colour: COLOUR.warning }), ...runs(statement, { size: SIZE.small })],
    { border: { top: line, bottom: line, left: line, right: line }, spacing: { before: 120, after: 240 }, indent: { left: 120, right: 120 } },
  );
}

function titleBlock(b: BuildContext, paper: Paper): Block[] {
  const { pack } = b.snapshot.detail;
  const f = paper.fields;
  const org = organisationName(b.snapshot);
  const out: Block[] = [];
  const logo = logoParagraph(b.snapshot.logo, org, { width: 180, height: 64 });
  if (logo) out.push(logo);
  out.push(para(org, { spacing: { after: 240 } }, { bold: true, size: 26, colour: COLOUR.brand }));
  if (paper.exempt) out.push(exemptBox(paper));
  out.push(para(pack.title, { style: 'Title', spacing: { before: 120, after: 120 } }, { size: 40 }));
  out.push(para('Report on the self-evaluation of practice and the improvement plan', { style: 'Subtitle' }, { size: 26 }));
  const marking = markingText(b.options.marking);
  const optional = (label: string, value: string | null | undefined): [string, Cell][] => (value?.trim() ? [[label, value.trim()]] : []);
  const rows: [string, Cell][] = [
    ...optional('Meeting', paper.committee),
    ...optional('Date of meeting', f.meetingDate ? formatLongDate(f.meetingDate) : null),
    ...optional('Report of', f.reportOf),
    ...optional('Lead member', f.leadMember),
    ...optional('Wards affected', f.wardsAffected),
    ['Key decision', f.keyDecision ? 'Yes' : 'No'],
  ];
  if (marking) rows.push(['Protective marking', { content: marking, bold: true }]);
  rows.push([
    'Publication',
    paper.exempt
      ? { content: `Not for publication: exempt under ${f.exemptParagraph ? `paragraph ${f.exemptParagraph} of ` : ''}Schedule 12A`, bold: true }
      : 'Open',
  ]);
  out.push(keyValueTable(rows, b.page.portrait, 0.3));
  return out;
}

/** A numbered section: "3. Background". */
const section = (n: number, title: string, options: { pageBreakBefore?: boolean } = {}) => heading(`${n}. ${title}`, 1, options);

/** The council's words for a section, or a line saying none were given. */
function words(b: BuildContext, doc: RichDoc, none: string): Block[] {
  return isDocEmpty(doc) ? [note(none)] : richTextParagraphs(doc, b, { headingBase: 3 });
}

function recommendations(b: BuildContext): Block[] {
  const doc = b.snapshot.detail.pack.boardAsks;
  return isDocEmpty(doc)
    ? // "Members", not "the board": the paper goes to boards, scrutiny committees and cabinets alike.
      [para('Members are asked to note the self-evaluation and the progress of the improvement plan.')]
    : richTextParagraphs(doc, b, { headingBase: 3 });
}

/** "2 of 5 areas have their self-grade agreed; 3 are in review or still to be reviewed." */
function agreedSentence(b: BuildContext): string {
  const t = b.snapshot.readiness.totals;
  const rest = t.areas - t.agreed;
  const agreed = `${t.agreed} of ${t.areas} areas ${t.agreed === 1 ? 'has its' : 'have their'} self-grade and narrative agreed`;
  return rest ? `${agreed}; ${rest === 1 ? 'the other is' : `the other ${rest} are`} in review or still to be reviewed.` : `${agreed}.`;
}

/** Evidence drawn on, counting only what the paper can speak of: withheld items are counted apart. */
function evidenceSentence(b: BuildContext): string {
  const shown = b.evidence.shown;
  const outOfDate = shown.filter((e) => e.freshness === 'out_of_date').length;
  const withheld = b.evidence.withheldCount;
  const n = shown.length;
  return `The self-evaluation draws on ${n} evidence ${n === 1 ? 'item' : 'items'}${withheld ? ` (and ${withheld} more withheld from this paper)` : ''}${outOfDate ? `, of which ${outOfDate} ${outOfDate === 1 ? 'was' : 'were'} past ${outOfDate === 1 ? 'its' : 'their'} review date as at ${formatLongDate(b.snapshot.judgedAt)}` : ''}.`;
}

function grades(b: BuildContext, n: string): Block[] {
  const comparison = comparisonWords(b);
  const out: Block[] = [
    heading(`${n} The self-grades and direction of travel`, 2),
    para(
      comparison
        ? `The direction of travel compares each self-grade with the grade given at ${comparison}. ${POSITION_EXPLAINED}`
        : `No graded inspection before ${formatLongDate(b.snapshot.detail.pack.asAt)} is recorded, so there is no direction of travel to report. ${POSITION_EXPLAINED}`,
      { keepNext: true },
    ),
    gradeSummaryTable(b, b.page.portrait),
  ];
  const score = overallScoreLine(b);
  if (score) out.push(score);
  out.push(...ruleBreachParagraphs(b));
  out.push(para(`${agreedSentence(b)} ${evidenceSentence(b)}`, { spacing: { before: 160 } }));
  return out;
}

/** "Three of five shown here." under an area's points when the paper gives only some of them. */
export function pointsShown(shown: number, total: number): string {
  return `${capitalise(numberWord(shown))} of ${numberWord(total)} shown here.`;
}

/**
 * The strengths and areas for development of every area, side by side: up to the number the options
 * allow for each, and, whenever an area records more, how many of how many are given. Nothing is left
 * out unsaid; all of them are in the full self-evaluation.
 */
function strengthsAndDevelopment(b: BuildContext, n: string): Block[] {
  const out: Block[] = [heading(`${n} Strengths and areas for development`, 2)];
  const areas = b.areas.filter((a) => a.strengths.length || a.areasForDevelopment.length);
  if (!areas.length) return [...out, note('No strengths or areas for development have been recorded yet.')];
  const limit = b.options.pointsPerArea === 'all' ? Infinity : b.options.pointsPerArea;
  const limited = areas.some((a) => a.strengths.length > limit || a.areasForDevelopment.length > limit);
  out.push(
    para(
      limited
        ? `For each area, the first ${numberWord(limit as number)} strengths and areas for development the self-evaluation records. Where it records more, the paper says how many of them it gives. All of them are in the full self-evaluation.`
        : 'The strengths and areas for development the self-evaluation records for each area.',
      { keepNext: true },
    ),
  );
  const cell = (items: string[], none: string): Cell => {
    if (!items.length) return { content: none, italics: true };
    const shown = items.slice(0, limit);
    return { content: '', list: shown, more: shown.length < items.length ? [{ text: pointsShown(shown.length, items.length), muted: true }] : [] };
  };
  out.push(
    dataTable(
      [
        // The area's name is short beside its lists: at 24% of the width it left each list a line longer.
        { title: 'Area', weight: 20 },
        { title: 'Strengths', weight: 40 },
        { title: 'Areas for development', weight: 40 },
      ],
      areas.map((a) => [
        { content: a.title, bold: true },
        cell(a.strengths, 'None recorded'),
        cell(a.areasForDevelopment, 'None recorded'),
      ]),
      { width: b.page.portrait, rowsMaySplit: true },
    ),
  );
  return out;
}

/** Whole-number percentages that add up to 100 (largest remainders get the spare points). */
export function wholePercentages(counts: number[]): number[] {
  const total = counts.reduce((a, c) => a + c, 0);
  if (!total) return counts.map(() => 0);
  const exact = counts.map((c) => (c / total) * 100);
  const floors = exact.map(Math.floor);
  let spare = 100 - floors.reduce((a, c) => a + c, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((x, y) => y[0] - x[0]);
  for (const [, i] of order) {
    if (spare <= 0) break;
    floors[i]! += 1;
    spare -= 1;
  }
  return floors;
}

function actionTable(b: BuildContext, actions: Action[], due: string): Table {
  return dataTable(
    [
      { title: 'Ref', weight: 7 },
      { title: 'Action', weight: 41 },
      { title: 'Owner', weight: 28 },
      { title: due, weight: 13 },
      { title: 'RAG', weight: 11, align: 'center' },
    ],
    actions.map((a) => [{ content: unbreakableReference(a.reference), bold: true }, a.title, a.owner, formatShortDate(a.dueDate), ragCell(a.rag)]),
    { width: b.page.portrait, striped: true, dense: true },
  );
}

function plan(b: BuildContext, n: string): Block[] {
  const actions = b.snapshot.actions;
  const date = formatLongDate(b.snapshot.judgedAt);
  const out: Block[] = [heading(`${n} The improvement plan`, 2), para(`As at ${date}: ${actionCountsSentence(actions)}`, { keepNext: true })];
  if (!actions.length) return out;
  const shares = wholePercentages(RAGS.map((rag) => actions.filter((a) => a.rag === rag).length));
  out.push(
    dataTable(
      [
        { title: 'RAG status', weight: 40 },
        { title: 'Actions', weight: 20, align: 'right' },
        { title: 'Of which overdue', weight: 20, align: 'right' },
        { title: 'Share of plan', weight: 20, align: 'right' },
      ],
      RAGS.map((rag, i) => {
        const these = actions.filter((a) => a.rag === rag);
        return [{ ...ragCell(rag), content: RAG_LABELS[rag] }, String(these.length), String(these.filter((a) => a.overdue).length), `${shares[i]}%`];
      }),
      { width: b.page.portrait, keepTogether: true },
    ),
  );
  const overdue = sortedActions(actions.filter((a) => a.overdue));
  out.push(heading('Overdue actions', 3));
  out.push(overdue.length ? actionTable(b, overdue, 'Was due') : para(`No action was overdue as at ${date}.`));
  return out;
}

/** What falls due between the self-evaluation's date and the meeting (or the next two months). */
function deadlines(b: BuildContext, paper: Paper, n: string): Block[] {
  const from = b.snapshot.judgedAt;
  const meeting = paper.fields.meetingDate && paper.fields.meetingDate > from ? paper.fields.meetingDate : null;
  const to = meeting ?? addDays(from, DEADLINE_DAYS);
  const span = meeting ? `between ${formatLongDate(from)} and the meeting` : `in the two months after ${formatLongDate(from)}`;
  const due = b.snapshot.actions
    .filter((a) => a.status !== 'complete' && a.dueDate && a.dueDate >= from && a.dueDate <= to)
    .sort((x, y) => (x.dueDate! < y.dueDate! ? -1 : x.dueDate! > y.dueDate! ? 1 : compareReferences(x.reference, y.reference)));
  const out: Block[] = [
    heading(`${n} Deadlines`, 2),
    para(due.length ? `Actions due ${span}, by date:` : `No action in the plan falls due ${span}.`, { keepNext: !!due.length }),
  ];
  if (due.length) out.push(actionTable(b, due, 'Due'));
  // Ofsted's own deadlines after an inspection (action plan, post-inspection survey) as at the paper's date.
  const afterInspections = deadlineParagraphs(b);
  if (afterInspections.length) out.push(heading('Deadlines after inspections', 3), ...afterInspections);
  return out;
}

function considerations(b: BuildContext, paper: Paper, n: number): Block[] {
  // Numbered in order: 4.1, 4.2…; performance data (where the pack has figures) after the grades.
  const subsections: ((k: string) => Block[])[] = [
    (k) => grades(b, k),
    ...(hasPerformanceData(b) ? [(k: string) => performanceSummary(b, `${k} Performance data`, 2)] : []),
    (k) => strengthsAndDevelopment(b, k),
    (k) => plan(b, k),
    (k) => deadlines(b, paper, k),
  ];
  return [
    section(n, 'Main considerations'),
    ...(isDocEmpty(paper.fields.considerations) ? [] : richTextParagraphs(paper.fields.considerations, b, { headingBase: 3 })),
    ...subsections.flatMap((part, i) => part(`${n}.${i + 1}`)),
  ];
}

const IMPLICATIONS = [
  ['financial', 'Financial'],
  ['legal', 'Legal'],
  ['risk', 'Risk'],
  ['equalities', 'Equalities'],
  ['workforce', 'Workforce'],
] as const;

function implications(b: BuildContext, paper: Paper, n: number): Block[] {
  return [
    section(n, 'Implications'),
    ...IMPLICATIONS.flatMap(([field, title], i) => [
      heading(`${n}.${i + 1} ${title}`, 3),
      ...words(b, paper.fields[field], `No ${title.toLowerCase()} implications have been set out.`),
    ]),
  ];
}

/** Lines of plain text (the contact officer, the background papers) as paragraphs or a list. */
function lines(text: string, asList: boolean, none: string): Block[] {
  const items = text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (!items.length) return [note(none)];
  return asList ? items.map((l) => bulletItem(l)) : items.map((l, i) => para(l, { spacing: { after: i === items.length - 1 ? 140 : 0 } }));
}

/** The appendices the paper has, lettered in order. */
function appendices(b: BuildContext): { name: 'plan' | 'attention'; title: string }[] {
  const listed = [
    { name: 'plan' as const, what: 'the improvement plan', include: b.options.includeActionPlan && b.snapshot.actions.length > 0 },
    { name: 'attention' as const, what: 'indicators needing attention', include: b.options.includeCharts && hasPerformanceData(b) },
  ].filter((a) => a.include);
  return listed.map((a, i) => ({ name: a.name, title: `Appendix ${String.fromCharCode(65 + i)}: ${a.what}` }));
}

const appendixTitle = (b: BuildContext, name: 'plan' | 'attention') => appendices(b).find((a) => a.name === name)?.title;

function mainReport(b: BuildContext): Block[] {
  const paper = paperOf(b);
  let n = 0;
  const listed = appendices(b);
  return [
    ...titleBlock(b, paper),
    section(++n, 'Purpose of the report'),
    ...words(b, paper.fields.purpose, 'No purpose has been set out.'),
    section(++n, 'Recommendations'),
    ...recommendations(b),
    section(++n, 'Background'),
    ...words(b, paper.fields.background, 'No background has been set out.'),
    ...considerations(b, paper, ++n),
    ...implications(b, paper, ++n),
    section(++n, 'Consultation'),
    ...words(b, paper.fields.consultation, 'No consultation has been set out.'),
    section(++n, 'Contact officer'),
    ...lines(paper.fields.contactOfficer, false, 'No contact officer has been named.'),
    section(++n, 'Background papers'),
    ...lines(paper.fields.backgroundPapers, true, 'There are no background papers.'),
    section(++n, 'Appendices'),
    ...(listed.length ? listed.map((a) => bulletItem(a.title)) : [para('There are no appendices.')]),
  ];
}

function improvementPlanAppendix(b: BuildContext): Block[] {
  const actions = b.snapshot.actions;
  return [
    // No page break before an appendix: on a page of its own each left the half page before it empty.
    // Its heading keeps with the sentence under it, and that with the table's header and first rows.
    heading(appendixTitle(b, 'plan')!, 1),
    para(`${capitalise(`as at ${formatLongDate(b.snapshot.judgedAt)}`)}: ${actionCountsSentence(actions)} Actions are grouped by the area they serve.`, {
      keepNext: true,
    }),
    actionPlanTable(b, actions, b.page.portrait, { portrait: true }),
  ];
}

export const BOARD_PAPER_PARTS: readonly DocumentPart[] = [
  { name: 'report', blocks: mainReport },
  { name: 'improvement plan', include: (b) => !!appendixTitle(b, 'plan'), blocks: improvementPlanAppendix },
  {
    name: 'indicators needing attention',
    include: (b) => !!appendixTitle(b, 'attention'),
    blocks: (b) => [heading(appendixTitle(b, 'attention')!, 1), ...attentionCharts(b)],
  },
];

export function boardLayout(b: BuildContext): EditionLayout {
  const paper = paperOf(b);
  return {
    title: `${b.snapshot.detail.pack.title}: board paper`,
    handling: paper.exempt ? [EXEMPT_HEADLINE] : [],
    contentsDepth: 0,
    sections: sectionsOf(BOARD_PAPER_PARTS, b),
  };
}
