// The inspection-day kit's starting list: what a council produces when Ofsted calls for a standard or
// short ILACS inspection. The Annex A lists follow shared/domain.md (their numbering in the current
// template is unconfirmed) and the rest is SEF Studio's guidance, so every item can be edited, marked
// not needed, or joined by the council's own. The kit records who prepares each item and how far it has
// got, never the lists' contents: Annex A is child-level data and stays in the case management system.
import type { KitSection } from '../../shared/domain';

export interface KitDefault {
  key: string;
  section: KitSection;
  title: string;
  due: string;
}

const AT_THE_START = 'At the start of the inspection: check the time in the notification letter';
const FIRST_DAYS = 'In the first days of the inspection, when inspectors ask';

const ANNEX_A_LISTS = [
  'contacts',
  'early help',
  'referrals',
  'assessments',
  'section 47 enquiries and initial child protection conferences',
  'children in need',
  'child protection',
  'children in care',
  'care leavers',
  'adoption',
  'adopters',
];

export const KIT_DEFAULTS: readonly KitDefault[] = [
  ...ANNEX_A_LISTS.map((list, i) => ({
    key: `annex-a-${i + 1}`,
    section: 'annex_a' as const,
    title: `List ${i + 1}: ${list}`,
    due: AT_THE_START,
  })),
  { key: 'first-days-structure', section: 'first_days', title: 'Structure charts of children’s services, with the names of managers', due: FIRST_DAYS },
  { key: 'first-days-improvement-plan', section: 'first_days', title: 'The improvement plan and its latest progress report', due: FIRST_DAYS },
  { key: 'first-days-performance', section: 'first_days', title: 'The latest performance scorecard and management information', due: FIRST_DAYS },
  { key: 'first-days-quality-assurance', section: 'first_days', title: 'The quality assurance framework and the latest audit findings', due: FIRST_DAYS },
  { key: 'first-days-workforce', section: 'first_days', title: 'Workforce figures: caseloads, vacancies, turnover and agency staff', due: FIRST_DAYS },
  { key: 'first-days-boards', section: 'first_days', title: 'Recent papers of the corporate parenting board and the safeguarding partnership', due: FIRST_DAYS },
  { key: 'first-days-sufficiency', section: 'first_days', title: 'The sufficiency strategy', due: FIRST_DAYS },
  { key: 'first-days-diaries', section: 'first_days', title: 'Diaries and contact details of the people inspectors will meet', due: FIRST_DAYS },
  { key: 'self-evaluation', section: 'self_evaluation', title: 'The self-evaluation: its latest approved version', due: AT_THE_START },
  { key: 'case-tracking-coordinator', section: 'case_tracking', title: 'A named coordinator for case tracking and sampling', due: AT_THE_START },
  { key: 'case-tracking-staff', section: 'case_tracking', title: 'Social workers and managers free to discuss the children whose cases are tracked', due: FIRST_DAYS },
  { key: 'case-tracking-access', section: 'case_tracking', title: 'Inspectors’ access to the case management system, in a private room', due: AT_THE_START },
  { key: 'case-tracking-log', section: 'case_tracking', title: 'A log of the cases asked for and when each was made available (kept in the case management system)', due: FIRST_DAYS },
];

/** The item whose status follows the packs: ready once a self-evaluation is approved. */
export const SELF_EVALUATION_KEY = 'self-evaluation';

export const KIT_GUIDANCE =
  'The lists and timings are SEF Studio’s guidance from Ofsted’s published framework, not Ofsted’s wording: check them against the current inspection handbook and the notification letter, and edit them to suit. SEF Studio records who prepares each item and how far it has got; the lists themselves hold child-level data and stay in the case management system.';
