// A rich-text editor that saves itself: changes are saved ~800 ms after typing stops and at once when
// the editor loses focus or the screen closes. The save state shows under the text; a failed save says
// why, keeps the text and offers to try again. A save refused because someone else saved the same text
// first keeps this person's text in the editor, stops saving it, and offers "Compare and merge".
//
// Others' saves arrive by themselves: with nothing unsaved here, their text is loaded in place (the caret
// kept near its place) with a quiet "Updated by …"; with unsaved text here, it is not replaced, and the
// notice and "Compare and merge" show at once. Leaving the screen with unsaved text keeps it as a held
// draft (heldDrafts.ts) when the editor is given its place; on coming back the editor starts from it.
import { useEffect, useRef, useState } from 'react';
import type { RichDoc } from '../../shared/richtext';
import type { EvidenceRow } from '../../shared/entities';
import { changedBy, formatTimeOfDay } from '../components/format';
import { holdDraft, noteUnsavedOnScreen, peekDraft, takeDraft, type DraftPlace } from './heldDrafts';
import { keepOnScreen, keptTextsChanged } from './keptDrafts';
import { MergeDialog } from './MergeDialog';
import { RichTextEditor, type RichTextHandle } from './RichTextEditor';
import { useAutosave } from './useAutosave';
import type { DocSaver } from './useDocSaver';

interface NarrativeEditorProps {
  labelledBy: string;
  describedBy?: string;
  label: string;
  initialDoc: RichDoc;
  readOnly?: boolean;
  packId?: string;
  linkedEvidenceIds?: ReadonlySet<string>;
  onCited?(row: EvidenceRow): void;
  /** Saves against the version the text was loaded from (useDocSaver). */
  saver: DocSaver;
  /** Where the text is written: given, unsaved text left behind is held as a draft instead of being lost. */
  held?: DraftPlace;
}

const sameDoc = (a: RichDoc, b: RichDoc) => JSON.stringify(a) === JSON.stringify(b);

/** "Updated by Sam Patel at 10:00": someone else's save, loaded into the editor. */
function updatedBy(by: string, at: string | null): string {
  return at ? `Updated by ${by} at ${formatTimeOfDay(at)}` : `Updated by ${by}`;
}

