// A pack's indicators, judged as at the pack's date: every indicator the council has a figure for by
// then, as a series with its comparators and words, and which of them each area shows. Read in a few
// queries for the whole pack, inside the caller's read, so the interface, the Word export and the
// readiness checks see the same figures.
import type { PackIndicators } from '../../shared/api/indicators';
import { buildSeries, type IndicatorSeries } from '../../shared/indicators/series';
import type { IndicatorValue } from '../../shared/indicators/values';
import type { ReadQueries } from '../db/connection';
import { groupBy } from '../records';
import { areasOfPack, packById } from '../packs/rows';
import { allIndicators, valuesWhere } from './queries';

async function organisationName(q: ReadQueries): Promise<string> {
  const row = await q.get<{ value: string }>("SELECT value FROM settings WHERE key = 'organisationName'");
  try {
    const name = row ? (JSON.parse(row.value) as unknown) : '';
    return typeof name === 'string' ? name.trim() : '';
  } catch {
    return '';
  }
}

/** Every indicator with a council figure by `asAt`, as series, in library order then own indicators. */
export async function seriesAsAt(q: ReadQueries, asAt: string): Promise<{ councilName: string; series: IndicatorSeries[] }> {
  const councilName = await organisationName(q);
  const indicators = await allIndicators(q);
  const values = groupBy(await valuesWhere(q, { endingBy: asAt }), (v) => v.indicatorId, (v): IndicatorValue => v);
  const series = indicators
    .filter((i) => values.has(i.id))
    .map((i) => buildSeries(i, values.get(i.id)!, asAt, councilName))
    .filter((s) => s.latest !== null);
  return { councilName, series };
}

/**
 * The pack's indicators. An area shows the indicators that inform its framework area and any its
 * narratives cite (`citedByArea`, from the narratives, so a cited indicator is never missing beside
 * the text that quotes it).
 */
export async function packIndicators(q: ReadQueries, packId: string, citedByArea: Map<string, string[]> = new Map()): Promise<PackIndicators> {
  const pack = await packById(q, packId);
  const areas = await areasOfPack(q, packId);
  const { councilName, series } = await seriesAsAt(q, pack.asAt);
  const shown = new Set(series.map((s) => s.indicator.id));
  return {
    packId,
    asAt: pack.asAt,
    councilName,
    series,
    areas: areas.map((area) => {
      const informs = series.filter((s) => s.indicator.areas.includes(area.areaKey)).map((s) => s.indicator.id);
      const cited = (citedByArea.get(area.id) ?? []).filter((id) => shown.has(id) && !informs.includes(id));
      return { areaId: area.id, indicatorIds: [...informs, ...cited] };
    }),
  };
}
