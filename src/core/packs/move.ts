// Moving a pack onto the framework that superseded its own, in the database: read the pack into the
// move model (src/shared/move.ts), work out the result, keep a copy of the pack as it was (so the move
// can be undone) and what could not be carried (so nothing is lost), then write the new areas. One
// transaction, recorded in the history.
import type { AreaStatus, GradePosition } from '../../shared/domain';
import type { Framework } from '../../shared/framework';
import { successionTo } from '../../shared/lineage';
import { moveThrough, type AreaContent, type MoveResult, type PackContent } from '../../shared/move';
import { MovePlanSchema, type FrameworkMove, type MovePlan } from '../../shared/api/cycle';
import type { RichDoc } from '../../shared/richtext';
import type { Change } from '../change';
import { newId } from '../context';
import type { Queryable, ReadQueries, Row, SqlValue } from '../db/port';
import { AppError } from '../errors';
import { allFrameworks } from '../frameworks/lookup';
import { groupBy, insertRow } from '../records';
import { insertAreas } from './create';
import { packById, packFramework } from './rows';

interface AreaRow {
  id: string;
  area_key: string;
  title: string;
  graded: number;
  grade: string | null;
  position: string | null;
  status: string;
  strengths_json: string;
  development_json: string;
}

/** The pack's content in framework order, as the move model holds it. */
export async function readPackContent(q: ReadQueries, packId: string, framework: Framework): Promise<PackContent> {
  const rows = await q.all<AreaRow>('SELECT * FROM pack_areas WHERE pack_id = ? ORDER BY sort_order', [packId]);
  const narratives = groupBy(
    await q.all<{ area_id: string; section_id: string; doc_json: string }>(
      'SELECT n.area_id, n.section_id, n.doc_json FROM narratives n JOIN pack_areas a ON a.id = n.area_id WHERE a.pack_id = ?',
      [packId],
    ),
    (n) => n.area_id,
    (n) => [n.section_id, JSON.parse(n.doc_json) as RichDoc] as const,
  );
  const links = groupBy(
    await q.all<{ area_id: string; evidence_id: string; note: string; created_at: string; reference: string; title: string }>(
      `SELECT l.*, e.reference, e.title FROM evidence_links l JOIN pack_areas a ON a.id = l.area_id
       JOIN evidence e ON e.id = l.evidence_id WHERE a.pack_id = ? ORDER BY l.rowid`,
      [packId],
    ),
    (l) => l.area_id,
    (l) => ({ evidenceId: l.evidence_id, note: l.note, createdAt: l.created_at, label: `${l.reference} ${l.title}` }),
  );
  const actions = groupBy(
    await q.all<{ id: string; area_id: string; reference: string; title: string }>(
      'SELECT id, area_id, reference, title FROM actions WHERE pack_id = ? AND area_id IS NOT NULL ORDER BY rowid',
      [packId],
    ),
    (a) => a.area_id,
    (a) => ({ id: a.id, reference: a.reference, title: a.title }),
  );
  const areas: AreaContent[] = rows.map((r) => ({
    key: r.area_key,
    title: r.title,
    graded: r.graded === 1,
    grade: r.grade,
    position: r.position as GradePosition | null,
    status: r.status as AreaStatus,
    strengths: JSON.parse(r.strengths_json) as string[],
    areasForDevelopment: JSON.parse(r.development_json) as string[],
    narratives: new Map(narratives.get(r.id) ?? []),
    links: links.get(r.id) ?? [],
    actions: actions.get(r.id) ?? [],
    origins: [r.title],
  }));
  return { framework, areas };
}

function brief(f: Framework) {
  return { id: f.id, shortTitle: f.shortTitle, version: f.version };
}

export interface PlannedMove {
  plan: MovePlan;
  result: MoveResult;
}

/**
 * What moving the pack onto `toFrameworkId` (by default the framework in force at its as-at date) would
 * do. Refused, with what to do, when no successor is in force or the target is not one of them.
 */
export async function planMove(q: ReadQueries, packId: string, toFrameworkId?: string): Promise<PlannedMove> {
  const pack = await packById(q, packId);
  const framework = await packFramework(q, packId);
  const frameworks = await allFrameworks(q);
  const steps = successionTo(framework, pack.asAt, frameworks);
  if (!steps.length)
    throw new AppError(
      'conflict',
      `${framework.shortTitle} is still the framework in force on ${pack.asAt.split('-').reverse().join('/')}, the pack's as-at date, so there is nothing to move it onto.`,
    );
  const target = toFrameworkId ? steps.findIndex((f) => f.id === toFrameworkId) : steps.length - 1;
  if (target < 0)
    throw new AppError(
      'invalid_input',
      `The pack can only move onto the framework that replaced ${framework.shortTitle}: ${steps.at(-1)!.shortTitle}. Choose that one.`,
      { toFrameworkId: 'Not a successor of the pack’s framework' },
    );
  const path = steps.slice(0, target + 1);
  const result = moveThrough(await readPackContent(q, packId, framework), path);
  return {
    result,
    plan: {
      packId,
      from: brief(framework),
      to: brief(path.at(-1)!),
      steps: path.map(brief),
      carried: result.carried,
      notCarried: result.notCarried,
    },
  };
}

