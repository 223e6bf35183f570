// Runs tests/support/writer-child.ts in a child process, as the app would write: for tests that kill a
// writer mid-write or need the -wal a crash leaves behind.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHILD = fileURLToPath(new URL('./writer-child.ts', import.meta.url));
const ARGS = ['--import', 'tsx', CHILD];

/** Commits `count` changes to `path`, then dies by SIGKILL (mode decides whether a checkpoint comes first). */
export function leaveWal(path: string, count: number, mode: 'leave-wal' | 'checkpoint-then-die' | 'plain-sqlite' = 'leave-wal'): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile(process.execPath, [...ARGS, path, mode, String(count)], { cwd: ROOT }, (err) => {
      // Killed by its own SIGKILL: that is the point.
      if (err && err.signal !== 'SIGKILL') reject(err);
      else resolve();
    }),
  );
}

/** A child that writes until it is killed, reporting each committed reference through onAcknowledged. */
export function startWriter(path: string, onAcknowledged: (reference: string) => void): ChildProcess {
  const child = spawn(process.execPath, [...ARGS, path, 'write'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let pending = '';
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) if (line) onAcknowledged(line);
  });
  return child;
}
