// A hand-made snapshot of a pack for the Word export's unit tests: the ILACS 2023 framework, five
// judgement areas with the three questions, rich text with every kind of block and mark, citations of
// shown, sensitive and deleted evidence, actions of every RAG, and a baseline inspection.
import { builtInFramework } from '../../src/core/frameworks/builtin';
import type { PackSnapshot } from '../../src/core/export/snapshot';
import type { Action, AreaDetail, EvidenceRow, Inspection, PackArea, Readiness } from '../../src/shared/entities';
import type { Inline, RichDoc } from '../../src/shared/richtext';

const T = '2026-11-20T09:00:00.000Z';
export const PACK_ID = 'pack-1';

export const HOSTILE_TEXT = 'Bad\u0001chars\u0007here\uFFFE\uFFFF and a lone \uD800 surrogate\u000B.';
export const INTERNATIONAL_TEXT = 'Café naïve résumé 😀👍🏽 and שלום עולם in Hebrew.';

const fw = builtInFramework('ilacs-2023');
if (!fw) throw new Error('ilacs-2023 is missing');
export const FRAMEWORK = fw;

const text = (t: string, marks?: ('bold' | 'italic')[], href?: string): Inline => ({ type: 'text', text: t, ...(marks ? { marks } : {}), ...(href ? { href } : {}) });
const cite = (evidenceId: string): Inline => ({ type: 'citation', evidenceId });
const p = (...content: Inline[]) => ({ type: 'paragraph' as const, content });

function evidence(n: number, over: Partial<EvidenceRow> = {}): EvidenceRow {
  const ref = `E${String(n).padStart(3, '0')}`;
  return {
    id: `ev-${n}`,
    reference: ref,
    title: `Evidence item ${ref}`,
    type: 'case_file_audit',
    description: '',
    owner: 'Head of quality assurance',
    effectiveDate: '2026-09-30',
    reviewDue: '2027-09-30',
    source: '',
    sensitivity: 'official',
    freshness: 'in_date',
    attachmentCount: 0,
    version: 1,
    createdAt: T,
    updatedAt: T,
    updatedBy: 'Sam Patel',
    linkedAreas: [],
    ...over,
  };
}

const areaTitles = FRAMEWORK.areas.map((a) => ({ key: a.id, title: a.title }));
export const AREAS: PackArea[] = areaTitles.map((a, i) => ({
  id: `area-${i + 1}`,
  packId: PACK_ID,
  areaKey: a.key,
  parentId: null,
  title: a.title,
  kind: 'judgement',
  depth: 0,
  order: i,
  graded: true,
  grade: (['good', 'requires-improvement', 'good', 'outstanding', 'good'] as const)[i]!,
  position: (['secure', 'strong', 'low', 'secure', 'secure'] as const)[i]!,
  strengths: [`Strength one of area ${i + 1}`, `Strength two of area ${i + 1}`, 'Strength three', 'Strength four'],
  areasForDevelopment: [`Development point of area ${i + 1}`],
  status: i === 1 ? 'in_review' : 'agreed',
  version: 1,
  updatedAt: T,
  updatedBy: 'Sam Patel',
}));

export const EVIDENCE: EvidenceRow[] = [
  evidence(1, { title: 'Monthly case-file audit, September 2026', linkedAreas: [{ areaId: 'area-1', title: AREAS[0]!.title }, { areaId: 'area-2', title: AREAS[1]!.title }] }),
  evidence(2, { title: 'Children in care council feedback', type: 'feedback', linkedAreas: [{ areaId: 'area-3', title: AREAS[2]!.title }] }),
  evidence(3, { title: 'SECRET-SENSITIVE audit of one family', sensitivity: 'official_sensitive', linkedAreas: [{ areaId: 'area-2', title: AREAS[1]!.title }] }),
  evidence(4, { title: 'PERSONAL-DATA case summary', sensitivity: 'personal_data', linkedAreas: [{ areaId: 'area-2', title: AREAS[1]!.title }] }),
  evidence(5, { title: 'Performance scorecard Q2', type: 'performance_data', linkedAreas: [{ areaId: 'area-4', title: AREAS[3]!.title }] }),
  evidence(6, { title: 'Staff survey 2026', type: 'staff_survey' }),
  evidence(7, { title: 'Unrelated library item never linked' }),
];

