// A narrative editor's saves, made against the version its text was loaded from (data/saveAgainst.ts).
// The editor holds its own text once loaded, so a newer record read meanwhile with other text in it is
// someone else's save of this text (incoming()): the editor loads it when it has nothing unsaved, and
// otherwise says so at once and offers to compare and merge, as if its save had been refused. A newer
// record with this text unchanged (the pack's title saved beside its context) is nobody's change to it,
// and the editor goes on from there.
import { useMemo, useRef } from 'react';
import type { OpOutput } from '../../shared/api';
import type { RichDoc } from '../../shared/richtext';
import { isSending, useSaveAgainst, versionOf, whoChanged, type KeptSave, type SaveInput, type StaleSave, type VersionedOp } from '../data/saveAgainst';

/** A record read that is newer than the text in the editor: someone else's save, or this window's from elsewhere. */
export interface Incoming {
  doc: RichDoc;
  by: string;
  at: string | null;
  /** Saved by this window (a held draft sent while its editor was away), not by someone else. */
  own: boolean;
  /** Goes on from this record: its text is loaded into the editor. */
  startFrom(): void;
  /** Keeps `mine` in the editor and offers to compare and merge with this record's text. */
  markStale(mine: RichDoc): void;
}

/** What an editor keeps of its saving when it leaves the screen with unsaved text (a held draft). */
export interface KeptDoc {
  kept: KeptSave;
  knownText: string;
}

export interface DocSaver {
  /**
   * Which text this is, a held draft's key: the record (keyOf), and the field when the record has more
   * than one text ("pack:<id>/context"). A narrative is one text: "narrative:<area>/<section>".
   */
  key: string;
  save(doc: RichDoc): Promise<unknown>;
  /** A save refused because someone else saved this text first: who, when, and their text. */
  stale: { by: string; at: string | null; theirs: RichDoc } | null;
  /** Saves `doc` over theirs, knowingly. */
  saveOverTheirs(doc: RichDoc): Promise<unknown>;
  /** Drops the refused text and starts from theirs, which it returns. */
  takeTheirs(): RichDoc | null;
  /** The record read now when it is newer than what the editor's text is based on, and has other text. */
  incoming(): Incoming | null;
  /** The save of `doc` as it would be made now, to send later without the editor. */
  keep(doc: RichDoc): KeptDoc;
  /** Goes on from what was kept (the same record's held draft). */
  resume(kept: KeptDoc): void;
}

export function useDocSaver<N extends VersionedOp>(
  op: N,
  read: OpOutput<N>,
  doc: { toInput(doc: RichDoc): SaveInput<N>; of(record: OpOutput<N>): RichDoc; /** Which of the record's texts. */ field?: string },
): DocSaver {
  /** The text as of the version the editor goes on from: loaded, saved, or taken from theirs. */
  const known = useRef<string | null>(null);
  const readText = useMemo(() => JSON.stringify(doc.of(read)), [read, doc]);
  known.current ??= readText;
  const saver = useSaveAgainst(op, read, { hold: readText !== known.current });
  const stale = saver.stale;
  const savedAs = (record: OpOutput<N>) => {
    known.current = JSON.stringify(doc.of(record));
    return record;
  };

  const incoming = (): Incoming | null => {
    // A save of this record on its way may make the newer read this window's own: wait for its answer.
    if (isSending(saver.key)) return null;
    const version = versionOf(op, read);
    const basedOn = saver.basedOn();
    if (stale ? version <= versionOf(op, stale.theirs) : version < basedOn || readText === known.current) return null;
    const { by, at } = whoChanged(read);
    return {
      doc: doc.of(read),
      by,
      at,
      own: !stale && version <= basedOn,
      startFrom: () => {
        known.current = readText;
        saver.startFrom(read);
      },
      markStale: (mine) => saver.markStale(read, doc.toInput(mine)),
    };
  };

  return {
    key: doc.field ? `${saver.key}/${doc.field}` : saver.key,
    save: async (text) => savedAs(await saver.save(doc.toInput(text))),
    stale: stale && { by: stale.by, at: stale.at, theirs: doc.of(stale.theirs) },
    saveOverTheirs: async (text) => savedAs(await saver.saveOverTheirs(doc.toInput(text))),
    takeTheirs: () => {
      const theirs = saver.takeTheirs();
      return theirs && doc.of(savedAs(theirs));
    },
    incoming,
    keep: (text) => ({
      kept: { op, key: saver.key, input: doc.toInput(text), baseVersion: saver.basedOn(), stale } as KeptSave,
      knownText: known.current ?? readText,
    }),
    resume: ({ kept, knownText }) => {
      known.current = knownText;
      saver.resume({ baseVersion: kept.baseVersion, stale: kept.stale as StaleSave<N> | null });
    },
  };
}
