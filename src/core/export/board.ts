// The board paper: a short summary for an improvement board, scrutiny committee or lead member, in the
// shape of a council report. Grades and direction of travel, the main strengths and areas for
// development, the action plan by RAG with overdue actions named, and the decisions asked of the board.
// Optionally marked as exempt under Schedule 12A to the Local Government Act 1972.
import { BorderStyle, type Paragraph, type Table } from 'docx';
import { formatLongDate, formatShortDate } from '../../shared/dates';
import { RAG_LABELS, RAGS } from '../../shared/domain';
import type { PackArea } from '../../shared/entities';
import { isDocEmpty } from '../../shared/richtext';
import type { BuildContext } from './build-context';
import { logoParagraph } from './image';
import type { EditionLayout, SectionContent } from './layout';
import {
  authorName,
  baselineInspection,
  capitalise,
  describeInspection,
  markingText,
  numberWord,
  organisationName,
  statusLine,
} from './model';
import { actionCountsSentence, actionPlanTable, gradeSummaryTable, overallScoreLine, ragCell, sortedActions } from './parts';
import { attentionCharts, hasPerformanceData, performanceSummary } from './performance';
import { richTextParagraphs } from './richtext';
import {
  bulletItem,
  COLOUR,
  dataTable,
  heading,
  keyValueTable,
  LANDSCAPE_WIDTH,
  note,
  para,
  PORTRAIT_WIDTH,
  runs,
  SIZE,
  type Cell,
} from './word';

type Block = Paragraph | Table;

/** How many strengths or areas for development of each area the summary names. */
const MAIN_POINTS = 3;

export const EXEMPT_HEADLINE = 'NOT FOR PUBLICATION';
export const EXEMPT_STATEMENT =
  'This report contains exempt information under Part 1 of Schedule 12A to the Local Government Act 1972. ' +
  'It is not for publication, and the press and public may be excluded while it is discussed.';

function exemptBox(): Paragraph {
  const line = { style: BorderStyle.SINGLE, size: 12, color: COLOUR.warning, space: 6 };
  return para(
    [...runs(`${EXEMPT_HEADLINE} `, { bold: true, colour: COLOUR.warning }), ...runs(EXEMPT_STATEMENT, { size: SIZE.small })],
    { border: { top: line, bottom: line, left: line, right: line }, spacing: { before: 120, after: 240 }, indent: { left: 120, right: 120 } },
  );
}

function frontMatter(b: BuildContext): Block[] {
  const { pack } = b.snapshot.detail;
  const org = organisationName(b.snapshot);
  const out: Block[] = [];
  const logo = logoParagraph(b.snapshot.logo, org, { width: 180, height: 64 });
  if (logo) out.push(logo);
  out.push(para(org, { spacing: { after: 240 } }, { bold: true, size: 26, colour: COLOUR.brand }));
  if (b.options.exemptSchedule12A) out.push(exemptBox());
  out.push(para(pack.title, { style: 'Title', spacing: { before: 120, after: 120 } }, { size: 40 }));
  out.push(para('Summary report on the self-evaluation of practice and the improvement plan', { style: 'Subtitle' }, { size: 26 }));
  const marking = markingText(b.options.marking);
  const meeting = b.options.meeting.trim();
  const rows: [string, Cell][] = [
    ...(meeting ? [['Meeting', meeting] as [string, Cell]] : []),
    ['Report of', authorName(b.snapshot)],
    ['Self-evaluation as at', formatLongDate(pack.asAt)],
    ['Status of the self-evaluation', statusLine(b.snapshot)],
  ];
  if (marking) rows.push(['Protective marking', { content: marking, bold: true }]);
  rows.push([
    'Publication',
    b.options.exemptSchedule12A
      ? { content: 'Exempt: not for publication (Schedule 12A, Local Government Act 1972)', bold: true }
      : 'Open',
  ]);
  out.push(keyValueTable(rows, PORTRAIT_WIDTH, 0.32));
  return out;
}

function purpose(b: BuildContext, n: number): Block[] {
  const { pack, framework } = b.snapshot.detail;
  return [
    heading(`${n}. Purpose of this report`, 1),
    para(
      `This report tells the board where ${organisationName(b.snapshot)} judges its children’s services to be against the ${framework.shortTitle} framework as at ${formatLongDate(pack.asAt)}, what the self-evaluation finds to be strong and what needs to improve, and how the improvement plan is progressing. The full self-evaluation is available to members on request.`,
    ),
  ];
}

function asks(b: BuildContext, n: number): Block[] {
  const doc = b.snapshot.detail.pack.boardAsks;
  return [
    heading(`${n}. Recommendations`, 1),
    ...(isDocEmpty(doc)
      ? [para('The board is asked to note the self-evaluation and the progress of the improvement plan.')]
      : richTextParagraphs(doc, b, { headingBase: 2 })),
  ];
}

