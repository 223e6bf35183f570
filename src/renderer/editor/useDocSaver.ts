// A narrative editor's saves, made against the version its text was loaded from (data/saveAgainst.ts).
// The editor holds its own text once loaded, so a newer record read meanwhile with other text in it is
// someone else's save of this text: the editor's next save is refused with their text, and the person
// compares and merges. A newer record with this text unchanged (the pack's title saved beside its
// context) is nobody's change to it, and the editor goes on from there.
import { useMemo, useRef } from 'react';
import type { OpOutput } from '../../shared/api';
import type { RichDoc } from '../../shared/richtext';
import { useSaveAgainst, type SaveInput, type VersionedOp } from '../data/saveAgainst';

export interface DocSaver {
  save(doc: RichDoc): Promise<unknown>;
  /** A save refused because someone else saved this text first: who, when, and their text. */
  stale: { by: string; at: string | null; theirs: RichDoc } | null;
  /** Saves `doc` over theirs, knowingly. */
  saveOverTheirs(doc: RichDoc): Promise<unknown>;
  /** Drops the refused text and starts from theirs, which it returns. */
  takeTheirs(): RichDoc | null;
}

export function useDocSaver<N extends VersionedOp>(
  op: N,
  read: OpOutput<N>,
  doc: { toInput(doc: RichDoc): SaveInput<N>; of(record: OpOutput<N>): RichDoc },
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
  return {
    save: async (text) => savedAs(await saver.save(doc.toInput(text))),
    stale: stale && { by: stale.by, at: stale.at, theirs: doc.of(stale.theirs) },
    saveOverTheirs: async (text) => savedAs(await saver.saveOverTheirs(doc.toInput(text))),
    takeTheirs: () => {
      const theirs = saver.takeTheirs();
      return theirs && doc.of(savedAs(theirs));
    },
  };
}
