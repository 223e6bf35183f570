// Reading packs and their areas: one column list and one row mapper each, so every handler that returns
// a pack or an area returns the same shape.
import type { AreaStatus, GradePosition, PackStatus } from '../../shared/domain';
import type { Pack, PackArea } from '../../shared/entities';
import type { Framework } from '../../shared/framework';
import type { RichDoc } from '../../shared/richtext';
import type { ReadQueries } from '../db/port';
import { mustGet } from '../records';

interface PackDbRow {
  id: string;
  title: string;
  framework_id: string;
  framework_title: string;
  period: string;
  as_at: string;
  status: string;
  approved_by: string | null;
  approved_login: string | null;
  approved_at: string | null;
  previous_pack_id: string | null;
  baseline_inspection_id: string | null;
  context_json: string;
  board_asks_json: string;
  version: number;
  details_version: number;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

/** Everything but the framework copy itself, which only packs.get and the area handlers need. */
function packColumns(q: ReadQueries): string {
  return `id, title, framework_id, ${q.dialect.jsonText('framework_json', 'title')} AS framework_title, period, as_at,
  status, approved_by, approved_login, approved_at, previous_pack_id, baseline_inspection_id, context_json, board_asks_json, version,
  details_version, created_at, updated_at, updated_by`;
}

function rowToPack(row: PackDbRow): Pack {
  return {
    id: row.id,
    title: row.title,
    frameworkId: row.framework_id,
    frameworkTitle: row.framework_title,
    period: row.period,
    asAt: row.as_at,
    status: row.status as PackStatus,
    approvedBy: row.approved_by,
    approvedLogin: row.approved_login,
    approvedAt: row.approved_at,
    previousPackId: row.previous_pack_id,
    baselineInspectionId: row.baseline_inspection_id,
    context: JSON.parse(row.context_json) as RichDoc,
    boardAsks: JSON.parse(row.board_asks_json) as RichDoc,
    version: row.version,
    detailsVersion: row.details_version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/** Newest first: the pack for the latest as-at date, then the most recently created. */
export async function allPacks(q: ReadQueries): Promise<Pack[]> {
  const rows = await q.all<PackDbRow>(`SELECT ${packColumns(q)} FROM packs ORDER BY as_at DESC, created_at DESC, rowid DESC`);
  return rows.map(rowToPack);
}

export async function packById(q: ReadQueries, packId: string): Promise<Pack> {
  return rowToPack(await mustGet<PackDbRow>(q, `SELECT ${packColumns(q)} FROM packs WHERE id = ?`, [packId], 'That pack'));
}

/** The framework as it was copied into the pack when the pack was made. */
export async function packFramework(q: ReadQueries, packId: string): Promise<Framework> {
  const row = await mustGet<{ framework_json: string }>(q, 'SELECT framework_json FROM packs WHERE id = ?', [packId], 'That pack');
  return JSON.parse(row.framework_json) as Framework;
}

interface AreaDbRow {
  id: string;
  pack_id: string;
  area_key: string;
  parent_id: string | null;
  title: string;
  kind: string;
  depth: number;
  sort_order: number;
  graded: number;
  grade: string | null;
  position: string | null;
  strengths_json: string;
  development_json: string;
  status: string;
  version: number;
  updated_at: string;
  updated_by: string;
}

function rowToArea(row: AreaDbRow): PackArea {
  return {
    id: row.id,
    packId: row.pack_id,
    areaKey: row.area_key,
    parentId: row.parent_id,
    title: row.title,
    kind: row.kind,
    depth: row.depth,
    order: row.sort_order,
    graded: row.graded === 1,
    grade: row.grade,
    position: row.position as GradePosition | null,
    strengths: JSON.parse(row.strengths_json) as string[],
    areasForDevelopment: JSON.parse(row.development_json) as string[],
    status: row.status as AreaStatus,
    version: row.version,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export async function areaById(q: ReadQueries, areaId: string): Promise<PackArea> {
  return rowToArea(await mustGet<AreaDbRow>(q, 'SELECT * FROM pack_areas WHERE id = ?', [areaId], 'That area'));
}

/** In framework order, parents before their children. */
export async function areasOfPack(q: ReadQueries, packId: string): Promise<PackArea[]> {
  const rows = await q.all<AreaDbRow>('SELECT * FROM pack_areas WHERE pack_id = ? ORDER BY sort_order', [packId]);
  return rows.map(rowToArea);
}
