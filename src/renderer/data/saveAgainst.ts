// Saves made against the version the screen started from. Every record people edit at the same time
// carries a version (src/core/versions.ts); a save names the one it was made against, and when someone
// else has saved since, the core refuses it with their record, name and time. This is the renderer's one
// way to do that, for every versioned save: useSaveAgainst(op, record) sends the version, keeps it moving
// with this window's own saves, and turns a refusal into `stale` for the screen to show (ConflictNotice
// for a form, the merge for a narrative), with the two ways on: save mine over theirs, or take theirs.
import { useCallback, useRef, useState } from 'react';
import type { OpInput, OpOutput } from '../../shared/api';
import { ApiError, call } from './bridge';
import { refusalSettled, saving } from './saveStatus';

/** How each versioned save's record says its version, and which record it is. */
const VERSIONED = {
  'narratives.save': { version: (n: OpOutput<'narratives.save'>) => n.version, key: (n: OpOutput<'narratives.save'>) => `narrative:${n.areaId}/${n.sectionId}` },
  'areas.update': { version: (a: OpOutput<'areas.update'>) => a.version, key: (a: OpOutput<'areas.update'>) => `area:${a.id}` },
  'actions.update': { version: (a: OpOutput<'actions.update'>) => a.version, key: (a: OpOutput<'actions.update'>) => `action:${a.id}` },
  'evidence.update': { version: (e: OpOutput<'evidence.update'>) => e.version, key: (e: OpOutput<'evidence.update'>) => `evidence:${e.id}` },
  // The pack's details, context and board asks share one version: any of them saved moves it.
  'packs.update': { version: (p: OpOutput<'packs.update'>) => p.detailsVersion, key: (p: OpOutput<'packs.update'>) => `pack:${p.id}` },
} as const;

export type VersionedOp = keyof typeof VERSIONED;

export function versionOf<N extends VersionedOp>(op: N, record: OpOutput<N>): number {
  return (VERSIONED[op].version as (r: OpOutput<N>) => number)(record);
}
/** Whether a key (keyOf, or a held draft's key made from it) is a narrative's. */
export function isNarrativeKey(key: string): boolean {
  return key.startsWith('narrative:');
}

/** Which record it is, the same for every read and save of it: "narrative:<area>/<section>". */
export function keyOf<N extends VersionedOp>(op: N, record: OpOutput<N>): string {
  return (VERSIONED[op].key as (r: OpOutput<N>) => string)(record);
}

/**
 * The versions this window's own saves made, by record. A save made against version v that went through
 * made v + 1 with nobody's save in between, so a screen that started from v can count v + 1 as its own:
 * the pack's title saved from one field does not make the context editor beside it look stale.
 */
const madeHere = new Map<string, Set<number>>();

function noteMadeHere(key: string, version: number): void {
  const versions = madeHere.get(key) ?? new Set<number>();
  versions.add(version);
  madeHere.set(key, versions);
}

/** The newest version reachable from `base` through this window's own saves only. */
function throughOwnSaves(key: string, base: number): number {
  const own = madeHere.get(key);
  let version = base;
  while (own?.has(version + 1)) version += 1;
  return version;
}

/**
 * This window's saves of one record, one after another. Two fields of a form saved a moment apart (the
 * title on leaving it, then the date) would otherwise both be sent against the same version, and the
 * second be refused as stale by the first, this window's own save. Queued, each is sent against the
 * version the one before it made.
 */
const queues = new Map<string, Promise<unknown>>();

function oneAfterAnother<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.then(work, work);
  const settled = next.catch(() => undefined);
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return next;
}

/** Whether this window has a save of the record on its way (its answer may make a newer read its own). */
export function isSending(key: string): boolean {
  return queues.has(key);
}

/**
 * Sends one save of a record against `base` (or the newest version this window's own saves made from it),
 * after this window's earlier saves of the record, through the header's save state. For the screens
 * (useSaveAgainst) and for text kept after its screen has gone (held drafts), so both count the versions
 * this window made the same way.
 */
export function sendAgainst<N extends VersionedOp>(op: N, key: string, input: SaveInput<N>, base: number): Promise<OpOutput<N>> {
  return oneAfterAnother(key, async () => {
    const baseVersion = throughOwnSaves(key, base);
    const saved = (await saving(call(op, { ...input, baseVersion } as OpInput<N>))) as OpOutput<N>;
    if (versionOf(op, saved) === baseVersion + 1) noteMadeHere(key, baseVersion + 1);
    return saved;
  });
}

