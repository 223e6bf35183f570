// Real SQLite files in a temporary folder, one per test, removed afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coreContext, type CoreContext } from '../../src/core/context';
import { PrivateCopies } from '../../src/core/files/private-copies';
import { openDatabase } from '../../src/core/db/open';
import type { Database, Engine } from '../../src/core/db/port';
import { openTeamDatabase } from '../../src/core/db/postgres';
import { freshTeamDatabase } from './postgres-databases';

export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'sef-test-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A fixed clock keeps dates in assertions stable: 23 November 2026, 10:00 UTC. */
export const FIXED_NOW = new Date('2026-11-23T10:00:00Z');

/** Which engine the contract tests run on: SQLite unless the "postgres" test project says so. */
export const TEST_ENGINE: Engine = process.env.SEF_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

/**
 * A fresh database for one test, on the engine under test: a SQLite file in a temporary folder, or a
 * new team database on the test cluster. `path` is the SQLite file (or the team database's name).
 */
export async function tempContext(now: Date = FIXED_NOW): Promise<{ ctx: CoreContext; dir: string; path: string; cleanup: () => Promise<void> }> {
  const { dir, cleanup } = await tempDir();
  const path = join(dir, 'pack.sqlite');
  let drop = async (): Promise<void> => undefined;
  let db: Database;
  if (TEST_ENGINE === 'postgres') {
    const team = await freshTeamDatabase();
    drop = team.drop;
    db = await openTeamDatabase(team.adminUrl, { administrator: true });
  } else {
    db = await openDatabase(path);
  }
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
      await drop();
      await cleanup();
    },
  };
}
