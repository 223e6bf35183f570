// The demo council: fills an empty database with a realistic, clearly fictional council's inspection
// history (from the 2010 inspection through SIF and ILACS to a focused visit whose deadline is running),
// evidence library, last year's approved self-evaluation, this year's draft (moved onto ILACS from April
// 2026), an adult social care self-assessment on CQC's framework, the inspection-day kit and the annual
// engagement meetings. Everything goes through the contract (call), exactly as the interface would do
// it, so the demo also exercises it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Action, PackArea } from '../../shared/entities';
import type { RichDoc } from '../../shared/richtext';
import type { CoreContext } from '../context';
import { call } from '../dispatch';
import { AppError } from '../errors';
import { ACTIONS } from './content/actions';
import { AREAS } from './content/areas';
import {
  BOARD_PAPER_DEFAULTS, LAST_YEAR_BOARD_ASKS, LAST_YEAR_CONTEXT, LAST_YEAR_PACK, SETTINGS, THIS_YEAR_BOARD_ASKS,
  THIS_YEAR_BOARD_PAPER, THIS_YEAR_CONTEXT, THIS_YEAR_PACK,
} from './content/council';
import { ADULT_AREAS, ADULT_BOARD_PAPER, ADULT_EVIDENCE, ADULT_PACK, CQC_ASSESSMENT } from './content/adults';
import { ENGAGEMENT_MEETINGS, KIT_PROGRESS } from './content/cycle';
import { EVIDENCE } from './content/evidence';
import { demoFigureInputs } from './content/indicators';
import { INSPECTIONS, STANDARD_INSPECTION } from './content/inspections';
import { LAST_YEAR_AREAS } from './content/last-year';
import type { ActionContent, ActionState, AreaContent, EvidenceLinkContent } from './content/types';
import { renderFile } from './files';
import { resolveDoc } from './rich';

export interface DemoOptions {
  /** Only the normal size exists; large packs for benchmarks come from populateLargePack. */
  scale?: 'normal';
}

/** Ids of what the demo has created, by content key. */
interface Ids {
  evidence: Map<string, string>;
  recommendations: Map<string, string>;
  inspections: Map<string, string>;
}

function lookup(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`The demo content refers to ${what} "${key}", which it does not define.`);
  return id;
}

/** Fills an empty database with the Northmoor demo council. Refuses a database that already has packs. */
export async function populateDemo(ctx: CoreContext, _options: DemoOptions = {}): Promise<void> {
  const packs = await call(ctx, 'packs.list', {});
  const evidence = await call(ctx, 'evidence.list', { limit: 1 });
  const inspections = await call(ctx, 'inspections.list', {});
  if (packs.length || evidence.total || inspections.length)
    throw new AppError(
      'conflict',
      'The demo council can only be loaded into an empty database, and this one already has packs, evidence or inspections. Create a new file for the demo.',
    );

  await call(ctx, 'settings.update', SETTINGS);
  const ids: Ids = { evidence: new Map(), recommendations: new Map(), inspections: new Map() };
  await addInspections(ctx, ids);
  await addEvidence(ctx, ids);
  await call(ctx, 'indicators.setValues', { values: demoFigureInputs() });

  const lastYear = await addLastYearPack(ctx, ids);
  const lastYearVersion = (await call(ctx, 'packs.get', { packId: lastYear })).pack.version;
  await call(ctx, 'engagement.create', { ...ENGAGEMENT_MEETINGS.lastYear, packId: lastYear, packVersion: lastYearVersion });
  await call(ctx, 'boardPaper.setDefaults', { fields: BOARD_PAPER_DEFAULTS });
  const thisYear = await addThisYearPack(ctx, ids, lastYear);
  await call(ctx, 'engagement.create', { ...ENGAGEMENT_MEETINGS.thisYear, packId: thisYear });
  await addAdultSocialCare(ctx, ids);
  for (const { key, ...progress } of KIT_PROGRESS)
    await call(ctx, 'kit.updateItem', { key, owner: progress.owner, note: progress.note, status: key === 'self-evaluation' ? undefined : progress.status });
}

async function addInspections(ctx: CoreContext, ids: Ids): Promise<void> {
  for (const inspection of [...INSPECTIONS, CQC_ASSESSMENT]) {
    const { key, recommendations, ...fields } = inspection;
    const created = await call(ctx, 'inspections.create', fields);
    ids.inspections.set(key, created.id);
    for (const { key: recKey, ...rec } of recommendations) {
      const made = await call(ctx, 'recommendations.create', { ...rec, inspectionId: created.id });
      ids.recommendations.set(recKey, made.id);
    }
  }
}

