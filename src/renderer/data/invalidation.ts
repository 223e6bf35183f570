// What each cached read shows, and so which change events make it out of date. This table is the only
// place the renderer decides what to refresh: no screen refreshes another by hand. A change event
// (shared/events.ts) names the kinds of record a committed change touched and the packs it touched; a
// cached read is refreshed when it draws on one of those kinds, for the same pack or for every pack.
//
// To cache a new read, add a line here: useOp() only accepts operations listed in READS, so a read
// nobody refreshes cannot be written. A new kind of record in CHANGED_ENTITIES needs at least one read
// that draws on it (the unit test says so).
import type { OpName } from '../../shared/api';
import { CHANGED_ENTITIES, type ChangeEvent, type ChangedEntity } from '../../shared/events';

/** The kinds of record a read draws on; 'everything' for the history, which lists every change. */
type Draws = readonly ChangedEntity[] | 'everything';

/**
 * Kinds of record that belong to the library, not to one pack: a change to one of them can show in any
 * pack (an evidence title in every area that links it; an inspection in every pack's readiness), so it
 * refreshes every pack's reads, whatever packs the event names. The other kinds (pack, area, narrative,
 * action) belong to the pack the event names.
 */
export const LIBRARY_ENTITIES: ReadonlySet<ChangedEntity> = new Set<ChangedEntity>([
  'settings',
  'framework',
  'evidence',
  'inspection',
  'recommendation',
  'indicator',
]);

/** Kinds of record the history never lists: who has what open is not a change to the work. */
const UNRECORDED_ENTITIES: ReadonlySet<ChangedEntity> = new Set<ChangedEntity>(['presence']);

export const READS = {
  'app.info': [],
  'settings.get': ['settings'],
  'settings.getLogo': ['settings'],
  'frameworks.list': ['framework'],
  'frameworks.get': ['framework'],
  'packs.list': ['pack'],
  // The pack, its framework (copied into the pack) and its areas with their grades and statuses.
  'packs.get': ['pack', 'area'],
  'readiness.get': ['pack', 'area', 'narrative', 'evidence', 'action', 'inspection', 'recommendation', 'indicator'],
  // Keyed by area, not pack: refreshed for a change in any pack (only the open area is fetched again).
  'areas.get': ['area', 'narrative', 'evidence', 'action'],
  // Rows carry the titles of the areas they support in the chosen pack.
  'evidence.list': ['evidence', 'area', 'pack'],
  'evidence.get': ['evidence', 'area', 'pack'],
  // Overdue and due-soon flags follow the pack; recommendations are what actions answer.
  'actions.list': ['action', 'pack', 'recommendation'],
  'inspections.list': ['inspection', 'recommendation'],
  // Indicators and their figures are the organisation's, not one pack's; a pack judges them as at its date,
  // shows beside each area the indicators its narratives cite, and names the council from settings.
  'indicators.list': ['indicator'],
  'indicators.values': ['indicator'],
  'indicators.forPack': ['indicator', 'pack', 'area', 'narrative', 'settings'],
  'assignments.list': ['assignment'],
  'comments.list': ['comment'],
  'notices.list': ['notice', 'area', 'comment'],
  'review.overview': ['assignment', 'comment', 'area'],
  'packs.outstanding': ['area', 'narrative', 'evidence', 'comment', 'pack'],
  // Who is signed in does not change while the page is open (connecting elsewhere starts the page afresh).
  'session.get': [],
  'members.list': [],
  'presence.list': ['presence'],
  'audit.list': 'everything',
} as const satisfies Partial<Record<OpName, Draws>>;

/** The operations whose answers are cached, keyed by operation and input. */
export type QueryOp = keyof typeof READS;

export function isQueryOp(op: unknown): op is QueryOp {
  return typeof op === 'string' && Object.prototype.hasOwnProperty.call(READS, op);
}

/** The pack a read is about, when its input names one. */
function packOf(input: unknown): string | null {
  if (input && typeof input === 'object' && 'packId' in input) {
    const packId = (input as { packId: unknown }).packId;
    if (typeof packId === 'string') return packId;
  }
  return null;
}

const KNOWN_ENTITIES: ReadonlySet<string> = new Set(CHANGED_ENTITIES);

/**
 * Whether the cached answer to `op(input)` may be out of date after `event`. An operation the table does
 * not know, or a kind of record it has not heard of (a newer core), is always refreshed: refreshing too
 * much costs a request, too little shows old data.
 */
export function isAffectedBy(event: ChangeEvent, op: unknown, input: unknown): boolean {
  if (!isQueryOp(op) || event.entities.some((e) => !KNOWN_ENTITIES.has(e))) return true;
  const draws: Draws = READS[op];
  const touched = event.entities.filter((e): e is ChangedEntity =>
    draws === 'everything' ? !UNRECORDED_ENTITIES.has(e as ChangedEntity) : (draws as readonly string[]).includes(e),
  );
  if (!touched.length) return false;
  const packId = packOf(input);
  if (packId === null) return true;
  return touched.some((entity) => LIBRARY_ENTITIES.has(entity) || event.packIds.includes(packId));
}

/** Whether a query key (as useOp makes them: [op, input]) is affected; for QueryClient.invalidateQueries. */
export function isKeyAffectedBy(event: ChangeEvent, queryKey: readonly unknown[]): boolean {
  return isAffectedBy(event, queryKey[0], queryKey[1]);
}
