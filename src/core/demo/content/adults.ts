// Northmoor's adult social care: CQC's 2025 assessment of the council, scored quality statement by
// quality statement, and the self-assessment for 2026 on the same framework, with one statement not
// yet scored (so the overall percentage says "8 of 9 scored"). Every figure is invented for the demo.
import type { BoardPaperPatch } from '../../../shared/board-paper';
import type { GradePosition } from '../../../shared/domain';
import type { DemoFile } from '../files';
import { cite, doc, p } from '../rich';
import type { EvidenceContent, InspectionContent } from './types';

const DASS = 'Olivia Grant, Director of Adult Social Services';
const PRINCIPAL = 'Dev Patel, Principal Social Worker (Adults)';
const PERFORMANCE = 'Gareth Lloyd, Head of Performance and Intelligence';

function note(name: string, title: string, lines: string[]): DemoFile {
  return {
    kind: 'txt',
    name,
    text: [
      'NORTHMOOR BOROUGH COUNCIL: ADULT SOCIAL CARE',
      title,
      'Marking: OFFICIAL',
      'Demo data: Northmoor Borough Council is fictional and every figure here is invented for SEF Studio.',
      '',
      ...lines,
    ].join('\n'),
  };
}

export const CQC_ASSESSMENT: InspectionContent = {
  key: 'cqc-2025',
  type: 'cqc_assessment',
  title: 'CQC assessment of adult social care, March 2025',
  startDate: '2025-03-03',
  endDate: '2025-03-14',
  publishedDate: '2025-06-20',
  frameworkId: 'cqc-la-2023',
  reportReference: 'Fictional demo assessment NBC/CQC/2025',
  summary:
    'CQC rated Northmoor’s adult social care as requires improvement (61%). People valued their social workers, but waits for assessment were too long and some people’s experiences differed by where they lived.',
  strengths: ['Strong partnerships with the voluntary sector', 'Safeguarding enquiries are timely and person-centred'],
  grades: [
    { areaKey: 'assessing-needs', grade: 'some-shortfalls' },
    { areaKey: 'supporting-people-to-live-healthier-lives', grade: 'good-standard' },
    { areaKey: 'equity-in-experience-and-outcomes', grade: 'some-shortfalls' },
    { areaKey: 'care-provision-integration-and-continuity', grade: 'some-shortfalls' },
    { areaKey: 'partnerships-and-communities', grade: 'good-standard' },
    { areaKey: 'safe-systems-pathways-and-transitions', grade: 'some-shortfalls' },
    { areaKey: 'safeguarding', grade: 'good-standard' },
    { areaKey: 'governance-management-and-sustainability', grade: 'some-shortfalls' },
    { areaKey: 'learning-improvement-and-innovation', grade: 'good-standard' },
  ],
  recommendations: [],
};

export const ADULT_PACK = {
  title: 'Adult social care self-assessment 2026',
  frameworkId: 'cqc-la-2023',
  period: '2026–27',
  asAt: '2026-09-30',
};

/**
 * The self-assessment's report to scrutiny: the director of adult social services reports it, so the paper
 * never goes out as a report of the director of children's services, whose name is in Settings.
 */
export const ADULT_BOARD_PAPER: BoardPaperPatch = {
  committee: 'Health and Adult Social Care Scrutiny Committee',
  meetingDate: '2027-01-19',
  reportOf: DASS,
  leadMember: 'Cllr Robert Ainsley, Lead Member for Adult Social Care and Health',
  contactOfficer: `${PRINCIPAL}\ndev.patel@northmoor.gov.uk · 01632 960522`,
};

export interface AdultAreaContent {
  key: string;
  /** Null for a statement the council has not yet scored. */
  grade: string | null;
  position: GradePosition | null;
  strengths: string[];
  areasForDevelopment: string[];
  /** What we know, in one paragraph. */
  know: ReturnType<typeof doc>;
}

