// The action plan, the evidence register and the indicator figures as workbooks. Each sheet's headings are
// ones the import recognises, so an exported sheet, edited in Excel, imports back with every column matched.
// Judged as at the pack's date where a pack is given (overdue, out of date).
import {
  ACTION_STATUS_LABELS, EVIDENCE_TYPE_LABELS, FRESHNESS_LABELS, RAG_COLOURS, RAG_SHORT_LABELS, SENSITIVITY_LABELS,
  type EvidenceType, type Sensitivity,
} from '../../shared/domain';
import { formatLongDate, formatShortDate } from '../../shared/dates';
import type { Action } from '../../shared/entities';
import type { Indicator } from '../../shared/indicators/definition';
import { comparatorLabel, STANDING_WORDS } from '../../shared/indicators/figures';
import { periodLabel } from '../../shared/indicators/periods';
import type { IndicatorValue } from '../../shared/indicators/values';
import { INDICATOR_UNIT_LABELS, PERIOD_KIND_LABELS } from '../../shared/indicators/vocabulary';
import { evidenceFreshness, isActionOverdue } from '../../shared/rules';
import type { SheetKind } from '../../shared/sheets';
import { actionsWhere } from '../actions/queries';
import type { CoreContext } from '../context';
import type { ReadQueries } from '../db/port';
import { seriesAsAt } from '../indicators/pack';
import { allIndicators, valuesWhere } from '../indicators/queries';
import { areasOfPack, packById } from '../packs/rows';
import { groupBy, referenceOrder } from '../records';
import type { SheetColumn, SheetSpec, WorkbookSpec } from './workbook';

const col = <Row>(heading: string, kind: SheetColumn<Row>['kind'], value: SheetColumn<Row>['value'], extra: Partial<SheetColumn<Row>> = {}): SheetColumn<Row> => ({
  heading,
  kind,
  value,
  ...extra,
});

const sheet = <Row>(spec: SheetSpec<Row>) => spec as unknown as SheetSpec<never>;

/** The person exporting, as the workbook's author: their login's name on a team database, else the settings name. */
async function authorOf(q: ReadQueries, ctx: CoreContext): Promise<string> {
  return (await ctx.db.identity(q)).name;
}

async function actionPlan(q: ReadQueries, ctx: CoreContext, packId: string): Promise<WorkbookSpec> {
  const pack = await packById(q, packId);
  const areas = new Map((await areasOfPack(q, packId)).map((a) => [a.id, a.title]));
  const actions = await actionsWhere(q, ctx, { packId });
  const recommendations = new Map(
    (await q.all<{ id: string; reference: string; text: string }>('SELECT id, reference, text FROM recommendations')).map((r) => [r.id, `${r.reference}: ${r.text}`]),
  );
  const asAt = formatShortDate(pack.asAt);
  const columns: SheetColumn<Action>[] = [
    col('Reference', 'text', (a) => a.reference),
    col('Action', 'longText', (a) => a.title),
    col('Area', 'text', (a) => (a.areaId ? (areas.get(a.areaId) ?? '') : '')),
    col('Owner', 'text', (a) => a.owner),
    col('Due date', 'date', (a) => a.dueDate),
    col('Status', 'text', (a) => ACTION_STATUS_LABELS[a.status], { choices: Object.values(ACTION_STATUS_LABELS) }),
    col('RAG', 'text', (a) => RAG_SHORT_LABELS[a.rag], { choices: Object.values(RAG_SHORT_LABELS), fill: (a) => RAG_COLOURS[a.rag] }),
    col(`Overdue at ${asAt}`, 'text', (a) => (isActionOverdue(a.status, a.dueDate, pack.asAt) ? 'Overdue' : '')),
    col('Recommendation', 'longText', (a) => (a.recommendationId ? (recommendations.get(a.recommendationId) ?? '') : '')),
    col('Latest progress', 'longText', (a) => a.notes.at(-1)?.text ?? ''),
    col('Progress noted on', 'date', (a) => a.notes.at(-1)?.date ?? null),
  ];
  return {
    author: await authorOf(q, ctx),
    title: `${pack.title}: action plan`,
    sheets: [sheet({ name: 'Action plan', columns, rows: actions, frozenColumns: 2 })],
    about: [
      ['Pack', pack.title],
      ['As at', formatLongDate(pack.asAt)],
      ['Exported', formatLongDate(ctx.now().toISOString())],
      ['Importing', 'Edit the Action plan sheet and import it into the pack again: a row with a reference already in the plan changes that action; a row without one adds an action. Overdue, Recommendation and Latest progress are for reading and are not imported.'],
    ],
  };
}

