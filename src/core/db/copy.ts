// A local SQLite copy of a database on any engine: everything dumped in one read snapshot and imported
// into a new file in one transaction. A team database's backup and `sef team pull` are this.
import { openDatabase } from './open';
import type { Database } from './port';
import { dumpDatabase, importPackFile } from '../interchange';

export async function copyToLocalFile(source: Database, target: string): Promise<void> {
  const file = await dumpDatabase(source);
  const local = await openDatabase(target);
  try {
    await importPackFile(local, file);
    await local.exec('PRAGMA journal_mode = DELETE');
  } finally {
    await local.close();
  }
}