export function NarrativeEditor({ saver, initialDoc, held, ...props }: NarrativeEditorProps) {
  // A draft held from an earlier visit is the text the editor starts with (taken back once mounted).
  const [startDoc] = useState(() => (held && peekDraft(saver.key)?.doc) || initialDoc);
  const mine = useRef(startDoc);
  const editor = useRef<RichTextHandle>(null);
  const [merging, setMerging] = useState(false);
  /** Someone else's save loaded into the editor, said until the person changes the text. */
  const [updated, setUpdated] = useState<{ by: string; at: string | null } | null>(null);
  const stale = saver.stale;
  const staleRef = useRef(stale);
  staleRef.current = stale;
  const latest = useRef({ saver, held });
  latest.current = { saver, held };
  /** Set on leaving with text the autosave had not saved yet (waiting, on its way, or refused). */
  const leftUnsaved = useRef(false);
  /** Set in the render a held draft was taken back in: its state shows from the next render on. */
  const takenBack = useRef(false);

  // While a refused save waits for a choice, typing goes on in the editor but is not sent: it would only
  // be refused again. The choice sends (or drops) it.
  const autosave = useAutosave<RichDoc>((doc) => (staleRef.current ? Promise.resolve() : saver.save(doc)), 800, {
    onLeave: held
      ? () => {
          leftUnsaved.current = true;
        }
      : undefined,
  });

  // Coming back: the held draft is taken back, with its version, its refusal or failure, and sent again
  // if it was on its way. Leaving: what is not saved is held, and sent by the held drafts meanwhile.
  useEffect(() => {
    const { saver: s, held: place } = latest.current;
    if (!place) return;
    const draft = takeDraft(s.key);
    if (draft) {
      takenBack.current = true;
      mine.current = draft.doc;
      s.resume(draft);
      if (draft.state.kind === 'failed') autosave.restore(draft.doc, draft.state.message);
      // On its way when taken back: sent again after it (a save that changes nothing is no change to the core).
      else if (draft.state.kind === 'sending') autosave.restore(draft.doc);
    }
    leftUnsaved.current = false;
    return () => {
      const { saver: last, held: where } = latest.current;
      if (!where || !(leftUnsaved.current || staleRef.current)) return;
      holdDraft({ key: last.key, place: where, doc: mine.current, ...last.keep(mine.current) });
    };
    // Once per visit: the record and its place do not change while the editor is on screen (AreaScreen keys it).
  }, []);

  // Someone else's save, read by the one cache as its change event arrived.
  useEffect(() => {
    if (takenBack.current) {
      takenBack.current = false;
      return;
    }
    const incoming = saver.incoming();
    if (!incoming) return;
    if (sameDoc(incoming.doc, mine.current)) {
      incoming.startFrom();
      return;
    }
    if (!staleRef.current && !autosave.unsaved()) {
      incoming.startFrom();
      mine.current = incoming.doc;
      editor.current?.replace(incoming.doc);
      setUpdated(incoming.own ? null : { by: incoming.by, at: incoming.at });
    } else if (!incoming.own) incoming.markStale(mine.current);
  });

  const unsaved = !!stale || autosave.state === 'waiting' || autosave.state === 'saving' || autosave.state === 'error';
  useEffect(() => {
    const key = saver.key;
    noteUnsavedOnScreen(key, unsaved);
    return () => noteUnsavedOnScreen(key, false);
  }, [saver.key, unsaved]);

  // Its text not saved yet is kept by the host too (keptDrafts.ts), when it has a place to be put back in.
  useEffect(
    () =>
      keepOnScreen(saver.key, () => {
        const { saver: s, held: where } = latest.current;
        return where ? { key: s.key, place: where, doc: mine.current, ...s.keep(mine.current) } : null;
      }),
    [saver.key],
  );

  /** Puts a text in the editor (theirs, or the combined one) and the caret back in it. */
  const load = (doc: RichDoc) => {
    mine.current = doc;
    setUpdated(null);
    editor.current?.replace(doc);
    requestAnimationFrame(() => editor.current?.focus());
  };

  const status = stale ? (
    <span className="rt__status rt__status--error" role="alert">
      {changedBy(stale.by, stale.at)}, so yours was not saved over theirs. Your text is still here.{' '}
      <button type="button" className="btn btn--link" onClick={() => setMerging(true)}>
        Compare and merge
      </button>
    </span>
  ) : autosave.state === 'error' ? (
    <span className="rt__status rt__status--error" role="alert">
      Not saved: {autosave.error} Your text is still here.{' '}
      <button type="button" className="btn btn--link" onClick={() => void autosave.retry()}>
        Try again
      </button>
    </span>
  ) : updated && autosave.state !== 'waiting' && autosave.state !== 'saving' ? (
    <span className="rt__status" role="status">
      {updatedBy(updated.by, updated.at)}
    </span>
  ) : (
    <span className="rt__status">
      {autosave.state === 'saving' || autosave.state === 'waiting' ? 'Saving…' : autosave.state === 'saved' ? 'Saved' : ''}
    </span>
  );

  return (
    <div>
      <RichTextEditor
        {...props}
        handle={editor}
        initialDoc={startDoc}
        onChange={(doc) => {
          mine.current = doc;
          setUpdated(null);
          autosave.schedule(doc);
          keptTextsChanged();
        }}
        onBlur={() => void autosave.flush()}
        // A save refused as the pack became read-only (approved elsewhere) still says so: the words are kept.
        status={props.readOnly && autosave.state !== 'error' && !stale ? (updated ? status : null) : status}
      />
      {stale && (
        <MergeDialog
          open={merging}
          label={props.label}
          by={stale.by}
          at={stale.at}
          mine={mine.current}
          theirs={stale.theirs}
          onClose={() => setMerging(false)}
          keepMine={async () => {
            autosave.discard();
            await saver.saveOverTheirs(mine.current);
          }}
          takeTheirs={() => {
            autosave.discard();
            const theirs = saver.takeTheirs();
            if (theirs) load(theirs);
          }}
          saveCombined={async (doc) => {
            autosave.discard();
            await saver.saveOverTheirs(doc);
            load(doc);
          }}
        />
      )}
    </div>
  );
}
