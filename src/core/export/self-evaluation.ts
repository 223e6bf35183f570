// The self-evaluation edition: the document a director shares with Ofsted for the annual engagement
// meeting or an inspection. Cover, contents, summary of self-grades, context, progress since the last
// inspection, a chapter per area, the action plan (landscape) and the evidence index.
import { BorderStyle, type Paragraph, type Table } from 'docx';
import { formatLongDate, formatShortDate } from '../../shared/dates';
import {
  AREA_STATUS_LABELS,
  DIRECTION_LABELS,
  EVIDENCE_TYPE_LABELS,
  GRADE_POSITION_LABELS,
  RECOMMENDATION_KIND_LABELS,
  RECOMMENDATION_STATUS_LABELS,
  SENSITIVITY_LABELS,
} from '../../shared/domain';
import type { Inspection, PackArea } from '../../shared/entities';
import type { Framework } from '../../shared/framework';
import { isDocEmpty } from '../../shared/richtext';
import type { BuildContext } from './build-context';
import { logoParagraph } from './image';
import {
  authorName,
  baselineInspection,
  capitalise,
  describeInspection,
  frameworkLine,
  inspectionTitle,
  inspectionWhen,
  gradeWord,
  markingText,
  organisationName,
  statusLine,
  versionLine,
} from './model';
import { actionCountsSentence, actionPlanTable, areaActionsTable, gradeSummaryTable, overallScoreLine } from './parts';
import { areaPerformanceData, hasPerformanceData, performanceSummary } from './performance';
import { richTextParagraphs } from './richtext';
import { contentsPlaceholder, type EditionLayout, type SectionContent } from './layout';
import {
  bookmark,
  bulletItem,
  colouredCell,
  COLOUR,
  dataTable,
  heading,
  keyValueTable,
  LANDSCAPE_WIDTH,
  note,
  para,
  PORTRAIT_WIDTH,
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
  const rows: [string, Cell][] = [
    ['As at', formatLongDate(pack.asAt)],
    ['Period', pack.period],
    ...(version ? [['Version', version] as [string, Cell]] : []),
    ['Status', { content: statusLine(b.snapshot), bold: pack.status === 'approved' }],
    ['Prepared by', authorName(b.snapshot)],
    ['Produced on', formatLongDate(b.today)],
    ['Framework', frameworkLine(framework)],
  ];
  if (marking) rows.push(['Protective marking', { content: marking, bold: true }]);
  out.push(keyValueTable(rows, PORTRAIT_WIDTH, 0.26, false));
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
  if (pack.status !== 'approved')
    notes.push('This is a draft. It has not been signed off and may change.');
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
  return [
    para('Contents', { style: 'ContentsTitle', pageBreakBefore: true }),
    contentsPlaceholder(),
  ];
}

function summary(b: BuildContext): Block[] {
  const { pack, framework } = b.snapshot.detail;
  const baseline = baselineInspection(b.snapshot);
  const t = b.snapshot.readiness.totals;
  const intro = baseline
    ? `Our self-grade for each area of ${framework.shortTitle} as at ${formatLongDate(pack.asAt)}, where it sits within the grade, the grade at the last inspection (${describeInspection(baseline)}) and the direction of travel since.`
    : `Our self-grade for each area of ${framework.shortTitle} as at ${formatLongDate(pack.asAt)} and where it sits within the grade. No previous inspection is recorded for comparison.`;
  const out: Block[] = [
    heading('Summary of self-grades', 1, { pageBreakBefore: true }),
    para(intro, { keepNext: true }),
    gradeSummaryTable(b, PORTRAIT_WIDTH),
  ];
  const score = overallScoreLine(b);
  if (score) out.push(score);
  out.push(
    para(
      `Each grade is shown as a word and a colour. “Position within grade” says whether we judge practice to be at the low end of the grade, secure within it, or strong and close to the grade above.`,
      { spacing: { before: 160 } },
      { size: SIZE.small, colour: COLOUR.muted },
    ),
    heading('Where the evidence stands', b.sub),
    bulletItem(`${t.agreed} of ${t.areas} areas have their self-grade and narrative agreed.`),
    bulletItem(
      `${evidenceSupports(b)}${t.evidenceOutOfDate ? `; ${t.evidenceOutOfDate} ${t.evidenceOutOfDate === 1 ? 'is' : 'are'} past ${t.evidenceOutOfDate === 1 ? 'its' : 'their'} review date` : ''}.`,
    ),
    bulletItem(actionCountsSentence(b.snapshot.actions)),
  );
  return out;
}

