// sef team init|add-member|push|pull: what IT does to set up and fill a team database on PostgreSQL.
// The help is here; what each action does is in ./team-actions.ts, loaded only when the command runs.
import { UsageError, type Command } from '../command';
import { CA_OPTION } from '../source';

export const teamCommand: Command = {
  name: 'team',
  summary: 'Set up a team database on PostgreSQL, add people, and move packs in and out',
  usage: 'init|add-member LOGIN|push FILE|pull --url URL [--ca FILE] [--role ROLE] [--areas KEYS] [--name NAME] [--out FILE] [--force]',
  description:
    'init creates the schema and the four roles (director, quality lead, author, reader) on an empty database, ' +
    'with only the privileges the app needs at run time; run it again after updating SEF Studio to update the ' +
    'schema. add-member creates one person\'s login with their role (password from standard input or ' +
    'SEF_MEMBER_PASSWORD); --areas gives an author the framework areas they write. push moves a local database ' +
    'into an empty team database, history included; pull writes a local SQLite copy. init, add-member and push ' +
    'take an administrator\'s connection string; pull anyone\'s. TLS with a verified certificate is required for ' +
    'any server but this machine; when its certificate comes from your council’s own certificate authority, give ' +
    'that authority’s certificate with --ca FILE (or sslrootcert=FILE in the URL). Give passwords in PGPASSWORD rather than in the URL.',
  positionals: [
    { name: 'ACTION', description: 'init, add-member, push or pull' },
    { name: 'LOGIN|FILE', description: 'The login to add (add-member) or the database file to move in (push)', optional: true },
  ],
  options: {
    url: { type: 'string', value: 'URL', description: 'The team database: postgresql://login@server:5432/database', required: true },
    ca: CA_OPTION,
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
    'PGPASSWORD=… sef team init --url postgresql://admin@db.council.gov.uk/sef --ca northmoor-ca.pem',
  ],
  async run(input, io) {
    const { TEAM_ACTIONS } = await import('./team-actions');
    const action = input.positionals[0]!;
    const run = TEAM_ACTIONS[action];
    if (!run) throw new UsageError(`"${action}" is not something sef team does: use init, add-member, push or pull.`, 'team');
    await run(input, io.out);
  },
};
