// Narrative text held after its area was left unsaved (editor/heldDrafts.ts), said on every other screen
// so that it is never dropped without anyone knowing: which area and question, why it is not saved, and a
// link back, where the editor shows it with its notice. Mounted once in the frame, it also sends the held
// drafts again when the team database answers again, and stops the window closing once on unsaved text.
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useNavigation } from '../../app/navigation';
import { useRetryOnReconnect } from '../../data/connection';
import { hasUnsavedText, retryOfflineDrafts, useHeldDrafts, type HeldDraft } from '../../editor/heldDrafts';

/** Why a held draft is not saved yet, after the place it belongs to. */
function why(draft: HeldDraft): string {
  switch (draft.state.kind) {
    case 'sending':
      return 'saving…';
    case 'stale': {
      const by = draft.kept.stale?.by ?? 'Someone';
      return `${by} saved it meanwhile: open it to compare and merge.`;
    }
    case 'failed':
      return draft.state.offline
        ? 'waiting for the connection: it is saved by itself when the team database answers again.'
        : `not saved: ${draft.state.message} Open it to try again.`;
  }
}

/**
 * The window asked to close with text not saved: it is kept open once, and says why (a desktop window
 * shows no question of its own). Asked again, it closes.
 */
function useKeepOpenOnUnsavedText(): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasUnsavedText() || useHeldDrafts.getState().closeRefused) return;
      event.preventDefault();
      // Chromium's older way of asking to stay, which Electron honours.
      event.returnValue = '';
      useHeldDrafts.setState({ closeRefused: true });
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}

export function HeldDrafts() {
  const drafts = useHeldDrafts(useShallow((s) => Object.values(s.drafts)));
  const anyUnsaved = useHeldDrafts((s) => Object.keys(s.drafts).length + Object.keys(s.unsavedOnScreen).length > 0);
  const closeRefused = useHeldDrafts((s) => s.closeRefused) && anyUnsaved;
  const go = useNavigation((s) => s.go);
  useRetryOnReconnect(retryOfflineDrafts);
  useKeepOpenOnUnsavedText();
  // Everything saved: the next close with unsaved text is stopped (and said) again.
  useEffect(() => {
    if (!anyUnsaved) useHeldDrafts.setState({ closeRefused: false });
  }, [anyUnsaved]);

  return (
    <>
      {closeRefused && (
        <div className="notice notice--warn" role="alert">
          <p>
            <strong>SEF Studio did not close: some text is not saved yet.</strong> Save it where it was written (or choose what to
            keep), or close again to close without it.
          </p>
        </div>
      )}
      {drafts.length > 0 && (
        <section className="notice notice--warn held-drafts" aria-label="Unsaved text held">
          <p>
            <strong>Unsaved text held.</strong> What you wrote here is kept until it is saved:
          </p>
          <ul className="held-drafts__list">
            {drafts.map((draft) => (
              <li key={draft.key}>
                <a
                  href="#"
                  onClick={(e) => {
                    e.preventDefault();
                    go({ name: 'area', packId: draft.place.packId, areaId: draft.place.areaId });
                  }}
                >
                  {draft.place.where}: {draft.place.label}
                </a>{' '}
                ({why(draft)})
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
