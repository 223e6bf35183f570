// The board paper's words: generated from the pack where the council has not written its own, then the
// council's defaults from Settings, then the pack's own words, field by field. What `boardPaper.get`
// shows and what the paper prints come from here, so they always agree.
import { formatLongDate } from '../../shared/dates';
import {
  BOARD_PAPER_FIELDS,
  PUBLIC_INTEREST_TEST,
  type BoardPaperField,
  type BoardPaperFields,
  type BoardPaperSource,
} from '../../shared/board-paper';
import type { Marking } from '../../shared/domain';
import type { Inspection } from '../../shared/entities';
import { docFromText, type RichDoc } from '../../shared/richtext';
import { listInWords } from '../../shared/words';
import { authorName, baselineInspection, describeInspection, inspectsTheseServices, organisationName } from './model';
import type { PackSnapshot } from './snapshot';

/** Several paragraphs, each a string. */
const paragraphs = (...texts: (string | false | null | undefined)[]): RichDoc => docFromText(texts.filter(Boolean).join('\n'));

function servicesNoun(snapshot: PackSnapshot): string {
  switch (snapshot.detail.framework.sector) {
    case 'adults':
      return 'adult social care';
    case 'fostering_adoption':
      return 'fostering and adoption services';
    default:
      return 'children’s services';
  }
}

/** "Sam Patel on 20 November 2026", or null for a pack that is not approved. */
function approval(snapshot: PackSnapshot): string | null {
  const { pack } = snapshot.detail;
  if (pack.status !== 'approved') return null;
  return [pack.approvedBy, pack.approvedAt ? `on ${formatLongDate(pack.approvedAt)}` : ''].filter(Boolean).join(' ') || 'the council';
}

function background(snapshot: PackSnapshot): RichDoc {
  const { pack, framework } = snapshot.detail;
  const baseline = baselineInspection(snapshot);
  const asAt = formatLongDate(pack.asAt);
  const approved = approval(snapshot);
  const why =
    framework.sector === 'adults'
      ? `The council keeps a self-assessment of its ${servicesNoun(snapshot)} against the ${framework.shortTitle} framework, to know where it stands and to prepare for assessment.`
      : 'Each year the council shares with Ofsted a self-evaluation of the quality and impact of social work practice, discussed at the annual engagement meeting. For each area Ofsted judges it says what we know about the quality and impact of practice, how we know it, and our plans for the next 12 months.';
  return paragraphs(
    why,
    baseline && `The last inspection was ${describeInspection(baseline)}.`,
    `This report summarises the self-evaluation as at ${asAt}${approved ? `, approved by ${approved}` : ', which is a draft and has not yet been approved'}. The full self-evaluation is available to members on request.`,
  );
}

function risk(snapshot: PackSnapshot): RichDoc {
  const open = snapshot.actions.filter((a) => a.status !== 'complete');
  const red = open.filter((a) => a.rag === 'red').length;
  const overdue = open.filter((a) => a.overdue).length;
  const date = formatLongDate(snapshot.judgedAt);
  if (!snapshot.actions.length) return paragraphs('The main risks to improvement are the areas for development set out in this report.');
  const counts =
    red || overdue
      ? `As at ${date}, ${red === 1 ? '1 action is' : `${red} actions are`} rated red (off track) and ${overdue === 1 ? '1 is' : `${overdue} are`} overdue.`
      : `As at ${date}, no action is rated red or overdue.`;
  return paragraphs(`The main risks to improvement are the areas for development set out in this report and the actions in the improvement plan that are behind. ${counts}`);
}

function consultation(snapshot: PackSnapshot): RichDoc {
  const n = snapshot.evidence.length;
  const approved = approval(snapshot);
  // Whose voices it drew on, as the evidence shows: what children, families and staff said counts for a board.
  const voices = [
    snapshot.evidence.some((e) => e.type === 'feedback') && 'children and families',
    snapshot.evidence.some((e) => e.type === 'staff_survey') && 'staff',
    snapshot.evidence.some((e) => e.type === 'partnership' || e.type === 'peer_review') && 'partners',
  ].filter((v): v is string => !!v);
  const heard = voices.length ? `, including what ${listInWords(voices)} told us` : '';
  return paragraphs(
    `The self-evaluation was written by the service’s leadership team and heads of service, drawing on ${n === 1 ? 'one evidence item' : `${n} evidence items`}${heard}.`,
    approved ? `It was approved by ${approved}.` : 'It is a draft and has not yet been approved.',
  );
}

