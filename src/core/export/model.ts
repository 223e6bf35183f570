// What both editions work out from a snapshot before they lay anything out: the options with their
// defaults, the areas in document order, grades as words and colours, and the words of the cover.
import type { z } from 'zod';
import type { ExportOptionsSchema } from '../../shared/api';
import { MARKING_LABELS, PACK_STATUS_LABELS, type Marking } from '../../shared/domain';
import type { PackArea } from '../../shared/entities';
import type { GradeLevel, GradeScale } from '../../shared/framework';
import { citedEvidenceIds, type RichDoc } from '../../shared/richtext';
import { formatLongDate } from '../../shared/dates';
import type { PackSnapshot } from './snapshot';

export type ParsedExportOptions = z.output<typeof ExportOptionsSchema>;

export interface ResolvedOptions extends Omit<ParsedExportOptions, 'marking'> {
  marking: Marking;
}

export function resolveOptions(options: ParsedExportOptions, snapshot: PackSnapshot): ResolvedOptions {
  return { ...options, marking: options.marking ?? snapshot.settings.defaultMarking };
}

/** The marking as printed: "OFFICIAL-SENSITIVE", or null for none. */
export function markingText(marking: Marking): string | null {
  return marking === 'none' ? null : MARKING_LABELS[marking];
}

/** The pack's areas depth first, children after their parent, each level in its own order. */
export function areasInOrder(areas: readonly PackArea[]): PackArea[] {
  const ids = new Set(areas.map((a) => a.id));
  const children = new Map<string | null, PackArea[]>();
  for (const a of areas) {
    const parent = a.parentId && ids.has(a.parentId) ? a.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(a);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.order - b.order);
  const out: PackArea[] = [];
  const walk = (parent: string | null) => {
    for (const a of children.get(parent) ?? []) {
      out.push(a);
      walk(a.id);
    }
  };
  walk(null);
  return out;
}

/** A grade on the scale by id, or by its label (previous grades recorded as words). */
export function gradeLevel(scale: GradeScale, grade: string | null | undefined): GradeLevel | null {
  if (!grade) return null;
  const g = grade.trim().toLowerCase();
  return (
    scale.levels.find((l) => l.id === grade) ??
    scale.levels.find((l) => l.label.toLowerCase() === g || l.shortLabel.toLowerCase() === g) ??
    null
  );
}

/** The grade as a word (the full label) and its colour; unknown grades keep their own words, uncoloured. */
export function gradeWord(scale: GradeScale, grade: string | null | undefined): { word: string; colour: string | null } {
  if (!grade) return { word: 'Not graded', colour: null };
  const level = gradeLevel(scale, grade);
  return level ? { word: level.label, colour: level.colour } : { word: grade, colour: null };
}

/** Every evidence id cited anywhere in the pack's text. */
export function allCitedIds(snapshot: PackSnapshot): string[] {
  const docs: RichDoc[] = [snapshot.detail.pack.context, snapshot.detail.pack.boardAsks];
  for (const detail of Object.values(snapshot.areas)) for (const n of detail.narratives) docs.push(n.doc);
  return docs.flatMap((d) => citedEvidenceIds(d));
}

/** "Approved by Sam Patel on 20 November 2026", or the status in words. */
export function statusLine(snapshot: PackSnapshot): string {
  const { pack } = snapshot.detail;
  if (pack.status === 'approved') {
    const who = pack.approvedBy ? ` by ${pack.approvedBy}` : '';
    const when = pack.approvedAt ? ` on ${formatLongDate(pack.approvedAt)}` : '';
    return `Approved${who}${when}`;
  }
  return `${PACK_STATUS_LABELS[pack.status]}: not yet approved`;
}

export function versionLine(snapshot: PackSnapshot, options: ResolvedOptions): string {
  return options.documentVersion.trim() || `Revision ${snapshot.detail.pack.version}`;
}

export function organisationName(snapshot: PackSnapshot): string {
  return snapshot.settings.organisationName.trim() || 'Organisation not set';
}

export function authorName(snapshot: PackSnapshot): string {
  return snapshot.settings.displayName.trim() || 'Unknown user';
}
