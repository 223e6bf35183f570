// Debounced autosave for one value: changes wait ~800 ms of quiet, a blur or leaving the screen saves at
// once, saves never overlap (the newest value goes next), and a failed save keeps the value so "Try again"
// or the next keystroke sends it. The caller's save function goes through saving(...) so the header agrees.
import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../data/bridge';
import { useRetryOnReconnect } from '../data/connection';

export type AutosaveState = 'idle' | 'waiting' | 'saving' | 'saved' | 'error';

export interface Autosave<T> {
  state: AutosaveState;
  error: string | null;
  /** A new value: saved after the delay unless another arrives first. */
  schedule(value: T): void;
  /** Save whatever is waiting now (on blur, before leaving). */
  flush(): Promise<void>;
  /** Send the last value that failed again. */
  retry(): Promise<void>;
  /** Forget what is waiting, unsent: the person chose another way to save it (or chose theirs). */
  discard(): void;
}

export function useAutosave<T>(save: (value: T) => Promise<unknown>, delay = 800): Autosave<T> {
  const [state, setState] = useState<AutosaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const mounted = useRef(true);

  const update = useCallback((next: AutosaveState, message: string | null = null) => {
    if (!mounted.current) return;
    setState(next);
    setError(message);
  }, []);

  const run = useCallback(async (): Promise<void> => {
    // One save at a time: wait for the current one, then send the newest value.
    while (inFlight.current) await inFlight.current;
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    update('saving');
    const work = (async () => {
      try {
        await saveRef.current(next.value);
        if (!pending.current) update('saved');
      } catch (err) {
        // Keep the value unless something newer has arrived: nothing typed is lost.
        pending.current ??= next;
        update('error', messageOf(err));
      }
    })();
    inFlight.current = work;
    await work;
    inFlight.current = null;
  }, [update]);

  const flush = useCallback(async () => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    await run();
  }, [run]);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      update('waiting');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        void run();
      }, delay);
    },
    [delay, run, update],
  );

  const discard = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
    update('idle');
  }, [update]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      // Leaving the screen saves what is waiting.
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      if (pending.current) void run();
    };
  }, [run]);

  // A value refused while the team database was away is sent again as soon as it answers again. (A save
  // refused as stale is sent again only against the version it was refused on, so it is refused again.)
  useRetryOnReconnect(() => {
    if (pending.current) void flush();
  });

  return { state, error, schedule, flush, retry: flush, discard };
}
