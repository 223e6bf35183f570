// The facts the claim checks need for one pack, read in a handful of queries however large the pack:
// every area's narratives, the evidence they cite with its review date, and every indicator's figures up
// to the pack's date. The rules themselves are shared/claims.ts; readiness calls this.
import type { ClaimFlag } from '../../shared/claims/flag';
import { claimFlags } from '../../shared/claims/rules';
import type { PackArea } from '../../shared/entities';
import type { Framework } from '../../shared/framework';
import type { IndicatorFigures } from '../../shared/indicators/citation';
import { citedEvidenceIds, type RichDoc } from '../../shared/richtext';
import type { ReadQueries } from '../db/port';
import { frameworkArea, narrativeDocsOfPack, sectionsOf } from '../packs/narratives';
import { areasOfPack, packById, packFramework } from '../packs/rows';
import { groupBy } from '../records';
import { allIndicators, valuesWhere } from './queries';

/** What the claim checks read of a pack besides evidence and figures; readiness has read it already. */
export interface PackNarrativeFacts {
  asAt: string;
  framework: Framework;
  areas: PackArea[];
  /** Parsed documents by area id, then section id (narrativeDocsOfPack). */
  docsByArea: Map<string, Map<string, RichDoc>>;
}

async function readNarrativeFacts(q: ReadQueries, packId: string): Promise<PackNarrativeFacts> {
  const pack = await packById(q, packId);
  return {
    asAt: pack.asAt,
    framework: await packFramework(q, packId),
    areas: await areasOfPack(q, packId),
    docsByArea: await narrativeDocsOfPack(q, packId),
  };
}

export async function packClaimFlags(q: ReadQueries, packId: string, known?: PackNarrativeFacts): Promise<ClaimFlag[]> {
  const { asAt, framework, areas, docsByArea } = known ?? (await readNarrativeFacts(q, packId));
  const cited = [...new Set([...docsByArea.values()].flatMap((docs) => [...docs.values()].flatMap(citedEvidenceIds)))];
  // One JSON list parameter however many items are cited, where a list of placeholders had to be split
  // to stay inside the engines' limits on parameters.
  // The cited items come back as one JSON text (see Dialect.jsonRows): a pack cites hundreds of them.
  const evidenceRows = cited.length
    ? (JSON.parse(
        (await q.get<{ rows: string }>(
          `SELECT ${q.dialect.jsonRows(['id', 'reference', 'review_due'])} AS rows FROM evidence WHERE ${q.dialect.inJsonList('id')}`,
          [JSON.stringify(cited)],
        ))!.rows,
      ) as [string, string, string | null][])
    : [];

  const indicators = await allIndicators(q);
  const values = groupBy(await valuesWhere(q, { endingBy: asAt }), (v) => v.indicatorId, (v) => v);
  const figures = new Map<string, IndicatorFigures>(indicators.map((i) => [i.id, { indicator: i, values: values.get(i.id) ?? [] }]));

  return claimFlags({
    asAt,
    evidence: new Map(evidenceRows.map(([id, reference, reviewDue]) => [id, { reference, reviewDue }])),
    figures,
    areas: areas.map((area) => {
      const byId = docsByArea.get(area.id);
      return {
        id: area.id,
        title: area.title,
        sections: sectionsOf(framework, frameworkArea(framework, area.areaKey)).map((s) => ({ id: s.id, title: s.title, doc: byId?.get(s.id) ?? null })),
      };
    }),
  });
}
