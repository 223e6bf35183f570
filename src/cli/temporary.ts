// Files being built right now, under temporary names beside their targets, so that Ctrl+C (or a failure)
// never leaves a half-written one: they are renamed into place only when complete, and removed otherwise.
// Kept apart from files.ts so the interrupt handler costs `sef --help` nothing to load.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

const inProgress = new Set<string>();
const SIDE_FILES = ['', '-wal', '-shm', '-journal'];

/** Removes every temporary file still being built. Synchronous, for signal handlers. */
export function removeTemporaryFiles(): void {
  for (const path of inProgress) for (const side of SIDE_FILES) rmSync(path + side, { force: true });
  inProgress.clear();
}

/** Removes a temporary file (and any SQLite side files) after a failure. */
export async function discardTemporary(path: string): Promise<void> {
  for (const side of SIDE_FILES) await rm(path + side, { force: true }).catch(() => undefined);
  inProgress.delete(path);
}

/** Moves a finished temporary file into place (atomically: same folder). */
export async function commitTemporary(path: string, target: string): Promise<void> {
  await rename(path, target);
  inProgress.delete(path);
}

/** A new temporary path in the target's folder, registered for removal on interrupt. */
export function temporaryPathBeside(target: string): string {
  const path = join(dirname(resolve(target)), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  inProgress.add(path);
  return path;
}
