// "Compare and merge": a narrative save refused because someone else saved the same text first. Both
// versions side by side with the paragraphs that differ marked (in words as well as colour), and three
// ways on: keep mine (saved over theirs), take theirs, or combine (every paragraph of both to start from,
// edited here, then saved). Nothing is saved or dropped until the person chooses; closing keeps both.
import { useId, useMemo, useRef, useState } from 'react';
import { combinedDoc, diffParagraphs, type ParagraphChange } from '../../shared/paragraphDiff';
import type { RichDoc } from '../../shared/richtext';
import { ErrorMessage } from '../components/Feedback';
import { formatTimeOfDay } from '../components/format';
import { Modal } from '../components/Modal';
import { messageOf } from '../data/bridge';
import { BlockView } from './DocView';
import { RichTextEditor } from './RichTextEditor';
import '../components/conflict.css';

export interface MergeChoice {
  keepMine(): Promise<unknown>;
  takeTheirs(): void;
  saveCombined(doc: RichDoc): Promise<unknown>;
}

interface MergeDialogProps extends MergeChoice {
  open: boolean;
  /** What the text is: "What do you know about the quality of practice?". */
  label: string;
  by: string;
  at: string | null;
  mine: RichDoc;
  theirs: RichDoc;
  onClose(): void;
}

export function MergeDialog({ open, onClose, ...props }: MergeDialogProps) {
  return (
    <Modal title="Compare and merge" open={open} onClose={onClose} wide>
      {open && <Merge {...props} onClose={onClose} />}
    </Modal>
  );
}

function Merge({ label, by, at, mine, theirs, keepMine, takeTheirs, saveCombined, onClose }: Omit<MergeDialogProps, 'open'>) {
  const id = useId();
  const changes = useMemo(() => diffParagraphs(mine.blocks, theirs.blocks), [mine, theirs]);
  const combined = useRef<RichDoc>(combinedDoc(changes));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const theirLabel = at ? `${by}’s version, saved at ${formatTimeOfDay(at)}` : `${by}’s version`;
  const onlyMine = changes.filter((c) => c.kind === 'mine').length;
  const onlyTheirs = changes.filter((c) => c.kind === 'theirs').length;

  const choose = (work: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    work()
      .then(onClose)
      .catch((err: unknown) => setProblem(messageOf(err)))
      .finally(() => setBusy(false));
  };

  return (
    <>
      <p>
        {by} saved “{label}” while you were editing. Neither text is lost: yours is still in the editor.{' '}
        {onlyMine || onlyTheirs
          ? `Paragraphs that differ are marked below: ${onlyMine} in yours, ${onlyTheirs} in ${by}’s.`
          : 'The two texts are the same.'}
      </p>
      <div className="merge__sides">
        <Side id={`${id}-mine`} title="Your version" changes={changes} shows="mine" only="Only in yours" />
        <Side id={`${id}-theirs`} title={theirLabel} changes={changes} shows="theirs" only={`Only in ${by}’s`} />
      </div>
      <section className="merge__combined" aria-labelledby={`${id}-combined`}>
        <h3 className="merge__title" id={`${id}-combined`}>
          Combined text
        </h3>
        <p className="field__hint" id={`${id}-combined-hint`}>
          It starts with every paragraph of both versions. Delete or change what should not stay, then save the combined text.
        </p>
        <RichTextEditor
          labelledBy={`${id}-combined`}
          describedBy={`${id}-combined-hint`}
          label="Combined text"
          initialDoc={combined.current}
          onChange={(doc) => {
            combined.current = doc;
          }}
        />
      </section>
      <ErrorMessage>{problem && `Not saved: ${problem}`}</ErrorMessage>
      <div className="modal__actions modal__actions--inline">
        <button type="button" className="btn btn--secondary modal__actions-start" disabled={busy} onClick={onClose}>
          Decide later
        </button>
        <button
          type="button"
          className="btn btn--secondary"
          disabled={busy}
          onClick={() => {
            takeTheirs();
            onClose();
          }}
        >
          Take theirs
        </button>
        <button type="button" className="btn btn--secondary" disabled={busy} onClick={() => choose(keepMine)}>
          Keep mine
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => choose(() => saveCombined(combined.current))}>
          Save combined text
        </button>
      </div>
    </>
  );
}

/** One version's paragraphs, those the other does not have marked. */
function Side({ id, title, changes, shows, only }: { id: string; title: string; changes: ParagraphChange[]; shows: 'mine' | 'theirs'; only: string }) {
  const blocks = changes.filter((c) => c.kind === 'same' || c.kind === shows);
  return (
    <section className="merge__side" aria-labelledby={id}>
      <h3 className="merge__title" id={id}>
        {title}
      </h3>
      <div className="merge__text">
        {blocks.length === 0 && <p className="muted">(No text)</p>}
        {blocks.map((change, i) =>
          change.kind === 'same' ? (
            <div key={i} className="merge__para">
              <BlockView block={change.block} />
            </div>
          ) : (
            <div key={i} className="merge__para merge__para--differs">
              <span className="merge__tag">{only}</span>
              <BlockView block={change.block} />
            </div>
          ),
        )}
      </div>
    </section>
  );
}
