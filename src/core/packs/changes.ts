// The pieces the pack handlers change records with: the editable fields of a pack and of an area and how
// the history names them, the version bump every content change makes, and the checks on a self-grade.
import type { PackArea } from '../../shared/entities';
import type { Framework } from '../../shared/framework';
import { patchRecord, type Change, type FieldMap, type PatchTarget } from '../change';
import type { SqlValue } from '../db/port';
import { AppError } from '../errors';
import { refusedByDatabase, updateRow } from '../records';

/** A field map whose fields may be stored as JSON text: rich-text documents and lists. */
type StoredFields<K extends string> = Record<K, { column: string; label: string; json?: true }>;

export type PackField = 'title' | 'period' | 'asAt' | 'context' | 'boardAsks' | 'baselineInspectionId';

export const PACK_FIELDS: StoredFields<PackField> = {
  title: { column: 'title', label: 'title' },
  period: { column: 'period', label: 'period' },
  asAt: { column: 'as_at', label: 'as-at date' },
  context: { column: 'context_json', label: 'context', json: true },
  boardAsks: { column: 'board_asks_json', label: 'asks of the board', json: true },
  baselineInspectionId: { column: 'baseline_inspection_id', label: 'baseline inspection' },
};

export type AreaField = 'grade' | 'position' | 'strengths' | 'areasForDevelopment' | 'status';

export const AREA_FIELDS: StoredFields<AreaField> = {
  grade: { column: 'grade', label: 'grade' },
  position: { column: 'position', label: 'position' },
  strengths: { column: 'strengths_json', label: 'strengths', json: true },
  areasForDevelopment: { column: 'development_json', label: 'areas for development', json: true },
  status: { column: 'status', label: 'status' },
};

/**
 * patchRecord for records with JSON columns. The history keeps before and after as real values; only the
 * columns are given the JSON text. JSON fields are handed to patchRecord without a column, so it compares
 * and records them, and are written here once it says they changed.
 */
export async function patchWithJson<K extends string>(
  c: Change,
  target: Omit<PatchTarget<K>, 'fields'> & { fields: StoredFields<K> },
  current: Record<K, unknown>,
  patch: Partial<Record<K, unknown>>,
): Promise<K[]> {
  const keys = Object.keys(target.fields) as K[];
  const isJson = (key: K) => target.fields[key].json === true;
  const plainFields = Object.fromEntries(
    keys.map((key) => [key, isJson(key) ? { label: target.fields[key].label } : target.fields[key]]),
  ) as FieldMap<K>;
  const changed = await patchRecord(c, { ...target, fields: plainFields }, current, patch);
  const jsonColumns: Record<string, SqlValue> = {};
  for (const key of changed.filter(isJson)) jsonColumns[target.fields[key].column] = JSON.stringify(patch[key]);
  await updateRow(c.tx, target.table, target.id, jsonColumns);
  return changed;
}

/** Any change to what a pack says makes it a new version, stamped with who changed it and when. */
export async function touchPack(c: Change, packId: string): Promise<void> {
  const { changes } = await c.tx.run('UPDATE packs SET version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?', [
    c.at,
    c.actor,
    packId,
  ]);
  if (changes === 0) throw refusedByDatabase();
}

/** A self-grade must be a level of the pack's own scale, and only graded areas take a grade or a position. */
export function assertSelfGradeFits(
  framework: Framework,
  area: PackArea,
  patch: { grade?: string | null; position?: string | null },
): void {
  const setsGrade = patch.grade !== undefined && patch.grade !== null;
  const setsPosition = patch.position !== undefined && patch.position !== null;
  if (!area.graded && (setsGrade || setsPosition))
    throw new AppError(
      'invalid_input',
      `"${area.title}" is not graded in ${framework.shortTitle}, so it cannot have a self-grade. Grade the judgement it belongs to instead.`,
      { [setsGrade ? 'grade' : 'position']: 'This area is not graded' },
    );
  if (setsGrade && !framework.scale.levels.some((level) => level.id === patch.grade))
    throw new AppError(
      'invalid_input',
      `"${patch.grade}" is not a grade in ${framework.shortTitle}. Choose one of: ${framework.scale.levels.map((l) => l.label).join(', ')}.`,
      { grade: 'Choose a grade from the list' },
    );
}
