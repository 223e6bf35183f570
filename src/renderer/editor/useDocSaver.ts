// A narrative editor's saves, made against the version its text was loaded from (data/saveAgainst.ts).
// The editor holds its own text once loaded, so a newer record read meanwhile is someone else's save:
// the editor's next save is refused with their text, and the person compares and merges.
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
  const saver = useSaveAgainst(op, read, { hold: true });
  const stale = saver.stale;
  return {
    save: (text) => saver.save(doc.toInput(text)),
    stale: stale && { by: stale.by, at: stale.at, theirs: doc.of(stale.theirs) },
    saveOverTheirs: (text) => saver.saveOverTheirs(doc.toInput(text)),
    takeTheirs: () => {
      const theirs = saver.takeTheirs();
      return theirs && doc.of(theirs);
    },
  };
}
