// Northmoor's inspection history across the frameworks Ofsted has used: an inspection of safeguarding
// and looked after children services in 2010, a single inspection framework inspection in 2016, ILACS
// standard inspections in 2019 and 2023 with focused visits between, and a focused visit in October 2026
// that found an area for priority action, so its draft action plan is due. Every report, reference and
// finding is invented for the demo.
import type { InspectionContent } from './types';

export const SLAC_INSPECTION: InspectionContent = {
  key: 'slac-2010',
  type: 'safeguarding_lac_inspection',
  title: 'Inspection of safeguarding and looked after children services, June 2010',
  startDate: '2010-06-07',
  endDate: '2010-06-18',
  publishedDate: '2010-07-23',
  frameworkId: 'slac-2009',
  reportReference: 'Fictional demo report NBC/SLAC/2010',
  summary:
    'Safeguarding services in Northmoor were inadequate: referrals were not always responded to quickly enough, and assessments were of poor quality. Services for looked after children were adequate, with good health and education outcomes but too many changes of placement.',
  strengths: ['Good multi-agency support for the health of looked after children', 'A well-attended children in care council'],
  grades: [
    { areaKey: 'safeguarding', grade: 'inadequate' },
    { areaKey: 'safeguarding-capacity', grade: 'adequate' },
    { areaKey: 'looked-after-children', grade: 'adequate' },
    { areaKey: 'looked-after-capacity', grade: 'adequate' },
  ],
  recommendations: [
    {
      key: 'slac-referrals',
      reference: 'SLAC1',
      kind: 'area_for_priority_action',
      text: 'Ensure that every referral is screened by a qualified social worker within one working day.',
      areaKey: 'safeguarding',
      status: 'closed',
      progress: 'A screening team of qualified social workers was in place from September 2010; closed by the improvement board in 2011.',
    },
  ],
};

export const SIF_INSPECTION: InspectionContent = {
  key: 'sif-2016',
  type: 'sif_inspection',
  title: 'Single inspection framework inspection, February 2016',
  startDate: '2016-02-01',
  endDate: '2016-02-25',
  publishedDate: '2016-04-08',
  frameworkId: 'sif-2013',
  reportReference: 'Fictional demo report NBC/SIF/2016',
  summary:
    'Services for children in need of help and protection, children looked after and care leavers required improvement. Adoption performance was good. Leaders had made progress since 2010 but management oversight was not yet consistent.',
  strengths: ['Timely adoption for most children with a plan of adoption', 'Effective early help through the children’s centres'],
  planSubmittedDate: '2016-07-08',
  grades: [
    { areaKey: 'overall-effectiveness', grade: 'requires-improvement' },
    { areaKey: 'help-and-protection', grade: 'requires-improvement' },
    { areaKey: 'children-looked-after-and-permanence', grade: 'requires-improvement' },
    { areaKey: 'adoption-performance', grade: 'good' },
    { areaKey: 'care-leavers', grade: 'requires-improvement' },
    { areaKey: 'leaders', grade: 'requires-improvement' },
  ],
  recommendations: [],
};

export const ILACS_2019_INSPECTION: InspectionContent = {
  key: 'ilacs-2019',
  type: 'standard_inspection',
  title: 'ILACS standard inspection, June 2019',
  startDate: '2019-06-10',
  endDate: '2019-06-21',
  publishedDate: '2019-07-26',
  frameworkId: 'ilacs-2018',
  reportReference: 'Fictional demo report NBC/ILACS/2019',
  summary:
    'Children’s services in Northmoor required improvement to be good. Children in care and care leavers were well supported and their experiences had improved to good since 2016. Help and protection and the impact of leaders still required improvement.',
  strengths: ['Children in care live in stable homes and are helped to do well at school', 'Personal advisers know care leavers well'],
  planSubmittedDate: '2019-10-25',
  grades: [
    { areaKey: 'leaders', grade: 'requires-improvement' },
    { areaKey: 'help-and-protection', grade: 'requires-improvement' },
    { areaKey: 'children-in-care-and-care-leavers', grade: 'good' },
    { areaKey: 'overall-effectiveness', grade: 'requires-improvement' },
  ],
  recommendations: [],
};

export const FOCUSED_VISIT_2021: InspectionContent = {
  key: 'fv-2021',
  type: 'focused_visit',
  title: 'Focused visit: the front door, November 2021',
  startDate: '2021-11-16',
  endDate: '2021-11-17',
  publishedDate: '2021-12-17',
  frameworkId: 'ilacs-2018',
  reportReference: 'Fictional demo letter NBC/FV/2021',
  summary: 'Inspectors looked at the front door. Children at immediate risk were protected, but threshold decisions were not always consistent.',
  grades: [],
  recommendations: [],
};