/** Everything about the pack's areas a move replaces, to put back on undo. */
interface PackBeforeMove {
  frameworkId: string;
  frameworkJson: string;
  areas: Row[];
  narratives: Row[];
  links: Row[];
  actionAreas: { id: string; area_id: string | null }[];
}

/** The stored columns of the rows a move replaces, named so a copy holds exactly them on either engine. */
const AREA_COLUMNS = [
  'id', 'pack_id', 'area_key', 'parent_id', 'title', 'kind', 'depth', 'sort_order', 'graded', 'grade', 'position',
  'strengths_json', 'development_json', 'status', 'updated_at', 'updated_by', 'version',
];
const NARRATIVE_COLUMNS = ['area_id', 'section_id', 'doc_json', 'updated_at', 'updated_by', 'version', 'updated_login'];
const LINK_COLUMNS = ['evidence_id', 'area_id', 'note', 'created_at'];
const columnsOf = (alias: string, columns: string[]) => columns.map((c) => `${alias}.${c}`).join(', ');

async function packBeforeMove(q: ReadQueries, packId: string): Promise<PackBeforeMove> {
  const pack = (await q.get<{ framework_id: string; framework_json: string }>('SELECT framework_id, framework_json FROM packs WHERE id = ?', [packId]))!;
  return {
    frameworkId: pack.framework_id,
    frameworkJson: pack.framework_json,
    areas: await q.all(`SELECT ${columnsOf('a', AREA_COLUMNS)} FROM pack_areas a WHERE a.pack_id = ? ORDER BY a.sort_order`, [packId]),
    narratives: await q.all(
      `SELECT ${columnsOf('n', NARRATIVE_COLUMNS)} FROM narratives n JOIN pack_areas a ON a.id = n.area_id WHERE a.pack_id = ? ORDER BY n.rowid`,
      [packId],
    ),
    links: await q.all(
      `SELECT ${columnsOf('l', LINK_COLUMNS)} FROM evidence_links l JOIN pack_areas a ON a.id = l.area_id WHERE a.pack_id = ? ORDER BY l.rowid`,
      [packId],
    ),
    actionAreas: await q.all('SELECT id, area_id FROM actions WHERE pack_id = ? ORDER BY rowid', [packId]),
  };
}

/** Replaces the pack's areas with the moved content, framework order, and points its actions at them. */
async function writeContent(c: Change, packId: string, content: PackContent): Promise<void> {
  // Removing the areas removes their narratives and links and unties their actions (the schema's
  // cascades); the new ones are written in full below.
  await c.tx.run('DELETE FROM pack_areas WHERE pack_id = ?', [packId]);
  const idByKey = await insertAreas(c, packId, content.framework);
  for (const area of content.areas) {
    const areaId = idByKey.get(area.key)!;
    await c.tx.run(
      'UPDATE pack_areas SET grade = ?, position = ?, status = ?, strengths_json = ?, development_json = ? WHERE id = ?',
      [area.grade, area.position, area.status, JSON.stringify(area.strengths), JSON.stringify(area.areasForDevelopment), areaId],
    );
    for (const [sectionId, doc] of area.narratives)
      await c.tx.run('UPDATE narratives SET doc_json = ? WHERE area_id = ? AND section_id = ?', [JSON.stringify(doc), areaId, sectionId]);
    for (const link of area.links)
      await insertRow(c.tx, 'evidence_links', { evidence_id: link.evidenceId, area_id: areaId, note: link.note, created_at: link.createdAt });
    for (const action of area.actions) await c.tx.run('UPDATE actions SET area_id = ? WHERE id = ?', [areaId, action.id]);
  }
  await c.tx.run('UPDATE packs SET framework_id = ?, framework_json = ? WHERE id = ?', [
    content.framework.id,
    JSON.stringify(content.framework),
    packId,
  ]);
}

/** Moves the pack in the caller's change; returns the move's id, which its history entry carries. */
export async function movePack(c: Change, packId: string, planned: PlannedMove, action: string): Promise<string> {
  const moveId = newId();
  const snapshot = await packBeforeMove(c.tx, packId);
  await writeContent(c, packId, planned.result.content);
  await c.record({
    entity: 'pack',
    entityId: packId,
    packId,
    action,
    before: { frameworkId: planned.plan.from.id },
    after: { frameworkId: planned.plan.to.id, moveId, notCarried: planned.plan.notCarried.length },
  });
  await insertRow(c.tx, 'framework_moves', {
    id: moveId,
    pack_id: packId,
    from_framework_id: planned.plan.from.id,
    to_framework_id: planned.plan.to.id,
    moved_at: c.at,
    moved_by: c.actor,
    // Parsed so the stored outcome has the contract's key order, as a pack file read back gives it.
    outcome_json: JSON.stringify(MovePlanSchema.parse(planned.plan)),
    before_json: JSON.stringify(snapshot),
  });
  return moveId;
}