/** A stale refusal as the screen keeps it: who saved first, their record, and what was refused. */
export function staleFrom<N extends VersionedOp>(err: unknown, refused: SaveInput<N>): StaleSave<N> | null {
  if (!(err instanceof ApiError) || !isStaleSave(err) || !err.conflict) return null;
  const { by, at, current } = err.conflict;
  return { by, at, theirs: current as OpOutput<N>, refused };
}

/** Whether a failed save was refused because someone else saved first (the screen shows `stale` instead). */
export function isStaleSave(err: unknown): boolean {
  return err instanceof ApiError && err.code === 'conflict' && err.conflict !== null;
}

export type SaveInput<N extends VersionedOp> = Omit<OpInput<N>, 'baseVersion'>;

/** A save refused because someone else saved the record first. */
export interface StaleSave<N extends VersionedOp> {
  /** Who saved first, and when (an ISO time, or null when the record does not say). */
  by: string;
  at: string | null;
  /** Their record, as it now is. */
  theirs: OpOutput<N>;
  /** What this screen tried to save (every refused change since the first, newest last). */
  refused: SaveInput<N>;
}

export interface SaveAgainst<N extends VersionedOp, Known = OpOutput<N>> {
  /** Saves, against the version the screen started from; a stale save rejects and sets `stale`. */
  save(input: SaveInput<N>): Promise<OpOutput<N>>;
  /** The refused save waiting for a choice, or null. */
  stale: StaleSave<N> | null;
  /** Saves `input` (the refused changes when left out) over theirs: against their version, knowingly. */
  saveOverTheirs(input?: SaveInput<N>): Promise<OpOutput<N>>;
  /** Drops the refused changes and starts from their record, which it returns (null when nothing was refused). */
  takeTheirs(): OpOutput<N> | null;
  /** The newest record this screen knows: the one read, its own last save, or theirs. */
  current: Known;
  /** Which record this is (keyOf); '' while nothing is read. */
  key: string;
  /** The version the next save would be sent against now. */
  basedOn(): number;
  /** Someone else's record, read before this screen tried to save over it: `stale` as if a save had been refused. */
  markStale(theirs: OpOutput<N>, refused: SaveInput<N>): void;
  /** Goes on from `record` (someone else's, loaded into the screen): saves are made against it from now. */
  startFrom(record: OpOutput<N>): void;
  /** Goes on from a state kept while the screen was away (a held draft): its version and any refusal waiting. */
  resume(state: { baseVersion: number; stale: StaleSave<N> | null }): void;
}

export interface SaveAgainstOptions {
  /**
   * While true the screen is holding an edit made from what it showed (a focused form, an open dialog,
   * an editor's text), so a newer record read meanwhile is someone else's, not the screen's starting
   * point. While false the screen shows each record as read and starts from the newest.
   */
  hold?: boolean;
}