function backgroundPapers(snapshot: PackSnapshot): string {
  const { pack } = snapshot.detail;
  const baseline = baselineInspection(snapshot);
  const inspections = baseline
    ? [baseline, ...snapshot.inspections.filter((i) => i.id !== baseline.id && i.startDate > baseline.startDate && inspectsTheseServices(snapshot.detail.framework, i))]
    : [];
  const inspectorate = (i: Inspection) => (i.type === 'cqc_assessment' ? 'CQC' : 'Ofsted');
  return [`${pack.title}: the full self-evaluation, as at ${formatLongDate(pack.asAt)}`, ...inspections.map((i) => `${inspectorate(i)}: ${describeInspection(i)}`)].join('\n');
}

/** The words SEF Studio writes for each field when neither the pack nor Settings gives any. */
export function generatedBoardPaper(snapshot: PackSnapshot): BoardPaperFields {
  const { pack, framework } = snapshot.detail;
  const author = authorName(snapshot) ?? '';
  const noDirect = (what: string) => paragraphs(`There are no direct ${what} implications arising from this report.`);
  return {
    committee: '',
    meetingDate: null,
    reportOf: author,
    leadMember: '',
    wardsAffected: 'All wards',
    keyDecision: false,
    publication: 'automatic',
    exemptParagraph: null,
    publicInterest: PUBLIC_INTEREST_TEST,
    purpose: paragraphs(
      `To tell members where ${organisationName(snapshot)} judges its ${servicesNoun(snapshot)} to be against the ${framework.shortTitle} framework as at ${formatLongDate(pack.asAt)}, what the self-evaluation finds to be strong and what needs to improve, and how the improvement plan is progressing.`,
    ),
    background: background(snapshot),
    // Nothing by default: the sections that follow introduce themselves.
    considerations: paragraphs(),
    financial: noDirect('financial'),
    legal: noDirect('legal'),
    risk: risk(snapshot),
    equalities: paragraphs(
      'There are no direct equalities implications arising from this report. Changes to services that follow from the improvement plan are assessed for their equalities impact when they are proposed.',
    ),
    workforce: noDirect('workforce'),
    consultation: consultation(snapshot),
    contactOfficer: author,
    backgroundPapers: backgroundPapers(snapshot),
  };
}

export interface EffectiveBoardPaper {
  fields: BoardPaperFields;
  sources: Record<BoardPaperField, BoardPaperSource>;
  generated: BoardPaperFields;
}

/** Each field as the paper prints it: the pack's own words, or the council's default, or generated. */
export function effectiveBoardPaper(snapshot: PackSnapshot): EffectiveBoardPaper {
  const generated = generatedBoardPaper(snapshot);
  const { own, defaults } = snapshot.boardPaper;
  const fields = { ...generated } as Record<BoardPaperField, unknown>;
  const sources = {} as Record<BoardPaperField, BoardPaperSource>;
  for (const field of BOARD_PAPER_FIELDS) {
    if (own[field] !== undefined) {
      fields[field] = own[field];
      sources[field] = 'pack';
    } else if (defaults[field] !== undefined) {
      fields[field] = defaults[field];
      sources[field] = 'settings';
    } else sources[field] = 'generated';
  }
  return { fields: fields as BoardPaperFields, sources, generated };
}

/**
 * Whether the paper is exempt: when the export asks, when the paper says so, or, left to itself
 * (automatic), when the document is marked OFFICIAL-SENSITIVE.
 */
export function isExempt(paper: BoardPaperFields, marking: Marking, forced: boolean): boolean {
  return forced || paper.publication === 'exempt' || (paper.publication === 'automatic' && marking === 'official_sensitive');
}
