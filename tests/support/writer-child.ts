// A child process that writes to a database the way the app does, for tests that kill it mid-write
// (tests/integration/crash.test.ts, tests/crash/run.ts) or need the -wal a crash leaves behind
// (tests/integration/reliability.test.ts).
//   node --import tsx tests/support/writer-child.ts DB MODE [N]
// "write": creates evidence items through dispatch, one committed change at a time, printing each
//   reference on its own line once it is committed (acknowledged), until it is killed.
// "leave-wal N": commits N transactions through the app's connection, then dies by SIGKILL, leaving the
//   -wal as a crash leaves it.
// "checkpoint-then-die N": the same, but first copies every frame into the main file with a passive
//   checkpoint (which leaves the -wal and its frames in place).
// "plain-sqlite N": the same through a bare sqlite3 connection, as another program would write.
import sqlite3 from 'sqlite3';
import { openDatabase } from '../../src/core/db/open';

const [path, mode = 'write', countText = '0'] = process.argv.slice(2);
const count = Number(countText);

if (mode === 'write') {
  const { coreContext } = await import('../../src/core/context');
  const { call } = await import('../../src/core/dispatch');
  const ctx = coreContext({ db: await openDatabase(path!), appVersion: '0.0.0-crash-test' });
  for (let i = 0; ; i++) {
    const item = await call(ctx, 'evidence.create', {
      title: `Written by the child, number ${i}`,
      type: 'case_file_audit',
      description: 'x'.repeat(200),
    });
    process.stdout.write(`${item.reference}\n`);
  }
} else if (mode === 'plain-sqlite') {
  const db = new sqlite3.Database(path!);
  const exec = (sql: string) => new Promise<void>((resolve, reject) => db.exec(sql, (err) => (err ? reject(err) : resolve())));
  await exec('PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; CREATE TABLE IF NOT EXISTS notes (n INTEGER, text TEXT)');
  for (let i = 0; i < count; i++) await exec(`INSERT INTO notes VALUES (${i}, '${'y'.repeat(300)}')`);
  process.kill(process.pid, 'SIGKILL');
} else {
  const db = await openDatabase(path!);
  // The app checkpoints on its own after 1000 pages; here the -wal is to be left whole.
  await db.exec('PRAGMA wal_autocheckpoint = 0');
  for (let i = 0; i < count; i++)
    await db.transaction((tx) => tx.run('INSERT INTO settings (key, value) VALUES (?, ?)', [`child-${i}-${process.pid}`, JSON.stringify('z'.repeat(300))]));
  if (mode === 'checkpoint-then-die') await db.exec('PRAGMA wal_checkpoint(PASSIVE)');
  process.kill(process.pid, 'SIGKILL');
}
