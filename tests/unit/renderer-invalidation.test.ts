// The renderer refreshes its cached reads only from the core's change events, through one table
// (src/renderer/data/invalidation.ts). These tests say, for the changes people make, what must be read
// again and what must not: too little shows old data, too much fetches for nothing.
import { describe, expect, it } from 'vitest';
import { isAffectedBy, isKeyAffectedBy, READS } from '../../src/renderer/data/invalidation';
import { api } from '../../src/shared/api';
import { CHANGED_ENTITIES, type ChangeEvent } from '../../src/shared/events';

const P = 'pack-p';
const Q = 'pack-q';

function event(entities: string[], packIds: string[] = []): ChangeEvent {
  return { entities, packIds, actor: 'Alex Morgan', at: '2026-11-23T10:00:00.000Z', origin: 'local' };
}

/** Every read the screens make, for two packs, as [op, input]. */
const CACHED: [string, unknown][] = [
  ['app.info', {}],
  ['settings.get', {}],
  ['settings.getLogo', {}],
  ['frameworks.list', {}],
  ['frameworks.get', { frameworkId: 'ilacs-2026' }],
  ['packs.list', {}],
  ['packs.get', { packId: P }],
  ['packs.get', { packId: Q }],
  ['readiness.get', { packId: P }],
  ['readiness.get', { packId: Q }],
  ['areas.get', { areaId: 'area-1' }],
  ['evidence.list', { offset: 0, limit: 50 }],
  ['evidence.list', { packId: P, offset: 0, limit: 50 }],
  ['evidence.list', { packId: Q, offset: 0, limit: 50 }],
  ['evidence.get', { evidenceId: 'ev-1' }],
  ['evidence.get', { evidenceId: 'ev-1', packId: P }],
  ['actions.list', { packId: P }],
  ['actions.list', { packId: Q }],
  ['inspections.list', {}],
  ['indicators.forPack', { packId: P }],
  ['indicators.forPack', { packId: Q }],
  ['audit.list', { limit: 50 }],
  ['audit.list', { limit: 50, packId: P }],
];

/** What the change refreshes, as "op" or "op pack" for reads about one pack. */
function refreshed(e: ChangeEvent): string[] {
  return CACHED.filter(([op, input]) => isAffectedBy(e, op, input)).map(([op, input]) => {
    const packId = (input as { packId?: string }).packId;
    return packId ? `${op} ${packId === P ? 'P' : 'Q'}` : op;
  });
}

