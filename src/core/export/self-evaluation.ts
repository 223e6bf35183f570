// The self-evaluation edition: the document a director shares with Ofsted for the annual engagement
// meeting or an inspection. Cover, contents, summary of self-grades, context, progress since the last
// inspection, a chapter per area, the action plan (landscape) and the evidence index.
//
// It says what the council knows and how; the council's own workflow (which areas are agreed, what is
// in review) belongs to the board paper and the app, never here. Evidence is cited and listed in the
// chapters by reference and title; its details are given once, in the evidence index.
import { unbreakableReference } from './reference-text';
import { BorderStyle, TabStopType, type Paragraph, type ParagraphChild, type Table } from 'docx';
import { formatLongDate, formatShortDate } from '../../shared/dates';
import {
  DIRECTION_LABELS,
  EVIDENCE_TYPE_LABELS,
  FRESHNESS_LABELS,
  GRADE_POSITION_LABELS,
  RECOMMENDATION_KIND_LABELS,
  RECOMMENDATION_STATUS_LABELS,
  SENSITIVITY_LABELS,
} from '../../shared/domain';
import type { Action, EvidenceRow, Inspection, PackArea } from '../../shared/entities';
import type { Framework } from '../../shared/framework';
import { isDocEmpty } from '../../shared/richtext';
import type { BuildContext, LinkedEvidence } from './build-context';
import { comparisonWords, gradeHistoryIntro, gradeHistoryTable, ruleBreachParagraphs } from './cycle';
import { logoParagraph } from './image';
import {
  authorName,
  baselineInspection,
  capitalise,
  describeInspection,
  frameworkLine,
  inspectionTitle,
  inspectsTheseServices,
  inspectionWhen,
  gradeWord,
  markingText,
  organisationName,
  statusLine,
  versionLine,
} from './model';
import {
  actionCountsSentence,
  actionPlanTable,
  areaActionsTable,
  gradeSummaryTable,
  overallScoreLine,
  POSITION_EXPLAINED,
  sortedActions,
} from './parts';
import { areaPerformanceData, hasPerformanceData, performanceSummary } from './performance';
import { richTextParagraphs } from './richtext';
import { contentsPlaceholder, sectionsOf, type DocumentPart, type EditionLayout } from './layout';
import { newPageIfStranded, paragraphModelOf, recordParagraph, segmentsOf, textWidth } from './measure';
import {
  bookmark,
  bulletItem,
  colouredCell,
  COLOUR,
  dataTable,
  heading,
  internalLink,
  keyValueTable,
  note,
  para,
  runs,
  SIZE,
  TOC_LEVELS,
  type Cell,
} from './word';

type Block = Paragraph | Table;

const SECTOR_NAMES: Record<Framework['sector'], string> = {
  children: 'Children’s services',
  fostering_adoption: 'Fostering and adoption services',
  adults: 'Adult social care',
};

