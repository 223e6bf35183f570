// sef check FILE: is this a healthy SEF Studio database, and what does it hold? Never writes to it.
import { APPLICATION_ID, checkIntegrity, describeFileError, openDatabaseReadOnly } from '../../core/db/open';
import { LATEST_SCHEMA_VERSION } from '../../core/db/migrations';
import { AppError } from '../../core/errors';
import { openTeamDatabase } from '../../core/db/postgres';
import { POSTGRES_MIGRATIONS } from '../../core/db/migrations/postgres';
import { flag, UsageError, type Command, type CliIo, type CommandInput } from '../command';
import { FILE_OR_URL, URL_OPTION } from '../source';
import { countRecords, describeCounts } from '../summary';

export const checkCommand: Command = {
  name: 'check',
  summary: 'Check a database for damage and say what it holds (never changes it)',
  usage: 'FILE|--url URL [--json]',
  description:
    "Opens FILE read-only, runs SQLite's integrity and foreign key checks, and reports the database version, " +
    'the application id and how many packs, areas, evidence items, attachments, actions, inspections and audit ' +
    'entries it holds. Exits with status 1 if the file is damaged, is not a SEF Studio file, or was made by a ' +
    'newer version. The file is never changed, not even by a byte. With --url, checks a team database: that ' +
    'it answers, which schema version it has, and what it holds.',
  positionals: [FILE_OR_URL],
  options: {
    url: URL_OPTION,
    json: { type: 'boolean', description: 'Print the findings as JSON, for scripts' },
  },
  examples: ['sef check pack.sqlite', 'sef check pack.sqlite --json', 'PGPASSWORD=… sef check --url postgresql://pat@db.council.gov.uk/sef'],
  async run(input, io) {
    const path = input.positionals[0];
    const url = typeof input.options.url === 'string' ? input.options.url : undefined;
    if (!path === !url) throw new UsageError('Give either FILE or --url URL, the database to check.', 'check');
    if (url) return checkTeamDatabase(url, input, io);
    const db = await openDatabaseReadOnly(path!);
    try {
      const integrity = await checkIntegrity(db);
      const { user_version: schemaVersion } = (await db.get<{ user_version: number }>('PRAGMA user_version'))!;
      const { application_id: applicationId } = (await db.get<{ application_id: number }>('PRAGMA application_id'))!;
      const counts = integrity.ok ? await countRecords(db) : null;
      if (flag(input, 'json')) {
        io.out(
          JSON.stringify(
            {
              path,
              ok: integrity.ok,
              problems: integrity.messages,
              schemaVersion,
              latestSchemaVersion: LATEST_SCHEMA_VERSION,
              applicationId,
              counts,
            },
            null,
            2,
          ),
        );
      } else {
        io.out(`${path}`);
        io.out(
          `  Integrity: ${integrity.ok ? 'ok' : `${integrity.messages.length} problem${integrity.messages.length === 1 ? '' : 's'} found`}`,
        );
        io.out(
          `  Database version: ${schemaVersion}${schemaVersion < LATEST_SCHEMA_VERSION ? ` (older; SEF Studio updates it to ${LATEST_SCHEMA_VERSION} when it next opens it, keeping a copy)` : ' (current)'}`,
        );
        io.out(
          `  Application id: 0x${applicationId.toString(16).toUpperCase()}${applicationId === APPLICATION_ID ? ' (SEF Studio)' : ''}`,
        );
        if (counts) io.out(`  Holds: ${describeCounts(counts)}`);
      }
      if (!integrity.ok) {
        for (const message of integrity.messages.slice(0, 20)) io.err(`  ${message}`);
        throw new AppError(
          'database_corrupt',
          `${path} is damaged (${integrity.messages.length} problem${integrity.messages.length === 1 ? '' : 's'} found). Restore a backup copy, or keep working on a copy made with "sef backup"; this file has not been changed.`,
        );
      }
    } catch (err) {
      // A damaged page can make SQLite fail outright rather than report it.
      throw describeFileError(path!, err);
    } finally {
      await db.close().catch(() => undefined);
    }
  },
};

async function checkTeamDatabase(url: string, input: CommandInput, io: CliIo): Promise<number> {
  const db = await openTeamDatabase(url);
  try {
    const integrity = await db.check();
    const schemaVersion = await db.schemaVersion();
    const latest = POSTGRES_MIGRATIONS.at(-1)!.version;
    const counts = await countRecords(db);
    if (flag(input, 'json'))
      io.out(JSON.stringify({ database: db.path, ok: integrity.ok, problems: integrity.messages, schemaVersion, latestSchemaVersion: latest, counts }, null, 2));
    else {
      io.out(db.path);
      io.out(`  Checks: ${integrity.ok ? 'ok' : integrity.messages.join(' ')}`);
      io.out(`  Schema version: ${schemaVersion}${schemaVersion === latest ? ' (current)' : ` (this app expects ${latest})`}`);
      io.out(`  Holds: ${describeCounts(counts)}`);
    }
    return integrity.ok ? 0 : 1;
  } finally {
    await db.close();
  }
}
