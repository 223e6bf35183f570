// A scripted session through every operation of the contract, in an order where each step has what it
// needs (a pack before its areas, an attachment before it is saved). Each step gives a valid input; the
// session dispatches it and keeps the result. Used by contract-output.test.ts (every result parses with its
// output schema, and every operation is exercised) and by the fuzz test (the inputs are its seeds).
//
// A new operation in src/shared/api needs a step here: contract-output.test.ts fails until it has one.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CoreContext } from '../../src/core/context';
import { dispatch } from '../../src/core/dispatch';
import type { OpName, OpOutput } from '../../src/shared/api';
import type { Result } from '../../src/shared/result';
import { makeWordTemplate } from './word-template';

/** What earlier steps made, for later steps to refer to. */
export interface SessionState {
  ctx: CoreContext;
  dir: string;
  results: Map<OpName, unknown>;
  file(name: string, data?: string | Buffer): Promise<string>;
}

export interface Step {
  op: OpName;
  input(state: SessionState): Promise<Record<string, unknown>> | Record<string, unknown>;
}

/** The result of an earlier step, typed by its operation. */
function from<N extends OpName>(state: SessionState, op: N): OpOutput<N> {
  if (!state.results.has(op)) throw new Error(`The session step for ${op} has not run yet; reorder SESSION.`);
  return state.results.get(op) as OpOutput<N>;
}

