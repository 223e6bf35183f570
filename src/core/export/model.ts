// What both editions work out from a snapshot before they lay anything out: the options with their
// defaults, the areas in document order, grades as words and colours, and the words of the cover.
import type { z } from 'zod';
import type { ExportOptionsSchema } from '../../shared/api';
import { INSPECTION_TYPE_LABELS, MARKING_LABELS, PACK_STATUS_LABELS, type Marking } from '../../shared/domain';
import type { Inspection, PackArea } from '../../shared/entities';
import type { Framework, GradeLevel, GradeScale } from '../../shared/framework';
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

/**
 * Each area's number as its chapter is numbered, depth first: 1, 2, 2.1, 2.2, 3. Tables that name many
 * areas (the evidence index) give these numbers instead of repeating long titles.
 */
export function areaNumbers(ordered: readonly PackArea[]): Map<string, string> {
  const numbers = new Map<string, string>();
  const counters = new Map<string | null, number>();
  for (const area of ordered) {
    const parent = area.parentId && numbers.has(area.parentId) ? area.parentId : null;
    const n = (counters.get(parent) ?? 0) + 1;
    counters.set(parent, n);
    numbers.set(area.id, parent ? `${numbers.get(parent)}.${n}` : String(n));
  }
  return numbers;
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

/** The document version the user gave, or null: the cover leaves the row out rather than print jargon. */
export function versionLine(options: ResolvedOptions): string | null {
  return options.documentVersion.trim() || null;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "March 2026" from a date. */
function monthYear(iso: string): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return m >= 1 && m <= 12 ? `${MONTHS[m - 1]} ${y}` : iso;
}

/**
 * A span of dates in the long form, saying the month and year once where they are shared:
 * "6 to 24 March 2023", "14 October to 2 November 2025", "30 December 2025 to 2 January 2026".
 */
export function dateRange(start: string, end: string | null | undefined): string {
  if (!end || end === start) return formatLongDate(start);
  const [sy, sm, sd] = start.split('-');
  const [ey, em] = end.split('-');
  if (sy === ey && sm === em) return `${Number(sd)} to ${formatLongDate(end)}`;
  if (sy === ey) return `${formatLongDate(start).replace(/ \d+$/, '')} to ${formatLongDate(end)}`;
  return `${formatLongDate(start)} to ${formatLongDate(end)}`;
}

/** The inspection's own title, or its type when it has none. */
export function inspectionTitle(i: Pick<Inspection, 'title' | 'type'>): string {
  return i.title.trim() || INSPECTION_TYPE_LABELS[i.type];
}

/**
 * Whether an inspection looked at the services the pack is about: the council's CQC assessment of adult
 * social care is no part of its children's self-evaluation, nor an Ofsted visit of an adult one.
 */
export const inspectsTheseServices = (framework: Pick<Framework, 'sector'>, i: Pick<Inspection, 'type'>): boolean =>
  (i.type === 'cqc_assessment') === (framework.sector === 'adults');

/**
 * An inspection or visit as the documents describe it: its title, when it took place and when its report
 * came out: "Focused visit: children in need, 14 to 15 October 2025; report published 18 November 2025".
 */
export function describeInspection(i: Pick<Inspection, 'title' | 'type' | 'startDate' | 'endDate' | 'publishedDate'>): string {
  return `${titleWithoutItsMonth(i)}, ${inspectionWhen(i)}`;
}

/**
 * The title without a closing month and year that the dates after it say again: councils name an
 * inspection "ILACS standard inspection, March 2023", and "…, March 2023, 6 to 24 March 2023" reads badly.
 */
function titleWithoutItsMonth(i: Pick<Inspection, 'title' | 'type' | 'startDate' | 'endDate'>): string {
  const title = inspectionTitle(i);
  const monthsOf = [i.startDate, i.endDate].flatMap((d) => (d ? [formatLongDate(d).replace(/^\d+\s+/, '')] : []));
  for (const month of monthsOf) {
    if (!title.toLowerCase().endsWith(month.toLowerCase())) continue;
    const shorter = title.slice(0, -month.length).replace(/[\s,–-]+$/, '');
    if (shorter) return shorter;
  }
  return title;
}

/** When an inspection took place and its report came out: "6 to 24 March 2023; report published 12 May 2023". */
export function inspectionWhen(i: Pick<Inspection, 'startDate' | 'endDate' | 'publishedDate'>): string {
  const published = i.publishedDate ? `; report published ${formatLongDate(i.publishedDate)}` : '';
  return `${dateRange(i.startDate, i.endDate)}${published}`;
}

/** The pack's baseline inspection in full, when it is recorded. */
export function baselineInspection(snapshot: PackSnapshot): Inspection | null {
  const id = snapshot.readiness.baselineInspection?.id ?? snapshot.detail.pack.baselineInspectionId;
  return snapshot.inspections.find((i) => i.id === id) ?? null;
}

/**
 * The framework as a reader knows it, with the period it applies to: "Ofsted ILACS, January 2023 to
 * March 2026", "CQC local authority assessment, from April 2023". A year at the end of the short title
 * that repeats the start of the period is dropped, and the publisher is not repeated when the short
 * title already names it.
 */
export function frameworkLine(framework: Pick<Framework, 'shortTitle' | 'publisher' | 'validFrom' | 'validTo'>): string {
  let name = framework.shortTitle.trim();
  const startYear = framework.validFrom.slice(0, 4);
  if (name.endsWith(` ${startYear}`)) name = name.slice(0, -5);
  const publisher = framework.publisher.trim();
  const abbreviation = /\(([^)]+)\)\s*$/.exec(publisher)?.[1];
  const named = [publisher, abbreviation].some((p) => p && name.toLowerCase().includes(p.toLowerCase()));
  const title = named || !publisher ? name : `${abbreviation ?? publisher} ${name}`;
  const period = framework.validTo
    ? `${monthYear(framework.validFrom)} to ${monthYear(framework.validTo)}`
    : `from ${monthYear(framework.validFrom)}`;
  return `${title}, ${period}`;
}

const SMALL_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** One to nine in words, as house style spells them; larger numbers as figures. */
export function numberWord(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < SMALL_NUMBERS.length ? SMALL_NUMBERS[n]! : String(n);
}

/** "Two further points", a sentence's first word capitalised. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function organisationName(snapshot: PackSnapshot): string {
  return snapshot.settings.organisationName.trim() || 'Organisation not set';
}

/** Who the document is by, or null when nobody is known: no placeholder name is ever printed or stored. */
export function authorName(snapshot: PackSnapshot): string | null {
  return snapshot.author?.trim() || null;
}
