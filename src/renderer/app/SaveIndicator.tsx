import { useSaveStatus } from '../data/saveStatus';

/** "Saving…", "All changes saved" or the reason a change was not saved, announced politely. */
export function SaveIndicator() {
  const state = useSaveStatus((s) => s.state);
  const error = useSaveStatus((s) => s.error);
  const text =
    state === 'saving' ? 'Saving…' : state === 'saved' ? 'All changes saved' : state === 'error' ? `Not saved: ${error}` : '';
  return (
    <p className={`save-indicator save-indicator--${state}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
