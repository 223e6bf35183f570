// Long work the user can cancel. A job is registered under an id the caller chooses before it starts,
// so a cancel request that arrives at any point finds it; work checks its signal between steps and stops
// before anything is written.
import { AppError } from './errors';

const running = new Map<string, AbortController>();

export interface Job {
  signal: AbortSignal;
  /** Stops tracking the job; call when it ends however it ends. */
  finish(): void;
}

export function startJob(jobId: string | undefined): Job {
  const controller = new AbortController();
  if (jobId) running.set(jobId, controller);
  return {
    signal: controller.signal,
    finish: () => {
      if (jobId && running.get(jobId) === controller) running.delete(jobId);
    },
  };
}

/** True when a running job was told to stop; false when there was none (already finished, or unknown). */
export function cancelJob(jobId: string): boolean {
  const controller = running.get(jobId);
  if (!controller) return false;
  controller.abort();
  running.delete(jobId);
  return true;
}

export function cancelled(what: string): AppError {
  return new AppError('cancelled', `${what} was cancelled. Nothing was written.`);
}

export function throwIfCancelled(signal: AbortSignal | undefined, what: string): void {
  if (signal?.aborted) throw cancelled(what);
}