function cover(b: BuildContext): Block[] {
  const { pack, framework } = b.snapshot.detail;
  const org = organisationName(b.snapshot);
  const marking = markingText(b.options.marking);
  const out: Block[] = [];
  const logo = logoParagraph(b.snapshot.logo, org);
  if (logo) out.push(logo);
  out.push(
    para(org, { spacing: { before: logo ? 0 : 480, after: 0 } }, { bold: true, size: 30, colour: COLOUR.brand }),
    para(SECTOR_NAMES[framework.sector], { spacing: { after: 2000 } }, { size: 24, colour: COLOUR.muted }),
    para(pack.title, { style: 'Title' }),
    para(framework.title, { style: 'Subtitle' }),
    para('', {
      spacing: { before: 0, after: 480 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: COLOUR.brand, space: 1 } },
    }),
  );
  const version = versionLine(b.options);
  const author = authorName(b.snapshot);
  const rows: [string, Cell][] = [
    ['As at', formatLongDate(pack.asAt)],
    ['Period', pack.period],
    ...(version ? [['Version', version] as [string, Cell]] : []),
    ['Status', { content: statusLine(b.snapshot), bold: pack.status === 'approved' }],
    ...(author ? [['Prepared by', author] as [string, Cell]] : []),
    ['Produced on', formatLongDate(b.today)],
    ['Framework', frameworkLine(framework)],
  ];
  if (marking) rows.push(['Protective marking', { content: marking, bold: true }]);
  out.push(keyValueTable(rows, b.page.portrait, 0.26, false));
  const notes: string[] = [];
  if (b.options.marking === 'official_sensitive')
    notes.push(
      'This document is OFFICIAL-SENSITIVE. Share it only with those who need it, and store and send it in line with the council’s information handling policy.',
    );
  else if (b.options.marking === 'official')
    notes.push('This document is OFFICIAL. Handle it in line with the council’s information handling policy.');
  if (b.evidence.withheldCount > 0)
    notes.push(
      `${b.evidence.withheldCount} evidence ${b.evidence.withheldCount === 1 ? 'item is' : 'items are'} marked OFFICIAL-SENSITIVE or personal data and ${b.evidence.withheldCount === 1 ? 'has' : 'have'} been withheld from this edition; ${b.evidence.withheldCount === 1 ? 'its citations read' : 'their citations read'} “[withheld]”.`,
    );
  if (pack.status !== 'approved') notes.push('This is a draft. It has not been signed off and may change.');
  // Handling notes at 10 pt in a dark grey (10:1 against white), so they read as instructions, not small print.
  notes.forEach((text, i) =>
    out.push(para(text, { spacing: { before: i === 0 ? 600 : 0, after: 120 } }, { size: SIZE.note, colour: COLOUR.note })),
  );
  return out;
}

/** The contents lists chapters, and the areas within areas when the framework nests them. */
function contentsDepth(b: BuildContext): number {
  return Math.min(b.sub - 1, TOC_LEVELS);
}

function contents(): Block[] {
  return [para('Contents', { style: 'ContentsTitle', pageBreakBefore: true }), contentsPlaceholder()];
}

function summary(b: BuildContext): Block[] {
  const { pack, framework } = b.snapshot.detail;
  const comparison = comparisonWords(b);
  const intro = comparison
    ? `Our self-grade for each area of ${framework.shortTitle} as at ${formatLongDate(pack.asAt)}, where it sits within the grade, the grade at the inspection we compare with (${comparison}) and the direction of travel since.`
    : `Our self-grade for each area of ${framework.shortTitle} as at ${formatLongDate(pack.asAt)} and where it sits within the grade. No graded inspection before that date is recorded for comparison.`;
  const out: Block[] = [
    // Under the contents, on its page: on a page of its own it left the contents' page two thirds empty.
    heading('Summary of self-grades', 1),
    para(intro),
    para(POSITION_EXPLAINED, { keepNext: true }),
    gradeSummaryTable(b, b.page.portrait, { numbered: true }),
  ];
  const score = overallScoreLine(b);
  if (score) out.push(score);
  out.push(...ruleBreachParagraphs(b));
  const history = gradeHistoryTable(b, b.page.portrait);
  if (history) out.push(heading('Grades over time', b.sub), para(gradeHistoryIntro(b), { keepNext: true }), history);
  return out;
}

function context(b: BuildContext): Block[] {
  const doc = b.snapshot.detail.pack.context;
  return [
    heading('Context', 1),
    ...(isDocEmpty(doc) ? [note('No context has been written for this pack.')] : richTextParagraphs(doc, b, { headingBase: b.sub })),
  ];
}

/** "58 evidence items support this self-evaluation (3 more withheld from this edition)". */
function evidenceSupports(b: BuildContext): string {
  const n = b.evidence.shown.length;
  const withheld = b.evidence.withheldCount;
  return `${n} evidence ${n === 1 ? 'item supports' : 'items support'} this self-evaluation${withheld ? ` (${withheld} more withheld from this edition)` : ''}`;
}

