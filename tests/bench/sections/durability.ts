// Durability and the open-time checks (issue 7): what synchronous = FULL costs a commit against NORMAL,
// and what checking a -wal file at open costs (nothing without one; a read of it otherwise).
import { copyFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { coreContext } from '../../../src/core/context';
import type { Connection } from '../../../src/core/db/connection';
import { openDatabase } from '../../../src/core/db/open';
import { checkWalBelongs } from '../../../src/core/db/wal-guard';
import { call } from '../../../src/core/dispatch';
import { populateLargePack } from '../../../src/core/demo/large';
import type { Bench, Section } from '../section';

const COMMITS = 200;

/** A copy of the file and its -wal as a crash would leave them: taken while the connection is open. */
async function crashCopy(bench: Bench, db: Connection, name: string): Promise<string> {
  const target = join(await bench.folder(), name);
  await copyFile(db.path, target);
  await copyFile(`${db.path}-wal`, `${target}-wal`);
  return target;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export const durabilitySection: Section = {
  name: 'durability',
  title: 'Durability: commit cost with synchronous FULL against NORMAL, and the open-time -wal check',
  async run(bench) {
    // Warm up first (JIT, page cache), then alternate, so neither mode has the cold start.
    const warm = await openDatabase(join(await bench.folder(), 'warm-up.sqlite'));
    for (let i = 0; i < 100; i++) await call(coreContext({ db: warm, appVersion: 'bench' }), 'evidence.create', { title: 'Warm-up', type: 'other' });
    await warm.close();
    for (const mode of ['FULL', 'NORMAL', 'FULL', 'NORMAL'] as const) {
      const db = await openDatabase(join(await bench.folder(), `commit-${mode}.sqlite`));
      await db.exec(`PRAGMA synchronous = ${mode}`);
      const ctx = coreContext({ db, appVersion: 'bench' });
      await bench.median(`evidence.create through the contract, synchronous = ${mode}${mode === 'FULL' ? ' (the app)' : ''}`, COMMITS, () =>
        call(ctx, 'evidence.create', { title: 'A commit', type: 'other' }),
      );
      await bench.median(`settings.update (smallest change), synchronous = ${mode}`, COMMITS, () =>
        call(ctx, 'settings.update', { displayName: `Person ${Math.random()}` }),
      );
      await db.close();
    }

    const folder = await bench.folder();
    const clean = join(folder, 'clean.sqlite');
    await (await openDatabase(clean)).close();
    await bench.median('Open-time -wal check, no -wal beside the file (the usual case)', 50, () => checkWalBelongs(clean));
    await bench.median('Open and close a database with no -wal (all checks)', 20, async () => (await openDatabase(clean)).close());

    const live = await openDatabase(join(folder, 'live.sqlite'));
    await live.exec('PRAGMA wal_autocheckpoint = 0');
    const ctx = coreContext({ db: live, appVersion: 'bench' });
    for (let i = 0; i < 1000; i++) await call(ctx, 'evidence.create', { title: `Left in the WAL ${i}`, type: 'other', description: 'x'.repeat(300) });
    const small = await crashCopy(bench, live, 'crashed-1000.sqlite');
    const smallWal = (await stat(`${small}-wal`)).size;
    await bench.median('Open-time -wal check, -wal of 1,000 commits left by a crash', 10, () => checkWalBelongs(small), `-wal ${megabytes(smallWal)}`);
    await populateLargePack(ctx, { evidence: 5000, actions: 200, narrativeWords: 20_000 });
    const large = await crashCopy(bench, live, 'crashed-large.sqlite');
    const largeWal = (await stat(`${large}-wal`)).size;
    await bench.median('Open-time -wal check, -wal holding a 5,000-evidence import', 5, () => checkWalBelongs(large), `-wal ${megabytes(largeWal)}`);
    await bench.time('Open (check, then SQLite recovers the -wal) after that crash', async () => (await openDatabase(large)).close());
    await live.close();
  },
};
