// Making a pack: the framework is copied in, so the pack keeps meaning what it meant when the framework
// files change; the area tree becomes rows in framework order; every section of every area starts as an
// empty narrative. A pack started from last year's then carries over what is still worth keeping.
import type { Action } from '../../shared/entities';
import { flattenAreas, type Framework } from '../../shared/framework';
import { emptyDoc, type RichDoc } from '../../shared/richtext';
import { isActionOpen } from '../../shared/rules';
import { updatedStamp, type Change } from '../change';
import { newId } from '../context';
import { insertRow } from '../records';
import { sectionsOf } from './narratives';

export interface NewPack {
  title: string;
  period: string;
  asAt: string;
  framework: Framework;
  previousPackId?: string | null;
  context?: RichDoc;
  boardAsks?: RichDoc;
}

/** Inserts the pack, its areas and their empty narratives; returns the new pack's id. */
export async function insertPack(c: Change, pack: NewPack): Promise<string> {
  const packId = newId();
  await insertRow(c.tx, 'packs', {
    id: packId,
    title: pack.title,
    framework_id: pack.framework.id,
    framework_json: JSON.stringify(pack.framework),
    period: pack.period,
    as_at: pack.asAt,
    status: 'draft',
    previous_pack_id: pack.previousPackId ?? null,
    context_json: JSON.stringify(pack.context ?? emptyDoc()),
    board_asks_json: JSON.stringify(pack.boardAsks ?? emptyDoc()),
    version: 1,
    created_at: c.at,
    ...updatedStamp(c),
  });
  await insertAreas(c, packId, pack.framework);
  return packId;
}

/** The framework's areas as rows of the pack, each section an empty narrative; returns area ids by key. */
export async function insertAreas(c: Change, packId: string, framework: Framework): Promise<Map<string, string>> {
  const idByKey = new Map<string, string>();
  const emptyNarrative = JSON.stringify(emptyDoc());
  // Depth-first order puts every parent before its children, so a child's parent id is always known.
  for (const [order, { area, parentId, depth }] of flattenAreas(framework.areas).entries()) {
    const areaId = newId();
    idByKey.set(area.id, areaId);
    await insertRow(c.tx, 'pack_areas', {
      id: areaId,
      pack_id: packId,
      area_key: area.id,
      parent_id: parentId === null ? null : (idByKey.get(parentId) ?? null),
      title: area.title,
      kind: area.kind,
      depth,
      sort_order: order,
      graded: area.graded ? 1 : 0,
      status: 'to_review',
      ...updatedStamp(c),
    });
    for (const section of sectionsOf(framework, area))
      await insertRow(c.tx, 'narratives', { area_id: areaId, section_id: section.id, doc_json: emptyNarrative, ...updatedStamp(c) });
  }
  return idByKey;
}

/** Pairs each area of the previous pack ($from) with the new pack's ($to) area for the same framework area. */
const AREA_MAP = `area_map AS (
  SELECT prev.id AS old_id, area.id AS new_id FROM pack_areas prev
  JOIN pack_areas area ON area.area_key = prev.area_key
  WHERE prev.pack_id = $from AND area.pack_id = $to)`;

export interface CarriedOver {
  evidenceLinks: number;
  openActions: number;
}

/**
 * Copies last cycle's self-grades, positions, strengths, areas for development and narratives, its
 * evidence links (the library is shared, so the items themselves stay where they are) and its open
 * actions with their progress notes. Completed actions stay behind with the pack that finished them.
 * Area statuses are not copied: every area of the new pack starts "to review".
 */
export async function carryOverFromPrevious(c: Change, fromPackId: string, toPackId: string): Promise<CarriedOver> {
  const pair = { $from: fromPackId, $to: toPackId };
  await c.tx.run(
    `UPDATE pack_areas AS area
     SET grade = prev.grade, position = prev.position, strengths_json = prev.strengths_json,
         development_json = prev.development_json
     FROM pack_areas AS prev
     WHERE prev.pack_id = $from AND area.pack_id = $to AND prev.area_key = area.area_key`,
    pair,
  );
  await c.tx.run(
    `WITH ${AREA_MAP}
     INSERT INTO narratives (area_id, section_id, doc_json, updated_at, updated_by)
     SELECT m.new_id, n.section_id, n.doc_json, $at, $actor FROM narratives n JOIN area_map m ON m.old_id = n.area_id
     WHERE true
     ON CONFLICT (area_id, section_id) DO UPDATE SET doc_json = excluded.doc_json`,
    { ...pair, $at: c.at, $actor: c.actor },
  );
  const links = await c.tx.run(
    `WITH ${AREA_MAP}
     INSERT INTO evidence_links (evidence_id, area_id, note, created_at)
     SELECT l.evidence_id, m.new_id, l.note, $at FROM evidence_links l JOIN area_map m ON m.old_id = l.area_id`,
    { ...pair, $at: c.at },
  );
  return { evidenceLinks: links.changes, openActions: await copyOpenActions(c, pair) };
}

interface ActionToCopy {
  id: string;
  reference: string;
  title: string;
  owner: string;
  due_date: string | null;
  status: Action['status'];
  rag: Action['rag'];
  new_area_id: string | null;
  recommendation_id: string | null;
}

/** Open actions keep their references (A03 stays A03) so progress reports read on from last year. */
async function copyOpenActions(c: Change, pair: { $from: string; $to: string }): Promise<number> {
  const actions = await c.tx.all<ActionToCopy>(
    `WITH ${AREA_MAP}
     SELECT a.id, a.reference, a.title, a.owner, a.due_date, a.status, a.rag, m.new_id AS new_area_id, a.recommendation_id
     FROM actions a LEFT JOIN area_map m ON m.old_id = a.area_id
     WHERE a.pack_id = $from ORDER BY a.rowid`,
    pair,
  );
  const open = actions.filter((action) => isActionOpen(action.status));
  for (const action of open) {
    const actionId = newId();
    await insertRow(c.tx, 'actions', {
      id: actionId,
      pack_id: pair.$to,
      reference: action.reference,
      title: action.title,
      owner: action.owner,
      due_date: action.due_date,
      status: action.status,
      rag: action.rag,
      area_id: action.new_area_id,
      recommendation_id: action.recommendation_id,
      created_at: c.at,
      ...updatedStamp(c),
    });
    await copyNotes(c, action.id, actionId);
  }
  return open.length;
}

/** Progress notes are history: they keep their dates, authors and the moment they were written. */
async function copyNotes(c: Change, fromActionId: string, toActionId: string): Promise<void> {
  const notes = await c.tx.all<{ date: string; text: string; author: string; created_at: string }>(
    'SELECT date, text, author, created_at FROM action_notes WHERE action_id = ? ORDER BY rowid',
    [fromActionId],
  );
  for (const note of notes) await insertRow(c.tx, 'action_notes', { id: newId(), action_id: toActionId, ...note });
}