export const ADULT_AREAS: AdultAreaContent[] = [
  {
    key: 'assessing-needs',
    grade: 'good-standard',
    position: 'low',
    strengths: ['Waits for a Care Act assessment down from 14 to 6 weeks'],
    areasForDevelopment: ['Carers’ assessments are still too slow'],
    know: doc(p('People now wait six weeks on average for an assessment, down from fourteen at the CQC assessment ', cite('asc-waits'), '.')),
  },
  { key: 'supporting-people-to-live-healthier-lives', grade: 'good-standard', position: 'secure', strengths: [], areasForDevelopment: [], know: doc() },
  {
    key: 'equity-in-experience-and-outcomes',
    grade: null,
    position: null,
    strengths: [],
    areasForDevelopment: ['We do not yet have the data to score this statement: the equalities audit reports in December 2026'],
    know: doc(p('Not yet scored: the equalities audit of who waits longest reports in December 2026 ', cite('asc-survey'), '.')),
  },
  { key: 'care-provision-integration-and-continuity', grade: 'good-standard', position: 'low', strengths: [], areasForDevelopment: [], know: doc() },
  { key: 'partnerships-and-communities', grade: 'good-standard', position: 'strong', strengths: ['The voluntary sector alliance'], areasForDevelopment: [], know: doc() },
  { key: 'safe-systems-pathways-and-transitions', grade: 'some-shortfalls', position: 'strong', strengths: [], areasForDevelopment: ['Transitions from children’s services at 18'], know: doc() },
  {
    key: 'safeguarding',
    grade: 'good-standard',
    position: 'secure',
    strengths: ['Safeguarding enquiries completed within 28 days in 91% of cases'],
    areasForDevelopment: [],
    know: doc(p('The safeguarding audit found enquiries person-centred in 88% of cases ', cite('asc-safeguarding-audit'), '.')),
  },
  { key: 'governance-management-and-sustainability', grade: 'good-standard', position: 'low', strengths: [], areasForDevelopment: [], know: doc() },
  { key: 'learning-improvement-and-innovation', grade: 'good-standard', position: 'secure', strengths: [], areasForDevelopment: [], know: doc() },
];

export const ADULT_EVIDENCE: EvidenceContent[] = [
  {
    key: 'asc-waits',
    title: 'Waiting times for Care Act assessments, quarter 1 2026–27',
    type: 'performance_data',
    description: 'Average and longest waits for a Care Act assessment and a carer’s assessment, by locality, with the trend since the CQC assessment.',
    owner: PERFORMANCE,
    effectiveDate: '2026-07-15',
    reviewDue: '2026-10-31',
    source: 'Adult social care performance team',
    sensitivity: 'official',
    file: note('asc-waits-2026-q1.txt', 'Waiting times for Care Act assessments: quarter 1 2026-27', [
      'Average wait for a Care Act assessment: 6 weeks (14 weeks in March 2025).',
      'Average wait for a carer’s assessment: 11 weeks.',
    ]),
    links: [],
    adultLinks: [{ area: 'assessing-needs', note: 'Waits have more than halved since CQC’s assessment.' }],
  },
  {
    key: 'asc-survey',
    title: 'Adult social care survey 2025–26: local results',
    type: 'feedback',
    description: 'What people who use services and carers told us in the annual adult social care survey, by age, ethnicity and locality.',
    owner: PRINCIPAL,
    effectiveDate: '2026-05-31',
    reviewDue: '2027-05-31',
    source: 'Adult social care survey',
    sensitivity: 'official',
    file: note('asc-survey-2025-26.txt', 'Adult social care survey 2025-26: local results', [
      'People satisfied with their care and support: 64% (England 62%).',
      'Carers satisfied: 38%.',
    ]),
    links: [],
    adultLinks: [{ area: 'equity-in-experience-and-outcomes', note: 'Shows where experiences differ; the equalities audit will say why.' }],
  },
  {
    key: 'asc-safeguarding-audit',
    title: 'Adult safeguarding audit, summer 2026',
    type: 'case_file_audit',
    description: 'An audit of 60 safeguarding enquiries: timeliness, making safeguarding personal, and outcomes people wanted.',
    owner: DASS,
    effectiveDate: '2026-08-29',
    reviewDue: '2027-08-31',
    source: 'Safeguarding adults board',
    sensitivity: 'official_sensitive',
    file: note('asc-safeguarding-audit-2026.txt', 'Adult safeguarding audit: summer 2026', [
      'Enquiries completed within 28 days: 55 of 60 (91%).',
      'Person-centred (making safeguarding personal): 53 of 60 (88%).',
    ]),
    links: [],
    adultLinks: [{ area: 'safeguarding', note: 'Enquiries are timely and person-centred.' }],
  },
];
