// The vocabulary of a self-evaluation: the fixed lists the app offers, with the words people see.
// Each list is a const tuple so zod enums, TypeScript unions and UI labels come from one place.

export const PACK_STATUSES = ['draft', 'in_review', 'approved'] as const;
export type PackStatus = (typeof PACK_STATUSES)[number];
export const PACK_STATUS_LABELS: Record<PackStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  approved: 'Approved',
};

/** Where a self-grade sits within its grade: "the bottom end of requires improvement" is "low". */
export const GRADE_POSITIONS = ['low', 'secure', 'strong'] as const;
export type GradePosition = (typeof GRADE_POSITIONS)[number];
export const GRADE_POSITION_LABELS: Record<GradePosition, string> = {
  low: 'Low',
  secure: 'Secure',
  strong: 'Strong',
};

export const AREA_STATUSES = ['to_review', 'in_review', 'agreed'] as const;
export type AreaStatus = (typeof AREA_STATUSES)[number];
export const AREA_STATUS_LABELS: Record<AreaStatus, string> = {
  to_review: 'To review',
  in_review: 'In review',
  agreed: 'Agreed',
};

export const EVIDENCE_TYPES = [
  'case_file_audit',
  'supervision_audit',
  'practice_observation',
  'performance_data',
  'feedback',
  'staff_survey',
  'peer_review',
  'quality_assurance_report',
  'complaints_and_compliments',
  'learning_review',
  'partnership',
  'policy_or_plan',
  'other',
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];
export const EVIDENCE_TYPE_LABELS: Record<EvidenceType, string> = {
  case_file_audit: 'Case-file audit',
  supervision_audit: 'Supervision audit',
  practice_observation: 'Practice observation',
  performance_data: 'Performance data',
  feedback: 'Feedback from children and families',
  staff_survey: 'Staff survey',
  peer_review: 'Peer review or challenge',
  quality_assurance_report: 'Quality assurance report',
  complaints_and_compliments: 'Complaints and compliments',
  learning_review: 'Learning review',
  partnership: 'Partnership evidence',
  policy_or_plan: 'Policy, strategy or plan',
  other: 'Other',
};

/** Handling of an evidence item. OFFICIAL-SENSITIVE is OFFICIAL with a handling caveat, not a tier. */
export const SENSITIVITIES = ['official', 'official_sensitive', 'personal_data'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];
export const SENSITIVITY_LABELS: Record<Sensitivity, string> = {
  official: 'OFFICIAL',
  official_sensitive: 'OFFICIAL-SENSITIVE',
  personal_data: 'Personal data',
};

/** The protective marking printed on exported documents. */
export const MARKINGS = ['none', 'official', 'official_sensitive'] as const;
export type Marking = (typeof MARKINGS)[number];
export const MARKING_LABELS: Record<Marking, string> = {
  none: 'No marking',
  official: 'OFFICIAL',
  official_sensitive: 'OFFICIAL-SENSITIVE',
};

export const RAGS = ['red', 'amber', 'green', 'blue'] as const;
export type Rag = (typeof RAGS)[number];
/** Blue is the common council convention for "complete". */
export const RAG_LABELS: Record<Rag, string> = {
  red: 'Red: off track',
  amber: 'Amber: at risk',
  green: 'Green: on track',
  blue: 'Blue: complete',
};
export const RAG_SHORT_LABELS: Record<Rag, string> = {
  red: 'Red',
  amber: 'Amber',
  green: 'Green',
  blue: 'Complete',
};
export const RAG_COLOURS: Record<Rag, string> = {
  red: '#C62828',
  amber: '#F2A900',
  green: '#2E7D32',
  blue: '#1D5FA8',
};

export const ACTION_STATUSES = ['not_started', 'in_progress', 'complete', 'paused'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  complete: 'Complete',
  paused: 'Paused',
};

export const INSPECTION_TYPES = [
  'standard_inspection',
  'short_inspection',
  'focused_visit',
  'monitoring_visit',
  'jtai',
  'sif_inspection',
  'sccif_inspection',
  'cqc_assessment',
  'peer_review',
  'safeguarding_lac_inspection',
  'unannounced_inspection',
  'sccif_monitoring_visit',
] as const;
export type InspectionType = (typeof INSPECTION_TYPES)[number];
export const INSPECTION_TYPE_LABELS: Record<InspectionType, string> = {
  standard_inspection: 'Standard inspection (ILACS)',
  short_inspection: 'Short inspection (ILACS)',
  focused_visit: 'Focused visit',
  monitoring_visit: 'Monitoring visit',
  jtai: 'Joint targeted area inspection (JTAI)',
  sif_inspection: 'Single inspection framework (SIF) inspection',
  sccif_inspection: 'SCCIF inspection of a fostering or adoption agency',
  cqc_assessment: 'CQC local authority assessment',
  peer_review: 'LGA peer challenge',
  safeguarding_lac_inspection: 'Inspection of safeguarding and looked after children services (2009 to 2013)',
  unannounced_inspection: 'Unannounced inspection of contact, referral and assessment (2009 to 2013)',
  sccif_monitoring_visit: 'SCCIF monitoring visit to a fostering or adoption agency',
};

