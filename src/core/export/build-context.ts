// What both editions share while they lay a document out: the snapshot, the options with their
// defaults, the evidence catalogue, the areas in order, and small lookups.
import type { AreaReadiness, PackArea } from '../../shared/entities';
import type { Framework } from '../../shared/framework';
import { EvidenceCatalogue } from './evidence';
import { indicatorCitationWriter } from './performance';
import { allCitedIds, areasInOrder, resolveOptions, type ParsedExportOptions, type ResolvedOptions } from './model';
import type { RichTextContext } from './richtext';
import { resetHeadingBookmarks } from './word';
import type { PackSnapshot } from './snapshot';

export interface BuildContext extends RichTextContext {
  snapshot: PackSnapshot;
  options: ResolvedOptions;
  framework: Framework;
  areas: PackArea[];
  readinessOf(areaId: string): AreaReadiness | undefined;
  areaTitle(areaId: string | null): string;
  today: string;
  /**
   * The heading level of the sections within a chapter (the three questions, strengths, evidence…): one
   * below the deepest area, so the contents can list every area and nothing else.
   */
  sub: number;
}

export function buildContext(snapshot: PackSnapshot, parsed: ParsedExportOptions): BuildContext {
  resetHeadingBookmarks();
  const options = resolveOptions(parsed, snapshot);
  const indexed = options.edition === 'self_evaluation' && options.includeEvidenceIndex;
  const evidence = new EvidenceCatalogue(snapshot.evidence, allCitedIds(snapshot), options.withholdSensitive, indexed);
  const readiness = new Map(snapshot.readiness.areas.map((r) => [r.areaId, r]));
  const titles = new Map(snapshot.detail.areas.map((a) => [a.id, a.title]));
  let listInstance = 0;
  const areas = areasInOrder(snapshot.detail.areas);
  return {
    snapshot,
    options,
    framework: snapshot.detail.framework,
    areas,
    sub: Math.min(2 + Math.max(0, ...areas.map((a) => a.depth)), 4),
    evidence,
    nextListInstance: () => ++listInstance,
    indicatorText: indicatorCitationWriter(snapshot),
    readinessOf: (id) => readiness.get(id),
    areaTitle: (id) => (id ? (titles.get(id) ?? '') : ''),
    today: snapshot.readiness.today,
  };
}
