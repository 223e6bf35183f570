// One kill-during-writes trial: a child process writes to a fresh database the way the app does (one
// committed change at a time through dispatch, printing each as it is acknowledged), is killed with
// SIGKILL at a moment chosen by the caller, and the file is then opened as the app opens it. Every
// acknowledged change must be there, and the file must be sound. Used by crash.test.ts (a handful of
// trials in `npm test`) and tests/crash/run.ts (`npm run crash-test`, many trials with figures).
import { join } from 'node:path';
import { checkIntegrity, openDatabase } from '../../src/core/db/open';
import { startWriter } from './writer';

export interface TrialResult {
  acknowledged: number;
  /** Acknowledged changes missing after the crash (must be 0). */
  lost: number;
  /** Changes found that were committed but not yet acknowledged when the kill came. */
  unacknowledgedFound: number;
  walBytesAtOpen: number;
  integrity: string[];
  reopenMs: number;
}

export async function crashTrial(dir: string, name: string, killAfterMs: number): Promise<TrialResult> {
  const path = join(dir, `${name}.sqlite`);
  await (await openDatabase(path)).close();
  const acknowledged: string[] = [];
  const child = startWriter(path, (reference) => acknowledged.push(reference));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Wait for the first acknowledged write, so the kill lands among writes rather than during start-up.
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (acknowledged.length) {
        clearInterval(timer);
        resolve();
      }
    }, 5);
    child.once('exit', (code) => {
      clearInterval(timer);
      if (!acknowledged.length) reject(new Error(`The writer stopped before writing anything (exit ${code}).`));
    });
  });
  await new Promise((resolve) => setTimeout(resolve, killAfterMs));
  child.kill('SIGKILL');
  await exited;

  const { stat } = await import('node:fs/promises');
  const walBytesAtOpen = await stat(`${path}-wal`).then((s) => s.size, () => 0);
  const started = performance.now();
  const db = await openDatabase(path);
  const reopenMs = performance.now() - started;
  try {
    const stored = new Set((await db.all<{ reference: string }>('SELECT reference FROM evidence')).map((r) => r.reference));
    const lost = acknowledged.filter((reference) => !stored.has(reference)).length;
    return {
      acknowledged: acknowledged.length,
      lost,
      unacknowledgedFound: stored.size - (acknowledged.length - lost),
      walBytesAtOpen,
      integrity: (await checkIntegrity(db)).messages,
      reopenMs,
    };
  } finally {
    await db.close();
  }
}