/** An inspection's recommendations or areas for improvement, each with its status, progress and actions. */
function recommendationsTable(b: BuildContext, inspection: Inspection): Block {
  const actionsByRec = new Map<string, string[]>();
  for (const a of b.snapshot.actions)
    if (a.recommendationId) actionsByRec.set(a.recommendationId, [...(actionsByRec.get(a.recommendationId) ?? []), a.reference]);
  if (!inspection.recommendations.length)
    return note(`No recommendations or areas for improvement are recorded for ${isVisit(inspection) ? 'this visit' : 'this inspection'}.`);
  // The column says what the points are; the kind is spelt out per row only when they are mixed.
  const kinds = new Set(inspection.recommendations.map((r) => r.kind));
  const only = kinds.size === 1 ? [...kinds][0]! : null;
  return dataTable(
    [
      // The progress says most: the widest column, so rows are as short as the recommendation allows.
      // Wide enough for a visit reference such as "FV26-1" in bold: narrower, Word splits it mid-word.
      { title: 'Ref', weight: 10 },
      { title: only ? RECOMMENDATION_KIND_LABELS[only] : 'Recommendation or area for improvement', weight: 31 },
      { title: 'Status', weight: 11 },
      { title: 'Progress', weight: 48 },
    ],
    inspection.recommendations.map((r) => {
      const actions = actionsByRec.get(r.id);
      const kind = only || r.kind === 'recommendation' ? '' : `${RECOMMENDATION_KIND_LABELS[r.kind]}: `;
      const progressText = r.progress.trim();
      return [
        { content: unbreakableReference(r.reference), bold: true },
        `${kind}${r.text}`,
        // The actions under the status, where the column has lines to spare: under the progress, they made
        // each row a line and a gap taller.
        { content: RECOMMENDATION_STATUS_LABELS[r.status], more: actions?.length ? [{ text: `Actions: ${actions.join(', ')}.` }] : undefined },
        progressText || { content: 'No progress recorded yet.', italics: true },
      ];
    }),
    { width: b.page.portrait, striped: true },
  );
}

const isVisit = (i: Inspection) => i.type === 'focused_visit' || i.type === 'monitoring_visit';

function gradesTable(b: BuildContext, inspection: Inspection): Block {
  return dataTable(
    [
      { title: 'Judgement', weight: 62 },
      { title: 'Grade', weight: 38 },
    ],
    inspection.grades.map((g) => {
      const w = gradeWord(b.framework.scale, g.grade);
      return [g.areaTitle || g.areaKey, colouredCell(w.word, w.colour)];
    }),
    { width: b.page.portrait, keepTogether: inspection.grades.length <= 10 },
  );
}

/** "The improvement plan as at 1 November 2026: 26 actions: …. 4 are overdue." */
function planStatus(b: BuildContext): string {
  return `As at ${formatLongDate(b.snapshot.judgedAt)} the improvement plan has ${actionCountsSentence(b.snapshot.actions, { lowerFirst: true })}`;
}

function progress(b: BuildContext): Block[] {
  const out: Block[] = [heading('Progress since the last inspection', 1)];
  const baseline = baselineInspection(b.snapshot);
  // The plan's counts open the section, beside the inspection it answers: said at its end they took a
  // page of their own after the visits' tables.
  const plan = b.snapshot.actions.length ? [para(planStatus(b))] : [];
  if (!baseline) {
    out.push(note('No previous inspection has been chosen for this pack, so there is no progress to report against one.'), ...plan);
  } else {
    out.push(para(`The last inspection was ${describeInspection(baseline)}.`));
    if (baseline.summary.trim()) out.push(para(baseline.summary));
    out.push(...plan);
    if (baseline.grades.length) out.push(heading('Grades at that inspection', b.sub), gradesTable(b, baseline));
    out.push(heading('Recommendations and what has been done', b.sub), recommendationsTable(b, baseline));
    const since = b.snapshot.inspections
      .filter((i) => i.id !== baseline.id && i.startDate > baseline.startDate && inspectsTheseServices(b.framework, i))
      .sort((x, y) => (x.startDate < y.startDate ? -1 : 1));
    if (since.length) {
      // Each visit since has its own record: what it found and where each of its points stands.
      out.push(heading('Inspections and visits since', b.sub));
      for (const i of since) {
        out.push(heading(inspectionTitle(i), b.sub + 1), para(`${capitalise(inspectionWhen(i))}.`, { keepNext: true }));
        if (i.summary.trim()) out.push(para(i.summary.trim()));
        if (i.grades.length) out.push(gradesTable(b, i));
        out.push(recommendationsTable(b, i));
      }
    }
  }
  return out;
}

