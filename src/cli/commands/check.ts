// sef check FILE: is this a healthy SEF Studio database, and what does it hold? Never writes to it.
// It also lists the packs with their ids, which "sef export --pack ID" takes.
import { formatLongDate } from '../../shared/dates';
import { PACK_STATUS_LABELS } from '../../shared/domain';
import type { Pack } from '../../shared/entities';
import { AppError } from '../../core/errors';
import { flag, type Command } from '../command';
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
  usage: 'FILE [--json]',
  description:
    "Opens FILE read-only, runs SQLite's integrity and foreign key checks, and reports the database version, " +
    'the application id and how many packs, areas, evidence items, attachments, actions, inspections, indicator ' +
    'figures and audit entries it holds, then lists the packs with their ids (for "sef export --pack ID"). Exits ' +
    'with status 1 if the file is damaged, is not a SEF Studio file, or was made by a newer version. The file is ' +
    'never changed, not even by a byte.',
  positionals: [{ name: 'FILE', description: 'The database to check' }],
  options: {
    json: { type: 'boolean', description: 'Print the findings as JSON, for scripts' },
  },
  examples: ['sef check pack.sqlite', 'sef check pack.sqlite --json'],
  async run(input, io) {
    const { APPLICATION_ID, checkIntegrity, describeFileError, openDatabaseReadOnly } = await import('../../core/db/open');
    const { LATEST_SCHEMA_VERSION } = await import('../../core/db/migrations');
    const { allPacks } = await import('../../core/packs/rows');
    const path = input.positionals[0]!;
    const db = await openDatabaseReadOnly(path);
    try {
      const integrity = await checkIntegrity(db);
      const { user_version: schemaVersion } = (await db.get<{ user_version: number }>('PRAGMA user_version'))!;
      const { application_id: applicationId } = (await db.get<{ application_id: number }>('PRAGMA application_id'))!;
      const counts = integrity.ok ? await countRecords(db) : null;
      // An older file is read as it is; its packs are listed once the app has updated it.
      const packs = integrity.ok && schemaVersion === LATEST_SCHEMA_VERSION ? await allPacks(db) : [];
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
        if (schemaVersion === LATEST_SCHEMA_VERSION && integrity.ok) for (const line of describePacks(packs)) io.out(line);
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
      throw describeFileError(path, err);
    } finally {
      await db.close().catch(() => undefined);
    }
  },
};
