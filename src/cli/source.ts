// The database a reading command works on: a local file (FILE), or a team database (--url URL). The
// password of a team database comes from the connection string or, better, the PGPASSWORD environment
// variable (node-postgres reads it), so it is never typed where a shell history or a process list keeps it;
// it never appears in what sef prints.
import { LATEST_SCHEMA_VERSION } from '../core/db/migrations';
import { describeFileError, openDatabaseReadOnly } from '../core/db/open';
import type { Database } from '../core/db/port';
import { openTeamDatabase } from '../core/db/postgres';
import { AppError } from '../core/errors';
import { UsageError, type CommandInput, type OptionSpec, type PositionalSpec } from './command';

export const FILE_OR_URL: PositionalSpec = { name: 'FILE', description: 'The database to read (or give --url)', optional: true };
export const URL_OPTION: OptionSpec = {
  type: 'string',
  value: 'URL',
  description: 'A team database instead of FILE: postgresql://login@server/database (password in PGPASSWORD)',
};

export interface Source {
  db: Database;
  /** How the database is named in messages: the path, or the team database without its password. */
  name: string;
}

/** Opens FILE read-only, or connects to --url; exactly one of them. */
export async function openSource(input: CommandInput, command: string, verb: string): Promise<Source> {
  const path = input.positionals[0];
  const url = typeof input.options.url === 'string' ? input.options.url : undefined;
  if (!path === !url) throw new UsageError(`Give either FILE or --url URL, the database to ${verb}.`, command);
  if (url) {
    const db = await openTeamDatabase(url);
    return { db, name: db.path };
  }
  const db = await openDatabaseReadOnly(path!);
  try {
    const version = await db.schemaVersion();
    if (version < LATEST_SCHEMA_VERSION)
      throw new AppError(
        'conflict',
        `${path} uses an older database version (${version}). Open it once in SEF Studio to update it, then ${verb} it again.`,
      );
  } catch (err) {
    await db.close().catch(() => undefined);
    throw describeFileError(path!, err);
  }
  return { db, name: path! };
}
