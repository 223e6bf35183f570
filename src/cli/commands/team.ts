// sef team init|add-member|push|pull: what IT does to set up and fill a team database on PostgreSQL.
// init and add-member take an administrator's connection string; push too (it writes the history as it
// was). Passwords come from the environment or standard input, never the command line, and are never
// printed.
import { openTeamDatabase } from '../../core/db/postgres';
import { AppError } from '../../core/errors';
import { dumpDatabase, importPackFile } from '../../core/interchange';
import { addMember, initTeamDatabase } from '../../core/team/admin';
import { pushToTeamDatabase } from '../../core/team/move';
import { roleFromOption, ROLE_LABELS, TEAM_ROLES } from '../../core/team/roles';
import { stringOption, UsageError, type Command, type CommandInput } from '../command';
import { buildDatabaseFile } from '../files';
import { describeCounts, plural } from '../summary';

/** The new member's password: SEF_MEMBER_PASSWORD, or the first line of standard input. */
async function memberPassword(): Promise<string> {
  const fromEnv = process.env.SEF_MEMBER_PASSWORD;
  if (fromEnv) return fromEnv;
  if (process.stdin.isTTY)
    throw new AppError('invalid_input', 'Give the new password on standard input (echo … | sef team add-member …) or in SEF_MEMBER_PASSWORD.');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const password = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  if (!password) throw new AppError('invalid_input', 'No password came on standard input. Send one line, the new password.');
  return password;
}

function argument(input: CommandInput, name: string, action: string): string {
  const value = input.positionals[1];
  if (!value) throw new UsageError(`Give ${name}: sef team ${action} ${name} …`, 'team');
  return value;
}

const ACTIONS: Record<string, (input: CommandInput, out: (text: string) => void) => Promise<void>> = {
  async init(input, out) {
    const result = await initTeamDatabase(stringOption(input, 'url'));
    out(
      result.upgraded
        ? `Brought the team database ${result.database} up to schema version ${result.schemaVersion}.`
        : `Set up the team database ${result.database} (schema version ${result.schemaVersion}) with the roles ${TEAM_ROLES.map((r) => ROLE_LABELS[r]).join(', ')}. Add people with "sef team add-member".`,
    );
  },

  async 'add-member'(input, out) {
    const login = argument(input, 'LOGIN', 'add-member');
    const roleText = stringOption(input, 'role');
    const role = roleFromOption(roleText);
    if (!role) throw new UsageError(`"${roleText}" is not a role: use director, quality-lead, author or reader.`, 'team');
    const areas = typeof input.options.areas === 'string' ? input.options.areas.split(',').map((a) => a.trim()).filter(Boolean) : [];
    const name = typeof input.options.name === 'string' ? input.options.name : undefined;
    const result = await addMember(stringOption(input, 'url'), { login, role, password: await memberPassword(), displayName: name, areas });
    out(
      `Added ${login} as ${ROLE_LABELS[role]}${areas.length ? `, writing ${plural(result.assignedAreas, 'area')} (${areas.join(', ')})` : ''}. ` +
        'They connect with File > Connect to a team database…, using their own login and password.',
    );
  },

  async push(input, out) {
    const file = argument(input, 'FILE', 'push');
    const summary = await pushToTeamDatabase(file, stringOption(input, 'url'));
    out(
      `Moved ${file} into the team database: ${describeCounts({ ...summary, indicatorFigures: summary.indicatorValues, auditEntries: summary.audit })}. ` +
        'Keep the file as a backup; from now on the team works in the team database.',
    );
  },

  async pull(input, out) {
    const target = stringOption(input, 'out');
    const team = await openTeamDatabase(stringOption(input, 'url'));
    try {
      // Built under a temporary name and renamed when complete, like every database sef writes.
      await buildDatabaseFile(target, { force: input.options.force === true }, async (local) => importPackFile(local, await dumpDatabase(team)));
    } finally {
      await team.close();
    }
    out(`Wrote ${target}: a local copy of the team database, complete with its history.`);
  },
};

export const teamCommand: Command = {
  name: 'team',
  summary: 'Set up a team database on PostgreSQL, add people, and move packs in and out',
  usage: 'init|add-member LOGIN|push FILE|pull --url URL [--role ROLE] [--areas KEYS] [--name NAME] [--out FILE] [--force]',
  description:
    'init creates the schema and the four roles (director, quality lead, author, reader) on an empty database, ' +
    'with only the privileges the app needs at run time; run it again after updating SEF Studio to update the ' +
    'schema. add-member creates one person\'s login with their role (password from standard input or ' +
    'SEF_MEMBER_PASSWORD); --areas gives an author the framework areas they write. push moves a local database ' +
    'into an empty team database, history included; pull writes a local SQLite copy. init, add-member and push ' +
    'take an administrator\'s connection string; pull anyone\'s. TLS with a verified certificate is required for ' +
    'any server but this machine. Give passwords in PGPASSWORD rather than in the URL.',
  positionals: [
    { name: 'ACTION', description: 'init, add-member, push or pull' },
    { name: 'LOGIN|FILE', description: 'The login to add (add-member) or the database file to move in (push)', optional: true },
  ],
  options: {
    url: { type: 'string', value: 'URL', description: 'The team database: postgresql://login@server:5432/database', required: true },
    role: { type: 'string', value: 'ROLE', description: 'add-member: director, quality-lead, author or reader' },
    areas: { type: 'string', value: 'KEYS', description: 'add-member: the areas an author writes, comma-separated (help-and-protection,…)' },
    name: { type: 'string', value: 'NAME', description: 'add-member: the name shown in the history and on sign-off' },
    out: { type: 'string', short: 'o', value: 'FILE', description: 'pull: the local file to write' },
    force: { type: 'boolean', short: 'f', description: 'pull: replace FILE if it exists' },
  },
  examples: [
    'PGPASSWORD=… sef team init --url postgresql://admin@db.council.gov.uk/sef',
    'echo "$PASSWORD" | sef team add-member pat.jones --role author --areas help-and-protection --name "Pat Jones" --url postgresql://admin@db.council.gov.uk/sef',
    'PGPASSWORD=… sef team push pack.sqlite --url postgresql://admin@db.council.gov.uk/sef',
    'PGPASSWORD=… sef team pull --url postgresql://pat.jones@db.council.gov.uk/sef --out copy.sqlite',
  ],
  async run(input, io) {
    const action = input.positionals[0]!;
    const run = ACTIONS[action];
    if (!run) throw new UsageError(`"${action}" is not something sef team does: use init, add-member, push or pull.`, 'team');
    await run(input, io.out);
  },
};
