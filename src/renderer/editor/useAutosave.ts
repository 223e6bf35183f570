// Debounced autosave for one value: changes wait ~800 ms of quiet, a blur or leaving the screen saves at
// once, saves never overlap (the newest value goes next), and a failed save keeps the value so "Try again"
// or the next keystroke sends it. The caller's save function goes through saving(...) so the header agrees.
// A caller that can keep what is unsaved after the screen has gone (a held draft) takes it on leaving
// instead (onLeave), so a save that fails then is not lost with the screen.
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
  /** Whether something is not saved yet: waiting, on its way, or refused. */
  unsaved(): boolean;
  /** Takes back a value kept while the screen was away: as refused (with its message), or to send now. */
  restore(value: T, error?: string): void;
}

export interface AutosaveOptions<T> {
  /** Called on leaving the screen with what is not saved yet (waiting, on its way or refused), instead of saving it. */
  onLeave?(value: T): void;
}

export function useAutosave<T>(save: (value: T) => Promise<unknown>, delay = 800, options: AutosaveOptions<T> = {}): Autosave<T> {
  const [state, setState] = useState<AutosaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  /** The value on its way, until its save has answered. */
  const sending = useRef<{ value: T } | null>(null);
  const mounted = useRef(true);
  const onLeave = useRef(options.onLeave);
  onLeave.current = options.onLeave;

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
    sending.current = next;
    update('saving');
    const work = (async () => {
      try {
        await saveRef.current(next.value);
        if (!pending.current) update('saved');
      } catch (err) {
        // Keep the value unless something newer has arrived: nothing typed is lost.
        pending.current ??= next;
        update('error', messageOf(err));
      } finally {
        sending.current = null;
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

  const unsaved = useCallback(() => pending.current !== null || sending.current !== null, []);

  const restore = useCallback(
    (value: T, message?: string) => {
      pending.current = { value };
      if (message === undefined) void flush();
      else update('error', message);
    },
    [flush, update],
  );

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      const left = pending.current ?? sending.current;
      if (left && onLeave.current) {
        // Whoever keeps it sends it (after the save on its way, which may yet fail): nothing is lost with the screen.
        pending.current = null;
        onLeave.current(left.value);
      } else if (pending.current) void run(); // Leaving the screen saves what is waiting.
    };
  }, [run]);

  // A value refused while the team database was away is sent again as soon as it answers again. (A save
  // refused as stale is sent again only against the version it was refused on, so it is refused again.)
  useRetryOnReconnect(() => {
    if (pending.current) void flush();
  });

  return { state, error, schedule, flush, retry: flush, discard, unsaved, restore };
}
