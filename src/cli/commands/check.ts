// sef check FILE: is this a healthy SEF Studio database, and what does it hold? Never writes to it.
// It also lists the packs with their ids, which "sef export --pack ID" takes.
import { formatLongDate, todayIso } from '../../shared/dates';
import { PACK_STATUS_LABELS } from '../../shared/domain';
import type { Pack } from '../../shared/entities';
import { AppError } from '../../core/errors';
import { flag, UsageError, type Command, type CliIo, type CommandInput } from '../command';
import { CA_OPTION, FILE_OR_URL, onTeamDatabase, teamOptions, URL_OPTION } from '../source';
import { countRecords, describeCounts } from '../summary';

/** One line a pack: "  <id>  Self-evaluation 2026–27 (2026–27, as at 23 November 2026, draft)". */
export function describePacks(packs: readonly Pack[]): string[] {
  if (!packs.length) return ['  Packs: none'];
  const width = Math.max(...packs.map((p) => p.id.length));
  return [
    '  Packs, newest first (give the id to "sef export --pack"):',
    ...packs.map((p) => `    ${p.id.padEnd(width)}  ${p.title} (${p.period}, as at ${formatLongDate(p.asAt)}, ${PACK_STATUS_LABELS[p.status].toLowerCase()})`),
  ];
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'Check a database for damage, say what it holds and list its packs (never changes it)',
  usage: 'FILE|--url URL [--ca FILE] [--json]',
  description:
    "Opens FILE read-only, runs SQLite's integrity and foreign key checks, and reports the database version, " +
    'the application id and how many packs, areas, evidence items, attachments, actions, inspections, indicator ' +
    'figures and audit entries it holds, then lists the packs with their ids (for "sef export --pack ID"). For each ' +
    'pack it says its framework and as-at date, the inspection its grades compare with, overdue actions as at its ' +
    'date and today, a framework replaced by its date and any limiting rule its grades break; then the deadlines ' +
    'after inspections that are running or overdue. Exits with status 1 if the file is damaged, is not a SEF Studio ' +
    'file, or was made by a newer version. The file is never changed, not even by a byte. With --url, checks a team ' +
    'database: that ' +
    'it answers, which schema version it has, and what it holds (--ca FILE trusts your council’s own certificate authority).',
  positionals: [FILE_OR_URL],
  options: {
    url: URL_OPTION,
    ca: CA_OPTION,
    json: { type: 'boolean', description: 'Print the findings as JSON, for scripts' },
  },
  examples: ['sef check pack.sqlite', 'sef check pack.sqlite --json', 'PGPASSWORD=… sef check --url postgresql://pat@db.council.gov.uk/sef',
    'PGPASSWORD=… sef check --url postgresql://pat@db.council.gov.uk/sef --ca northmoor-ca.pem',
  ],
  async run(input, io) {
    const path = input.positionals[0];
    const url = typeof input.options.url === 'string' ? input.options.url : undefined;
    if (!path === !url) throw new UsageError('Give either FILE or --url URL, the database to check.', 'check');
    if (url) return checkTeamDatabase(url, input, io);
    teamOptions(input, 'check');
    const { APPLICATION_ID, checkIntegrity, describeFileError, openDatabaseReadOnly } = await import('../../core/db/open');
    const { LATEST_SCHEMA_VERSION } = await import('../../core/db/migrations');
    const { allPacks } = await import('../../core/packs/rows');
    const { cyclePosition, describeCycle } = await import('../cycle');
    const db = await openDatabaseReadOnly(path!);
    try {
      const integrity = await checkIntegrity(db);
      const { user_version: schemaVersion } = (await db.get<{ user_version: number }>('PRAGMA user_version'))!;
      const { application_id: applicationId } = (await db.get<{ application_id: number }>('PRAGMA application_id'))!;
      const counts = integrity.ok ? await countRecords(db) : null;
      // An older file is read as it is; its packs and cycle are listed once the app has updated it.
      const current = integrity.ok && schemaVersion === LATEST_SCHEMA_VERSION;
      const packs = current ? await allPacks(db) : [];
      // Only a file that is whole and of this version has the tables the cycle reads.
      const cycle = current ? await cyclePosition(db, todayIso()) : null;
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
              packs: packs.map(({ id, title, period, asAt, status }) => ({ id, title, period, asAt, status })),
              cycle,
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
        if (current) for (const line of describePacks(packs)) io.out(line);
        if (cycle) for (const line of describeCycle(cycle)) io.out(line);
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
  const { openTeamDatabase } = await import('../../core/db/postgres');
  const { POSTGRES_MIGRATIONS } = await import('../../core/db/migrations/postgres');
  const db = await onTeamDatabase(input, 'check', (options) => openTeamDatabase(url, options));
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