function context(b: BuildContext): Block[] {
  const doc = b.snapshot.detail.pack.context;
  return [
    heading('Context', 1, { pageBreakBefore: true }),
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
      { title: 'Ref', weight: 7 },
      { title: only ? RECOMMENDATION_KIND_LABELS[only] : 'Recommendation or area for improvement', weight: 38 },
      { title: 'Status', weight: 12 },
      { title: 'Progress', weight: 43 },
    ],
    inspection.recommendations.map((r) => {
      const actions = actionsByRec.get(r.id);
      const kind = only || r.kind === 'recommendation' ? '' : `${RECOMMENDATION_KIND_LABELS[r.kind]}: `;
      const progressText = [r.progress.trim(), actions?.length ? `Actions: ${actions.join(', ')}.` : '']
        .filter(Boolean)
        .join('\n\n');
      return [
        { content: r.reference, bold: true },
        `${kind}${r.text}`,
        RECOMMENDATION_STATUS_LABELS[r.status],
        progressText || { content: 'No progress recorded yet.', italics: true },
      ];
    }),
    { width: PORTRAIT_WIDTH, striped: true },
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
    { width: PORTRAIT_WIDTH, keepTogether: inspection.grades.length <= 10 },
  );
}

function progress(b: BuildContext): Block[] {
  const out: Block[] = [heading('Progress since the last inspection', 1, { pageBreakBefore: true })];
  const baseline = baselineInspection(b.snapshot);
  if (!baseline) {
    out.push(note('No previous inspection has been chosen for this pack, so there is no progress to report against one.'));
    return out;
  }
  out.push(para(`The last inspection was ${describeInspection(baseline)}.`));
  if (baseline.summary.trim()) out.push(para(baseline.summary));
  if (baseline.grades.length) out.push(heading('Grades at that inspection', b.sub), gradesTable(b, baseline));
  out.push(heading('Recommendations and what has been done', b.sub), recommendationsTable(b, baseline));
  const since = b.snapshot.inspections
    .filter((i) => i.id !== baseline.id && i.startDate > baseline.startDate)
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
  return out;
}

function gradeBox(b: BuildContext, area: PackArea): Table | Paragraph {
  const r = b.readinessOf(area.id);
  if (!area.graded) return note('This area is not graded itself: see the areas within it.');
  const now = gradeWord(b.framework.scale, area.grade);
  const before = r?.previousGrade ? gradeWord(b.framework.scale, r.previousGrade) : null;
  const rows: [string, Cell][] = [
    ['Self-grade', colouredCell(now.word, now.colour)],
    ['Position within grade', area.position ? GRADE_POSITION_LABELS[area.position] : 'Not stated'],
    ['Last inspection', before ? colouredCell(before.word, before.colour) : { content: 'None recorded', italics: true }],
    ['Direction of travel', DIRECTION_LABELS[r?.direction ?? 'none']],
    ['Status', AREA_STATUS_LABELS[area.status]],
  ];
  return keyValueTable(rows, PORTRAIT_WIDTH, 0.3);
}

