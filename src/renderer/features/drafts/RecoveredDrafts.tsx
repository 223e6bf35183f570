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
  const unreadable = useRecoveredDrafts((s) => s.unreadable);
  useEffect(() => {
    void loadRecoveredDrafts();
    return useHeldDrafts.subscribe(keptTextsChanged);
  }, []);
  if (!texts?.length && !unreadable.length) return null;
  const all = [...(texts ?? []), ...unreadable];
  return (
    <section className="notice notice--warn" aria-label="Recovered unsaved text">
      <p>
        <strong>
          {countOf(all.length, 'text was', 'texts were')} not saved when SEF Studio last closed:
        </strong>{' '}
        {endSentence(listInWords(all.map((t) => t.place)))}
      </p>
      {unreadable.length > 0 && <p>{cannotRestore(unreadable.map((t) => t.place), all.length, !!texts?.length)}</p>}
      <p>
        {texts && texts.length > 0 && (
          <button type="button" className="btn btn--primary" onClick={restoreRecoveredDrafts}>
            Restore
          </button>
        )}{' '}
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

/**
 * Texts kept in a form this version cannot read (a newer version wrote them, perhaps): said, not dropped
 * unsaid, and how to get them back.
 */
function cannotRestore(places: string[], total: number, someRestorable: boolean): string {
  const them = places.length === 1 ? 'it' : 'them';
  const which = places.length === total ? them : listInWords(places);
  const choice = someRestorable ? 'Restore or Discard' : 'Discard';
  return `This version of SEF Studio cannot restore ${which}, perhaps because a newer version wrote ${them}. To keep ${them}, open this database in that version; ${choice} here lets ${them} go.`;
}
