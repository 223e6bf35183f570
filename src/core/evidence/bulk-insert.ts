// Many evidence items and links written in one transaction (an import, the large-pack generator), with the
// rows derived from them written once at the end instead of row by row. On SQLite, triggers keep the search
// index (migration 001) and the review dates beside the links (migration 012) in step with every insert;
// fired once per row, they were a third of the CPU of importing a 5,000-evidence pack. Here the two
// insert triggers are dropped inside the caller's transaction, the rows are written, one statement each
// fills what the triggers would have filled for the new rows, and the triggers are created again from their
// own stored SQL. All of it is in the caller's transaction: if anything fails, the rollback puts the
// triggers back as they were. PostgreSQL derives the same things without per-row triggers (a generated
// search column, views over the links), so there the rows are simply written.
import type { Queryable } from '../db/port';

/**
 * The per-row insert triggers set aside, each with what it writes for the evidence after seq $evidence or
 * the links after rowid $link (both tables number new rows above the highest, so these are exactly the
 * rows the body wrote): the triggers' own statements, over a range of rows instead of NEW. A database of
 * a version before a trigger existed (the large-pack fill runs on such files in the migration tests) has
 * nothing of it to set aside or fill.
 */
const INSERT_TRIGGERS: { name: string; fills: string[] }[] = [
  {
    name: 'evidence_fts_insert',
    fills: [
      `INSERT INTO evidence_fts(rowid, reference, title, description, owner, source)
       SELECT seq, reference, title, description, owner, source FROM evidence WHERE seq > $evidence ORDER BY seq`,
    ],
  },
  {
    name: 'review_dates_link_insert',
    fills: [
      `INSERT INTO link_review_dates (area_id, evidence_id, review_due)
       SELECT l.area_id, l.evidence_id, e.review_due FROM evidence_links l JOIN evidence e ON e.id = l.evidence_id
       WHERE l.rowid > $link`,
      `INSERT OR IGNORE INTO pack_review_dates (pack_id, evidence_id, review_due)
       SELECT a.pack_id, l.evidence_id, e.review_due FROM evidence_links l JOIN pack_areas a ON a.id = l.area_id
       JOIN evidence e ON e.id = l.evidence_id WHERE l.rowid > $link`,
    ],
  },
];

/**
 * Runs body, which may only INSERT evidence and evidence links (never update or delete them: the update
 * and delete triggers still run, and would find rows missing from the search index), with the derived
 * rows written once at the end. tx must be a transaction.
 */
export async function insertingEvidenceInBulk<T>(tx: Queryable, body: () => Promise<T>): Promise<T> {
  if (tx.dialect.engine !== 'sqlite') return body();
  const stored = await tx.all<{ name: string; sql: string }>(
    `SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND ${tx.dialect.inJsonList('name')}`,
    [JSON.stringify(INSERT_TRIGGERS.map((t) => t.name))],
  );
  const present = INSERT_TRIGGERS.flatMap((t) => stored.filter((s) => s.name === t.name).map((s) => ({ ...t, sql: s.sql })));
  const after = (await tx.get<{ evidence: number; link: number }>(
    'SELECT (SELECT coalesce(max(seq), 0) FROM evidence) AS evidence, (SELECT coalesce(max(rowid), 0) FROM evidence_links) AS link',
  ))!;
  if (present.length) await tx.exec(present.map((t) => `DROP TRIGGER ${t.name};`).join('\n'));
  const result = await body();
  for (const fill of present.flatMap((t) => t.fills))
    await tx.run(fill, fill.includes('$link') ? { $link: after.link } : { $evidence: after.evidence });
  if (present.length) await tx.exec(present.map((t) => `${t.sql};`).join('\n'));
  return result;
}