const whatWeKnow = (i: number): RichDoc => ({
  type: 'doc',
  blocks: [
    p(text(`Practice in area ${i + 1} is `), text('mostly good', ['bold']), text(' and '), text('improving', ['italic']), text('. Audits show this '), cite('ev-1'), text('.')),
    { type: 'heading', level: 1, content: [text(`Narrative heading in area ${i + 1}`)] },
    { type: 'bullet_list', items: [[text('First bullet point')], [text('Second bullet point '), cite('ev-2')]] },
    { type: 'numbered_list', items: [[text('First numbered point')], [text('Second numbered point')]] },
    p(text('See '), text('the Ofsted framework', undefined, 'https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018')),
  ],
});

const hostileDoc: RichDoc = {
  type: 'doc',
  blocks: [
    p(text(HOSTILE_TEXT)),
    p(text(INTERNATIONAL_TEXT)),
    p(text('Sensitive finding '), cite('ev-3'), text(', personal case '), cite('ev-4'), text(', deleted item '), cite('ev-gone'), text(', staff view '), cite('ev-6'), text('.')),
  ],
};

export const AREA_DETAILS: Record<string, AreaDetail> = Object.fromEntries(
  AREAS.map((area, i) => {
    const narratives = FRAMEWORK.sections.map((s, j) => ({
      areaId: area.id,
      sectionId: s.id,
      title: s.title,
      prompt: s.prompt ?? null,
      doc: j === 0 ? whatWeKnow(i) : j === 1 && i === 1 ? hostileDoc : j === 2 && i === 4 ? { type: 'doc' as const, blocks: [] } : { type: 'doc' as const, blocks: [p(text(`${s.title} Answer for area ${i + 1}.`))] },
      updatedAt: T,
      updatedBy: 'Sam Patel',
      version: 1,
    }));
    const linked = EVIDENCE.filter((e) => e.linkedAreas.some((l) => l.areaId === area.id)).map((e) => ({ ...e, note: `What ${e.reference} shows about area ${i + 1}` }));
    return [
      area.id,
      { area, narratives, prompts: [], promptsAreGuidance: true, description: null, evidence: linked, actions: [] } satisfies AreaDetail,
    ];
  }),
);

function action(n: number, over: Partial<Action>): Action {
  return {
    id: `act-${n}`,
    packId: PACK_ID,
    reference: `A${String(n).padStart(2, '0')}`,
    title: `Action number ${n}`,
    owner: 'Service manager',
    dueDate: '2027-03-31',
    status: 'in_progress',
    rag: 'green',
    areaId: null,
    recommendationId: null,
    overdue: false,
    dueSoon: false,
    notes: [],
    version: 1,
    createdAt: T,
    updatedAt: T,
    updatedBy: 'Sam Patel',
    ...over,
  };
}

export const ACTIONS: Action[] = [
  action(1, { title: 'Strengthen management oversight of plans', rag: 'red', areaId: 'area-2', dueDate: '2026-10-31', overdue: true, recommendationId: 'rec-1' }),
  action(2, { title: 'Recruit permanent team managers', rag: 'amber', areaId: 'area-1', notes: [{ id: 'n1', actionId: 'act-2', date: '2026-11-01', text: 'Two of three posts filled.', author: 'Sam Patel', createdAt: T }] }),
  action(3, { title: 'Launch the care leavers hub', rag: 'green', areaId: 'area-4' }),
  action(4, { title: 'Refresh the sufficiency strategy', rag: 'blue', status: 'complete', areaId: 'area-3' }),
  action(5, { title: 'Review threshold guidance with partners', rag: 'amber', dueDate: '2026-11-01', overdue: true }),
];
for (const a of ACTIONS) if (a.areaId) AREA_DETAILS[a.areaId]!.actions.push(a);

export const BASELINE: Inspection = {
  id: 'insp-1',
  type: 'standard_inspection',
  title: 'ILACS standard inspection 2023',
  startDate: '2023-06-12',
  endDate: '2023-06-23',
  publishedDate: '2023-08-01',
  frameworkId: 'ilacs-2023',
  reportReference: '80001',
  summary: 'Overall effectiveness was judged to require improvement.',
  grades: FRAMEWORK.areas.map((a, i) => ({ areaKey: a.id, areaTitle: a.title, grade: (['requires-improvement', 'requires-improvement', 'good', 'good', 'requires-improvement'] as const)[i]! })),
  recommendations: [
    { id: 'rec-1', inspectionId: 'insp-1', reference: 'R1', kind: 'recommendation', text: 'Improve the quality of management oversight.', areaKey: 'leaders', status: 'in_progress', progress: 'Audit shows oversight recorded in 85% of cases.', updatedAt: T },
    { id: 'rec-2', inspectionId: 'insp-1', reference: 'R2', kind: 'area_for_improvement', text: 'Timeliness of assessments.', areaKey: null, status: 'met', progress: '', updatedAt: T },
  ],
  createdAt: T,
  updatedAt: T,
};

