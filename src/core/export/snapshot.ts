// Everything the Word export needs from one pack, read in one read transaction straight from the
// repositories, so an autosave cannot land halfway through an export and the document builder is a pure
// function of this snapshot and the options. Only the pack's own evidence is read (what its areas link
// to or its text cites), never the whole library.
//
// A part of the document that needs data of its own adds a field to PackSnapshot and reads it in
// readSnapshot, inside the same transaction.
import type { GradeHistory } from '../../shared/api/cycle';
import type { PackIndicators } from '../../shared/api/indicators';
import type { Framework } from '../../shared/framework';
import type { Indicator } from '../../shared/indicators/definition';
import type { IndicatorValue } from '../../shared/indicators/values';
import type { Action, Evidence, EvidenceRow, Inspection, Narrative, PackDetail, Readiness, Settings } from '../../shared/entities';
import { isActionDueSoon, isActionOverdue } from '../../shared/rules';
import { citedEvidenceIds, type RichDoc } from '../../shared/richtext';
import type { BoardPaperValues } from '../../shared/board-paper';
import type { ExportEdition } from '../../shared/domain';
import { actionsWhere } from '../actions/queries';
import { boardPaperDefaults, packBoardPaper } from '../board-paper/store';
import { today, type CoreContext } from '../context';
import type { ReadQueries } from '../db/port';
import type { KeptChart } from '../charts/store';
import { blobData } from '../evidence/blobs';
import { findFramework } from '../frameworks/lookup';
import { EVIDENCE_COLUMNS, rowToEvidence, type EvidenceDbRow } from '../evidence/queries';
import { citedIndicatorsByArea } from '../indicators/citations';
import { packIndicators } from '../indicators/pack';
import { allIndicators, valuesWhere } from '../indicators/queries';
import { inspectionsWhere } from '../inspections/queries';
import { frameworkArea, sectionsOf, toNarrative } from '../packs/narratives';
import { packReadiness } from '../packs/readiness';
import { areasOfPack, packById, packFramework } from '../packs/rows';
import { groupBy } from '../records';
import { readGradeHistory } from '../services/cycle';
import { readSettings } from '../services/settings';
import { storedTemplate } from '../templates/store';
import { compareReferences } from './evidence';
import type { TemplateFile } from './template';

export interface LogoImage {
  mediaType: string;
  data: Uint8Array;
}

/** An evidence item linked to an area, with what it shows about that area. */
export interface AreaLink {
  evidenceId: string;
  note: string;
}

/** What one area of the pack says: its narrative sections in framework order and its evidence links. */
export interface AreaContent {
  narratives: Narrative[];
  links: AreaLink[];
}

export interface PackSnapshot {
  settings: Settings;
  /** Who the document is by: the signed-in person, or the name in settings; null when neither is known. */
  author: string | null;
  logo: LogoImage | null;
  detail: PackDetail;
  /** Each area's narratives and evidence links, by area id. */
  areas: Record<string, AreaContent>;
  /** The pack's evidence (linked to one of its areas or cited in its text), in reference order. */
  evidence: EvidenceRow[];
  /** The pack's actions, in reference order, overdue and due soon as at `judgedAt`. */
  actions: Action[];
  inspections: Inspection[];
  readiness: Readiness;
  /** Every graded inspection's grades against the pack's areas, up to its as-at date. */
  gradeHistory: GradeHistory;
  /** The pack's framework and the versions it supersedes, newest first: whose inspections concern the pack. */
  frameworkLineage: string[];
  /** The board paper's words the pack gives of its own, and the council's defaults from Settings. */
  boardPaper: { own: BoardPaperValues; defaults: BoardPaperValues };
  /** The council's own Word template for the edition being exported, when it has one (null: SEF Studio's styles). */
  template: TemplateFile | null;
  /** The date the document judges freshness and deadlines at: the pack's as-at date. */
  judgedAt: string;
  /** The day the document is produced (printed on the cover). */
  producedOn: string;
  /**
   * Performance data as at the pack's date: each indicator's series and which areas show it, and every
   * figure by that date with the definitions, for citations of a period the trend no longer shows.
   * Absent in snapshots made by hand before indicators existed: the document then has no performance data.
   */
  indicators?: { pack: PackIndicators; definitions: Indicator[]; values: IndicatorValue[] };
  /** The moment the snapshot was taken, as an ISO timestamp. */
  takenAt: string;
  /**
   * Chart pictures the database keeps for this export's charts, read after the snapshot (outside its
   * transaction: keyed by exactly what they show, they cannot disagree with it). Absent: all are drawn.
   */
  keptCharts?: KeptChart[];
}

