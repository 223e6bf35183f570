// Small SQL helpers shared by the services that keep records (evidence, actions, inspections). Table and
// column names only ever come from constants in our code, never from input, so building SQL from them
// is safe; values always travel as parameters.
import type { Queryable, ReadQueries, SqlValue } from './db/port';
import { AppError, notFound } from './errors';

/** The row the query finds, or a not-found error naming what was looked for ("That action"). */
export async function mustGet<T>(q: ReadQueries, sql: string, params: SqlValue[], what: string): Promise<T> {
  const row = await q.get<T>(sql, params);
  if (!row) throw notFound(what);
  return row;
}

function insertSql(table: string, columns: string[]): string {
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
}

export async function insertRow(q: Queryable, table: string, values: Record<string, SqlValue>): Promise<void> {
  await q.run(insertSql(table, Object.keys(values)), Object.values(values));
}

/**
 * Inserts one row and returns it as stored, defaults included, from the INSERT's own RETURNING clause
 * (both engines have one): reading the row back afterwards is one more statement, a trip to SQLite's
 * thread that costs a small save a tenth of its time. `returning` is a column list from our code.
 */
export async function insertRowReturning<T>(
  q: Queryable,
  table: string,
  values: Record<string, SqlValue>,
  returning: string,
): Promise<T> {
  const row = await q.get<T>(`${insertSql(table, Object.keys(values))} RETURNING ${returning}`, Object.values(values));
  // An INSERT that did not fail wrote its row, so RETURNING always has one.
  return row!;
}

/**
 * Rows written as multi-row INSERTs of up to ROWS_PER_INSERT rows: one statement (prepared once and
 * reused) per chunk instead of one per row. `columns` name the values in each row, in order. `suffix` is
 * appended to every statement (an ON CONFLICT clause).
 */
export async function insertRows(
  q: Queryable,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly SqlValue[])[],
  suffix = '',
): Promise<void> {
  const perInsert = Math.max(1, Math.min(ROWS_PER_INSERT, Math.floor(MAX_PARAMETERS / columns.length)));
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += perInsert) {
    const chunk = rows.slice(start, start + perInsert);
    await q.run(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')} ${suffix}`.trimEnd(),
      chunk.flat(),
    );
  }
}

/** Enough rows per statement that the round trips stop mattering; well inside both engines' limits. */
const ROWS_PER_INSERT = 100;
const MAX_PARAMETERS = 30_000;

export async function updateRow(
  q: Queryable,
  table: string,
  id: string,
  values: Record<string, SqlValue>,
): Promise<void> {
  const columns = Object.keys(values);
  if (!columns.length) return;
  const { changes } = await q.run(`UPDATE ${table} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`, [
    ...Object.values(values),
    id,
  ]);
  // Callers update a row they have just read, so a row left unchanged was refused, not missing: a team
  // database's row-level security hides rows from an UPDATE the person's role may not make.
  if (changes === 0) throw refusedByDatabase();
}

/** The database would not let this person change the row (see migration 004's policies). */
export function refusedByDatabase(): AppError {
  return new AppError(
    'forbidden',
    'Your role in the team database does not allow that change (an author edits only the areas assigned to them; a reader only reads). Ask your quality lead if you need it changed.',
  );
}

export interface ReferenceSeries {
  table: string;
  /** "E" gives E001, E002…; "A" gives A01, A02… */
  prefix: string;
  /** Digits to pad to; longer numbers simply grow (E999, then E1000). */
  width: number;
  /** Numbering restarted per parent, such as actions per pack. */
  scope?: { column: string; value: string };
}

/**
 * The number after the highest one in use, so references follow the order items were added and the
 * gaps that deletions leave are not filled (a deleted E002 may still be cited in an exported document).
 * References that are not prefix-plus-digits (from an import, say) are ignored.
 *
 * The highest is found by walking the (length, reference) index from its end: E1000 sorts after E999
 * there, so the first prefix-plus-digits reference met is the highest, and only a few entries are read
 * however many items there are (an index on each table, see migration 002).
 */
