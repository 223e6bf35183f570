// Moving a pack onto the framework that superseded its own, as a pure function of the pack's content and
// the frameworks: what each new area receives through the `supersedes` mapping, and, with its content,
// everything that cannot be carried (an area the new framework drops, a second grade where areas merge,
// a narrative section the new area lacks). Nothing is silently dropped: what is not carried is listed
// before the move and kept with it. The core reads the pack into this model and writes the result back.
import { z } from 'zod';
import { GRADE_POSITIONS, type AreaStatus, type GradePosition } from './domain';
import { flattenAreas, type Framework, type FrameworkArea, type GradeScale } from './framework';
import { predecessorAreas } from './lineage';
import { RichDocSchema, isDocEmpty, type Block, type RichDoc } from './richtext';
import { gradeText, levelOf } from './rules';
import { countOf } from './words';

/** An area's content as the move sees it. */
export interface AreaContent {
  key: string;
  title: string;
  graded: boolean;
  grade: string | null;
  position: GradePosition | null;
  status: AreaStatus;
  strengths: string[];
  areasForDevelopment: string[];
  /** Narrative sections by id. */
  narratives: Map<string, RichDoc>;
  /** `label` names the item for people ("E012 Monthly case-file audit"); it is not written back. */
  links: { evidenceId: string; note: string; createdAt: string; label?: string }[];
  actions: { id: string; reference: string; title: string }[];
  /** The titles of the areas (of the pack before any move) this content came from. */
  origins: string[];
}

export interface PackContent {
  framework: Framework;
  /** In framework order. */
  areas: AreaContent[];
}

export const MOVE_ITEM_KINDS = ['grade', 'narrative', 'strengths', 'areas_for_development', 'evidence_link', 'action'] as const;

/** Something the move could not carry, with its content so it is kept. */
export const NotCarriedSchema = z.object({
  kind: z.enum(MOVE_ITEM_KINDS),
  /** The area it belonged to, in the framework it was in. */
  areaKey: z.string(),
  areaTitle: z.string(),
  frameworkShortTitle: z.string(),
  /** What it is, in words: "Grade: Requires improvement to be good (secure)". */
  description: z.string(),
  /** Why it could not be carried. */
  reason: z.string(),
  grade: z.string().nullable().optional(),
  position: z.enum(GRADE_POSITIONS).nullable().optional(),
  sectionTitle: z.string().optional(),
  doc: RichDocSchema.optional(),
  items: z.array(z.string()).optional(),
  evidenceId: z.string().optional(),
  note: z.string().optional(),
  actionId: z.string().optional(),
});
export type NotCarried = z.infer<typeof NotCarriedSchema>;

/** What one area of the new framework receives. */
export const CarriedSchema = z.object({
  areaKey: z.string(),
  areaTitle: z.string(),
  /** The pack's areas before the move that it continues; empty for an area that is new. */
  fromAreaTitles: z.array(z.string()),
  grade: z.string().nullable(),
  narratives: z.number().int(),
  strengths: z.number().int(),
  areasForDevelopment: z.number().int(),
  evidenceLinks: z.number().int(),
  actions: z.number().int(),
  /** Back to "to review" because the area's scope changed (a split or a merge). */
  reviewAgain: z.boolean(),
});
export type Carried = z.infer<typeof CarriedSchema>;

export interface MoveResult {
  content: PackContent;
  carried: Carried[];
  notCarried: NotCarried[];
}

const MAX_LIST_ITEMS = 50;

/** A grade on the next scale: the same id, the same words, or the same place on a scale of the same length. */
export function carryGrade(from: GradeScale, to: GradeScale, grade: string): string | null {
  const level = levelOf(from, grade);
  const same = levelOf(to, level?.id ?? grade) ?? (level ? levelOf(to, level.label) : null);
  if (same) return same.id;
  if (level && from.levels.length === to.levels.length) return to.levels[from.levels.indexOf(level)]!.id;
  return null;
}

