// Many evidence items and links written in one transaction (an import, the large-pack generator), with the
// rows derived from them written once at the end instead of row by row. On SQLite, triggers keep the search
// index (migration 001) and the review dates beside the links (migration 012) in step with every insert;
// fired once per row, they were close to half the CPU of importing a 5,000-evidence pack. Here the two
// insert triggers are dropped inside the caller's transaction, the rows are written, one statement each
// fills what the triggers would have filled for the new rows, and the triggers are created again from their
// own stored SQL. All of it is in the caller's transaction: if anything fails, the rollback puts the
// triggers back as they were. PostgreSQL derives the same things without per-row triggers (a generated
// search column, views over the links), so there the rows are simply written.
import type { Queryable } from '../db/port';

/** The per-row insert triggers set aside, each matched by one of the fills below. */
const INSERT_TRIGGERS = ['evidence_fts_insert', 'review_dates_link_insert'];

/**
 * What the triggers write, for the evidence after seq $evidence and the links after rowid $link (both
 * tables number new rows above the highest, so these are exactly the rows the body wrote). The same
 * statements as the triggers' bodies, over a range of rows instead of NEW.
 */
const FILLS = [
  `INSERT INTO evidence_fts(rowid, reference, title, description, owner, source)
   SELECT seq, reference, title, description, owner, source FROM evidence WHERE seq > $evidence ORDER BY seq`,
  `INSERT INTO link_review_dates (area_id, evidence_id, review_due)
   SELECT l.area_id, l.evidence_id, e.review_due FROM evidence_links l JOIN evidence e ON e.id = l.evidence_id
   WHERE l.rowid > $link`,
  `INSERT OR IGNORE INTO pack_review_dates (pack_id, evidence_id, review_due)
   SELECT a.pack_id, l.evidence_id, e.review_due FROM evidence_links l JOIN pack_areas a ON a.id = l.area_id
   JOIN evidence e ON e.id = l.evidence_id WHERE l.rowid > $link`,
];

/**
 * Runs body, which may only INSERT evidence and evidence links (never update or delete them: the update
 * and delete triggers still run, and would find rows missing from the search index), with the derived
 * rows written once at the end. tx must be a transaction.
 */
export async function insertingEvidenceInBulk<T>(tx: Queryable, body: () => Promise<T>): Promise<T> {
  if (tx.dialect.engine !== 'sqlite') return body();
  const triggers = await tx.all<{ name: string; sql: string }>(
    `SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND ${tx.dialect.inJsonList('name')} ORDER BY name`,
    [JSON.stringify(INSERT_TRIGGERS)],
  );
  if (triggers.length !== INSERT_TRIGGERS.length)
    throw new Error(`The database is missing a trigger this needs (it has ${triggers.map((t) => t.name).join(', ') || 'none'} of ${INSERT_TRIGGERS.join(', ')}).`);
  const after = (await tx.get<{ $evidence: number; $link: number }>(
    'SELECT (SELECT coalesce(max(seq), 0) FROM evidence) AS "$evidence", (SELECT coalesce(max(rowid), 0) FROM evidence_links) AS "$link"',
  ))!;
  await tx.exec(triggers.map((t) => `DROP TRIGGER ${t.name};`).join('\n'));
  const result = await body();
  for (const fill of FILLS) await tx.run(fill, fill.includes('$link') ? { $link: after.$link } : { $evidence: after.$evidence });
  await tx.exec(triggers.map((t) => `${t.sql};`).join('\n'));
  return result;
}