interface MoveDbRow {
  id: string;
  pack_id: string;
  moved_at: string;
  moved_by: string;
  outcome_json: string;
  before_json: string;
  undone_at: string | null;
  undone_by: string | null;
}

/** Why the move cannot be undone now, or null: it is the latest, not undone, and nothing has changed since. */
async function undoBlockedBy(q: ReadQueries, row: MoveDbRow, latestId: string | undefined): Promise<string | null> {
  if (row.undone_at) return 'This move has already been undone.';
  if (row.id !== latestId) return 'A later move has been made; undo that one first.';
  // The move's own history entry carries its id; anything recorded for the pack after it blocks the undo.
  const entries = await q.all<{ id: number; after_json: string | null }>(
    "SELECT id, after_json FROM audit_log WHERE pack_id = ? AND entity = 'pack' AND entity_id = ? AND action LIKE 'Moved%'",
    [row.pack_id, row.pack_id],
  );
  const own = entries.find((e) => (JSON.parse(e.after_json ?? 'null') as { moveId?: string } | null)?.moveId === row.id);
  if (!own) return 'Its entry in the pack’s history is missing, so SEF Studio cannot tell what has changed since.';
  const since = await q.get<{ n: number }>('SELECT count(*) AS n FROM audit_log WHERE pack_id = ? AND id > ?', [row.pack_id, own.id]);
  const n = Number(since?.n ?? 0);
  if (n) return `The pack has changed since the move (${n} ${n === 1 ? 'change' : 'changes'} in its history), so undoing it would lose that work.`;
  return null;
}

export async function movesOfPack(q: ReadQueries, packId: string): Promise<FrameworkMove[]> {
  const rows = await q.all<MoveDbRow>('SELECT * FROM framework_moves WHERE pack_id = ? ORDER BY moved_at DESC, rowid DESC', [packId]);
  const latest = rows.find((r) => !r.undone_at)?.id;
  const moves: FrameworkMove[] = [];
  for (const row of rows)
    moves.push({
      ...(JSON.parse(row.outcome_json) as MovePlan),
      id: row.id,
      movedAt: row.moved_at,
      movedBy: row.moved_by,
      undoneAt: row.undone_at,
      undoneBy: row.undone_by,
      undoBlockedBy: await undoBlockedBy(q, row, latest),
    });
  return moves;
}

async function restoreRows(q: Queryable, table: string, rows: Row[]): Promise<void> {
  for (const row of rows) await insertRow(q, table, row as Record<string, SqlValue>);
}

/** Puts the pack back as it was before its latest move, in the caller's change. */
export async function undoLatestMove(c: Change, packId: string): Promise<void> {
  const rows = await c.tx.all<MoveDbRow>('SELECT * FROM framework_moves WHERE pack_id = ? AND undone_at IS NULL ORDER BY moved_at DESC, rowid DESC', [packId]);
  const [row] = rows;
  if (!row) throw new AppError('conflict', 'This pack has no framework move to undo.');
  const blocked = await undoBlockedBy(c.tx, row, row.id);
  if (blocked) throw new AppError('conflict', `${blocked} Move the content back by hand, or keep the pack on its new framework.`);
  const before = JSON.parse(row.before_json) as PackBeforeMove;
  const plan = JSON.parse(row.outcome_json) as MovePlan;
  await c.tx.run('DELETE FROM pack_areas WHERE pack_id = ?', [packId]);
  await restoreRows(c.tx, 'pack_areas', before.areas);
  await restoreRows(c.tx, 'narratives', before.narratives);
  await restoreRows(c.tx, 'evidence_links', before.links);
  for (const a of before.actionAreas) await c.tx.run('UPDATE actions SET area_id = ? WHERE id = ?', [a.area_id, a.id]);
  await c.tx.run('UPDATE packs SET framework_id = ?, framework_json = ? WHERE id = ?', [before.frameworkId, before.frameworkJson, packId]);
  await c.tx.run('UPDATE framework_moves SET undone_at = ?, undone_by = ? WHERE id = ?', [c.at, c.actor, row.id]);
  await c.record({
    entity: 'pack',
    entityId: packId,
    packId,
    action: `Undid the move onto ${plan.to.shortTitle}`,
    before: { frameworkId: plan.to.id },
    after: { frameworkId: plan.from.id },
  });
}
