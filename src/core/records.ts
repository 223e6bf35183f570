// Small SQL helpers shared by the services that keep records (evidence, actions, inspections). Table and
// column names only ever come from constants in our code, never from input, so building SQL from them
// is safe; values always travel as parameters.
import type { Queryable, SqlValue } from './db/connection';
import { notFound } from './errors';

/** The row the query finds, or a not-found error naming what was looked for ("That action"). */
export async function mustGet<T>(q: Queryable, sql: string, params: SqlValue[], what: string): Promise<T> {
  const row = await q.get<T>(sql, params);
  if (!row) throw notFound(what);
  return row;
}

export async function insertRow(q: Queryable, table: string, values: Record<string, SqlValue>): Promise<void> {
  const columns = Object.keys(values);
  await q.run(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    Object.values(values),
  );
}

export async function updateRow(
  q: Queryable,
  table: string,
  id: string,
  values: Record<string, SqlValue>,
): Promise<void> {
  const columns = Object.keys(values);
  if (!columns.length) return;
  await q.run(`UPDATE ${table} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`, [
    ...Object.values(values),
    id,
  ]);
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
 */
export async function nextReference(q: Queryable, series: ReferenceSeries): Promise<string> {
  const digits = `substr(reference, ${series.prefix.length + 1})`;
  const scope = series.scope ? `AND ${series.scope.column} = ?` : '';
  const row = await q.get<{ highest: number | null }>(
    `SELECT max(CAST(${digits} AS INTEGER)) AS highest FROM ${series.table}
     WHERE substr(reference, 1, ?) = ? AND ${digits} GLOB '[0-9]*' AND ${digits} NOT GLOB '*[^0-9]*' ${scope}`,
    [series.prefix.length, series.prefix, ...(series.scope ? [series.scope.value] : [])],
  );
  const next = (row?.highest ?? 0) + 1;
  return `${series.prefix}${String(next).padStart(series.width, '0')}`;
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