/** Creates every evidence item, writing its attachment to a temporary folder first, as a user would pick it. */
async function addEvidence(ctx: CoreContext, ids: Ids): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'sef-demo-'));
  try {
    for (const item of [...EVIDENCE, ...ADULT_EVIDENCE]) {
      const { key, file, inspection, links: _links, lastYearLinks: _lastYearLinks, adultLinks: _adultLinks, ...fields } = item;
      const inspectionId = inspection ? lookup(ids.inspections, inspection, 'inspection') : null;
      const created = await call(ctx, 'evidence.create', { ...fields, inspectionId });
      ids.evidence.set(key, created.id);
      if (file) {
        const path = join(dir, file.name);
        await writeFile(path, renderFile(file));
        await call(ctx, 'evidence.attachFile', { evidenceId: created.id, file: ctx.files.grant(path, 'attach-evidence') });
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function areasByKey(ctx: CoreContext, packId: string): Promise<Map<string, PackArea>> {
  const detail = await call(ctx, 'packs.get', { packId });
  return new Map(detail.areas.map((a) => [a.areaKey, a]));
}

function areaId(areas: Map<string, PackArea>, key: string): string {
  const area = areas.get(key);
  if (!area) throw new Error(`The demo pack has no area "${key}".`);
  return area.id;
}

const resolve = (doc: RichDoc, ids: Ids) => resolveDoc(doc, (key) => lookup(ids.evidence, key, 'evidence'));

async function writeAreas(ctx: CoreContext, ids: Ids, areas: Map<string, PackArea>, content: AreaContent[]): Promise<void> {
  for (const area of content) {
    const id = areaId(areas, area.key);
    await call(ctx, 'areas.update', {
      areaId: id,
      grade: area.grade,
      position: area.position,
      strengths: area.strengths,
      areasForDevelopment: area.areasForDevelopment,
      status: area.status,
    });
    for (const [sectionId, doc] of Object.entries(area.narratives))
      await call(ctx, 'narratives.save', { areaId: id, sectionId, doc: resolve(doc, ids) });
  }
}

/** Makes the pack's evidence links exactly those given: carried-over links that no longer apply are removed. */
async function setLinks(
  ctx: CoreContext,
  ids: Ids,
  areas: Map<string, PackArea>,
  wanted: { evidenceKey: string; link: EvidenceLinkContent }[],
): Promise<void> {
  for (const area of areas.values()) {
    const detail = await call(ctx, 'areas.get', { areaId: area.id });
    const want = new Map(
      wanted.filter((w) => w.link.area === area.areaKey).map((w) => [lookup(ids.evidence, w.evidenceKey, 'evidence'), w.link.note]),
    );
    const have = new Map(detail.evidence.map((e) => [e.id, e.note]));
    for (const [evidenceId, note] of have)
      if (want.get(evidenceId) !== note) await call(ctx, 'evidence.unlink', { evidenceId, areaId: area.id });
    for (const [evidenceId, note] of want)
      if (have.get(evidenceId) !== note) await call(ctx, 'evidence.link', { evidenceId, areaId: area.id, note });
  }
}

/** Creates the action, or brings a carried-over one up to date, and adds the progress notes it lacks. */
async function putAction(
  ctx: CoreContext,
  ids: Ids,
  packId: string,
  areas: Map<string, PackArea>,
  action: ActionContent,
  state: ActionState & { dueDate?: string | null },
  existing: Action | undefined,
): Promise<void> {
  const fields = {
    title: action.title,
    owner: action.owner,
    dueDate: state.dueDate === undefined ? action.dueDate : state.dueDate,
    status: state.status,
    rag: state.rag,
    areaId: action.area ? areaId(areas, action.area) : null,
    recommendationId: action.recommendation ? lookup(ids.recommendations, action.recommendation, 'recommendation') : null,
  };
  const saved = existing
    ? await call(ctx, 'actions.update', { actionId: existing.id, ...fields })
    : await call(ctx, 'actions.create', { packId, ...fields });
  const noted = new Set((existing?.notes ?? []).map((n) => `${n.date} ${n.text}`));
  for (const note of state.notes)
    if (!noted.has(`${note.date} ${note.text}`)) await call(ctx, 'actions.addNote', { actionId: saved.id, ...note });
}

const LAST_YEAR_SIGNED_OFF = '2025-06-12T15:30:00Z';

async function addLastYearPack(ctx: CoreContext, ids: Ids): Promise<string> {
  const pack = await call(ctx, 'packs.create', LAST_YEAR_PACK);
  await call(ctx, 'packs.update', {
    packId: pack.id,
    context: resolve(LAST_YEAR_CONTEXT, ids),
    boardAsks: resolve(LAST_YEAR_BOARD_ASKS, ids),
    baselineInspectionId: lookup(ids.inspections, STANDARD_INSPECTION.key, 'inspection'),
  });
  const areas = await areasByKey(ctx, pack.id);
  await writeAreas(ctx, ids, areas, LAST_YEAR_AREAS);
  await setLinks(
    ctx,
    ids,
    areas,
    EVIDENCE.flatMap((e) => (e.lastYearLinks ?? []).map((link) => ({ evidenceKey: e.key, link }))),
  );
  for (const action of ACTIONS)
    if (action.lastYear) await putAction(ctx, ids, pack.id, areas, action, action.lastYear, undefined);
  // Signed off in the spring after its as-at date, as a real pack would be, not at the moment the demo is made.
  const signOff = { ...ctx, now: () => new Date(LAST_YEAR_SIGNED_OFF) };
  await call(signOff, 'packs.submitForReview', { packId: pack.id });
  await call(signOff, 'packs.approve', { packId: pack.id });
  return pack.id;
}

async function addThisYearPack(ctx: CoreContext, ids: Ids, previousPackId: string): Promise<string> {
  // Started from last year's, as a council would: grades, narratives, links and open actions carry over,
  // then this year's content replaces them. Written on ILACS January 2023 as the team began it, then moved
  // onto ILACS from April 2026 (in force at its as-at date), which keeps what it cannot carry.
  const pack = await call(ctx, 'packs.createFromPrevious', { previousPackId, ...THIS_YEAR_PACK, frameworkId: 'ilacs-2023' });
  await call(ctx, 'packs.update', {
    packId: pack.id,
    context: resolve(THIS_YEAR_CONTEXT, ids),
    boardAsks: resolve(THIS_YEAR_BOARD_ASKS, ids),
    baselineInspectionId: lookup(ids.inspections, STANDARD_INSPECTION.key, 'inspection'),
  });
  const areas = await areasByKey(ctx, pack.id);
  await writeAreas(ctx, ids, areas, AREAS);
  await setLinks(
    ctx,
    ids,
    areas,
    EVIDENCE.flatMap((e) => e.links.map((link) => ({ evidenceKey: e.key, link }))),
  );

  const carried = new Map((await call(ctx, 'actions.list', { packId: pack.id })).map((a) => [a.title, a]));
  const wanted = ACTIONS.filter((a) => !a.onlyLastYear);
  for (const action of wanted) await putAction(ctx, ids, pack.id, areas, action, action, carried.get(action.title));
  const wantedTitles = new Set(wanted.map((a) => a.title));
  for (const [title, action] of carried)
    if (!wantedTitles.has(title)) await call(ctx, 'actions.delete', { actionId: action.id });
  await call(ctx, 'boardPaper.update', { packId: pack.id, fields: THIS_YEAR_BOARD_PAPER });
  // The move is the last change, so the demo can show it undone.
  await call(ctx, 'packs.moveFramework', { packId: pack.id, toFrameworkId: 'ilacs-2026' });
  return pack.id;
}

/** The adult social care self-assessment on CQC's framework, compared with CQC's 2025 assessment. */
async function addAdultSocialCare(ctx: CoreContext, ids: Ids): Promise<void> {
  const pack = await call(ctx, 'packs.create', ADULT_PACK);
  await call(ctx, 'boardPaper.update', { packId: pack.id, fields: ADULT_BOARD_PAPER });
  const areas = await areasByKey(ctx, pack.id);
  for (const area of ADULT_AREAS) {
    const id = areaId(areas, area.key);
    await call(ctx, 'areas.update', {
      areaId: id,
      grade: area.grade,
      position: area.position,
      strengths: area.strengths,
      areasForDevelopment: area.areasForDevelopment,
    });
    if (area.know.blocks.length) await call(ctx, 'narratives.save', { areaId: id, sectionId: 'what-we-know', doc: resolve(area.know, ids) });
  }
  for (const item of ADULT_EVIDENCE)
    for (const link of item.adultLinks ?? [])
      await call(ctx, 'evidence.link', { evidenceId: lookup(ids.evidence, item.key, 'evidence'), areaId: areaId(areas, link.area), note: link.note });
}