function gradeBox(b: BuildContext, area: PackArea): Table | Paragraph {
  const r = b.readinessOf(area.id);
  if (!area.graded) return note('This area is not graded itself: see the areas within it.');
  const now = gradeWord(b.framework.scale, area.grade);
  const before = r?.previousGrade ? gradeWord(b.framework.scale, r.previousGrade) : null;
  // One row under a header, as in the summary of self-grades: as four rows of label and value, the box
  // took two lines more in each chapter.
  return dataTable(
    [
      { title: 'Self-grade', weight: 27 },
      { title: 'Position within grade', weight: 23 },
      { title: 'Compared with', weight: 27 },
      { title: 'Direction of travel', weight: 23 },
    ],
    [
      [
        colouredCell(now.word, now.colour),
        area.position ? GRADE_POSITION_LABELS[area.position] : 'Not stated',
        before ? colouredCell(before.word, before.colour) : { content: 'None recorded', italics: true },
        DIRECTION_LABELS[r?.direction ?? 'none'],
      ],
    ],
    { width: b.page.portrait, keepTogether: true },
  );
}

/** "1. The impact of leaders…", "2.3 Safeguarding": chapters carry the numbers the index refers to. */
export function chapterTitle(b: BuildContext, area: PackArea): string {
  const n = b.areaNumber(area.id);
  return area.depth === 0 ? `${n}. ${area.title}` : `${n} ${area.title}`;
}

/** The details the evidence index would give, for a document without one. */
function evidenceDetails(e: EvidenceRow): string {
  return [EVIDENCE_TYPE_LABELS[e.type], e.effectiveDate ? formatShortDate(e.effectiveDate) : '', e.owner].filter(Boolean).join(' · ');
}

/**
 * A list of referenced items, one paragraph each: the reference (a link where the item has a row of its
 * own elsewhere), the title, and anything more run on after it in grey. On lines of their own under
 * each title, what the items show took a page and a half of a chapter.
 */
function referenceList(items: readonly { ref: ParagraphChild[]; reference: string; title: string; more: string }[]): Paragraph[] {
  const tabStops = [{ type: TabStopType.LEFT, position: REFERENCE_INDENT }];
  return items.map(({ ref, reference, title, more }) => {
    const text = [...runs(title), ...(more ? runs(` \u2013 ${more}`, { colour: COLOUR.muted }) : [])];
    const item = para([...ref, ...runs('\t'), ...text], {
      style: 'TableText',
      indent: { left: REFERENCE_INDENT, hanging: REFERENCE_INDENT },
      tabStops,
      // A list's items closer than paragraphs: at 4 pt apart, the chapters' lists took a third of a page more.
      spacing: { after: 30 },
    });
    return inHangingIndent(item, reference, text);
  });
}

/** Where a reference list's text starts: the references sit in the hanging indent before it. */
const REFERENCE_INDENT = 850;

/**
 * Tells the page estimate that a reference narrower than the hanging indent takes none of its first
 * line: the tab after it goes to where every line of the text starts. Measured as text on that line,
 * "E003" and its tab took a centimetre of it, and one item in fifteen a line more than LibreOffice
 * gives it, enough over a chapter's list to put the next chapter's page a page late in the contents.
 */
function inHangingIndent(item: Paragraph, reference: string, text: readonly ParagraphChild[]): Paragraph {
  const model = paragraphModelOf(item);
  if (!model || textWidth(`${reference} `, SIZE.table, true) >= REFERENCE_INDENT) return item;
  return recordParagraph(item, { ...model, segments: segmentsOf(text) });
}

/**
 * An area's evidence by reference and title, each reference a link to its row of the evidence index
 * (where its details are given), with what it shows about this area. Without an index, the details are
 * given here instead.
 */
