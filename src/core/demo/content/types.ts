// The shapes of the demo council's content. Content modules are plain data; src/core/demo/index.ts
// loads them through the contract. Evidence, areas and recommendations are named by keys that the
// loader turns into ids.
import type {
  ActionStatus, AreaStatus, EvidenceType, GradePosition, InspectionType, Rag, RecommendationKind,
  RecommendationStatus, Sensitivity,
} from '../../../shared/domain';
import type { RichDoc } from '../../../shared/richtext';
import type { DemoFile } from '../files';

/** The ILACS 2023 judgements, by the area ids the framework files use. */
export type AreaKey = 'leaders' | 'help-and-protection' | 'children-in-care' | 'care-leavers' | 'overall-effectiveness';
export type SectionKey = 'what-we-know' | 'how-we-know' | 'plans';
export type GradeId = 'outstanding' | 'good' | 'requires-improvement' | 'inadequate';

export interface RecommendationContent {
  key: string;
  reference: string;
  kind: RecommendationKind;
  text: string;
  /** An area of the inspection's own framework. */
  areaKey: string | null;
  status: RecommendationStatus;
  progress: string;
}

export interface InspectionContent {
  key: string;
  type: InspectionType;
  title: string;
  startDate: string;
  endDate: string | null;
  publishedDate: string | null;
  frameworkId: string | null;
  reportReference: string;
  summary: string;
  /** What the report found to be strong. */
  strengths?: string[];
  /** When the action plan (or draft plan) went to Ofsted. */
  planSubmittedDate?: string | null;
  /** By the ids of the inspection's own framework (SIF, the 2009 inspections and CQC have their own). */
  grades: { areaKey: string; grade: string }[];
  recommendations: RecommendationContent[];
}

export interface EvidenceLinkContent {
  area: AreaKey;
  /** What this evidence shows about the area. */
  note: string;
}

export interface EvidenceContent {
  key: string;
  title: string;
  type: EvidenceType;
  description: string;
  owner: string;
  effectiveDate: string | null;
  reviewDue: string | null;
  source: string;
  sensitivity: Sensitivity;
  file?: DemoFile;
  /** The inspection report or visit letter it comes from, by the inspection's content key. */
  inspection?: string;
  /** Links in this year's pack. */
  links: EvidenceLinkContent[];
  /** Links in the adult social care self-assessment, by CQC quality statement. */
  adultLinks?: { area: string; note: string }[];
  /** Links in last year's pack, for evidence that existed then. */
  lastYearLinks?: EvidenceLinkContent[];
}

export interface AreaContent {
  key: AreaKey;
  grade: GradeId;
  position: GradePosition;
  status: AreaStatus;
  strengths: string[];
  areasForDevelopment: string[];
  narratives: Record<SectionKey, RichDoc>;
}

export interface ProgressNoteContent {
  date: string;
  text: string;
}

export interface ActionState {
  status: ActionStatus;
  rag: Rag;
  notes: ProgressNoteContent[];
}

export interface ActionContent extends ActionState {
  key: string;
  title: string;
  owner: string;
  dueDate: string | null;
  area: AreaKey | null;
  /** The recommendation this action answers, by its content key. */
  recommendation: string | null;
  /** The action as it stood in last year's pack, when it was already in the plan then. */
  lastYear?: ActionState & { dueDate?: string | null };
  /** Completed last year: stays behind with last year's pack and is not in this year's plan. */
  onlyLastYear?: boolean;
}
