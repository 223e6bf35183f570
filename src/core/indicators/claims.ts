// The facts the claim checks need for one pack, read in a handful of queries however large the pack:
// every area's narratives, the evidence they cite with its review date, and every indicator's figures up
// to the pack's date. The rules themselves are shared/claims.ts; readiness calls this.
import type { ClaimFlag } from '../../shared/claims/flag';
import { claimFlags } from '../../shared/claims/rules';
import type { Framework } from '../../shared/framework';
import type { IndicatorFigures } from '../../shared/indicators/citation';
import { citedEvidenceIds, type RichDoc } from '../../shared/richtext';
import type { ReadQueries } from '../db/port';
import { frameworkArea, sectionsOf } from '../packs/narratives';
import { areasOfPack, packById, packFramework } from '../packs/rows';
import { groupBy } from '../records';
import { allIndicators, valuesWhere } from './queries';

/** Kept well inside both engines' limits on parameters in one statement. */
const EVIDENCE_PER_QUERY = 500;

export async function packClaimFlags(q: ReadQueries, packId: string): Promise<ClaimFlag[]> {
  const pack = await packById(q, packId);
  const framework: Framework = await packFramework(q, packId);
  const areas = await areasOfPack(q, packId);
  const rows = await q.all<{ area_id: string; section_id: string; doc_json: string }>(
    'SELECT n.area_id, n.section_id, n.doc_json FROM narratives n JOIN pack_areas a ON a.id = n.area_id WHERE a.pack_id = ?',
    [packId],
  );
  const parsed = rows.map((r) => ({ areaId: r.area_id, sectionId: r.section_id, doc: JSON.parse(r.doc_json) as RichDoc }));
  const docs = groupBy(parsed, (r) => r.areaId, (r) => [r.sectionId, r.doc] as const);

  const cited = [...new Set(parsed.flatMap((r) => citedEvidenceIds(r.doc)))];
  const evidenceRows: { id: string; reference: string; review_due: string | null }[] = [];
  for (let i = 0; i < cited.length; i += EVIDENCE_PER_QUERY) {
    const chunk = cited.slice(i, i + EVIDENCE_PER_QUERY);
    evidenceRows.push(
      ...(await q.all<{ id: string; reference: string; review_due: string | null }>(
        `SELECT id, reference, review_due FROM evidence WHERE id IN (${chunk.map(() => '?').join(', ')})`,
        chunk,
      )),
    );
  }

  const indicators = await allIndicators(q);
  const values = groupBy(await valuesWhere(q, { endingBy: pack.asAt }), (v) => v.indicatorId, (v) => v);
  const figures = new Map<string, IndicatorFigures>(indicators.map((i) => [i.id, { indicator: i, values: values.get(i.id) ?? [] }]));

  return claimFlags({
    asAt: pack.asAt,
    evidence: new Map(evidenceRows.map((e) => [e.id, { reference: e.reference, reviewDue: e.review_due }])),
    figures,
    areas: areas.map((area) => {
      const byId = new Map(docs.get(area.id) ?? []);
      return {
        id: area.id,
        title: area.title,
        sections: sectionsOf(framework, frameworkArea(framework, area.areaKey)).map((s) => ({ id: s.id, title: s.title, doc: byId.get(s.id) ?? null })),
      };
    }),
  });
}
