// What both editions share while they lay a document out: the snapshot, the options with their
// defaults, the evidence catalogue, the areas in order with their numbers, and small lookups.
import type { Action, AreaReadiness, EvidenceRow, PackArea } from '../../shared/entities';
import type { Framework } from '../../shared/framework';
import { compareReferences, EvidenceCatalogue } from './evidence';
import { allCitedIds, areaNumbers, areasInOrder, resolveOptions, type ParsedExportOptions, type ResolvedOptions } from './model';
import { indicatorCitationWriter } from './performance';
import type { RichTextContext } from './richtext';
import { readTemplate, type WordTemplate } from './template';
import { pageGeometry, resetHeadingBookmarks, setTemplateTableStyle, type PageGeometry } from './word';
import type { PackSnapshot } from './snapshot';

/** An area's evidence as its chapter lists it: the item and what it shows about the area. */
export interface LinkedEvidence {
  evidence: EvidenceRow;
  note: string;
}

export interface BuildContext extends RichTextContext {
  snapshot: PackSnapshot;
  options: ResolvedOptions;
  framework: Framework;
  areas: PackArea[];
  readinessOf(areaId: string): AreaReadiness | undefined;
  areaTitle(areaId: string | null): string;
  /** "2" for the second area, "1.3" for the third within the first: as the chapters are numbered. */
  areaNumber(areaId: string): string;
  /** The area's evidence in reference order, withheld items included (the caller decides). */
  linksOf(areaId: string): LinkedEvidence[];
  actionsOf(areaId: string): Action[];
  /** What an evidence item shows about an area, as its link says ('' when nothing is said). */
  noteOf(evidenceId: string, areaId: string): string;
  /** The date the document is produced. */
  today: string;
  /** The council's own Word template for this edition, read; null for SEF Studio's own styles. */
  template: WordTemplate | null;
  /** The page: the house A4, or the template's size and margins. */
  page: PageGeometry;
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
  const areas = areasInOrder(snapshot.detail.areas);
  const numbers = areaNumbers(areas);
  const byId = new Map(snapshot.evidence.map((e) => [e.id, e]));
  const actionsByArea = new Map<string, Action[]>();
  for (const a of snapshot.actions) if (a.areaId) actionsByArea.set(a.areaId, [...(actionsByArea.get(a.areaId) ?? []), a]);
  const notes = new Map<string, string>();
  for (const [areaId, content] of Object.entries(snapshot.areas)) for (const l of content.links) notes.set(`${l.evidenceId} ${areaId}`, l.note);
  let listInstance = 0;
  const template = snapshot.template ? readTemplate(snapshot.template) : null;
  setTemplateTableStyle(template?.tableStyle ?? null);
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
    areaNumber: (id) => numbers.get(id) ?? '',
    linksOf: (id) =>
      (snapshot.areas[id]?.links ?? [])
        .flatMap((l) => {
          const e = byId.get(l.evidenceId);
          return e ? [{ evidence: e, note: l.note }] : [];
        })
        .sort((x, y) => compareReferences(x.evidence.reference, y.evidence.reference)),
    actionsOf: (id) => actionsByArea.get(id) ?? [],
    noteOf: (evidenceId, areaId) => notes.get(`${evidenceId} ${areaId}`) ?? '',
    today: snapshot.producedOn,
    template,
    page: pageGeometry(template?.page ?? null),
  };
}