/** A 1×1 PNG. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

export const SESSION: Step[] = [
  { op: 'app.info', input: () => ({}) },
  { op: 'settings.get', input: () => ({}) },
  { op: 'settings.update', input: () => ({ organisationName: 'Exampleshire County Council', displayName: 'Sam Lead', defaultMarking: 'official' }) },
  { op: 'settings.setLogo', input: async (s) => ({ file: s.ctx.files.grant(await s.file('logo.png', PNG), 'set-logo') }) },
  { op: 'settings.getLogo', input: () => ({}) },
  { op: 'frameworks.list', input: () => ({}) },
  { op: 'frameworks.get', input: () => ({ frameworkId: 'ilacs-2023' }) },
  {
    op: 'frameworks.import',
    input: async (s) => {
      const framework = from(s, 'frameworks.get');
      const path = await s.file('framework.json', JSON.stringify({ ...framework, id: 'local-session', title: 'Local framework' }));
      return { file: s.ctx.files.grant(path, 'import-framework') };
    },
  },
  { op: 'inspections.list', input: () => ({}) },
  {
    op: 'inspections.create',
    input: () => ({
      type: 'standard_inspection',
      title: 'ILACS inspection, March 2024',
      startDate: '2024-03-04',
      endDate: '2024-03-15',
      publishedDate: '2024-04-26',
      frameworkId: 'ilacs-2023',
      grades: [{ areaKey: 'overall-effectiveness', grade: 'requires-improvement' }],
    }),
  },
  { op: 'inspections.update', input: (s) => ({ inspectionId: from(s, 'inspections.create').id, summary: 'Improving.' }) },
  { op: 'recommendations.create', input: (s) => ({ inspectionId: from(s, 'inspections.create').id, text: 'Improve supervision.' }) },
  { op: 'recommendations.update', input: (s) => ({ recommendationId: from(s, 'recommendations.create').id, status: 'in_progress' }) },
  { op: 'packs.create', input: () => ({ title: 'Self-evaluation 2026–27', frameworkId: 'ilacs-2023', period: '2026–27', asAt: '2026-11-23' }) },
  { op: 'packs.list', input: () => ({}) },
  { op: 'packs.get', input: (s) => ({ packId: from(s, 'packs.create').id }) },
  {
    op: 'packs.update',
    input: (s) => ({ packId: from(s, 'packs.create').id, context: { type: 'doc', blocks: [paragraph('About the council.')] }, baselineInspectionId: from(s, 'inspections.create').id }),
  },
  { op: 'areas.get', input: (s) => ({ areaId: from(s, 'packs.get').areas[0]!.id }) },
  { op: 'areas.update', input: (s) => ({ areaId: from(s, 'packs.get').areas[0]!.id, strengths: ['Stable workforce'], status: 'in_review' }) },
  { op: 'narratives.save', input: (s) => ({ areaId: from(s, 'packs.get').areas[0]!.id, sectionId: 'what-we-know', doc: { type: 'doc', blocks: [paragraph('We know our practice.')] } }) },
  { op: 'assignments.set', input: (s) => ({ areaId: from(s, 'packs.get').areas[1]!.id, author: 'Quinn Quality', reviewer: 'Sam Lead' }) },
  { op: 'assignments.list', input: (s) => ({ packId: from(s, 'packs.create').id }) },
  { op: 'areas.submitForReview', input: (s) => ({ areaId: from(s, 'packs.get').areas[1]!.id }) },
  { op: 'comments.add', input: (s) => ({ areaId: from(s, 'packs.get').areas[1]!.id, sectionId: 'what-we-know', paragraph: 0, text: 'Which audit shows this?' }) },
  { op: 'comments.list', input: (s) => ({ areaId: from(s, 'packs.get').areas[1]!.id }) },
  { op: 'comments.resolve', input: (s) => ({ commentId: from(s, 'comments.add').id }) },
  { op: 'notices.list', input: () => ({}) },
  { op: 'notices.markRead', input: (s) => ({ noticeIds: from(s, 'notices.list').map((n) => n.id) }) },
  { op: 'session.get', input: () => ({}) },
  { op: 'members.list', input: () => ({}) },
  { op: 'presence.here', input: (s) => ({ packId: from(s, 'packs.create').id, areaId: from(s, 'packs.get').areas[1]!.id }) },
  { op: 'presence.list', input: (s) => ({ packId: from(s, 'packs.create').id }) },
  { op: 'review.overview', input: (s) => ({ packId: from(s, 'packs.create').id }) },
  { op: 'packs.outstanding', input: (s) => ({ packId: from(s, 'packs.create').id }) },
  { op: 'evidence.create', input: () => ({ title: 'Case file audit, October 2026', type: 'case_file_audit', effectiveDate: '2026-10-31', reviewDue: '2027-04-30' }) },
  { op: 'evidence.update', input: (s) => ({ evidenceId: from(s, 'evidence.create').id, owner: 'Quality lead' }) },
  { op: 'evidence.list', input: (s) => ({ packId: from(s, 'packs.create').id, text: 'audit' }) },
  { op: 'evidence.attachFile', input: async (s) => ({ evidenceId: from(s, 'evidence.create').id, file: s.ctx.files.grant(await s.file('audit.txt', 'Audit notes'), 'attach-evidence') }) },
  { op: 'evidence.saveAttachment', input: (s) => ({ attachmentId: from(s, 'evidence.attachFile').id, file: s.ctx.files.grant(join(s.dir, 'saved-copy.txt'), 'save-attachment') }) },
  { op: 'evidence.openableCopy', input: (s) => ({ attachmentId: from(s, 'evidence.attachFile').id }) },
  { op: 'evidence.link', input: (s) => ({ evidenceId: from(s, 'evidence.create').id, areaId: from(s, 'packs.get').areas[0]!.id, note: 'Shows supervision' }) },
  { op: 'evidence.get', input: (s) => ({ evidenceId: from(s, 'evidence.create').id, packId: from(s, 'packs.create').id }) },
  { op: 'actions.create', input: (s) => ({ packId: from(s, 'packs.create').id, title: 'Audit supervision quarterly', dueDate: '2027-03-31', areaId: from(s, 'packs.get').areas[0]!.id }) },
  { op: 'actions.update', input: (s) => ({ actionId: from(s, 'actions.create').id, rag: 'amber' }) },
  { op: 'actions.addNote', input: (s) => ({ actionId: from(s, 'actions.create').id, date: '2026-11-20', text: 'First audit done.' }) },
  { op: 'actions.list', input: (s) => ({ packId: from(s, 'packs.create').id }) },
  { op: 'sheets.export', input: (s) => ({ kind: 'actions', packId: from(s, 'packs.create').id, file: s.ctx.files.grant(join(s.dir, 'plan.xlsx'), 'export-sheet') }) },
  { op: 'sheets.open', input: (s) => ({ kind: 'actions', packId: from(s, 'packs.create').id, file: s.ctx.files.grant(join(s.dir, 'plan.xlsx'), 'import-sheet') }) },
  { op: 'sheets.preview', input: (s) => ({ sheetId: from(s, 'sheets.open').sheetId, kind: 'actions', packId: from(s, 'packs.create').id }) },
  { op: 'sheets.import', input: (s) => ({ sheetId: from(s, 'sheets.open').sheetId, kind: 'actions', packId: from(s, 'packs.create').id }) },
  { op: 'sheets.close', input: (s) => ({ sheetId: from(s, 'sheets.open').sheetId }) },
  { op: 'indicators.list', input: () => ({}) },
  { op: 'indicators.create', input: () => ({ title: 'Visits on time', shortTitle: 'Visits', definition: 'Statutory visits on time.', unit: 'percentage', polarity: 'higher_is_better' }) },
  { op: 'indicators.update', input: (s) => ({ indicatorId: from(s, 'indicators.create').id, definition: 'Statutory visits within timescale.' }) },
  { op: 'indicators.resetToLibrary', input: (s) => ({ indicatorId: from(s, 'indicators.list').indicators[0]!.id }) },
  {
    op: 'indicators.setValues',
    input: (s) => ({
      values: [
        { indicatorId: from(s, 'indicators.create').id, comparator: 'council', periodKind: 'quarter', periodEnd: '2026-09-30', value: 91, source: 'Local performance report', extractedOn: '2026-10-14' },
        { indicatorId: from(s, 'indicators.list').indicators[0]!.id, comparator: 'england', periodKind: 'financial_year', periodEnd: '2026-03-31', value: 21.6, source: 'DfE statistics', extractedOn: '2026-10-14' },
      ],
    }),
  },
  { op: 'indicators.values', input: (s) => ({ indicatorId: from(s, 'indicators.create').id, endingBy: '2026-11-23' }) },
  { op: 'indicators.forPack', input: (s) => ({ packId: from(s, 'packs.create').id }) },
  { op: 'readiness.get', input: (s) => ({ packId: from(s, 'packs.create').id }) },
  { op: 'audit.list', input: (s) => ({ packId: from(s, 'packs.create').id, limit: 50 }) },
  { op: 'database.check', input: () => ({}) },
  { op: 'database.backup', input: (s) => ({ file: s.ctx.files.grant(join(s.dir, 'backup.sqlite'), 'backup-database') }) },
  {
    op: 'export.word',
    input: (s) => ({ packId: from(s, 'packs.create').id, file: s.ctx.files.grant(join(s.dir, 'board.docx'), 'export-word'), options: { edition: 'board' }, jobId: 'session-export' }),
  },
  { op: 'jobs.cancel', input: () => ({ jobId: 'session-export' }) },
  { op: 'export.check', input: (s) => ({ packId: from(s, 'packs.create').id, options: { edition: 'board' } }) },
  { op: 'boardPaper.getDefaults', input: () => ({}) },
  { op: 'boardPaper.setDefaults', input: () => ({ fields: { committee: 'Children’s Improvement Board' } }) },
  { op: 'boardPaper.update', input: (s) => ({ packId: from(s, 'packs.create').id, fields: { committee: 'Scrutiny Committee', keyDecision: false } }) },
  { op: 'boardPaper.get', input: (s) => ({ packId: from(s, 'packs.create').id }) },
  { op: 'templates.set', input: async (s) => ({ edition: 'board', file: s.ctx.files.grant(await s.file('council.dotx', await makeWordTemplate()), 'choose-template') }) },
  { op: 'templates.list', input: () => ({}) },
  { op: 'templates.remove', input: () => ({ edition: 'board' }) },
  { op: 'packs.gradeHistory', input: (s) => ({ packId: from(s, 'packs.create').id }) },
  { op: 'frameworks.inForce', input: () => ({ frameworkId: 'ilacs-2023', date: '2026-11-23' }) },
  { op: 'packs.planFrameworkMove', input: (s) => ({ packId: from(s, 'packs.create').id }) },
  { op: 'packs.moveFramework', input: (s) => ({ packId: from(s, 'packs.create').id, toFrameworkId: 'ilacs-2026' }) },
  { op: 'packs.frameworkMoves', input: (s) => ({ packId: from(s, 'packs.create').id }) },
  { op: 'packs.undoFrameworkMove', input: (s) => ({ packId: from(s, 'packs.create').id }) },
  { op: 'kit.get', input: () => ({}) },
  { op: 'kit.addItem', input: () => ({ section: 'first_days', title: 'Book a room for the inspectors', owner: 'Quinn Quality' }) },
  { op: 'kit.updateItem', input: (s) => ({ key: from(s, 'kit.addItem').key, status: 'in_progress', note: 'Room 2 held.' }) },
  { op: 'kit.export', input: (s) => ({ file: s.ctx.files.grant(join(s.dir, 'kit.docx'), 'export-kit') }) },
  { op: 'kit.removeItem', input: (s) => ({ key: from(s, 'kit.addItem').key }) },
  { op: 'engagement.create', input: (s) => ({ date: '2026-10-01', attendees: 'Senior HMI', packId: from(s, 'packs.create').id }) },
  { op: 'engagement.list', input: () => ({}) },
  { op: 'engagement.update', input: (s) => ({ meetingId: from(s, 'engagement.create').id, notes: 'Discussed the self-evaluation.' }) },
  { op: 'engagement.delete', input: (s) => ({ meetingId: from(s, 'engagement.create').id }) },
  { op: 'packs.submitForReview', input: (s) => ({ packId: from(s, 'packs.create').id }) },
  { op: 'packs.approve', input: (s) => ({ packId: from(s, 'packs.create').id }) },
  { op: 'packs.reopen', input: (s) => ({ packId: from(s, 'packs.create').id, reason: 'A late audit came in.' }) },
  { op: 'packs.createFromPrevious', input: (s) => ({ previousPackId: from(s, 'packs.create').id, title: 'Self-evaluation 2027–28', period: '2027–28', asAt: '2027-11-23' }) },
  { op: 'evidence.unlink', input: (s) => ({ evidenceId: from(s, 'evidence.create').id, areaId: from(s, 'packs.get').areas[0]!.id }) },
  { op: 'evidence.removeAttachment', input: (s) => ({ attachmentId: from(s, 'evidence.attachFile').id }) },
  { op: 'actions.delete', input: (s) => ({ actionId: from(s, 'actions.create').id }) },
  { op: 'indicators.deleteValue', input: (s) => ({ valueId: from(s, 'indicators.values')[0]!.id }) },
  { op: 'indicators.delete', input: (s) => ({ indicatorId: from(s, 'indicators.create').id }) },
  { op: 'evidence.delete', input: (s) => ({ evidenceId: from(s, 'evidence.create').id }) },
  { op: 'recommendations.delete', input: (s) => ({ recommendationId: from(s, 'recommendations.create').id }) },
  { op: 'inspections.delete', input: (s) => ({ inspectionId: from(s, 'inspections.create').id }) },
  { op: 'packs.delete', input: (s) => ({ packId: from(s, 'packs.createFromPrevious').id }) },
];

export interface SessionRecord {
  op: OpName;
  input: Record<string, unknown>;
  /** Null for a step that was not dispatched (see SessionOptions). */
  result: Result<unknown> | null;
}

export interface SessionOptions {
  /** Steps whose input is worked out but not dispatched (result null): the fuzz test keeps records alive. */
  dispatchIf?: (op: OpName) => boolean;
}

/** Runs every step in order; stops at the first refused step (its record is the last one). */
export async function runSession(ctx: CoreContext, dir: string, options: SessionOptions = {}): Promise<SessionRecord[]> {
  let n = 0;
  const state: SessionState = {
    ctx,
    dir,
    results: new Map(),
    async file(name, data = '') {
      const path = join(dir, `${n++}-${name}`);
      await writeFile(path, data);
      return path;
    },
  };
  const records: SessionRecord[] = [];
  for (const step of SESSION) {
    const input = await step.input(state);
    if (options.dispatchIf && !options.dispatchIf(step.op)) {
      records.push({ op: step.op, input, result: null });
      continue;
    }
    const result = await dispatch(ctx, step.op, input);
    records.push({ op: step.op, input, result });
    if (!result.ok) break;
    state.results.set(step.op, result.value);
  }
  return records;
}