function areaEvidenceList(b: BuildContext, shown: LinkedEvidence[]): Paragraph[] {
  const indexed = b.options.includeEvidenceIndex;
  return referenceList(
    shown.map(({ evidence: e, note: shows }) => {
      const anchor = b.evidence.anchorOf(e.id);
      return {
        ref: anchor ? [internalLink(anchor, e.reference, { bold: true })] : runs(e.reference, { bold: true }),
        reference: e.reference,
        title: e.title,
        more: [indexed ? '' : evidenceDetails(e), shows.trim()].filter(Boolean).join('. '),
      };
    }),
  );
}

/**
 * An area's actions. With the action plan in the document they are named by reference and title, and
 * their owners, dates, ratings and progress are given once, in the plan (grouped by area as here);
 * without it, in a table here.
 */
function areaActions(b: BuildContext, actions: readonly Action[]): Block[] {
  if (!b.options.includeActionPlan) return [areaActionsTable(actions, b.page.portrait)];
  return [
    ...referenceList(sortedActions(actions).map((a) => ({ ref: runs(a.reference, { bold: true }), reference: a.reference, title: a.title, more: '' }))),
    note('Owners, due dates, ratings and progress are in the action plan.', { style: 'TableText' }),
  ];
}

function areaChapter(b: BuildContext, area: PackArea): Block[] {
  const content = b.snapshot.areas[area.id];
  const level = 1 + area.depth;
  // The chapters run on from the progress section and from each other, as the parts before them do: a
  // page break before the first left two thirds of the page before it empty. The heading keeps with
  // the grade box under it.
  const title = chapterTitle(b, area);
  const out: Block[] = [newPageIfStranded(heading(title, level), heading(title, level, { pageBreakBefore: true })), gradeBox(b, area)];
  if (!content) return out;
  for (const n of content.narratives) {
    out.push(heading(n.title, b.sub));
    if (isDocEmpty(n.doc)) out.push(note('Nothing has been written for this section yet.'));
    else out.push(...richTextParagraphs(n.doc, b, { headingBase: b.sub + 1 }));
  }
  out.push(...areaPerformanceData(b, area.id, b.sub));
  const links = b.linksOf(area.id);
  const actions = b.actionsOf(area.id);
  if (!area.graded && !area.strengths.length && !area.areasForDevelopment.length && !links.length && !actions.length) return out;
  out.push(heading('Strengths', b.sub));
  if (area.strengths.length) out.push(...area.strengths.map((s) => bulletItem(s)));
  else out.push(note('No strengths have been recorded.'));
  out.push(heading('Areas for development', b.sub));
  if (area.areasForDevelopment.length) out.push(...area.areasForDevelopment.map((s) => bulletItem(s)));
  else out.push(note('No areas for development have been recorded.'));

  out.push(heading('Evidence', b.sub));
  const shown = links.filter((l) => !b.evidence.isWithheld(l.evidence));
  const withheld = links.length - shown.length;
  if (shown.length) out.push(...areaEvidenceList(b, shown));
  else if (!withheld) out.push(note('No evidence has been linked to this area.'));
  if (withheld)
    out.push(note(`${withheld} further evidence ${withheld === 1 ? 'item is' : 'items are'} withheld from this edition.`, { spacing: { before: 120 } }));

  out.push(heading('Actions', b.sub));
  if (actions.length) out.push(...areaActions(b, actions));
  else out.push(note('No actions are linked to this area.'));
  return out;
}

function actionPlan(b: BuildContext): Block[] {
  const actions = b.snapshot.actions;
  // Overdue counts are the council's own tracking: they come with the progress section, or not at all.
  const counts = actionCountsSentence(actions, { overdue: b.options.includeProgress });
  const out: Block[] = [heading('Action plan', 1), para(counts, { keepNext: true })];
  if (actions.length) out.push(actionPlanTable(b, actions, b.page.landscape));
  return out;
}

/** The numbers of the chapters an item supports: "1, 2, 5". */
function chaptersOf(b: BuildContext, e: EvidenceRow): Cell {
  const numbers = e.linkedAreas.map((l) => b.areaNumber(l.areaId)).filter(Boolean);
  return numbers.length ? numbers.join(', ') : { content: 'Cited in the text', italics: true };
}