/**
 * The inspections that give grades. Visits (focused, monitoring), JTAIs, peer challenge and the 2009–2013
 * unannounced inspections publish findings without grades, so they are never "the last inspection" a
 * direction of travel compares with, and grades recorded against them are refused.
 */
export const GRADED_INSPECTION_TYPES: readonly InspectionType[] = [
  'standard_inspection',
  'short_inspection',
  'sif_inspection',
  'sccif_inspection',
  'cqc_assessment',
  'safeguarding_lac_inspection',
];

export function isGradedInspectionType(type: InspectionType): boolean {
  return GRADED_INSPECTION_TYPES.includes(type);
}

/** The type inside a sentence, with its article: "a focused visit", "an LGA peer challenge", "a CQC local authority assessment". */
export function inspectionTypePhrase(type: InspectionType): string {
  const label = INSPECTION_TYPE_LABELS[type];
  const words = /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
  return `${/^([aeiou]|LGA)/.test(words) ? 'an' : 'a'} ${words}`;
}

export const RECOMMENDATION_KINDS = [
  'recommendation',
  'area_for_improvement',
  'area_for_priority_action',
] as const;
export type RecommendationKind = (typeof RECOMMENDATION_KINDS)[number];
export const RECOMMENDATION_KIND_LABELS: Record<RecommendationKind, string> = {
  recommendation: 'Recommendation',
  area_for_improvement: 'Area for improvement',
  area_for_priority_action: 'Area for priority action',
};

export const RECOMMENDATION_STATUSES = ['open', 'in_progress', 'met', 'closed'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];
export const RECOMMENDATION_STATUS_LABELS: Record<RecommendationStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  met: 'Met',
  closed: 'Closed',
};

export const FRESHNESS = ['in_date', 'due_soon', 'out_of_date'] as const;
export type Freshness = (typeof FRESHNESS)[number];
export const FRESHNESS_LABELS: Record<Freshness, string> = {
  in_date: 'In date',
  due_soon: 'Review due soon',
  out_of_date: 'Out of date',
};

export const DIRECTIONS = ['improved', 'same', 'declined', 'none'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const DIRECTION_LABELS: Record<Direction, string> = {
  improved: 'Improved',
  same: 'No change',
  declined: 'Declined',
  none: 'No previous grade',
};

export const EXPORT_EDITIONS = ['self_evaluation', 'board'] as const;
export type ExportEdition = (typeof EXPORT_EDITIONS)[number];
export const EXPORT_EDITION_LABELS: Record<ExportEdition, string> = {
  self_evaluation: 'Self-evaluation',
  board: 'Board paper',
};

/** The largest file that can be attached to an evidence item; say it in the error. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;
/** Evidence whose review is due within this many days is "review due soon". */
export const REVIEW_DUE_SOON_DAYS = 30;
/** Actions due within this many days are flagged "due within 14 days". */
export const ACTION_DUE_SOON_DAYS = 14;

/** Deadlines after an inspection or visit, in working days (see src/core/inspections/deadlines.ts). */
export const DEADLINE_KINDS = ['action_plan', 'draft_action_plan'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
export const DEADLINE_KIND_LABELS: Record<DeadlineKind, string> = {
  action_plan: 'Action plan to Ofsted',
  draft_action_plan: 'Draft action plan to Ofsted',
};

/** Where a deadline stands today: the plan is due, was sent in time, was sent late, or is overdue. */
export const DEADLINE_STATES = ['running', 'met', 'late', 'overdue'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];
export const DEADLINE_STATE_LABELS: Record<DeadlineState, string> = {
  running: 'Running',
  met: 'Sent in time',
  late: 'Sent late',
  overdue: 'Overdue',
};

/** The inspection-day kit's parts: what the council produces when Ofsted calls. */
export const KIT_SECTIONS = ['annex_a', 'first_days', 'self_evaluation', 'case_tracking'] as const;
export type KitSection = (typeof KIT_SECTIONS)[number];
export const KIT_SECTION_LABELS: Record<KitSection, string> = {
  annex_a: 'Annex A lists',
  first_days: 'Documents for the first days',
  self_evaluation: 'The self-evaluation',
  case_tracking: 'Case tracking arrangements',
};

export const KIT_STATUSES = ['not_started', 'in_progress', 'ready', 'not_needed'] as const;
export type KitStatus = (typeof KIT_STATUSES)[number];
export const KIT_STATUS_LABELS: Record<KitStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  ready: 'Ready',
  not_needed: 'Not needed',
};

/** A sector's services as a document names them: an adult social care pack never calls itself children's services. */
export const SECTOR_SERVICE_NAMES: Record<string, string> = {
  children: 'children’s services',
  fostering_adoption: 'fostering and adoption services',
  adults: 'adult social care',
};
