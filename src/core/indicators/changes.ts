// Changing indicators and their figures, inside the caller's change (one transaction with its history).
// Figures are keyed by indicator, whose figure it is, and period: putting a figure that is already there
// replaces it when it differs and leaves it alone when it does not, so importing the same spreadsheet
// twice changes nothing the second time.
import type { Indicator, IndicatorDefinition } from '../../shared/indicators/definition';
import { figureProblems } from '../../shared/indicators/checks';
import { formatFigure } from '../../shared/indicators/figures';
import { periodEnding, periodLabel } from '../../shared/indicators/periods';
import { IndicatorValueInputSchema, type IndicatorValueInput } from '../../shared/indicators/values';
import type { PeriodKind } from '../../shared/indicators/vocabulary';
import { todayIso } from '../../shared/dates';
import { updatedStamp, type Change } from '../change';
import { newId } from '../context';
import { AppError } from '../errors';
import { insertRow, updateRow } from '../records';
import { allIndicators, type ValueRow } from './queries';

export const INDICATOR_ENTITY = 'indicator';

/** The columns of an indicator row from its definition. */
export function indicatorColumns(d: IndicatorDefinition) {
  return {
    title: d.title,
    short_title: d.shortTitle,
    definition: d.definition,
    definition_guidance: d.definitionIsGuidance ? 1 : 0,
    unit: d.unit,
    polarity: d.polarity,
    decimals: d.decimals,
    areas_json: JSON.stringify(d.areas),
    source_json: d.source === null ? null : JSON.stringify(d.source),
  };
}

export async function insertIndicator(c: Change, origin: 'library' | 'own', d: IndicatorDefinition): Promise<void> {
  await insertRow(c.tx, 'indicators', { id: d.id, origin, ...indicatorColumns(d), created_at: c.at, ...updatedStamp(c) });
}

export async function updateIndicatorRow(c: Change, d: IndicatorDefinition): Promise<void> {
  await updateRow(c.tx, 'indicators', d.id, { ...indicatorColumns(d), ...updatedStamp(c) });
}

/** A normalised figure, ready to store: trimmed names, a lower-case key for matching them. */
type FigureRow = Omit<ValueRow, 'id' | 'created_at' | 'updated_at' | 'updated_by'>;

function figureKey(f: Pick<FigureRow, 'indicator_id' | 'comparator' | 'comparator_key' | 'period_kind' | 'period_end'>): string {
  return [f.indicator_id, f.comparator, f.comparator_key, f.period_kind, f.period_end].join('\u0000');
}

export interface PutFiguresResult {
  created: number;
  updated: number;
  unchanged: number;
}

export interface FigureProblem {
  /** Position of the figure in the list given. */
  index: number;
  message: string;
}

/**
 * Every problem with a list of figures before anything is written: unknown indicators, impossible figures
 * and periods, the same figure given twice. Used by the form, the spreadsheet import and the CLI alike.
 */
export function checkFigures(inputs: IndicatorValueInput[], indicators: Indicator[], today: string): FigureProblem[] {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const problems: FigureProblem[] = [];
  const seen = new Map<string, number>();
  inputs.forEach((raw, index) => {
    const parsed = IndicatorValueInputSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ index, message: `${issue.path.join('.') || 'figure'}: ${issue.message}` });
      return;
    }
    const input = parsed.data;
    const indicator = byId.get(input.indicatorId);
    if (!indicator) {
      problems.push({ index, message: `There is no indicator "${input.indicatorId}"; add it as your own indicator first, or use one of the library's.` });
      return;
    }
    for (const message of figureProblems(input, indicator, today)) problems.push({ index, message });
    const key = [input.indicatorId, input.comparator, input.comparatorName.toLowerCase(), input.periodKind, input.periodEnd].join('\u0000');
    const first = seen.get(key);
    if (first !== undefined) problems.push({ index, message: `This is the same figure as number ${first + 1} (same indicator, comparator and period); give it once.` });
    else seen.set(key, index);
  });
  return problems;
}

