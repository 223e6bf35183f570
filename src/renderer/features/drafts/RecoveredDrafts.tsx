// Text that was not saved when SEF Studio last closed on this database (a crash, a forced quit, a power
// cut: editor/keptDrafts.ts), offered back once the database is open: Restore puts each text back as a
// held draft, sent against the version it was written on (so someone's newer save is never written
// over: it waits to be compared and merged); Discard lets them go. Mounted once in the frame, it also
// keeps the host's copy of the unsaved texts up to date as held drafts come and go.
import { useEffect } from 'react';
import { countOf, listInWords } from '../../components/format';
import { useHeldDrafts } from '../../editor/heldDrafts';
import { discardRecoveredDrafts, keptTextsChanged, loadRecoveredDrafts, restoreRecoveredDrafts, useRecoveredDrafts } from '../../editor/keptDrafts';

export function RecoveredDrafts() {
  const texts = useRecoveredDrafts((s) => s.texts);
  useEffect(() => {
    void loadRecoveredDrafts();
    return useHeldDrafts.subscribe(keptTextsChanged);
  }, []);
  if (!texts?.length) return null;
  return (
    <section className="notice notice--warn" aria-label="Recovered unsaved text">
      <p>
        <strong>
          {countOf(texts.length, 'text was', 'texts were')} not saved when SEF Studio last closed:
        </strong>{' '}
        {endSentence(listInWords(texts.map((t) => t.place)))}
      </p>
      <p>
        <button type="button" className="btn btn--primary" onClick={restoreRecoveredDrafts}>
          Restore
        </button>{' '}
        <button type="button" className="btn btn--secondary" onClick={discardRecoveredDrafts}>
          Discard
        </button>
      </p>
    </section>
  );
}

/** A place can end with its question's own question mark: no full stop after it. */
function endSentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}
