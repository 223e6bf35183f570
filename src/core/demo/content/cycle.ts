// Northmoor's preparation for its next inspection: who prepares each part of the inspection-day kit and
// how far it has got, and its annual engagement meetings with Ofsted. Names only, never child-level data.
import { PEOPLE } from './people';

export const KIT_PROGRESS: { key: string; owner: string; status: 'not_started' | 'in_progress' | 'ready' | 'not_needed'; note?: string }[] = [
  { key: 'annex-a-1', owner: PEOPLE.performance, status: 'ready', note: 'Tested in the September 2026 practice run' },
  { key: 'annex-a-2', owner: PEOPLE.frontDoor, status: 'ready' },
  { key: 'annex-a-3', owner: PEOPLE.performance, status: 'ready' },
  { key: 'annex-a-4', owner: PEOPLE.performance, status: 'ready' },
  { key: 'annex-a-5', owner: PEOPLE.safeguarding, status: 'in_progress', note: 'Strategy discussion dates need a new report' },
  { key: 'annex-a-6', owner: PEOPLE.safeguarding, status: 'ready' },
  { key: 'annex-a-7', owner: PEOPLE.safeguarding, status: 'ready' },
  { key: 'annex-a-8', owner: PEOPLE.permanence, status: 'in_progress' },
  { key: 'annex-a-9', owner: PEOPLE.leavingCare, status: 'in_progress', note: 'Pathway plan dates move to the new form on 27 November' },
  { key: 'annex-a-10', owner: PEOPLE.permanence, status: 'not_started' },
  { key: 'annex-a-11', owner: PEOPLE.fostering, status: 'not_started', note: 'Regional adoption agency to supply' },
  { key: 'first-days-structure', owner: PEOPLE.workforce, status: 'ready' },
  { key: 'first-days-improvement-plan', owner: PEOPLE.dcs, status: 'ready' },
  { key: 'first-days-performance', owner: PEOPLE.performance, status: 'ready' },
  { key: 'first-days-quality-assurance', owner: PEOPLE.qa, status: 'in_progress' },
  { key: 'first-days-workforce', owner: PEOPLE.workforce, status: 'in_progress' },
  { key: 'first-days-diaries', owner: PEOPLE.adSafeguarding, status: 'not_started' },
  { key: 'self-evaluation', owner: PEOPLE.qa, status: 'ready' },
  { key: 'case-tracking-coordinator', owner: PEOPLE.psw, status: 'ready', note: 'Deputy: the head of quality assurance' },
  { key: 'case-tracking-access', owner: PEOPLE.performance, status: 'in_progress', note: 'Read-only accounts requested from IT' },
];

/** Last year's meeting, where the approved 2024–25 self-evaluation was shared, and this year's, being prepared. */
export const ENGAGEMENT_MEETINGS = {
  lastYear: {
    date: '2025-07-03',
    attendees: 'Ofsted regional senior HMI; the Director of Children’s Services; the assistant directors',
    sent: [
      { what: 'Self-evaluation 2024–25 (approved)', sendBy: '2025-06-19', sentOn: '2025-06-18' },
      { what: 'Performance scorecard, quarter 4 2024–25', sendBy: '2025-06-19', sentOn: '2025-06-18' },
    ],
    notes: 'Discussed progress on the 2023 recommendations; HMI asked for more on the voice of care leavers.',
  },
  thisYear: {
    date: '2026-12-10',
    attendees: 'Ofsted regional senior HMI; the Director of Children’s Services; the assistant directors; the principal social worker',
    sent: [
      { what: 'Self-evaluation 2025–26', sendBy: '2026-11-26', sentOn: null },
      { what: 'Performance scorecard, quarter 2 2026–27', sendBy: '2026-11-26', sentOn: null },
      { what: 'Draft action plan after the October 2026 focused visit', sendBy: '2026-12-04', sentOn: null },
    ],
    notes: '',
  },
};