describe('what a change makes the screens read again', () => {
  it('a narrative saved in one pack: that area, that pack’s readiness, its indicators (an area shows those it cites) and the history, nothing of the other pack', () => {
    expect(refreshed(event(['narrative'], [P]))).toEqual(['readiness.get P', 'areas.get', 'indicators.forPack P', 'audit.list', 'audit.list P']);
  });

  it('a grade or status changed: the pack (its areas in the sidebar and overview), its readiness, the area, its indicators and the library rows that name areas', () => {
    expect(refreshed(event(['area'], [P]))).toEqual([
      'packs.get P',
      'readiness.get P',
      'areas.get',
      'evidence.list',
      'evidence.list P',
      'evidence.get',
      'evidence.get P',
      'indicators.forPack P',
      'audit.list',
      'audit.list P',
    ]);
  });

  it('a pack approved or its date changed: the packs list, that pack, its readiness, plan and indicators, and the links that say it is read-only', () => {
    expect(refreshed(event(['pack'], [P]))).toEqual([
      'packs.list',
      'packs.get P',
      'readiness.get P',
      'evidence.list',
      'evidence.list P',
      'evidence.get',
      'evidence.get P',
      'actions.list P',
      'indicators.forPack P',
      'audit.list',
      'audit.list P',
    ]);
  });

  it('an evidence item renamed in the library: every pack that can show it, since evidence belongs to no one pack', () => {
    expect(refreshed(event(['evidence']))).toEqual([
      'readiness.get P',
      'readiness.get Q',
      'areas.get',
      'evidence.list',
      'evidence.list P',
      'evidence.list Q',
      'evidence.get',
      'evidence.get P',
      'audit.list',
      'audit.list P',
    ]);
  });

  it('evidence linked to an area of one pack still refreshes other packs’ evidence reads (evidence is a library record)', () => {
    const linked = refreshed(event(['evidence'], [P]));
    expect(linked).toContain('readiness.get Q');
    expect(linked).toContain('evidence.list Q');
    expect(linked).not.toContain('packs.get P');
  });

  it('an action added: that pack’s plan and readiness and the area, not the other pack’s plan', () => {
    expect(refreshed(event(['action'], [P]))).toEqual(['readiness.get P', 'areas.get', 'actions.list P', 'audit.list', 'audit.list P']);
  });

  it('an inspection or recommendation changed: the inspections, every pack’s readiness and action plan', () => {
    expect(refreshed(event(['recommendation']))).toEqual([
      'readiness.get P',
      'readiness.get Q',
      'actions.list P',
      'actions.list Q',
      'inspections.list',
      'audit.list',
      'audit.list P',
    ]);
  });

  it('an indicator figure changed: every pack’s indicators and readiness, since figures are the organisation’s', () => {
    expect(refreshed(event(['indicator']))).toEqual([
      'readiness.get P',
      'readiness.get Q',
      'indicators.forPack P',
      'indicators.forPack Q',
      'audit.list',
      'audit.list P',
    ]);
  });

  it('a comment or an assignment in one pack: that pack’s review overview and what is outstanding, and the area’s comments', () => {
    expect(isKeyAffectedBy(event(['comment'], [P]), ['review.overview', { packId: P }])).toBe(true);
    expect(isKeyAffectedBy(event(['comment'], [P]), ['review.overview', { packId: Q }])).toBe(false);
    expect(isKeyAffectedBy(event(['comment'], [P]), ['comments.list', { areaId: 'a1' }])).toBe(true);
    expect(isKeyAffectedBy(event(['comment'], [P]), ['packs.outstanding', { packId: P }])).toBe(true);
    expect(isKeyAffectedBy(event(['assignment'], [P]), ['assignments.list', { packId: P }])).toBe(true);
  });

  it('someone opening a pack or an area: who is in that pack, and nothing else (not even the history)', () => {
    expect(refreshed(event(['presence'], [P]))).toEqual([]);
    expect(isKeyAffectedBy(event(['presence'], [P]), ['presence.list', { packId: P }])).toBe(true);
    expect(isKeyAffectedBy(event(['presence'], [P]), ['presence.list', { packId: Q }])).toBe(false);
    expect(isKeyAffectedBy(event(['presence'], [P]), ['audit.list', { limit: 50 }, 'pages'])).toBe(false);
  });

  it('a setting changed: the settings, the logo, the history and the packs’ indicators (which name the council)', () => {
    expect(refreshed(event(['settings']))).toEqual(['settings.get', 'settings.getLogo', 'indicators.forPack P', 'indicators.forPack Q', 'audit.list', 'audit.list P']);
  });

  it('the app’s own facts (version, database file, today) are never refreshed by a change', () => {
    for (const entity of CHANGED_ENTITIES) expect(isAffectedBy(event([entity], [P]), 'app.info', {})).toBe(false);
  });

  it('a kind of record the table has not heard of (a newer core) refreshes everything, rather than leave old data on screen', () => {
    expect(refreshed(event(['something-new'], [P]))).toHaveLength(CACHED.length);
  });

  it('reads the table does not know are refreshed by every change', () => {
    expect(isAffectedBy(event(['settings']), 'somebody.newRead', { packId: Q })).toBe(true);
  });

  it('works on the cache keys useOp makes ([op, input], and the history’s pages under the same two)', () => {
    expect(isKeyAffectedBy(event(['narrative'], [P]), ['readiness.get', { packId: P }])).toBe(true);
    expect(isKeyAffectedBy(event(['narrative'], [P]), ['readiness.get', { packId: Q }])).toBe(false);
    expect(isKeyAffectedBy(event(['narrative'], [P]), ['audit.list', { limit: 50 }, 'pages'])).toBe(true);
  });
});

describe('the table itself', () => {
  it('names only real operations of the contract', () => {
    expect(Object.keys(READS).filter((op) => !(op in api))).toEqual([]);
  });

  it('has, for every kind of record the core reports, a read besides the history that draws on it', () => {
    const drawn = new Set(Object.values(READS).flatMap((draws) => (draws === 'everything' ? [] : [...draws])));
    expect(CHANGED_ENTITIES.filter((entity) => !drawn.has(entity))).toEqual([]);
  });
});