export async function nextReference(q: ReadQueries, series: ReferenceSeries): Promise<string> {
  const pattern = new RegExp(`^${series.prefix}(\\d+)$`);
  const scope = scopeOf(series);
  // The first entry is nearly always the one (only an imported odd reference sorts above it), so one is
  // read first and then twenty at a time: each row handed to JavaScript costs microseconds, and every
  // evidence.create pays for them.
  for (let offset = 0, batch = 1; ; offset += batch, batch = 20) {
    const rows = await q.all<{ reference: string }>(
      `SELECT reference FROM ${series.table}
       WHERE substr(reference, 1, $prefixLength) = $prefix ${scope.sql}
       ORDER BY ${referenceOrder('reference', 'desc')} LIMIT $batch OFFSET $offset`,
      { $prefixLength: series.prefix.length, $prefix: series.prefix, $batch: batch, $offset: offset, ...scope.params },
    );
    const highest = rows.map((r) => pattern.exec(r.reference)).find((m) => m !== null);
    if (highest || rows.length < batch) {
      const next = referenceNumbered(series, (highest ? Number(highest[1]) : 0) + 1);
      // A reference padded with more zeros than ours (an imported E0005) sorts as if it were higher: then
      // the next number may be in use, and only then is every reference read to find the highest.
      if (!mayBeInUse(next, highest?.[0])) return next;
      return (await referenceInUse(q, series, next)) ? highestByReadingAll(q, series, pattern) : next;
    }
  }
}

/**
 * Whether next (prefix plus digits) could already be taken, given the highest prefix-plus-digits reference
 * the index order found. A reference equal to next would be prefix plus digits too, so if next sorts after
 * the highest in that order (longer, or as long with a higher number) it would have been found first: it
 * is free, and the lookup is skipped. With none found, nothing of that shape exists. Only a next shorter
 * than the highest (the highest padded with more zeros than ours) needs looking up.
 */
function mayBeInUse(next: string, highest: string | undefined): boolean {
  // Both are the prefix and digits, next's number one more than the highest's: at equal lengths, next
  // sorts after it (text order is number order there), so only a shorter next can be taken.
  return highest !== undefined && next.length < highest.length;
}

function scopeOf(series: ReferenceSeries): { sql: string; params: Record<string, SqlValue> } {
  return series.scope ? { sql: `AND ${series.scope.column} = $scope`, params: { $scope: series.scope.value } } : { sql: '', params: {} };
}

function referenceNumbered(series: ReferenceSeries, n: number): string {
  return `${series.prefix}${String(n).padStart(series.width, '0')}`;
}

async function referenceInUse(q: ReadQueries, series: ReferenceSeries, reference: string): Promise<boolean> {
  const scope = scopeOf(series);
  const row = await q.get(
    `SELECT 1 AS used FROM ${series.table} WHERE length(reference) = $length AND reference = $reference ${scope.sql}`,
    { $length: reference.length, $reference: reference, ...scope.params },
  );
  return row !== undefined;
}

async function highestByReadingAll(q: ReadQueries, series: ReferenceSeries, pattern: RegExp): Promise<string> {
  const scope = scopeOf(series);
  const rows = await q.all<{ reference: string }>(
    `SELECT reference FROM ${series.table} WHERE substr(reference, 1, $prefixLength) = $prefix ${scope.sql}`,
    { $prefixLength: series.prefix.length, $prefix: series.prefix, ...scope.params },
  );
  const numbers = rows.map((r) => pattern.exec(r.reference)).filter((m) => m !== null).map((m) => Number(m[1]));
  return referenceNumbered(series, Math.max(0, ...numbers) + 1);
}

/** ORDER BY terms that put E999 before E1000, which plain text order would not. */
export function referenceOrder(column: string, direction: 'asc' | 'desc' = 'asc'): string {
  return `length(${column}) ${direction}, ${column} ${direction}`;
}

/** Rows of a child table grouped by their parent's id, to hand out without a query per parent. */
export function groupBy<T, V>(rows: T[], keyOf: (row: T) => string, valueOf: (row: T) => V): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const row of rows) {
    const list = groups.get(keyOf(row));
    if (list) list.push(valueOf(row));
    else groups.set(keyOf(row), [valueOf(row)]);
  }
  return groups;
}
