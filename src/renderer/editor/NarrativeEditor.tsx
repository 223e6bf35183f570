// A rich-text editor that saves itself: changes are saved ~800 ms after typing stops and at once when
// the editor loses focus or the screen closes. The save state shows under the text; a failed save says
// why, keeps the text and offers to try again.
import type { RichDoc } from '../../shared/richtext';
import type { EvidenceRow } from '../../shared/entities';
import { RichTextEditor } from './RichTextEditor';
import { useAutosave } from './useAutosave';

interface NarrativeEditorProps {
  labelledBy: string;
  describedBy?: string;
  label: string;
  initialDoc: RichDoc;
  readOnly?: boolean;
  packId?: string;
  linkedEvidenceIds?: ReadonlySet<string>;
  onCited?(row: EvidenceRow): void;
  save(doc: RichDoc): Promise<void>;
}

export function NarrativeEditor({ save, ...props }: NarrativeEditorProps) {
  const autosave = useAutosave<RichDoc>(save, 800);
  const status =
    autosave.state === 'error' ? (
      <span className="rt__status rt__status--error" role="alert">
        Not saved: {autosave.error} Your text is still here.{' '}
        <button type="button" className="btn btn--link" onClick={() => void autosave.retry()}>
          Try again
        </button>
      </span>
    ) : (
      <span className="rt__status">
        {autosave.state === 'saving' || autosave.state === 'waiting'
          ? 'Saving…'
          : autosave.state === 'saved'
            ? 'Saved'
            : ''}
      </span>
    );
  return (
    <RichTextEditor
      {...props}
      onChange={autosave.schedule}
      onBlur={() => void autosave.flush()}
      // A save refused as the pack became read-only (approved elsewhere) still says so: the words are kept.
      status={props.readOnly && autosave.state !== 'error' ? null : status}
    />
  );
}
