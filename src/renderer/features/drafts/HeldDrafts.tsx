// Text held after its screen was left unsaved (editor/heldDrafts.ts), said on every other screen so that
// it is never dropped without anyone knowing: where and which text, why it is not saved, and a link back,
// where the editor shows it with its notice. Mounted once in the frame, it also sends the held drafts again
// when the team database answers again, and stops the window closing on unsaved text: the desktop app
// then asks "Stay" or "Leave without saving" (electron/main/unload-guard.ts), with the count told here.
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useNavigation } from '../../app/navigation';
import { bridgeIfAny } from '../../data/bridge';
import { useRetryOnReconnect } from '../../data/connection';
import { hasUnsavedText, retryOfflineDrafts, unsavedText, useHeldDrafts, type HeldDraft } from '../../editor/heldDrafts';

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
 * The window asked to close (or reload) with text not saved: the page asks to stay, every time. The
 * browser, or the desktop app's main process, then asks the person whether to leave without it; if the
 * page is still here afterwards, they stayed, and the notice says why and where the text is.
 */
function useKeepOpenOnUnsavedText(): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasUnsavedText()) return;
      event.preventDefault();
      // Chromium's older way of asking to stay, which Electron honours.
      event.returnValue = '';
      useHeldDrafts.setState({ closeRefused: true });
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}

/** Tells the host how much text is not saved yet, whenever that changes, for its question on closing. */
function useTellHostUnsavedText(): void {
  useEffect(() => {
    let told = '';
    const tell = () => {
      const now = unsavedText();
      if (JSON.stringify(now) === told) return;
      told = JSON.stringify(now);
      // Not told, the host still asks before closing, only without the count.
      void bridgeIfAny()?.tellUnsavedText(now).catch(() => undefined);
    };
    tell();
    return useHeldDrafts.subscribe(tell);
  }, []);
}

export function HeldDrafts() {
  const drafts = useHeldDrafts(useShallow((s) => Object.values(s.drafts)));
  const anyUnsaved = useHeldDrafts((s) => {
    const { narratives, fields } = unsavedText(s);
    return narratives + fields > 0;
  });
  const closeRefused = useHeldDrafts((s) => s.closeRefused) && anyUnsaved;
  const go = useNavigation((s) => s.go);
  useRetryOnReconnect(retryOfflineDrafts);
  useKeepOpenOnUnsavedText();
  useTellHostUnsavedText();
  // Everything saved: the notice that the window stayed open goes.
  useEffect(() => {
    if (!anyUnsaved) useHeldDrafts.setState({ closeRefused: false });
  }, [anyUnsaved]);

  return (
    <>
      {closeRefused && (
        <div className="notice notice--warn" role="alert">
          <p>
            <strong>SEF Studio stayed open: some text is not saved yet.</strong> Save it where it was written, or choose what to
            keep there.
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
                    go(draft.place.route);
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
