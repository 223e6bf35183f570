// A rich-text editor that saves itself: changes are saved ~800 ms after typing stops and at once when
// the editor loses focus or the screen closes. The save state shows under the text; a failed save says
// why, keeps the text and offers to try again. A save refused because someone else saved the same text
// first keeps this person's text in the editor, stops saving it, and offers "Compare and merge".
import { useRef, useState } from 'react';
import type { RichDoc } from '../../shared/richtext';
import type { EvidenceRow } from '../../shared/entities';
import { changedBy } from '../components/format';
import { MergeDialog } from './MergeDialog';
import { RichTextEditor } from './RichTextEditor';
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
}

export function NarrativeEditor({ saver, initialDoc, ...props }: NarrativeEditorProps) {
  /** The text in the editor now, and a new key whenever another text is loaded into it (theirs, the combined). */
  const [loaded, setLoaded] = useState({ doc: initialDoc, key: 0 });
  const mine = useRef(initialDoc);
  const [merging, setMerging] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const stale = saver.stale;
  const staleRef = useRef(stale);
  staleRef.current = stale;

  // While a refused save waits for a choice, typing goes on in the editor but is not sent: it would only
  // be refused again. The choice sends (or drops) it.
  const autosave = useAutosave<RichDoc>((doc) => (staleRef.current ? Promise.resolve() : saver.save(doc)), 800);

  /** Puts a text in the editor (theirs, or the combined one) and the caret back in it. */
  const load = (doc: RichDoc) => {
    mine.current = doc;
    setLoaded((l) => ({ doc, key: l.key + 1 }));
    requestAnimationFrame(() => box.current?.querySelector<HTMLElement>('[role="textbox"]')?.focus());
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
  ) : (
    <span className="rt__status">
      {autosave.state === 'saving' || autosave.state === 'waiting' ? 'Saving…' : autosave.state === 'saved' ? 'Saved' : ''}
    </span>
  );

  return (
    <div ref={box}>
      <RichTextEditor
        {...props}
        key={loaded.key}
        initialDoc={loaded.doc}
        onChange={(doc) => {
          mine.current = doc;
          autosave.schedule(doc);
        }}
        onBlur={() => void autosave.flush()}
        // A save refused as the pack became read-only (approved elsewhere) still says so: the words are kept.
        status={props.readOnly && autosave.state !== 'error' && !stale ? null : status}
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
