// Indicator figures from a spreadsheet. Two shapes are read: one figure per row (an Indicator, a Period,
// a Comparator and a Value column, the shape of the pack's own export and of most published data), or one
// row per indicator and period with a column for each of the council, England, the region and the
// statistical neighbours (the shape of a council's performance report). The Department for Education's
// markers for figures not published (x, c, z, low…) count as no figure.
import { figureProblems } from '../../../shared/indicators/checks';
import type { Indicator } from '../../../shared/indicators/definition';
import { comparatorLabel, formatFigure, shortCouncilName } from '../../../shared/indicators/figures';
import { periodEnding, periodLabel, readPeriodKind, readPeriodText, type Period } from '../../../shared/indicators/periods';
import type { IndicatorValueInput } from '../../../shared/indicators/values';
import { PERIOD_KIND_LABELS, type Comparator, type PeriodKind } from '../../../shared/indicators/vocabulary';
import { excelSerialToIso, isPlausibleDateSerial } from '../../../shared/date-text';
import { formatShortDate } from '../../../shared/dates';
import { headingKey, type RowProblem } from '../../../shared/sheets';
import type { ReadQueries } from '../../db/port';
import { putFigures } from '../../indicators/changes';
import { allIndicators, valuesWhere } from '../../indicators/queries';
import { isBlank, readDate, readNumber, readText, shown, wordKey } from '../cells';
import type { PlannedRecord, SheetImporter } from '../importer';
import type { Cell } from '../table';

export interface FiguresRecord {
  indicatorId: string;
  period: Period;
  figures: IndicatorValueInput[];
}

interface IndicatorsContext {
  indicators: Indicator[];
  byWord: Map<string, Indicator>;
  councilName: string;
  /** Stored figures by their key, to tell new figures from changed and unchanged ones. */
  existing: Map<string, { value: number; source: string; extractedOn: string; note: string; comparatorName: string }>;
}

/** Published statistics' markers for a figure that is not given: suppressed, not applicable, too small. */
const NOT_PUBLISHED = new Set(['x', 'c', 'z', 'u', 'low', ':', '..', '-', '–', 'n/a', 'na', 'not available', 'suppressed']);

const WIDE: [fieldId: string, comparator: Comparator][] = [
  ['council', 'council'],
  ['england', 'england'],
  ['region', 'region'],
  ['statisticalNeighbours', 'statistical_neighbours'],
];

const figureKey = (f: Pick<IndicatorValueInput, 'indicatorId' | 'comparator' | 'periodKind' | 'periodEnd'> & { comparatorName?: string }) =>
  [f.indicatorId, f.comparator, (f.comparatorName ?? '').toLowerCase(), f.periodKind, f.periodEnd].join('\u0000');

function comparatorOf(text: string, councilName: string): { comparator: Comparator; name: string } {
  const key = wordKey(text);
  const words: [Comparator, string[]][] = [
    ['council', ['council', 'our council', 'la', 'local authority', 'us', councilName]],
    ['england', ['england', 'national', 'england average']],
    ['region', ['region', 'regional', 'region average']],
    ['statistical_neighbours', ['statistical neighbours', 'statistical neighbour average', 'stat neighbours', 'sn', 'sn average']],
  ];
  for (const [comparator, names] of words) if (names.some((n) => n && wordKey(n) === key)) return { comparator, name: '' };
  return { comparator: 'named', name: text.trim() };
}

function readPeriodCell(cell: Cell, hint: PeriodKind | null, date1904: boolean): { ok: true; period: Period } | { ok: false; reason: string } {
  if (cell.kind === 'date') return periodEnding(hint ?? 'as_at', cell.iso);
  if (cell.kind === 'number' && isPlausibleDateSerial(cell.value)) {
    const iso = excelSerialToIso(cell.value, date1904);
    if (iso) return periodEnding(hint ?? 'as_at', iso);
  }
  return readPeriodText(shown(cell), hint);
}