/** `read` is the record as the screen shows it; null while it is still loading (nothing is saved then). */
export function useSaveAgainst<N extends VersionedOp>(op: N, read: OpOutput<N>, options?: SaveAgainstOptions): SaveAgainst<N>;
export function useSaveAgainst<N extends VersionedOp>(
  op: N,
  read: OpOutput<N> | null | undefined,
  options?: SaveAgainstOptions,
): SaveAgainst<N, OpOutput<N> | null>;
export function useSaveAgainst<N extends VersionedOp>(
  op: N,
  read: OpOutput<N> | null | undefined,
  { hold = false }: SaveAgainstOptions = {},
): SaveAgainst<N, OpOutput<N> | null> {
  const key = read ? keyOf(op, read) : '';
  const [stale, setStale] = useState<StaleSave<N> | null>(null);
  const staleRef = useRef<StaleSave<N> | null>(null);
  staleRef.current = stale;
  /** The version the screen started from (-1 until it has read one), and the newest record of its own saves. */
  const base = useRef(read ? versionOf(op, read) : -1);
  const ownLatest = useRef<OpOutput<N> | null>(null);
  // Another record in the same place on screen (the evidence panel moving to the next item) starts afresh.
  const shownKey = useRef(key);
  if (read && shownKey.current !== key) {
    shownKey.current = key;
    base.current = -1;
    ownLatest.current = null;
    if (stale) {
      staleRef.current = null;
      setStale(null);
    }
  }
  // The first read, or (not holding an edit) a newer one, is what the screen starts from now.
  if (read && (base.current < 0 || (!hold && !staleRef.current)) && versionOf(op, read) > base.current) base.current = versionOf(op, read);

  /** Sends against `baseVersion` (throughOwnSaves moves it on past this window's own saves of the record). */
  const send = useCallback(
    async (input: SaveInput<N>, baseVersion: number): Promise<OpOutput<N>> => {
      try {
        const saved = await sendAgainst(op, key, input, baseVersion);
        base.current = Math.max(base.current, versionOf(op, saved));
        ownLatest.current = saved;
        staleRef.current = null;
        setStale(null);
        return saved;
      } catch (err) {
        const next = staleFrom<N>(err, { ...staleRef.current?.refused, ...input });
        if (next) {
          staleRef.current = next;
          setStale(next);
        }
        throw err;
      }
    },
    [op, key],
  );

  const save = useCallback(
    (input: SaveInput<N>) =>
      base.current < 0
        ? Promise.reject(new Error('This is still loading. Wait a moment and save again.'))
        : // The version is read when the save's turn comes, after this window's earlier saves of the record.
          send(input, base.current),
    [send],
  );

  const saveOverTheirs = useCallback(
    (input?: SaveInput<N>) => {
      const refused = staleRef.current;
      if (!refused) return save(input as SaveInput<N>);
      return send(input ?? refused.refused, versionOf(op, refused.theirs));
    },
    [save, send, op],
  );

  const takeTheirs = useCallback(() => {
    const refused = staleRef.current;
    if (!refused) return null;
    base.current = Math.max(base.current, versionOf(op, refused.theirs));
    ownLatest.current = refused.theirs;
    staleRef.current = null;
    setStale(null);
    refusalSettled();
    return refused.theirs;
  }, [op]);

  const basedOn = useCallback(() => throughOwnSaves(key, base.current), [key]);

  const markStale = useCallback((theirs: OpOutput<N>, refused: SaveInput<N>) => {
    const next: StaleSave<N> = { by: whoChanged(theirs).by, at: whoChanged(theirs).at, theirs, refused };
    staleRef.current = next;
    setStale(next);
  }, []);

  const startFrom = useCallback(
    (record: OpOutput<N>) => {
      base.current = Math.max(base.current, versionOf(op, record));
      ownLatest.current = record;
      if (staleRef.current) {
        staleRef.current = null;
        setStale(null);
      }
    },
    [op],
  );

  const resume = useCallback((state: { baseVersion: number; stale: StaleSave<N> | null }) => {
    base.current = state.baseVersion;
    staleRef.current = state.stale;
    setStale(state.stale);
  }, []);

  const known = [read, ownLatest.current, staleRef.current?.theirs].filter((r): r is OpOutput<N> => r != null);
  const current = known.reduce<OpOutput<N> | null>((newest, r) => (!newest || versionOf(op, r) > versionOf(op, newest) ? r : newest), null);
  return { save, stale: staleRef.current, saveOverTheirs, takeTheirs, current, key, basedOn, markStale, startFrom, resume };
}

/** Who last saved a record, as it says itself ("Someone" for a record that does not say). */
export function whoChanged(record: unknown): { by: string; at: string | null } {
  const r = record as { updatedBy?: unknown; updatedAt?: unknown };
  return { by: typeof r.updatedBy === 'string' && r.updatedBy ? r.updatedBy : 'Someone', at: typeof r.updatedAt === 'string' ? r.updatedAt : null };
}

/**
 * A save kept after its screen has gone (a held draft): which record (keyOf, whose saves go one after
 * another), what to send, the version it was made against, and the refusal waiting for a choice, if any.
 */
export type KeptSave = {
  [N in VersionedOp]: { op: N; key: string; input: SaveInput<N>; baseVersion: number; stale: StaleSave<N> | null };
}[VersionedOp];

/** Sends a kept save against its version; a stale refusal comes back as the kept save's new `stale`. */
export async function sendKept(kept: KeptSave): Promise<{ saved: true } | { saved: false; stale: KeptSave['stale'] }> {
  const { op, key, input, baseVersion } = kept as { op: VersionedOp; key: string; input: SaveInput<VersionedOp>; baseVersion: number };
  try {
    await sendAgainst(op, key, input, baseVersion);
    return { saved: true };
  } catch (err) {
    const stale = staleFrom<VersionedOp>(err, input);
    if (stale) return { saved: false, stale: stale as KeptSave['stale'] };
    throw err;
  }
}