function sectionsOf(framework: Framework, area: FrameworkArea) {
  return area.sections ?? framework.sections;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/** One document from several areas' text for the same question: the main area's first, the others under a heading naming them. */
function mergeDocs(parts: { title: string; doc: RichDoc }[]): RichDoc {
  if (parts.length === 1) return parts[0]!.doc;
  const blocks: Block[] = [];
  parts.forEach(({ title, doc }, i) => {
    if (i > 0) blocks.push({ type: 'heading', level: 3, content: [{ type: 'text', text: `Carried from “${title}”` }] });
    blocks.push(...doc.blocks);
  });
  return { type: 'doc', blocks };
}

/** Moves the content one version on: `next` must supersede `content.framework`. */
export function moveOneStep(content: PackContent, next: Framework): MoveResult {
  const before = content.framework;
  const byKey = new Map(content.areas.map((a) => [a.key, a]));
  const notCarried: NotCarried[] = [];
  const lost = (area: AreaContent, item: Omit<NotCarried, 'areaKey' | 'areaTitle' | 'frameworkShortTitle'>) =>
    notCarried.push({ areaKey: area.key, areaTitle: area.title, frameworkShortTitle: before.shortTitle, ...item });

  const targets = flattenAreas(next.areas).map((f) => f.area);
  const sourcesOf = (target: FrameworkArea) =>
    predecessorAreas(next, target.id).map((k) => byKey.get(k)).filter((a): a is AreaContent => a !== undefined);
  const targetsOf = new Map<string, FrameworkArea[]>();
  for (const target of targets)
    for (const source of sourcesOf(target)) targetsOf.set(source.key, [...(targetsOf.get(source.key) ?? []), target]);

  const reviewAgain = new Set<string>();
  const areas: AreaContent[] = targets.map((target) => {
    const sources = sourcesOf(target);
    const [main] = sources;
    const oneToOne = sources.length === 1 && targetsOf.get(main!.key)!.length === 1;
    if (sources.length && !oneToOne) reviewAgain.add(target.id);
    const area: AreaContent = {
      key: target.id,
      title: target.title,
      graded: target.graded,
      grade: null,
      position: null,
      status: oneToOne ? main!.status : 'to_review',
      strengths: [],
      areasForDevelopment: [],
      narratives: new Map(),
      links: [],
      actions: [],
      origins: unique(sources.flatMap((s) => s.origins)),
    };
    sources.forEach((source, i) => {
      if (!source.grade) return;
      const carried = i === 0 && target.graded ? carryGrade(before.scale, next.scale, source.grade) : null;
      if (carried) {
        area.grade = carried;
        area.position = source.position;
        return;
      }
      lost(source, {
        kind: 'grade',
        description: `Grade: ${gradeText(before.scale, source.grade)}${source.position ? ` (${source.position})` : ''}`,
        reason: !target.graded
          ? `“${target.title}” is not graded in ${next.shortTitle}`
          : i > 0
            ? `“${target.title}” takes one grade, carried from “${main!.title}”`
            : `${next.shortTitle} has no grade that matches it`,
        grade: source.grade,
        position: source.position,
      });
    });
    for (const [field, kind] of [['strengths', 'strengths'], ['areasForDevelopment', 'areas_for_development']] as const) {
      const all = unique(sources.flatMap((s) => s[field]));
      area[field] = all.slice(0, MAX_LIST_ITEMS);
      if (all.length > MAX_LIST_ITEMS)
        lost(main!, {
          kind,
          description: `${all.length - MAX_LIST_ITEMS} further ${kind === 'strengths' ? 'strengths' : 'areas for development'}`,
          reason: `“${target.title}” holds up to ${MAX_LIST_ITEMS}`,
          items: all.slice(MAX_LIST_ITEMS),
        });
    }
    for (const section of sectionsOf(next, target)) {
      const parts = sources
        .map((s) => ({ title: s.title, doc: s.narratives.get(section.id) }))
        .filter((p): p is { title: string; doc: RichDoc } => !isDocEmpty(p.doc));
      if (parts.length) area.narratives.set(section.id, mergeDocs(parts));
    }
    const links = new Map<string, AreaContent['links'][number]>();
    for (const link of sources.flatMap((s) => s.links)) {
      const seen = links.get(link.evidenceId);
      const note = seen && link.note && !seen.note.includes(link.note) ? [seen.note, link.note].filter(Boolean).join('; ') : (seen?.note ?? link.note);
      links.set(link.evidenceId, { ...(seen ?? link), note });
    }
    area.links = [...links.values()];
    return area;
  });

  const areaByKey = new Map(areas.map((a) => [a.key, a]));
  for (const source of content.areas) {
    const into = targetsOf.get(source.key) ?? [];
    // Actions belong to one area: the first that continues theirs.
    if (into.length) areaByKey.get(into[0]!.id)!.actions.push(...source.actions);
    const sectionIds = new Set(into.flatMap((t) => sectionsOf(next, t).map((s) => s.id)));
    const reason = into.length
      ? `the areas that continue it in ${next.shortTitle} have no section “%s”`
      : `${next.shortTitle} has no area that continues “${source.title}”`;
    for (const [sectionId, doc] of inSectionOrder(before, source.key, source.narratives)) {
      if (isDocEmpty(doc) || sectionIds.has(sectionId)) continue;
      const title = sectionTitle(before, source.key, sectionId);
      lost(source, { kind: 'narrative', description: `Narrative: “${title}”`, reason: reason.replace('%s', title), sectionTitle: title, doc });
    }
    if (into.length) continue;
    if (source.grade)
      lost(source, {
        kind: 'grade',
        description: `Grade: ${gradeText(before.scale, source.grade)}${source.position ? ` (${source.position})` : ''}`,
        reason,
        grade: source.grade,
        position: source.position,
      });
    if (source.strengths.length)
      lost(source, { kind: 'strengths', description: countOf(source.strengths.length, 'strength'), reason, items: source.strengths });
    if (source.areasForDevelopment.length)
      lost(source, {
        kind: 'areas_for_development',
        description: countOf(source.areasForDevelopment.length, 'area for development', 'areas for development'),
        reason,
        items: source.areasForDevelopment,
      });
    for (const link of source.links)
      lost(source, {
        kind: 'evidence_link',
        description: `Link to ${link.label ?? 'an evidence item'}${link.note ? `: ${link.note}` : ''}`,
        reason,
        evidenceId: link.evidenceId,
        note: link.note,
      });
    for (const action of source.actions)
      lost(source, {
        kind: 'action',
        description: `Action ${action.reference}: ${action.title}`,
        reason: `${reason}; the action stays in the action plan, no longer tied to an area`,
        actionId: action.id,
      });
  }

  const carried: Carried[] = areas.map((a) => ({
    areaKey: a.key,
    areaTitle: a.title,
    fromAreaTitles: a.origins,
    grade: a.grade ? gradeText(next.scale, a.grade) : null,
    narratives: a.narratives.size,
    strengths: a.strengths.length,
    areasForDevelopment: a.areasForDevelopment.length,
    evidenceLinks: a.links.length,
    actions: a.actions.length,
    reviewAgain: reviewAgain.has(a.key),
  }));
  return { content: { framework: next, areas }, carried, notCarried };
}

function areaSections(framework: Framework, areaKey: string) {
  const area = flattenAreas(framework.areas).find((f) => f.area.id === areaKey)?.area;
  return area ? sectionsOf(framework, area) : framework.sections;
}

function sectionTitle(framework: Framework, areaKey: string, sectionId: string): string {
  return areaSections(framework, areaKey).find((s) => s.id === sectionId)?.title ?? sectionId;
}

/** An area's narratives in its framework's order of questions (what, how, plans), not as they were read. */
function inSectionOrder(framework: Framework, areaKey: string, narratives: Map<string, RichDoc>): [string, RichDoc][] {
  const order = areaSections(framework, areaKey).map((s) => s.id);
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...narratives].sort(([a], [b]) => rank(a) - rank(b));
}

/** Moves the content through each framework in turn (ILACS 2018 → 2023 → April 2026). */
export function moveThrough(content: PackContent, steps: readonly Framework[]): MoveResult {
  let result: MoveResult = { content, carried: [], notCarried: [] };
  const notCarried: NotCarried[] = [];
  const reviewAgain = new Set<string>();
  for (const next of steps) {
    result = moveOneStep(result.content, next);
    notCarried.push(...result.notCarried);
    for (const c of result.carried) if (c.reviewAgain) reviewAgain.add(c.areaKey);
  }
  // An area split or merged at any step needs a fresh review, even if later steps kept it as it was.
  return { ...result, carried: result.carried.map((c) => ({ ...c, reviewAgain: reviewAgain.has(c.areaKey) })), notCarried };
}
