// Real SQLite files in a temporary folder, one per test, removed afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coreContext, type CoreContext } from '../../src/core/context';
import { PrivateCopies } from '../../src/core/files/private-copies';
import { openDatabase } from '../../src/core/db/open';

export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'sef-test-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A fixed clock keeps dates in assertions stable: 23 November 2026, 10:00 UTC. */
export const FIXED_NOW = new Date('2026-11-23T10:00:00Z');

export async function tempContext(now: Date = FIXED_NOW): Promise<{ ctx: CoreContext; dir: string; path: string; cleanup: () => Promise<void> }> {
  const { dir, cleanup } = await tempDir();
  const path = join(dir, 'pack.sqlite');
  const db = await openDatabase(path);
  const ctx: CoreContext = coreContext({
    db,
    now: () => now,
    appVersion: '0.0.0-test',
    privateCopies: new PrivateCopies(join(dir, 'private-copies')),
  });
  return {
    ctx,
    dir,
    path,
    cleanup: async () => {
      await db.close().catch(() => undefined);
      await cleanup();
    },
  };
}