export const STANDARD_INSPECTION: InspectionContent = {
  key: 'ilacs-2023',
  type: 'standard_inspection',
  title: 'ILACS standard inspection, March 2023',
  startDate: '2023-03-06',
  endDate: '2023-03-24',
  publishedDate: '2023-05-12',
  frameworkId: 'ilacs-2023',
  reportReference: 'Fictional demo report NBC/ILACS/2023',
  strengths: [
    'Children in care are well supported, and most live in stable homes',
    'Leaders have an accurate understanding of most weaknesses',
    'Children at risk of significant harm are identified and protected quickly',
  ],
  planSubmittedDate: '2023-08-04',
  summary:
    'Children\'s services in Northmoor require improvement to be good. Inspectors found that children in care are well supported and that leaders had an accurate understanding of most weaknesses, but that the quality of help and protection was too variable: threshold decisions at the front door were inconsistent, assessments and plans did not always reflect children\'s histories, and too many children experienced drift before pre-proceedings. A high turnover of social workers and managers, and reliance on agency staff, had slowed improvement. Care leavers\' accommodation and pathway plans were not consistently good enough.',
  grades: [
    { areaKey: 'leaders', grade: 'requires-improvement' },
    { areaKey: 'help-and-protection', grade: 'requires-improvement' },
    { areaKey: 'children-in-care', grade: 'good' },
    { areaKey: 'care-leavers', grade: 'requires-improvement' },
    { areaKey: 'overall-effectiveness', grade: 'requires-improvement' },
  ],
  recommendations: [
    {
      key: 'rec-thresholds',
      reference: 'R1',
      kind: 'recommendation',
      text: 'The consistency of threshold decisions at the front door, and the recording of parental consent or the reasons for proceeding without it.',
      areaKey: 'help-and-protection',
      status: 'met',
      progress:
        'Revised threshold guidance agreed by the safeguarding partnership in June 2023 and a consent recording standard introduced. The multi-agency threshold audit in July 2026 found decisions appropriate in 92% of contacts sampled and consent recorded or the override explained in 95%. Regarded as met; the front door audit continues quarterly.',
    },
    {
      key: 'rec-assessments',
      reference: 'R2',
      kind: 'recommendation',
      text: 'The timeliness and quality of assessments, so that they consider children\'s histories and lived experiences and lead to the right help.',
      areaKey: 'help-and-protection',
      status: 'in_progress',
      progress:
        'Timeliness within 45 working days has risen from 68% in 2022–23 to 81% in 2025–26, just below England (82%), and to 84% in quarter 2 of 2026–27, above England and in line with statistical neighbours but still short of our 85% target. Audits show better use of chronologies, but analysis of history is good in only 58% of assessments audited. Remains a priority for 2026–27.',
    },
    {
      key: 'rec-plans',
      reference: 'R3',
      kind: 'recommendation',
      text: 'The quality of child protection and child in need plans, so that they are specific, measurable and understood by children and their families.',
      areaKey: 'help-and-protection',
      status: 'in_progress',
      progress:
        'A new plan template written with parents was introduced in January 2026 and 214 staff have completed plan-quality training. The June 2026 themed audit found 61% of child protection plans good or better, up from 39%; child in need plans lag behind, as the October 2025 focused visit confirmed.',
    },
    {
      key: 'rec-plo',
      reference: 'R4',
      kind: 'recommendation',
      text: 'The timeliness and effectiveness of work in pre-proceedings under the Public Law Outline, so that children do not experience drift.',
      areaKey: 'help-and-protection',
      status: 'met',
      progress:
        'Weekly legal gateway panel and a pre-proceedings tracker in place since September 2023. Average time in pre-proceedings has fallen from 31 weeks to 16 weeks, and every child in pre-proceedings has a named manager reviewing progress monthly. Regarded as met.',
    },
    {
      key: 'rec-supervision',
      reference: 'R5',
      kind: 'recommendation',
      text: 'The quality and regularity of supervision and management oversight, so that they drive progress in children\'s plans.',
      areaKey: 'leaders',
      status: 'in_progress',
      progress:
        'Supervision now takes place regularly in 88% of records audited (61% in 2023), but only 54% show reflective discussion that changes the plan. The supervision standards and a quarterly supervision audit continue; team manager development programme cohort 2 is behind schedule.',
    },
    {
      key: 'rec-workforce',
      reference: 'R6',
      kind: 'recommendation',
      text: 'The stability of the social work workforce, reducing the reliance on agency social workers and managers.',
      areaKey: 'leaders',
      status: 'in_progress',
      progress:
        'Agency social workers have fallen from 29% to 17%; 46 newly qualified social workers have joined through the academy since 2023 and 38 remain. Turnover is 13%. The target of below 15% agency staff by March 2027 is at risk in the two assessment teams in the south of the borough.',
    },
    {
      key: 'rec-care-leaver-accommodation',
      reference: 'R7',
      kind: 'recommendation',
      text: 'The suitability of accommodation for care leavers, and the quality of pathway plans, so that they reflect young people\'s aspirations and needs.',
      areaKey: 'care-leavers',
      status: 'in_progress',
      progress:
        'Staying put and supported lodgings have grown, and no care leaver under 18 has been placed in bed and breakfast since April 2024. However, care leavers still spent a night in unsuitable emergency accommodation on 12 occasions in 2025–26, and only 48% of pathway plans audited in August 2026 were good or better. A new pathway plan, written with care leavers, goes live on 27 November 2026.',
    },
    {
      key: 'rec-health-assessments',
      reference: 'R8',
      kind: 'recommendation',
      text: 'The timeliness of initial health assessments for children entering care.',
      areaKey: 'children-in-care',
      status: 'closed',
      progress:
        'Joint recovery plan with the integrated care board completed in December 2025. Initial health assessments within 20 working days have risen from 41% to 78% (quarter 2, 2026–27). Closed by the improvement board in January 2026 and now monitored through the corporate parenting scorecard.',
    },
  ],
};

