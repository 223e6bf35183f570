// The fictional council: settings, the two packs, their context and demographics (aggregates only,
// never child-level data) and what each pack asks of the board.
import { b, cite, doc, h, i, ol, p, ul } from '../rich';
import type { BoardPaperPatch } from '../../../shared/board-paper';
import { PEOPLE } from './people';

export const SETTINGS = {
  organisationName: 'Northmoor Borough Council',
  displayName: PEOPLE.dcs,
  defaultMarking: 'official' as const,
};

export const LAST_YEAR_PACK = {
  title: 'Children\'s services self-evaluation 2024–25',
  frameworkId: 'ilacs-2023',
  period: '2024–25',
  asAt: '2025-05-30',
};

export const THIS_YEAR_PACK = {
  title: 'Children\'s services self-evaluation 2025–26',
  period: '2025–26',
  asAt: '2026-11-20',
};

export const LAST_YEAR_CONTEXT = doc(
  h(2, 'Northmoor'),
  p(
    'Northmoor is a metropolitan borough of about 261,000 people, 59,400 of them children. Around a quarter of children live in relative low-income families. This is our first full self-evaluation since the March 2023 inspection found services required improvement to be good.',
  ),
  ul(
    'Children in need at 31 March 2025: 2,240 (377 per 10,000).',
    'Children subject to a child protection plan: 331 (56 per 10,000).',
    'Children in care: 551 (93 per 10,000), including 38 unaccompanied asylum-seeking children.',
    'Care leavers aged 17 to 21: 241.',
  ),
);

export const THIS_YEAR_CONTEXT = doc(
  h(2, 'Northmoor and its children'),
  p(
    'Northmoor is a fictional metropolitan borough in the north of England of about 262,400 people, ',
    b('58,900 of them aged under 18'),
    ' (22%). The borough runs from the former mill towns of the Calder Moss valley in the south to the moorland villages of Thornleigh in the north. 26% of children live in relative low-income families, against 20% in England, and 29% of pupils are eligible for free school meals. 21% of school-age children are from ethnic minority backgrounds, the largest group of Pakistani heritage; in the last three years families have arrived from Hong Kong and Ukraine, and more unaccompanied children seeking asylum have been placed with us through the national transfer scheme.',
  ),
  h(2, 'Children we work with'),
  p('At 31 March 2026 (rates per 10,000 children; England in brackets):'),
  ul(
    ['Families with an early help plan: ', b('1,460'), '.'],
    ['Referrals in 2025–26: ', b('3,410'), ' (579; England 546).'],
    ['Children in need: ', b('2,190'), ' (372; England 333; statistical neighbours 395).'],
    ['Children subject to a child protection plan: ', b('318'), ' (54; England 42).'],
    ['Children in care: ', b('536'), ' (91; England 70; statistical neighbours 98), including 41 unaccompanied asylum-seeking children.'],
    ['Care leavers aged 17 to 21: ', b('248'), ', and 61 aged 22 to 25 still receiving a service.'],
  ),
  p(
    'The number of children in care has fallen each year since March 2024, from 564 to 536 (529 in October 2026), as our edge-of-care work has helped more children stay safely at home. Figures are taken from our scorecard ',
    cite('performance-scorecard'),
    ' and are aggregates only: this document contains no information about individual children.',
  ),
  h(2, 'Our last inspection, and the visits since'),
  p(
    'Ofsted judged our services to require improvement to be good in March 2023 ',
    cite('ilacs-report'),
    ', and a focused visit in October 2025 looked at children in need and children subject to a child protection plan ',
    cite('fv-letter'),
    '. A focused visit in October 2026 looked at care leavers and set one area for priority action, on emergency accommodation (chapter 4). The children\'s services budget for 2026–27 is £68.4m; the council has protected it, but placement costs give a forecast overspend of £3.9m.',
  ),
  p(
    i('This pack uses ILACS as it applies from April 2026, under which Ofsted no longer gives a judgement of overall effectiveness.'),
  ),
);

export const LAST_YEAR_BOARD_ASKS = doc(
  p('The Children\'s Improvement Board is asked to:'),
  ol('Agree the self-grades in this self-evaluation.', 'Endorse the priorities of the improvement plan for 2025–26.'),
);

export const THIS_YEAR_BOARD_ASKS = doc(
  p('The Children\'s Improvement Board is asked to:'),
  ol(
    ['Note and challenge the self-grades, in particular the judgement that ', b('the impact of leaders is now good'), '.'],
    ['Agree the five priorities for 2026–27 in the refreshed improvement plan.'],
    ['Support a bid to cabinet for £1.2m over two years for ten staying close places and an employment personal adviser for care leavers.'],
    ['Ask the integrated care board to report to the next meeting on health histories for care leavers, an action now overdue.'],
    ['Agree that this self-evaluation is shared with Ofsted before the annual engagement meeting.'],
  ),
  p(i('Decisions on the cabinet bid are for cabinet; the board is asked only to support it.')),
);

/** The council's default words for every board paper, as Settings holds them. */
export const BOARD_PAPER_DEFAULTS: BoardPaperPatch = {
  wardsAffected: 'All wards',
  legal: doc(
    p('There are no direct legal implications arising from this report. Advice from Legal Services has been sought on the recommendations.'),
  ),
  contactOfficer: `${PEOPLE.qa}\nhelen.marsh@northmoor.gov.uk · 01632 960418`,
};

/** This year's board paper: the meeting it goes to and the words the council wrote for it. */
export const THIS_YEAR_BOARD_PAPER: BoardPaperPatch = {
  committee: 'Children\'s Improvement Board',
  meetingDate: '2026-12-08',
  reportOf: PEOPLE.dcs,
  leadMember: PEOPLE.leadMember,
  exemptParagraph: 3,
  financial: doc(
    p(
      'There are no direct financial implications arising from this report. The children\'s services budget for 2026–27 is £68.4m, with a forecast overspend of £3.9m, driven by placement costs, which is reported to cabinet in the quarterly budget monitoring.',
    ),
    p('Recommendation 3 asks the board to support a bid to cabinet for £1.2m over two years; the bid and its funding are for cabinet to decide.'),
  ),
  workforce: doc(
    p(
      'Agency social workers are 17% of the workforce against a target of below 15% by March 2027. The targeted market supplement for the south assessment teams, agreed by the HR committee, starts in December 2026.',
    ),
  ),
};