function areaChapter(b: BuildContext, area: PackArea): Block[] {
  const detail = b.snapshot.areas[area.id];
  const level = 1 + area.depth;
  const out: Block[] = [heading(area.title, level, { pageBreakBefore: area.depth === 0 }), gradeBox(b, area)];
  if (!detail) return out;
  for (const n of detail.narratives) {
    out.push(heading(n.title, b.sub));
    if (isDocEmpty(n.doc)) out.push(note('Nothing has been written for this section yet.'));
    else out.push(...richTextParagraphs(n.doc, b, { headingBase: b.sub + 1 }));
  }
  out.push(...areaPerformanceData(b, area.id, b.sub));
  if (!area.graded && !area.strengths.length && !area.areasForDevelopment.length && !detail.evidence.length && !detail.actions.length)
    return out;
  out.push(heading('Strengths', b.sub));
  if (area.strengths.length) out.push(...area.strengths.map((s) => bulletItem(s)));
  else out.push(note('No strengths have been recorded.'));
  out.push(heading('Areas for development', b.sub));
  if (area.areasForDevelopment.length) out.push(...area.areasForDevelopment.map((s) => bulletItem(s)));
  else out.push(note('No areas for development have been recorded.'));

  out.push(heading('Evidence', b.sub));
  const shown = detail.evidence.filter((e) => !b.evidence.isWithheld(e));
  const withheld = detail.evidence.length - shown.length;
  if (shown.length)
    out.push(
      dataTable(
        [
          { title: 'Ref', weight: 9 },
          { title: 'Evidence', weight: 31 },
          { title: 'Type', weight: 17 },
          { title: 'Date', weight: 13 },
          { title: 'What it shows', weight: 30 },
        ],
        shown.map((e) => [
          { content: e.reference, bold: true },
          e.title,
          EVIDENCE_TYPE_LABELS[e.type],
          formatShortDate(e.effectiveDate),
          e.note,
        ]),
        { width: PORTRAIT_WIDTH, striped: true },
      ),
    );
  else if (!withheld) out.push(note('No evidence has been linked to this area.'));
  if (withheld)
    out.push(note(`${withheld} further evidence ${withheld === 1 ? 'item is' : 'items are'} withheld from this edition.`, { spacing: { before: 120 } }));

  out.push(heading('Actions', b.sub));
  if (detail.actions.length) out.push(areaActionsTable(detail.actions, PORTRAIT_WIDTH));
  else out.push(note('No actions are linked to this area.'));
  return out;
}

function actionPlan(b: BuildContext): Block[] {
  const actions = b.snapshot.actions;
  const out: Block[] = [heading('Action plan', 1), para(actionCountsSentence(actions), { keepNext: true })];
  if (actions.length) out.push(actionPlanTable(b, actions, LANDSCAPE_WIDTH));
  return out;
}

function evidenceIndex(b: BuildContext): Block[] {
  const items = b.evidence.shown;
  const out: Block[] = [
    heading('Evidence index', 1),
    para(
      items.length
        ? `${evidenceSupports(b)}. A reference in square brackets in the text, such as [${items[0]!.reference}], points to a row of this index.`
        : 'No evidence has been linked to this pack or cited in it yet.',
    ),
  ];
  if (b.evidence.withheldCount)
    out.push(
      note(
        `${b.evidence.withheldCount} ${b.evidence.withheldCount === 1 ? 'item' : 'items'} marked OFFICIAL-SENSITIVE or personal data ${b.evidence.withheldCount === 1 ? 'is' : 'are'} withheld from this edition and not listed.`,
      ),
    );
  if (!items.length) return out;
  out.push(
    dataTable(
      [
        { title: 'Ref', weight: 8 },
        { title: 'Title', weight: 26 },
        { title: 'Type', weight: 14 },
        { title: 'Date', weight: 13 },
        { title: 'Owner', weight: 17 },
        { title: 'Areas it supports', weight: 22 },
      ],
      items.map((e) => {
        const anchor = b.evidence.anchorOf(e.id);
        const ref = anchor ? [bookmark(anchor, e.reference, { bold: true })] : e.reference;
        const title = e.sensitivity === 'official' ? e.title : `${e.title} (${SENSITIVITY_LABELS[e.sensitivity]})`;
        return [
          { content: ref, bold: true },
          title,
          EVIDENCE_TYPE_LABELS[e.type],
          formatShortDate(e.effectiveDate),
          e.owner,
          e.linkedAreas.map((l) => l.title).join('\n\n') || { content: 'Cited in the text', italics: true },
        ];
      }),
      { width: PORTRAIT_WIDTH, striped: true },
    ),
  );
  return out;
}

export function selfEvaluationLayout(b: BuildContext): EditionLayout {
  const main: SectionContent = {
    orientation: 'portrait',
    coverPage: true,
    children: [
      ...cover(b),
      ...contents(),
      ...summary(b),
      ...(hasPerformanceData(b) ? performanceSummary(b, 'Performance data summary', 1, { pageBreakBefore: true }) : []),
      ...context(b),
      ...progress(b),
      ...b.areas.flatMap((a) => areaChapter(b, a)),
    ],
  };
  const sections: SectionContent[] = [main];
  if (b.options.includeActionPlan) sections.push({ orientation: 'landscape', children: actionPlan(b) });
  if (b.options.includeEvidenceIndex) sections.push({ orientation: 'portrait', children: evidenceIndex(b) });
  return { sections, title: b.snapshot.detail.pack.title, handling: [], contentsDepth: contentsDepth(b) };
}