/** The framework's id and those of the versions it supersedes, as far as they are known here. */
async function lineageOf(q: ReadQueries, framework: Framework): Promise<string[]> {
  const ids = [framework.id];
  let link = framework.supersedes;
  while (link && !ids.includes(link.id)) {
    ids.push(link.id);
    const previous = await findFramework(q, link.id).catch(() => null);
    link = previous?.supersedes;
  }
  return ids;
}

async function narrativesByArea(q: ReadQueries, detail: PackDetail): Promise<Map<string, Narrative[]>> {
  const rows = await q.all<{ area_id: string; section_id: string; doc_json: string; updated_at: string; updated_by: string; version: number }>(
    `SELECT n.area_id, n.section_id, n.doc_json, n.updated_at, n.updated_by, n.version
     FROM narratives n JOIN pack_areas a ON a.id = n.area_id WHERE a.pack_id = ?`,
    [detail.pack.id],
  );
  const stored = groupBy(rows, (r) => r.area_id, (r) => r);
  const out = new Map<string, Narrative[]>();
  for (const area of detail.areas) {
    const bySection = new Map((stored.get(area.id) ?? []).map((r) => [r.section_id, r]));
    const sections = sectionsOf(detail.framework, frameworkArea(detail.framework, area.areaKey));
    out.set(area.id, sections.map((s) => toNarrative(area.id, s, bySection.get(s.id))));
  }
  return out;
}

interface LinkRow {
  evidence_id: string;
  area_id: string;
  note: string;
}

async function packLinks(q: ReadQueries, packId: string): Promise<LinkRow[]> {
  return q.all<LinkRow>(
    `SELECT l.evidence_id, l.area_id, l.note FROM evidence_links l JOIN pack_areas a ON a.id = l.area_id
     WHERE a.pack_id = ? ORDER BY a.sort_order`,
    [packId],
  );
}

/** The evidence the pack links to, and any it cites without linking, as at the date given. */
async function packEvidence(q: ReadQueries, packId: string, citedIds: string[], links: LinkRow[], judgedAt: string): Promise<Evidence[]> {
  const rows = await q.all<EvidenceDbRow>(
    `SELECT ${EVIDENCE_COLUMNS} FROM evidence e
     WHERE e.id IN (SELECT l.evidence_id FROM evidence_links l JOIN pack_areas a ON a.id = l.area_id WHERE a.pack_id = ?)`,
    [packId],
  );
  const linked = new Set(links.map((l) => l.evidence_id));
  const unlinked = [...new Set(citedIds)].filter((id) => !linked.has(id));
  if (unlinked.length)
    rows.push(...(await q.all<EvidenceDbRow>(`SELECT ${EVIDENCE_COLUMNS} FROM evidence e WHERE ${q.dialect.inJsonList('e.id')}`, [JSON.stringify(unlinked)])));
  return rows.map((row) => rowToEvidence(row, judgedAt)).sort((a, b) => compareReferences(a.reference, b.reference));
}

/** Overdue and due soon as at the document's date, not today. */
function actionsAsAt(actions: Action[], judgedAt: string): Action[] {
  return actions.map((a) => ({
    ...a,
    overdue: isActionOverdue(a.status, a.dueDate, judgedAt),
    dueSoon: isActionDueSoon(a.status, a.dueDate, judgedAt),
  }));
}