function figureRow(input: IndicatorValueInput): FigureRow {
  const parsed = IndicatorValueInputSchema.parse(input);
  const made = periodEnding(parsed.periodKind, parsed.periodEnd);
  if (!made.ok) throw new Error(made.reason);
  return {
    indicator_id: parsed.indicatorId,
    comparator: parsed.comparator,
    comparator_name: parsed.comparatorName,
    comparator_key: parsed.comparatorName.toLowerCase(),
    period_kind: made.period.kind,
    period_start: made.period.start,
    period_end: made.period.end,
    value: parsed.value,
    source: parsed.source,
    extracted_on: parsed.extractedOn,
    note: parsed.note,
  };
}

const COMPARED: (keyof FigureRow)[] = ['value', 'source', 'extracted_on', 'note', 'comparator_name'];

/**
 * Stores figures, refusing the whole list (nothing written) if any is wrong. The history gets one entry
 * per indicator changed, listing each figure before and after, rather than one per figure.
 */
export async function putFigures(c: Change, inputs: IndicatorValueInput[]): Promise<PutFiguresResult> {
  const indicators = await allIndicators(c.tx);
  const problems = checkFigures(inputs, indicators, todayIso(c.ctx.now()));
  if (problems.length)
    throw new AppError(
      'invalid_input',
      `No figures were saved: ${problems.slice(0, 5).map((p) => `figure ${p.index + 1}: ${p.message}`).join(' ')}${problems.length > 5 ? ` …and ${problems.length - 5} more problems.` : ''}`,
    );
  const rows = inputs.map(figureRow);
  const existing = new Map(
    (await c.tx.all<ValueRow>(
      `SELECT * FROM indicator_values WHERE indicator_id IN (${[...new Set(rows.map((r) => r.indicator_id))].map(() => '?').join(', ') || "''"})`,
      [...new Set(rows.map((r) => r.indicator_id))],
    )).map((r) => [figureKey(r), r]),
  );
  const result: PutFiguresResult = { created: 0, updated: 0, unchanged: 0 };
  const changesByIndicator = new Map<string, { period: string; comparator: string; before: string | null; after: string }[]>();
  const byId = new Map(indicators.map((i) => [i.id, i]));
  for (const row of rows) {
    const current = existing.get(figureKey(row));
    if (current && COMPARED.every((k) => current[k as keyof ValueRow] === row[k])) {
      result.unchanged++;
      continue;
    }
    if (current) {
      await updateRow(c.tx, 'indicator_values', current.id, { ...pick(row, COMPARED), ...updatedStamp(c) });
      result.updated++;
    } else {
      await insertRow(c.tx, 'indicator_values', { id: newId(), ...row, created_at: c.at, ...updatedStamp(c) });
      result.created++;
    }
    const indicator = byId.get(row.indicator_id)!;
    const list = changesByIndicator.get(row.indicator_id) ?? [];
    list.push({
      period: periodLabel({ kind: row.period_kind as PeriodKind, start: row.period_start, end: row.period_end }),
      // Named as it was known before the change, so a renamed comparator's history still reads.
      comparator: (current ?? row).comparator_name || row.comparator,
      before: current ? formatFigure(current.value, indicator) : null,
      after: formatFigure(row.value, indicator),
    });
    changesByIndicator.set(row.indicator_id, list);
  }
  for (const [indicatorId, changes] of changesByIndicator) {
    const indicator = byId.get(indicatorId)!;
    await c.record({
      entity: INDICATOR_ENTITY,
      entityId: indicatorId,
      action: `Set ${changes.length === 1 ? 'a figure' : `${changes.length} figures`} for ${indicator.title}`,
      before: changes.filter((ch) => ch.before !== null).map(({ period, comparator, before }) => ({ period, comparator, value: before })),
      after: changes.map(({ period, comparator, after }) => ({ period, comparator, value: after })),
    });
  }
  return result;
}

function pick<T extends object, K extends keyof T>(row: T, keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, row[k]])) as Pick<T, K>;
}