function evidenceIndex(b: BuildContext): Block[] {
  const items = b.evidence.shown;
  const out: Block[] = [
    heading('Evidence index', 1),
    para(
      items.length
        ? `${evidenceSupports(b)}. A reference in square brackets in the text, such as [${items[0]!.reference}], points to a row of this index. Each chapter says what its evidence shows; the last column gives the numbers of the chapters each item supports, and the one before it whether the item was in date as at ${formatLongDate(b.snapshot.judgedAt)}.`
        : 'No evidence has been linked to this pack or cited in it yet.',
      // With the table: LibreOffice splits a table that a keep has pushed on to the next page after a few
      // rows, leaving half that page empty; a table that starts under its introduction runs on as it should.
      { keepNext: items.length > 0 },
    ),
  ];
  if (b.evidence.withheldCount)
    out.push(
      note(
        `${b.evidence.withheldCount} ${b.evidence.withheldCount === 1 ? 'item' : 'items'} marked OFFICIAL-SENSITIVE or personal data ${b.evidence.withheldCount === 1 ? 'is' : 'are'} withheld from this edition and not listed.`,
        { keepNext: items.length > 0 },
      ),
    );
  if (!items.length) return out;
  out.push(
    dataTable(
      [
        // The type at 14%: at 11%, "Feedback from children and families" took three lines, a row taller
        // than its title and owner needed, seven times in the demo's index (its last page held two rows).
        { title: 'Ref', weight: 5 },
        { title: 'Evidence', weight: 31 },
        { title: 'Owner', weight: 27 },
        { title: 'Type', weight: 14 },
        { title: 'Date', weight: 8 },
        { title: 'Freshness', weight: 8 },
        { title: 'Chapters', weight: 7 },
      ],
      items.map((e): Cell[] => {
        const anchor = b.evidence.anchorOf(e.id);
        const ref = anchor
          ? [bookmark(anchor, unbreakableReference(e.reference), { bold: true, size: SIZE.dense })]
          : unbreakableReference(e.reference);
        const title = e.sensitivity === 'official' ? e.title : `${e.title} (${SENSITIVITY_LABELS[e.sensitivity]})`;
        return [
          { content: ref, bold: true },
          title,
          e.owner,
          EVIDENCE_TYPE_LABELS[e.type],
          e.effectiveDate ? formatShortDate(e.effectiveDate) : 'No date',
          // Its own column, so a row is one line where its title and owner are: under the date it made
          // every item out of date or due for review three lines tall.
          { content: FRESHNESS_LABELS[e.freshness], bold: e.freshness === 'out_of_date' },
          chaptersOf(b, e),
        ];
      }),
      { width: b.page.landscape, striped: true, dense: true },
    ),
  );
  return out;
}

/** The parts of the self-evaluation, in order. */
export const SELF_EVALUATION_PARTS: readonly DocumentPart[] = [
  { name: 'cover', coverPage: true, blocks: cover },
  { name: 'contents', blocks: contents },
  { name: 'summary', blocks: summary },
  {
    name: 'performance summary',
    include: hasPerformanceData,
    // Runs on from the summary, as the parts after it do: a page break before it left the end of the
    // grades over time's page empty.
    blocks: (b) => performanceSummary(b, 'Performance data summary', 1, { definitions: true }),
  },
  { name: 'context', blocks: context },
  { name: 'progress', include: (b) => b.options.includeProgress, blocks: progress },
  { name: 'areas', blocks: (b) => b.areas.flatMap((a) => areaChapter(b, a)) },
  { name: 'action plan', include: (b) => b.options.includeActionPlan, orientation: 'landscape', blocks: actionPlan },
  // Landscape, in the same section as the plan: the index starts where the plan ends.
  { name: 'evidence index', include: (b) => b.options.includeEvidenceIndex, orientation: 'landscape', blocks: evidenceIndex },
];

export function selfEvaluationLayout(b: BuildContext): EditionLayout {
  return { sections: sectionsOf(SELF_EVALUATION_PARTS, b), title: b.snapshot.detail.pack.title, handling: [], contentsDepth: contentsDepth(b) };
}