interface EvidenceRow {
  reference: string;
  title: string;
  type: EvidenceType;
  description: string;
  owner: string;
  effective_date: string | null;
  review_due: string | null;
  source: string;
  sensitivity: Sensitivity;
  attachments: number;
  id: string;
}

async function evidenceRegister(q: ReadQueries, ctx: CoreContext, packId: string | null): Promise<WorkbookSpec> {
  const pack = packId ? await packById(q, packId) : null;
  const asAt = pack?.asAt ?? ctx.now().toISOString().slice(0, 10);
  const rows = await q.all<EvidenceRow>(
    `SELECT e.id, e.reference, e.title, e.type, e.description, e.owner, e.effective_date, e.review_due, e.source, e.sensitivity,
       (SELECT count(*) FROM attachments a WHERE a.evidence_id = e.id) AS attachments
     FROM evidence e ORDER BY ${referenceOrder('e.reference')}`,
  );
  const linked = pack
    ? groupBy(
        await q.all<{ evidence_id: string; title: string }>(
          'SELECT l.evidence_id, a.title FROM evidence_links l JOIN pack_areas a ON a.id = l.area_id WHERE a.pack_id = ? ORDER BY a.sort_order',
          [pack.id],
        ),
        (r) => r.evidence_id,
        (r) => r.title,
      )
    : null;
  const columns: SheetColumn<EvidenceRow>[] = [
    col('Reference', 'text', (e) => e.reference),
    col('Title', 'longText', (e) => e.title),
    col('Type', 'text', (e) => EVIDENCE_TYPE_LABELS[e.type], { choices: Object.values(EVIDENCE_TYPE_LABELS) }),
    col('Description', 'longText', (e) => e.description),
    col('Owner', 'text', (e) => e.owner),
    col('Evidence date', 'date', (e) => e.effective_date),
    col('Review due', 'date', (e) => e.review_due),
    col(`Freshness at ${formatShortDate(asAt)}`, 'text', (e) => FRESHNESS_LABELS[evidenceFreshness(e.review_due, asAt)]),
    col('Source', 'text', (e) => e.source),
    col('Sensitivity', 'text', (e) => SENSITIVITY_LABELS[e.sensitivity], { choices: Object.values(SENSITIVITY_LABELS) }),
    col('Attachments', 'integer', (e) => Number(e.attachments)),
    ...(linked ? [col<EvidenceRow>(`Areas of ${pack!.title}`, 'longText', (e) => (linked.get(e.id) ?? []).join('; '))] : []),
  ];
  return {
    author: await authorOf(q, ctx),
    title: 'Evidence register',
    sheets: [sheet({ name: 'Evidence register', columns, rows, frozenColumns: 2 })],
    about: [
      ['Library', 'Every evidence item, shared by all packs'],
      ['Freshness as at', formatLongDate(asAt)],
      ['Exported', formatLongDate(ctx.now().toISOString())],
      ['Importing', 'Edit the Evidence register sheet and import it again: a row with a reference already in the library changes that item; a row without one adds an item. Freshness, Attachments and Areas are for reading and are not imported.'],
    ],
  };
}

interface FigureRow {
  value: IndicatorValue;
  indicator: Indicator;
}