export const indicatorsImporter: SheetImporter<IndicatorsContext, FiguresRecord> = {
  kind: 'indicators',
  needsPack: false,

  async load(q: ReadQueries) {
    const indicators = await allIndicators(q);
    const byWord = new Map<string, Indicator>();
    for (const i of indicators) for (const w of [i.title, i.shortTitle]) if (!byWord.has(wordKey(w))) byWord.set(wordKey(w), i);
    for (const i of indicators) byWord.set(wordKey(i.id), i);
    const setting = await q.get<{ value: string }>("SELECT value FROM settings WHERE key = 'organisationName'");
    const councilName = setting ? String(JSON.parse(setting.value) ?? '') : '';
    const existing = new Map(
      (await valuesWhere(q)).map((v) => [
        figureKey({ indicatorId: v.indicatorId, comparator: v.comparator, comparatorName: v.comparatorName, periodKind: v.period.kind, periodEnd: v.period.end }),
        { value: v.value, source: v.source, extractedOn: v.extractedOn, note: v.note, comparatorName: v.comparatorName },
      ]),
    );
    return { indicators, byWord, councilName, existing };
  },

  headingsKnown(ctx) {
    // A performance report heads the council's column with its name: "Northmoor", or "Northmoor Borough Council".
    const short = shortCouncilName(ctx.councilName);
    return Object.fromEntries([ctx.councilName, short].filter(Boolean).map((name) => [headingKey(name), 'council']));
  },

  checkMapping(mapped, env) {
    const wide = WIDE.some(([f]) => mapped(f));
    const problems: string[] = [];
    if (mapped('value') && wide)
      problems.push('Match the figures either to one Value column (with a Comparator column), or to columns for the council, England, the region and statistical neighbours, not both.');
    if (!mapped('value') && !wide) problems.push('No column is matched to a figure. Match Value, or the Council, England, Region or Statistical neighbours columns.');
    if (mapped('comparator') && !mapped('value')) problems.push('A Comparator column needs a Value column beside it for the figures.');
    if (!mapped('source') && !env.defaults.source) problems.push('No column is matched to Source. Match the column that says where the figures came from, or give one source for all of them.');
    if (!mapped('extractedOn') && !env.defaults.extractedOn)
      problems.push('No column is matched to Extracted on. Match the column with the date the figures were taken, or give one date for all of them.');
    return problems;
  },

  readRow(input, ctx, env) {
    const problems: RowProblem[] = [];
    const problem = (fieldId: string | null, message: string) => problems.push({ row: input.row, column: fieldId ? input.heading(fieldId) : null, message });

    const indicatorCell = input.cell('indicator')!;
    const indicator = ctx.byWord.get(wordKey(shown(indicatorCell)));
    if (isBlank(indicatorCell)) problem('indicator', 'the row names no indicator. Give the indicator’s id or title, or delete the row.');
    else if (!indicator)
      problem('indicator', `'${shown(indicatorCell)}' is not an indicator SEF Studio knows. Use the id or title of one in the library, or add it as your own indicator first.`);

    let hint: PeriodKind | null = null;
    const kindCell = input.cell('periodType');
    if (kindCell && !isBlank(kindCell)) {
      hint = readPeriodKind(shown(kindCell));
      if (!hint) problem('periodType', `'${shown(kindCell)}' is not a kind of period. Use ${Object.values(PERIOD_KIND_LABELS).join(', ')}.`);
    }
    const periodCell = input.cell('period')!;
    let period: Period | null = null;
    if (isBlank(periodCell)) problem('period', 'the row has no period. Give the quarter, year or date the figures are for.');
    else {
      const read = readPeriodCell(periodCell, hint, env.date1904);
      if (read.ok) period = read.period;
      else problem('period', `'${shown(periodCell)}' is not a period: ${read.reason}.`);
    }

    const sourceCell = input.cell('source');
    let source = env.defaults.source ?? '';
    if (sourceCell && !isBlank(sourceCell)) {
      const read = readText(sourceCell, 300, 'source');
      if (read.ok) source = read.value;
      else problem('source', read.message);
    }
    if (!source) problem('source', 'the row has no source. Say where the figures came from, or give one source for all of them when you import.');
    let extractedOn = env.defaults.extractedOn ?? '';
    const extractedCell = input.cell('extractedOn');
    if (extractedCell && !isBlank(extractedCell)) {
      const read = readDate(extractedCell, env.date1904);
      if (read.ok && read.value) extractedOn = read.value;
      else if (!read.ok) problem('extractedOn', read.message);
    }
    if (!extractedOn && !problems.some((p) => p.column === input.heading('extractedOn')))
      problem('extractedOn', 'the row has no extraction date. Give the date the figures were taken, or one date for all of them when you import.');
    const noteCell = input.cell('note');
    const note = noteCell ? readText(noteCell, 2000, 'note') : { ok: true as const, value: '' };
    if (!note.ok) problem('note', note.message);

    // The figures the row gives: one from Value and Comparator, or one per comparator column.
    const given: { fieldId: string; comparator: Comparator; name: string; cell: Cell }[] = [];
    if (input.cell('value')) {
      const comparatorCell = input.cell('comparator');
      const { comparator, name } = comparatorCell && !isBlank(comparatorCell) ? comparatorOf(shown(comparatorCell), ctx.councilName) : { comparator: 'council' as const, name: '' };
      given.push({ fieldId: 'value', comparator, name, cell: input.cell('value')! });
    } else for (const [fieldId, comparator] of WIDE) if (input.cell(fieldId)) given.push({ fieldId, comparator, name: '', cell: input.cell(fieldId)! });

    const figures: IndicatorValueInput[] = [];
    for (const g of given) {
      if (isBlank(g.cell) || NOT_PUBLISHED.has(shown(g.cell).toLowerCase())) continue;
      const read = readNumber(g.cell);
      if (!read.ok) {
        problem(g.fieldId, read.message);
        continue;
      }
      if (read.value === null || !indicator || !period) continue;
      const figure: IndicatorValueInput = {
        indicatorId: indicator.id,
        comparator: g.comparator,
        comparatorName: g.name,
        periodKind: period.kind,
        periodEnd: period.end,
        value: read.value,
        source,
        extractedOn,
        note: note.ok ? note.value : '',
      };
      if (extractedOn) for (const message of figureProblems(figure as Required<IndicatorValueInput>, indicator, env.today)) problem(g.fieldId, message);
      figures.push(figure);
    }
    const keys = figures.map((f) => ({ key: figureKey(f), describe: `${comparatorLabel(f.comparator, f.comparatorName ?? '')}'s figure for ${periodLabel(period!)}` }));
    if (problems.length || !indicator || !period || !figures.length) return { record: null, problems, keys };
    return { record: { indicatorId: indicator.id, period, figures }, problems, keys };
  },

  plan(rows, ctx) {
    return rows.map(({ row, record }): PlannedRecord<FiguresRecord> => {
      const outcomes = record.figures.map((f) => {
        const existing = ctx.existing.get(figureKey(f));
        if (!existing) return 'create';
        const same =
          existing.value === f.value && existing.source === f.source && existing.extractedOn === f.extractedOn &&
          existing.note === (f.note ?? '') && existing.comparatorName === (f.comparatorName ?? '');
        return same ? 'unchanged' : 'update';
      });
      return { row, record, outcome: outcomes.includes('create') ? 'create' : outcomes.includes('update') ? 'update' : 'unchanged' };
    });
  },

  repeated(figure, first) {
    return `this row gives ${figure} again, as row ${first} does. Give each figure once.`;
  },

  show(record, ctx) {
    const indicator = ctx.indicators.find((i) => i.id === record.indicatorId)!;
    const out: Record<string, string> = {
      indicator: indicator.title,
      period: periodLabel(record.period),
      periodType: PERIOD_KIND_LABELS[record.period.kind],
      source: record.figures[0]?.source ?? '',
      extractedOn: formatShortDate(record.figures[0]?.extractedOn),
    };
    for (const f of record.figures) {
      const field = WIDE.find(([, c]) => c === f.comparator && f.comparator !== 'named')?.[0];
      out[field ?? 'value'] = formatFigure(f.value, indicator);
      if (!field) out.comparator = comparatorLabel(f.comparator, f.comparatorName ?? '');
    }
    return out;
  },

  async apply(c, planned) {
    const figures = planned.filter((p) => p.outcome !== 'unchanged').flatMap((p) => p.record.figures);
    if (figures.length) await putFigures(c, figures);
  },
};