function grades(b: BuildContext, n: number): Block[] {
  const t = b.snapshot.readiness.totals;
  const out: Block[] = [heading(`${n}. Self-grades and direction of travel`, 1)];
  const baseline = baselineInspection(b.snapshot);
  out.push(
    para(
      baseline
        ? `The direction of travel compares each self-grade with the grade given at the last inspection: ${describeInspection(baseline)}.`
        : 'No previous inspection is recorded, so there is no direction of travel to report.',
      { keepNext: true },
    ),
    gradeSummaryTable(b, PORTRAIT_WIDTH),
  );
  const score = overallScoreLine(b);
  if (score) out.push(score);
  out.push(
    para(
      `${t.agreed} of ${t.areas} areas have their self-grade agreed. The self-evaluation draws on ${b.evidence.shown.length} evidence ${b.evidence.shown.length === 1 ? 'item' : 'items'}${b.evidence.withheldCount ? ` (${b.evidence.withheldCount} more withheld from this paper)` : ''}${t.evidenceOutOfDate ? `, of which ${t.evidenceOutOfDate} ${t.evidenceOutOfDate === 1 ? 'is' : 'are'} past ${t.evidenceOutOfDate === 1 ? 'its' : 'their'} review date` : ''}.`,
      { spacing: { before: 160 } },
    ),
  );
  return out;
}

function pointsByArea(b: BuildContext, n: number, title: string, pick: (a: PackArea) => string[], none: string): Block[] {
  const out: Block[] = [heading(`${n}. ${title}`, 1)];
  const areas = b.areas.filter((a) => pick(a).length);
  if (!areas.length) return [...out, note(none)];
  for (const area of areas) {
    const items = pick(area);
    const shown = items.slice(0, MAIN_POINTS);
    const more = items.length > MAIN_POINTS;
    // The "further points" line stays with the last point. (Longer keep-with-next chains are not used:
    // LibreOffice gives up on them and leaves the heading alone at the foot of the page.)
    out.push(heading(area.title, 3), ...shown.map((s, i) => bulletItem(s, { keepNext: more && i === shown.length - 1 })));
    if (more) out.push(note(furtherPoints(items.length - MAIN_POINTS), { indent: { left: 567 } }));
  }
  return out;
}

/** "Two further points are in the full self-evaluation." */
export function furtherPoints(count: number): string {
  return `${capitalise(numberWord(count))} further ${count === 1 ? 'point is' : 'points are'} in the full self-evaluation.`;
}

/** Whole-number percentages that add up to 100 (largest remainders get the spare points). */
export function wholePercentages(counts: number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (!total) return counts.map(() => 0);
  const exact = counts.map((c) => (c / total) * 100);
  const floors = exact.map(Math.floor);
  let spare = 100 - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((x, y) => y[0] - x[0]);
  for (const [, i] of order) {
    if (spare <= 0) break;
    floors[i]! += 1;
    spare -= 1;
  }
  return floors;
}

function actionStatus(b: BuildContext, n: number): Block[] {
  const actions = b.snapshot.actions;
  const out: Block[] = [heading(`${n}. Improvement plan: progress by RAG`, 1), para(actionCountsSentence(actions), { keepNext: true })];
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
        return [
          { ...ragCell(rag), content: RAG_LABELS[rag] },
          String(these.length),
          String(these.filter((a) => a.overdue).length),
          `${shares[i]}%`,
        ];
      }),
      { width: PORTRAIT_WIDTH, keepTogether: true },
    ),
  );
  const overdue = sortedActions(actions.filter((a) => a.overdue));
  out.push(heading('Overdue actions', 2));
  if (!overdue.length) out.push(para('No actions are overdue.'));
  else
    out.push(
      dataTable(
        [
          { title: 'Ref', weight: 8 },
          { title: 'Action', weight: 40 },
          { title: 'Owner', weight: 22 },
          { title: 'Was due', weight: 14 },
          { title: 'RAG', weight: 12, align: 'center' },
        ],
        overdue.map((a) => [{ content: a.reference, bold: true }, a.title, a.owner, formatShortDate(a.dueDate), ragCell(a.rag)]),
        { width: PORTRAIT_WIDTH, striped: true },
      ),
    );
  return out;
}

export function boardLayout(b: BuildContext): EditionLayout {
  let n = 0;
  const main: SectionContent = {
    orientation: 'portrait',
    children: [
      ...frontMatter(b),
      ...purpose(b, ++n),
      ...asks(b, ++n),
      ...grades(b, ++n),
      ...(hasPerformanceData(b) ? performanceSummary(b, `${++n}. Performance data`, 1) : []),
      ...pointsByArea(b, ++n, 'Main strengths', (a) => a.strengths, 'No strengths have been recorded yet.'),
      ...pointsByArea(b, ++n, 'Main areas for development', (a) => a.areasForDevelopment, 'No areas for development have been recorded yet.'),
      ...actionStatus(b, ++n),
    ],
  };
  const sections: SectionContent[] = [main];
  if (b.options.includeActionPlan && b.snapshot.actions.length)
    sections.push({
      orientation: 'landscape',
      children: [
        heading('Appendix A: the improvement plan', 1),
        para(actionCountsSentence(b.snapshot.actions), { keepNext: true }),
        actionPlanTable(b, b.snapshot.actions, LANDSCAPE_WIDTH),
      ],
    });
  if (hasPerformanceData(b))
    sections.push({ orientation: 'portrait', children: [heading(`Appendix ${sections.length === 1 ? 'A' : 'B'}: indicators needing attention`, 1), ...attentionCharts(b, 2)] });
  return {
    title: `${b.snapshot.detail.pack.title}: board summary`,
    handling: b.options.exemptSchedule12A ? [EXEMPT_HEADLINE] : [],
    contentsDepth: 0,
    sections,
  };
}