async function indicatorTable(q: ReadQueries, ctx: CoreContext, packId: string | null): Promise<WorkbookSpec> {
  const indicators = new Map((await allIndicators(q)).map((i) => [i.id, i]));
  const setting = await q.get<{ value: string }>("SELECT value FROM settings WHERE key = 'organisationName'");
  const councilName = setting ? String(JSON.parse(setting.value) ?? '') : '';
  const figures: FigureRow[] = (await valuesWhere(q))
    .filter((v) => indicators.has(v.indicatorId))
    .map((value) => ({ value, indicator: indicators.get(value.indicatorId)! }));
  const figureColumns: SheetColumn<FigureRow>[] = [
    col('Indicator id', 'text', (f) => f.indicator.id),
    col('Indicator', 'longText', (f) => f.indicator.title),
    col('Unit', 'text', (f) => INDICATOR_UNIT_LABELS[f.indicator.unit]),
    col('Period', 'text', (f) => periodLabel(f.value.period)),
    col('Period type', 'text', (f) => PERIOD_KIND_LABELS[f.value.period.kind], { choices: Object.values(PERIOD_KIND_LABELS) }),
    col('Period start', 'date', (f) => f.value.period.start),
    col('Period end', 'date', (f) => f.value.period.end),
    col('Comparator', 'text', (f) => comparatorLabel(f.value.comparator, f.value.comparator === 'council' ? councilName : f.value.comparatorName)),
    col('Value', 'number', (f) => f.value.value, { decimals: (f) => f.indicator.decimals }),
    col('Source', 'text', (f) => f.value.source),
    col('Extracted on', 'date', (f) => f.value.extractedOn),
    col('Note', 'longText', (f) => f.value.note),
  ];
  const sheets = [sheet({ name: 'Figures', columns: figureColumns, rows: figures, frozenColumns: 2 })];
  const pack = packId ? await packById(q, packId) : null;
  if (pack) {
    const { series } = await seriesAsAt(q, pack.asAt);
    type Latest = (typeof series)[number];
    const figureFor = (s: Latest, comparator: string) => s.comparisons.find((c) => c.comparator === comparator)?.point.value ?? null;
    const standingFor = (s: Latest, comparator: string) => {
      const c = s.comparisons.find((x) => x.comparator === comparator);
      return c ? STANDING_WORDS[c.standing].replace(/ than$| as$/, '') : '';
    };
    sheets.push(
      sheet({
        name: `Latest at ${formatShortDate(pack.asAt).replace(/\//g, '-')}`,
        frozenColumns: 1,
        rows: series,
        columns: [
          col<Latest>('Indicator', 'longText', (s) => s.indicator.title),
          col<Latest>('Period', 'text', (s) => (s.latest ? periodLabel(s.latest.period) : '')),
          col<Latest>(councilName || 'Council', 'number', (s) => s.latest?.value ?? null, { decimals: (s) => s.indicator.decimals }),
          col<Latest>('England', 'number', (s) => figureFor(s, 'england'), { decimals: (s) => s.indicator.decimals }),
          col<Latest>('Against England', 'text', (s) => standingFor(s, 'england')),
          col<Latest>('Region', 'number', (s) => figureFor(s, 'region'), { decimals: (s) => s.indicator.decimals }),
          col<Latest>('Against the region', 'text', (s) => standingFor(s, 'region')),
          col<Latest>('Statistical neighbours', 'number', (s) => figureFor(s, 'statistical_neighbours'), { decimals: (s) => s.indicator.decimals }),
          col<Latest>('Against statistical neighbours', 'text', (s) => standingFor(s, 'statistical_neighbours')),
          col<Latest>('In words', 'longText', (s) => s.summary),
        ],
      }),
    );
  }
  return {
    author: await authorOf(q, ctx),
    title: 'Indicator figures',
    sheets,
    about: [
      ['Figures', 'Every figure held, one per row: the council’s and each comparator’s, for each period.'],
      ...(pack ? ([['Latest', `Each indicator's latest figure as at ${formatLongDate(pack.asAt)}, the date of "${pack.title}", against its comparators.`]] as [string, string][]) : []),
      ['Exported', formatLongDate(ctx.now().toISOString())],
      ['Importing', 'Edit or add rows on the Figures sheet and import it again: a figure for an indicator, comparator and period already held replaces it. Unit, Period start and Period end are for reading.'],
    ],
  };
}

/** The workbook for a kind of sheet; the action plan needs its pack, the others take one for its date. */
export function workbookFor(q: ReadQueries, ctx: CoreContext, kind: SheetKind, packId: string | null): Promise<WorkbookSpec> {
  switch (kind) {
    case 'actions':
      return actionPlan(q, ctx, packId!);
    case 'evidence':
      return evidenceRegister(q, ctx, packId);
    case 'indicators':
      return indicatorTable(q, ctx, packId);
  }
}

export function rowsOf(spec: WorkbookSpec): number {
  return spec.sheets[0]?.rows.length ?? 0;
}