export const MONITORING: Inspection = {
  ...BASELINE,
  id: 'insp-2',
  type: 'focused_visit',
  title: 'Focused visit: children in care',
  startDate: '2025-02-04',
  endDate: '2025-02-05',
  publishedDate: '2025-03-10',
  grades: [],
  recommendations: [
    { id: 'rec-3', inspectionId: 'insp-2', reference: 'FV1', kind: 'area_for_improvement', text: 'Life-story work for children with a plan of adoption.', areaKey: null, status: 'open', progress: '', updatedAt: T },
  ],
  summary: '',
};

export const READINESS: Readiness = {
  packId: PACK_ID,
  today: '2026-11-23',
  baselineInspection: { id: BASELINE.id, title: BASELINE.title, startDate: BASELINE.startDate },
  areas: AREAS.map((a, i) => ({
    areaId: a.id,
    areaKey: a.areaKey,
    title: a.title,
    depth: 0,
    graded: true,
    grade: a.grade,
    position: a.position,
    previousGrade: BASELINE.grades[i]!.grade,
    direction: (['improved', 'same', 'declined', 'same', 'improved'] as const)[i]!,
    status: a.status,
    evidenceCount: 1,
    evidenceOutOfDate: 0,
    evidenceDueSoon: 0,
    openActions: 1,
    overdueActions: 0,
    sectionCount: 3,
    emptySections: [],
  })),
  actionsByRag: { red: 1, amber: 2, green: 1, blue: 1 },
  totals: { areas: 5, graded: 5, agreed: 4, evidence: 6, evidenceOutOfDate: 1, openActions: 4, overdueActions: 2, emptySections: 1, sections: 15 },
  flags: [],
};

/** A 120×48 PNG standing in for a council logo. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAHgAAAAwCAIAAABVDSmEAAAAeUlEQVR42u3WMQ0AIBAEwXeCA2rEUKIG06CAEpIPszkFU10sPSkQgAYt0KBBC/QX0KWNqwMNGjRo0Pmga5+pBxo0aNCgQYN279w70KBBgwYNGrR7Bxo0aNCgQYN27/xo0KBBgwYNGjRo0KBB/wst0KAFGjRogQatYxv+8nyNyjjX3QAAAABJRU5ErkJggg==',
  'base64',
);

export function makeSnapshot(over: Partial<PackSnapshot> = {}): PackSnapshot {
  return {
    settings: { organisationName: 'Exampleshire County Council', displayName: 'Sam Patel', defaultMarking: 'official_sensitive', logoSha256: null, logoMediaType: null },
    logo: { mediaType: 'image/png', data: TINY_PNG },
    detail: {
      pack: {
        id: PACK_ID,
        title: 'Self-evaluation of social work practice 2025–26',
        frameworkId: FRAMEWORK.id,
        frameworkTitle: FRAMEWORK.title,
        period: '2025–26',
        asAt: '2026-10-31',
        status: 'approved',
        approvedBy: 'Sam Patel',
        approvedLogin: 'spatel',
        approvedAt: '2026-11-20T15:30:00.000Z',
        previousPackId: null,
        baselineInspectionId: BASELINE.id,
        context: { type: 'doc', blocks: [p(text('Exampleshire is a large county with 120,000 children.')), { type: 'heading', level: 1, content: [text('Demography')] }, p(text('Context paragraph two.'))] },
        boardAsks: { type: 'doc', blocks: [{ type: 'numbered_list', items: [[text('Note the self-grades.')], [text('Agree the priorities for 2027.')]] }] },
        version: 12,
        detailsVersion: 3,
        createdAt: T,
        updatedAt: T,
        updatedBy: 'Sam Patel',
      },
      framework: FRAMEWORK,
      areas: AREAS,
    },
    areas: AREA_DETAILS,
    evidence: EVIDENCE,
    actions: ACTIONS,
    inspections: [MONITORING, BASELINE],
    readiness: READINESS,
    takenAt: '2026-11-23T10:00:00.000Z',
    ...over,
  };
}
