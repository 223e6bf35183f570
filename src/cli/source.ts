// The database a reading command works on: a local file (FILE), or a team database (--url URL, with
// --ca FILE when the server's certificate comes from the council's own certificate authority). The
// password of a team database comes from the connection string or, better, the PGPASSWORD environment
// variable (node-postgres reads it), so it is never typed where a shell history or a process list keeps it;
// it never appears in what sef prints.
//
// Commands declare FILE_OR_URL, URL_OPTION and CA_OPTION for their help, so this module loads no database
// code until openSource runs (see command.ts).
import type { Database } from '../core/db/port';
import type { TeamConnectionOptions } from '../core/db/postgres';
import { AppError } from '../core/errors';
import { optionalString, UsageError, type CommandInput, type OptionSpec, type PositionalSpec } from './command';

export const FILE_OR_URL: PositionalSpec = { name: 'FILE', description: 'The database to read (or give --url)', optional: true };
export const URL_OPTION: OptionSpec = {
  type: 'string',
  value: 'URL',
  description: 'A team database instead of FILE: postgresql://login@server/database (password in PGPASSWORD)',
};

export const CA_OPTION: OptionSpec = {
  type: 'string',
  value: 'FILE',
  description:
    'With --url: your council’s own certificate authority (a PEM file from IT), when the server’s certificate is not signed by one this computer trusts; or sslrootcert=FILE in the URL',
};

/** What --ca gives a team connection; refused without a team database to give it to. */
export function teamOptions(input: CommandInput, command: string): Pick<TeamConnectionOptions, 'caFile'> {
  const ca = optionalString(input, 'ca');
  if (ca === undefined) return {};
  if (ca === '') throw new UsageError('Give the certificate authority’s file after --ca, as in --ca council-ca.pem.', command);
  if (typeof input.options.url !== 'string')
    throw new UsageError('--ca FILE goes with --url URL: it is the certificate authority a team database’s server certificate is checked against.', command);
  return { caFile: ca };
}

/** The file sslrootcert names in a connection string, psql's way of giving a CA; null for none or "system". */
function rootCertificateIn(url: string | undefined): string | null {
  try {
    const file = url ? new URL(url).searchParams.get('sslrootcert') : null;
    return file && file !== 'system' ? file : null;
  } catch {
    return null;
  }
}

/**
 * Runs `work` with the connection options the command line gave (--ca), and says a server certificate
 * that could not be checked, or a server without TLS, in words that say what to do here.
 */
export async function onTeamDatabase<T>(input: CommandInput, command: string, work: (options: Pick<TeamConnectionOptions, 'caFile'>) => Promise<T>): Promise<T> {
  const options = teamOptions(input, command);
  try {
    return await work(options);
  } catch (err) {
    const { certificateProblem, otherNameInWords } = await import('../core/db/certificate-authority');
    const problem = certificateProblem(err);
    const given = options.caFile ?? rootCertificateIn(optionalString(input, 'url'));
    if (problem?.kind === 'other-name')
      throw new AppError(
        'forbidden',
        `The server’s certificate is ${otherNameInWords(problem)?.concat(' (the name in --url)') ?? 'made out to another name than the one in --url'} (${problem.code}), so nothing was sent to it. ` +
          'Use the server name exactly as it is on its certificate (ask IT), or sslmode=verify-ca if IT confirms the certificate is for this server under another name.',
      );
    if (problem)
      throw new AppError(
        'forbidden',
        given
          ? `The server’s certificate could not be verified against ${given} (${problem.code}), so nothing was sent to it. Check with IT that it is the certificate authority that signed the team database’s certificate, and that the certificate is in date.`
          : `The server’s certificate could not be verified (${problem.code}), so nothing was sent to it. If your council uses its own certificate authority, give its certificate file with --ca FILE ` +
              '(or sslrootcert=FILE in the connection string); otherwise ask IT to check the team database’s TLS certificate.',
      );
    if (err instanceof Error && /does not support SSL/i.test(err.message))
      throw new AppError(
        'forbidden',
        'The server does not offer encrypted (TLS) connections. SEF Studio reaches any server but this computer only over TLS with a verified certificate: ask IT to turn TLS on for the team database.',
      );
    throw err;
  }
}

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
    const { openTeamDatabase } = await import('../core/db/postgres');
    const db = await onTeamDatabase(input, command, (options) => openTeamDatabase(url, options));
    return { db, name: db.path };
  }
  teamOptions(input, command);
  const { LATEST_SCHEMA_VERSION } = await import('../core/db/migrations');
  const { describeFileError, openDatabaseReadOnly } = await import('../core/db/open');
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
