// Narrative sections come from the pack's own copy of its framework: an area's sections if it has its
// own, otherwise the framework's defaults (normally the self-evaluation's three questions). Titles and
// prompts are never stored with the text, so they always read as the framework the pack was made from.
import type { Narrative, PackArea } from '../../shared/entities';
import { flattenAreas, type Framework, type FrameworkArea, type NarrativeSectionDef } from '../../shared/framework';
import { emptyDoc, type RichDoc } from '../../shared/richtext';
import type { ReadQueries } from '../db/port';
import { groupBy } from '../records';

export function frameworkArea(framework: Framework, areaKey: string): FrameworkArea | undefined {
  return flattenAreas(framework.areas).find((flat) => flat.area.id === areaKey)?.area;
}

export function sectionsOf(framework: Framework, area: FrameworkArea | undefined): NarrativeSectionDef[] {
  return area?.sections ?? framework.sections;
}

interface NarrativeDbRow {
  section_id: string;
  doc_json: string;
  updated_at: string;
  updated_by: string;
  version: number;
}

export function toNarrative(areaId: string, section: NarrativeSectionDef, row: NarrativeDbRow | undefined): Narrative {
  return {
    areaId,
    sectionId: section.id,
    title: section.title,
    prompt: section.prompt ?? null,
    doc: row ? (JSON.parse(row.doc_json) as RichDoc) : emptyDoc(),
    updatedAt: row?.updated_at ?? null,
    updatedBy: row?.updated_by ?? null,
    version: row?.version ?? 0,
  };
}

/** Every section of the area in framework order, an empty document where nothing has been written. */
export async function narrativesOfArea(q: ReadQueries, framework: Framework, area: PackArea): Promise<Narrative[]> {
  const rows = await q.all<NarrativeDbRow>('SELECT section_id, doc_json, updated_at, updated_by, version FROM narratives WHERE area_id = ?', [
    area.id,
  ]);
  const bySection = new Map(rows.map((row) => [row.section_id, row]));
  return sectionsOf(framework, frameworkArea(framework, area.areaKey)).map((section) =>
    toNarrative(area.id, section, bySection.get(section.id)),
  );
}

/** One section's narrative as it is stored now. */
export async function readNarrative(q: ReadQueries, areaId: string, section: NarrativeSectionDef): Promise<Narrative> {
  const row = await q.get<NarrativeDbRow>(
    'SELECT section_id, doc_json, updated_at, updated_by, version FROM narratives WHERE area_id = ? AND section_id = ?',
    [areaId, section.id],
  );
  return toNarrative(areaId, section, row);
}

/** Every written section of the pack, parsed, by area id and then section id. */
export async function narrativeDocsOfPack(q: ReadQueries, packId: string): Promise<Map<string, Map<string, RichDoc>>> {
  const rows = await q.all<{ area_id: string; section_id: string; doc_json: string }>(
    'SELECT n.area_id, n.section_id, n.doc_json FROM narratives n JOIN pack_areas a ON a.id = n.area_id WHERE a.pack_id = ?',
    [packId],
  );
  const byArea = groupBy(rows, (r) => r.area_id, (r) => [r.section_id, JSON.parse(r.doc_json) as RichDoc] as const);
  return new Map([...byArea].map(([areaId, docs]) => [areaId, new Map(docs)]));
}
