// Moving packs between engines, losslessly: a local file into an empty team database (push), and a team
// database out to a local file (pull). Both go through the interchange format's dump and import, the same
// code as `sef dump` and `sef import`, so what one engine holds the other holds too.
import { openDatabaseReadOnly } from '../db/open';
import { openTeamDatabase, type TeamConnectionOptions } from '../db/postgres';
import { dumpDatabase, importPackFile, type ImportSummary } from '../interchange';

/** Everything in the local file at `path` into the (empty) team database; an administrator's URL. */
export async function pushToTeamDatabase(path: string, url: string, options: TeamConnectionOptions = {}): Promise<ImportSummary> {
  const local = await openDatabaseReadOnly(path);
  try {
    const file = await dumpDatabase(local);
    const team = await openTeamDatabase(url, { ...options, administrator: true, poolSize: 1 });
    try {
      return await importPackFile(team, file);
    } finally {
      await team.close();
    }
  } finally {
    await local.close();
  }
}
