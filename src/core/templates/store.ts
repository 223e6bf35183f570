// Where the council's Word templates are kept: one row per edition in word_templates, the file itself
// in the row (a template is small, and belongs to the database, not to the evidence library's blobs).
import type { ExportEdition } from '../../shared/domain';
import type { Change } from '../change';
import type { ReadQueries } from '../db/port';
import type { TemplateFile } from '../export/template';

export interface StoredTemplate extends TemplateFile {
  edition: ExportEdition;
  size: number;
  sha256: string;
  addedAt: string;
  addedBy: string;
}

interface TemplateRow {
  edition: ExportEdition;
  file_name: string;
  size: number;
  sha256: string;
  data: Uint8Array;
  added_at: string;
  added_by: string;
}

const toTemplate = (r: TemplateRow): StoredTemplate => ({
  edition: r.edition,
  fileName: r.file_name,
  size: Number(r.size),
  sha256: r.sha256,
  data: new Uint8Array(r.data),
  addedAt: r.added_at,
  addedBy: r.added_by,
});

const COLUMNS = 'edition, file_name, size, sha256, data, added_at, added_by';

export async function storedTemplate(q: ReadQueries, edition: ExportEdition): Promise<StoredTemplate | null> {
  const row = await q.get<TemplateRow>(`SELECT ${COLUMNS} FROM word_templates WHERE edition = ?`, [edition]);
  return row ? toTemplate(row) : null;
}

export async function storedTemplates(q: ReadQueries): Promise<StoredTemplate[]> {
  return (await q.all<TemplateRow>(`SELECT ${COLUMNS} FROM word_templates ORDER BY edition`)).map(toTemplate);
}

const EDITION_WORDS: Record<ExportEdition, string> = { self_evaluation: 'self-evaluation', board: 'board paper' };

/** Keeps the template for the edition in place of any before it, in the history with its name. */
export async function saveTemplate(c: Change, edition: ExportEdition, file: TemplateFile & { sha256: string }): Promise<StoredTemplate> {
  const before = await storedTemplate(c.tx, edition);
  await c.tx.run(
    `INSERT INTO word_templates (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (edition) DO UPDATE SET file_name = excluded.file_name, size = excluded.size, sha256 = excluded.sha256,
       data = excluded.data, added_at = excluded.added_at, added_by = excluded.added_by`,
    [edition, file.fileName, file.data.length, file.sha256, Buffer.from(file.data), c.at, c.actor],
  );
  await c.record({
    entity: 'wordTemplate',
    entityId: edition,
    action: `Chose the Word template for the ${EDITION_WORDS[edition]}: ${file.fileName}`,
    before: before ? { fileName: before.fileName, sha256: before.sha256 } : null,
    after: { fileName: file.fileName, sha256: file.sha256 },
  });
  return (await storedTemplate(c.tx, edition))!;
}

export async function removeTemplate(c: Change, edition: ExportEdition): Promise<boolean> {
  const before = await storedTemplate(c.tx, edition);
  if (!before) return false;
  await c.tx.run('DELETE FROM word_templates WHERE edition = ?', [edition]);
  await c.record({
    entity: 'wordTemplate',
    entityId: edition,
    action: `Removed the Word template for the ${EDITION_WORDS[edition]} (${before.fileName}): SEF Studio’s own styles are used`,
    before: { fileName: before.fileName, sha256: before.sha256 },
    after: null,
  });
  return true;
}
