// Where the board paper's words are kept: a pack's own, one row per field in board_paper_fields, and the
// council's defaults, one settings row per field ("boardPaper.purpose"). A value that no longer fits the
// field's schema (written by another version, say) is passed over, so the next source's words print.
import {
  BOARD_PAPER_FIELD_LABELS,
  BOARD_PAPER_FIELDS,
  BoardPaperFieldsSchema,
  type BoardPaperField,
  type BoardPaperPatch,
  type BoardPaperValues,
} from '../../shared/board-paper';
import type { Change } from '../change';
import type { ReadQueries } from '../db/port';

const DEFAULT_KEY_PREFIX = 'boardPaper.';
const defaultKey = (field: BoardPaperField) => `${DEFAULT_KEY_PREFIX}${field}`;

function valuesFrom(rows: { field: string; value: string }[]): BoardPaperValues {
  const values: Record<string, unknown> = {};
  for (const row of rows) {
    if (!(BOARD_PAPER_FIELDS as string[]).includes(row.field)) continue;
    try {
      const parsed = BoardPaperFieldsSchema.shape[row.field as BoardPaperField].safeParse(JSON.parse(row.value));
      if (parsed.success) values[row.field] = parsed.data;
    } catch {
      // Unreadable JSON: as if nothing were stored.
    }
  }
  return values as BoardPaperValues;
}

/** The words a pack gives its own board paper. */
export async function packBoardPaper(q: ReadQueries, packId: string): Promise<BoardPaperValues> {
  const rows = await q.all<{ field: string; value: string }>(
    'SELECT field, value_json AS value FROM board_paper_fields WHERE pack_id = ?',
    [packId],
  );
  return valuesFrom(rows);
}

/** The council's default words for every board paper, from settings. */
export async function boardPaperDefaults(q: ReadQueries): Promise<BoardPaperValues> {
  const rows = await q.all<{ key: string; value: string }>(`SELECT key, value FROM settings WHERE ${q.dialect.inJsonList('key')}`, [
    JSON.stringify(BOARD_PAPER_FIELDS.map(defaultKey)),
  ]);
  return valuesFrom(rows.map((r) => ({ field: r.key.slice(DEFAULT_KEY_PREFIX.length), value: r.value })));
}

/** The fields a patch changes from what is stored, with their values before and after (null: none). */
function changedFields(current: BoardPaperValues, patch: BoardPaperPatch) {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const field of BOARD_PAPER_FIELDS) {
    if (!(field in patch) || patch[field] === undefined) continue;
    const was = current[field] ?? null;
    const now = patch[field] ?? null;
    if (JSON.stringify(was) === JSON.stringify(now)) continue;
    before[field] = was;
    after[field] = now;
  }
  return { fields: Object.keys(after) as BoardPaperField[], before, after };
}

function lowerFirstLetter(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "Changed the board paper: purpose of the report and financial implications" */
function describe(what: string, fields: BoardPaperField[]): string {
  // Only the first letter: 'Paragraph of Schedule 12A relied on' keeps its proper noun.
  const names = fields.map((f) => lowerFirstLetter(BOARD_PAPER_FIELD_LABELS[f]));
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  return `Changed ${what}: ${list}`;
}

/** Sets a pack's own words for the fields the patch names (null: back to the default). */
export async function updatePackBoardPaper(c: Change, packId: string, patch: BoardPaperPatch): Promise<void> {
  const diff = changedFields(await packBoardPaper(c.tx, packId), patch);
  for (const field of diff.fields) {
    const value = diff.after[field];
    if (value === null) await c.tx.run('DELETE FROM board_paper_fields WHERE pack_id = ? AND field = ?', [packId, field]);
    else
      await c.tx.run(
        `INSERT INTO board_paper_fields (pack_id, field, value_json, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (pack_id, field) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at,
           updated_by = excluded.updated_by`,
        [packId, field, JSON.stringify(value), c.at, c.actor],
      );
  }
  if (diff.fields.length)
    await c.record({
      entity: 'boardPaper',
      entityId: packId,
      packId,
      action: describe('the board paper', diff.fields),
      before: diff.before,
      after: diff.after,
    });
}

/** Sets the council's default words for the fields the patch names (null: removes the default). */
export async function updateBoardPaperDefaults(c: Change, patch: BoardPaperPatch): Promise<void> {
  const diff = changedFields(await boardPaperDefaults(c.tx), patch);
  for (const field of diff.fields) {
    const value = diff.after[field];
    if (value === null) await c.tx.run('DELETE FROM settings WHERE key = ?', [defaultKey(field)]);
    else
      await c.tx.run('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [
        defaultKey(field),
        JSON.stringify(value),
      ]);
  }
  if (diff.fields.length)
    await c.record({
      entity: 'settings',
      entityId: 'boardPaperDefaults',
      action: describe('the default board paper', diff.fields),
      before: diff.before,
      after: diff.after,
    });
}