export const FOCUSED_VISIT: InspectionContent = {
  key: 'fv-2025',
  type: 'focused_visit',
  title: 'Focused visit: children in need and children subject to a child protection plan, October 2025',
  startDate: '2025-10-14',
  endDate: '2025-10-15',
  publishedDate: '2025-11-18',
  frameworkId: 'ilacs-2023',
  reportReference: 'Fictional demo letter NBC/FV/2025',
  strengths: ['Child protection conferences are well chaired', 'Social workers know their children well'],
  summary:
    'Two inspectors looked at arrangements for children in need and children subject to a child protection plan. They found that children at risk of significant harm are identified and protected, that child protection conferences are well chaired and that social workers know their children well. Child in need work was less consistent: management oversight did not always prevent drift, plans were often generic, and some children stepped down to early help before change was sustained. The letter set out two areas for improvement; there were no areas for priority action.',
  grades: [],
  recommendations: [
    {
      key: 'fv-cin-oversight',
      reference: 'FV1',
      kind: 'area_for_improvement',
      text: 'The effectiveness of management oversight of children in need, so that plans progress and children do not experience drift.',
      areaKey: 'help-and-protection',
      status: 'in_progress',
      progress:
        'Child in need reviews now chaired by a team manager at three months; a monthly child in need drift report goes to heads of service. The September 2026 themed audit found oversight effective in 57% of children\'s records, up from 44% at the visit: better, but not yet good enough.',
    },
    {
      key: 'fv-step-down',
      reference: 'FV2',
      kind: 'area_for_improvement',
      text: 'Decision-making when children\'s plans step down from child in need to early help, so that the changes families have made are sustained.',
      areaKey: 'help-and-protection',
      status: 'open',
      progress:
        'Step-down protocol review with early help and schools was due to start in October 2026 but was delayed by the family hubs restructure; the first workshop is on 1 December 2026 and the new protocol is due by the end of January 2027. Re-referral within 12 months of step-down is being tracked from November 2026.',
    },
  ],
};

/** After the pack's as-at date: its area for priority action starts a 20 working day deadline, running now. */
export const FOCUSED_VISIT_2026: InspectionContent = {
  key: 'fv-2026',
  type: 'focused_visit',
  title: 'Focused visit: care leavers, October 2026',
  startDate: '2026-10-20',
  endDate: '2026-10-21',
  publishedDate: '2026-11-06',
  frameworkId: 'ilacs-2026',
  reportReference: 'Fictional demo letter NBC/FV/2026',
  summary:
    'Two inspectors looked at the experiences of care leavers. Personal advisers know young people well and more care leavers are in education, employment or training. However, some care leavers still spend nights in unsuitable emergency accommodation, and pathway plans are too often out of date. The letter sets out one area for priority action and one area for improvement.',
  strengths: ['Personal advisers know care leavers well and keep in touch', 'More care leavers are in education, employment or training'],
  grades: [],
  recommendations: [
    {
      key: 'fv26-accommodation',
      reference: 'FV26-1',
      kind: 'area_for_priority_action',
      text: 'The suitability of emergency accommodation for care leavers, so that no young person spends a night in accommodation that is unsafe or unsuitable.',
      areaKey: 'care-leavers',
      status: 'open',
      progress: 'Draft action plan being written with housing; due to Ofsted within 20 working days of the letter.',
    },
    {
      key: 'fv26-pathway',
      reference: 'FV26-2',
      kind: 'area_for_improvement',
      text: 'The timeliness and quality of pathway plans, so that they reflect young people’s current circumstances.',
      areaKey: 'care-leavers',
      status: 'open',
      progress: 'The new pathway plan, written with care leavers, goes live on 27 November 2026.',
    },
  ],
};

export const INSPECTIONS: InspectionContent[] = [
  SLAC_INSPECTION,
  SIF_INSPECTION,
  ILACS_2019_INSPECTION,
  FOCUSED_VISIT_2021,
  STANDARD_INSPECTION,
  FOCUSED_VISIT,
  FOCUSED_VISIT_2026,
];
