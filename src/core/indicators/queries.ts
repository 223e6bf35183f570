// Reading indicators and their figures. The library's indicators come from the file that ships with the
// app, overlaid with the organisation's own wording where it has rewritten one; the organisation's own
// indicators come from the database. Figures are read in one query however many there are.
import type { Indicator, IndicatorDefinition, IndicatorSource } from '../../shared/indicators/definition';
import type { IndicatorValue } from '../../shared/indicators/values';
import type { Comparator, IndicatorUnit, PeriodKind, Polarity } from '../../shared/indicators/vocabulary';
import type { ReadQueries, SqlValue } from '../db/connection';
import { notFound } from '../errors';
import { INDICATOR_LIBRARY, libraryIndicator } from './library';

export interface IndicatorRow {
  id: string;
  origin: 'library' | 'own';
  title: string;
  short_title: string;
  definition: string;
  definition_guidance: number;
  unit: string;
  polarity: string;
  decimals: number;
  areas_json: string;
  source_json: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

function rowToIndicator(row: IndicatorRow): Indicator {
  return {
    id: row.id,
    title: row.title,
    shortTitle: row.short_title,
    definition: row.definition,
    definitionIsGuidance: row.definition_guidance === 1,
    unit: row.unit as IndicatorUnit,
    polarity: row.polarity as Polarity,
    decimals: row.decimals,
    areas: JSON.parse(row.areas_json) as string[],
    source: row.source_json === null ? null : (JSON.parse(row.source_json) as IndicatorSource),
    origin: row.origin,
    edited: row.origin === 'library',
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

function fromLibrary(definition: IndicatorDefinition): Indicator {
  return { ...definition, origin: 'library', edited: false, updatedAt: null, updatedBy: null };
}

/** The library's indicators in library order (with the organisation's wording where it has one), then its own A to Z. */
export async function allIndicators(q: ReadQueries): Promise<Indicator[]> {
  const rows = await q.all<IndicatorRow>('SELECT * FROM indicators ORDER BY id');
  const stored = new Map(rows.map((r) => [r.id, rowToIndicator(r)]));
  const library = INDICATOR_LIBRARY.indicators.map((d) => stored.get(d.id) ?? fromLibrary(d));
  const own = rows
    .filter((r) => r.origin === 'own')
    .map((r) => stored.get(r.id)!)
    .sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
  return [...library, ...own];
}

export async function indicatorById(q: ReadQueries, id: string): Promise<Indicator> {
  const row = await q.get<IndicatorRow>('SELECT * FROM indicators WHERE id = ?', [id]);
  if (row) return rowToIndicator(row);
  const definition = libraryIndicator(id);
  if (!definition) throw notFound('That indicator');
  return fromLibrary(definition);
}

export interface ValueRow {
  id: string;
  indicator_id: string;
  comparator: string;
  comparator_name: string;
  comparator_key: string;
  period_kind: string;
  period_start: string;
  period_end: string;
  value: number;
  source: string;
  extracted_on: string;
  note: string;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

export function rowToValue(row: ValueRow): IndicatorValue {
  return {
    id: row.id,
    indicatorId: row.indicator_id,
    comparator: row.comparator as Comparator,
    comparatorName: row.comparator_name,
    period: { kind: row.period_kind as PeriodKind, start: row.period_start, end: row.period_end },
    value: row.value,
    source: row.source,
    extractedOn: row.extracted_on,
    note: row.note,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export interface ValueFilter {
  indicatorId?: string;
  /** Only periods that end on or before this date: the figures a pack of that date can know. */
  endingBy?: string;
}

const COMPARATOR_ORDER = `CASE comparator WHEN 'council' THEN 0 WHEN 'england' THEN 1 WHEN 'region' THEN 2 WHEN 'statistical_neighbours' THEN 3 ELSE 4 END`;

/** Figures in a fixed order: indicator, period end, whose figure, then name. */
export async function valuesWhere(q: ReadQueries, filter: ValueFilter = {}): Promise<IndicatorValue[]> {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (filter.indicatorId !== undefined) {
    where.push('indicator_id = ?');
    params.push(filter.indicatorId);
  }
  if (filter.endingBy !== undefined) {
    where.push('period_end <= ?');
    params.push(filter.endingBy);
  }
  const rows = await q.all<ValueRow>(
    `SELECT * FROM indicator_values ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY indicator_id, period_end, period_kind, ${COMPARATOR_ORDER}, comparator_key`,
    params,
  );
  return rows.map(rowToValue);
}
