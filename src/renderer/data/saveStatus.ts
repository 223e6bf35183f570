// The visible "Saving… / Saved / Not saved" state in the header. Every write goes through track(), so
// the indicator never claims "Saved" while a change is still on its way.
import { create } from 'zustand';
import { ApiError, messageOf } from './bridge';

type SaveState = 'idle' | 'saving' | 'saved' | 'error';

interface SaveStatus {
  state: SaveState;
  pending: number;
  error: string | null;
  savedAt: Date | null;
  track<T>(work: Promise<T>): Promise<T>;
}

export const useSaveStatus = create<SaveStatus>((set) => ({
  state: 'idle',
  pending: 0,
  error: null,
  savedAt: null,
  track: async (work) => {
    set((s) => ({ pending: s.pending + 1, state: 'saving' }));
    try {
      const value = await work;
      set((s) => ({
        pending: s.pending - 1,
        state: s.pending - 1 > 0 ? 'saving' : 'saved',
        error: null,
        savedAt: new Date(),
      }));
      return value;
    } catch (err) {
      set((s) => ({ pending: s.pending - 1, state: 'error', error: headline(err) }));
      throw err;
    }
  },
}));

/**
 * The refused save the header reports is settled without a save (the person took the other person's
 * version): nothing of theirs is unsaved any more, so the header stops saying "Not saved".
 */
export function refusalSettled(): void {
  useSaveStatus.setState((s) => (s.state === 'error' && s.pending === 0 ? { state: 'idle', error: null } : s));
}

/** Runs a write and reflects it in the header's save indicator. */
export function saving<T>(work: Promise<T>): Promise<T> {
  return useSaveStatus.getState().track(work);
}

/**
 * What the header says about a refused save. A refusal about fields is said beside those fields, so the
 * header only points there rather than saying it twice ("Not saved: That was not saved: title: …").
 */
function headline(err: unknown): string {
  if (err instanceof ApiError && Object.keys(err.fields).length) return 'see the message beside the field.';
  // A save refused as stale is kept on screen where it was made, with the choice of what to keep.
  if (err instanceof ApiError && err.conflict) return `${err.conflict.by} saved it first. Yours is kept: choose what to keep where you were editing.`;
  return messageOf(err);
}
