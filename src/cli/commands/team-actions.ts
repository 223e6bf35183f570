// What `sef team` does (./team.ts is its help): init and add-member take an administrator's connection
// string; push too (it writes the history as it was). Passwords come from the environment or standard
// input, never the command line, and are never printed. Loaded only when `sef team` runs.
import { openTeamDatabase } from '../../core/db/postgres';
import { AppError } from '../../core/errors';
import { dumpDatabase, importPackFile } from '../../core/interchange';
import { addMember, initTeamDatabase } from '../../core/team/admin';
import { pushToTeamDatabase } from '../../core/team/move';
import { roleFromOption, ROLE_LABELS, TEAM_ROLES } from '../../core/team/roles';
import { stringOption, UsageError, type CommandInput } from '../command';
import { buildDatabaseFile } from '../files';
import { onTeamDatabase } from '../source';
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

export const TEAM_ACTIONS: Record<string, (input: CommandInput, out: (text: string) => void) => Promise<void>> = {
  async init(input, out) {
    const result = await onTeamDatabase(input, 'team', (options) => initTeamDatabase(stringOption(input, 'url'), options));
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
    const password = await memberPassword();
    const result = await onTeamDatabase(input, 'team', (options) =>
      addMember(stringOption(input, 'url'), { login, role, password, displayName: name, areas }, options),
    );
    out(
      `Added ${login} as ${ROLE_LABELS[role]}${areas.length ? `, writing ${plural(result.assignedAreas, 'area')} (${areas.join(', ')})` : ''}. ` +
        'They connect with File > Connect to a team database…, using their own login and password.',
    );
  },

  async push(input, out) {
    const file = argument(input, 'FILE', 'push');
    const summary = await onTeamDatabase(input, 'team', (options) => pushToTeamDatabase(file, stringOption(input, 'url'), options));
    out(
      `Moved ${file} into the team database: ${describeCounts({ ...summary, indicatorFigures: summary.indicatorValues, auditEntries: summary.audit })}. ` +
        'Keep the file as a backup; from now on the team works in the team database.',
    );
  },

  async pull(input, out) {
    const target = stringOption(input, 'out');
    const team = await onTeamDatabase(input, 'team', (options) => openTeamDatabase(stringOption(input, 'url'), options));
    try {
      // Built under a temporary name and renamed when complete, like every database sef writes.
      await buildDatabaseFile(target, { force: input.options.force === true }, async (local) => importPackFile(local, await dumpDatabase(team)));
    } finally {
      await team.close();
    }
    out(`Wrote ${target}: a local copy of the team database, complete with its history.`);
  },
};