async function logoOf(q: ReadQueries, settings: Settings): Promise<LogoImage | null> {
  if (!settings.logoSha256 || !settings.logoMediaType) return null;
  const data = await blobData(q, settings.logoSha256);
  return data ? { mediaType: settings.logoMediaType, data } : null;
}

/**
 * The document's author: the signed-in member of a team database, or on a local file the name the person
 * gave in Settings; nobody when neither is known (never a placeholder, never the machine's login name).
 */
async function authorOf(q: ReadQueries, ctx: CoreContext, settings: Settings): Promise<string | null> {
  const who = await ctx.db.identity(q);
  return who.role ? who.name.trim() || null : settings.displayName.trim() || null;
}

/** The pack as the export reads it; with an edition, the council's template for that edition too. */
export async function readSnapshot(q: ReadQueries, ctx: CoreContext, packId: string, edition?: ExportEdition): Promise<PackSnapshot> {
  const pack = await packById(q, packId);
  const detail: PackDetail = { pack, framework: await packFramework(q, packId), areas: await areasOfPack(q, packId) };
  const judgedAt = pack.asAt;
  const narratives = await narrativesByArea(q, detail);
  const docs: RichDoc[] = [pack.context, pack.boardAsks, ...[...narratives.values()].flat().map((n) => n.doc)];
  const links = await packLinks(q, packId);
  const evidence = await packEvidence(q, packId, docs.flatMap((d) => citedEvidenceIds(d)), links, judgedAt);

  const titles = new Map(detail.areas.map((a) => [a.id, a.title]));
  const linksByEvidence = groupBy(links, (l) => l.evidence_id, (l) => ({ areaId: l.area_id, title: titles.get(l.area_id) ?? '' }));
  const linksByArea = groupBy(links, (l) => l.area_id, (l): AreaLink => ({ evidenceId: l.evidence_id, note: l.note }));
  const areas: Record<string, AreaContent> = {};
  for (const area of detail.areas) areas[area.id] = { narratives: narratives.get(area.id) ?? [], links: linksByArea.get(area.id) ?? [] };

  const settings = await readSettings(q);
  return {
    settings,
    author: await authorOf(q, ctx, settings),
    logo: await logoOf(q, settings),
    detail,
    areas,
    evidence: evidence.map((e) => ({ ...e, linkedAreas: linksByEvidence.get(e.id) ?? [] })),
    actions: actionsAsAt(await actionsWhere(q, ctx, { packId }), judgedAt),
    inspections: await inspectionsWhere(q, judgedAt),
    readiness: await packReadiness(q, packId, judgedAt),
    gradeHistory: await readGradeHistory(q, packId),
    frameworkLineage: await lineageOf(q, detail.framework),
    boardPaper: { own: await packBoardPaper(q, packId), defaults: await boardPaperDefaults(q) },
    template: edition ? await templateFileOf(q, edition) : null,
    indicators: {
      pack: await packIndicators(q, packId, await citedIndicatorsByArea(q, packId)),
      definitions: await allIndicators(q),
      values: await valuesWhere(q, { endingBy: pack.asAt }),
    },
    judgedAt,
    producedOn: today(ctx),
    takenAt: ctx.now().toISOString(),
  };
}

async function templateFileOf(q: ReadQueries, edition: ExportEdition): Promise<TemplateFile | null> {
  const stored = await storedTemplate(q, edition);
  return stored ? { fileName: stored.fileName, data: stored.data } : null;
}

/** The pack as one consistent read: nothing written while it runs can show in half of it. */
export function loadSnapshot(ctx: CoreContext, packId: string, edition?: ExportEdition): Promise<PackSnapshot> {
  return ctx.db.read((q) => readSnapshot(q, ctx, packId, edition));
}
