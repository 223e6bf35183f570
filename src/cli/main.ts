// The `sef` command: SEF Studio's jobs without the desktop app (demo data, check, backup, dump, import,
// export). Parses arguments with node:util parseArgs against each command's declared options, prints
// help, and turns every failure into one sentence on standard error and an exit status:
//   0 done, 1 the command failed (the message says what to do), 2 the command was used wrongly.
import { parseArgs } from 'node:util';
import { AppError } from '../core/errors';
import { UsageError, type CliIo, type Command } from './command';
import { COMMANDS } from './commands';
import { appVersion } from './context';
import { removeTemporaryFiles } from './files';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

const defaultIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}

function table(rows: [string, string][]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

/** Wraps prose to the given width for help text. */
function wrap(text: string, width = 96): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function mainHelp(): string {
  return [
    'sef: SEF Studio on the command line',
    '',
    'Usage: sef <command> [arguments] [options]',
    '',
    'Commands:',
    ...table(COMMANDS.map((c) => [c.name, c.summary])),
    '',
    'Options:',
    ...table([
      ['-h, --help', 'Show this help; "sef <command> --help" explains one command'],
      ['-v, --version', 'Show the version of SEF Studio'],
    ]),
    '',
    'Exit status: 0 when the command did its job, 1 when it failed (the message says what to do),',
    '2 when it was used wrongly.',
  ].join('\n');
}

function optionLabel(name: string, spec: Command['options'][string]): string {
  const long = `--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : ''}`;
  return spec.short ? `-${spec.short}, ${long}` : `    ${long}`;
}

export function commandHelp(command: Command): string {
  const options: [string, string][] = Object.entries(command.options).map(([name, spec]) => [
    optionLabel(name, spec),
    `${spec.description}${spec.required ? ' (required)' : ''}`,
  ]);
  options.push(['-h, --help', 'Show this help']);
  return [
    `sef ${command.name}: ${command.summary}`,
    '',
    `Usage: sef ${command.name} ${command.usage}`,
    '',
    ...wrap(command.description),
    ...(command.positionals.length
      ? ['', 'Arguments:', ...table(command.positionals.map((p) => [p.name, p.description]))]
      : []),
    '',
    'Options:',
    ...table(options),
    ...(command.examples.length ? ['', 'Examples:', ...command.examples.map((e) => `  ${e}`)] : []),
  ].join('\n');
}

/** Turns node:util parseArgs errors into sentences. */
function usageFromParseError(err: unknown, command: Command): UsageError {
  const code = (err as { code?: string }).code ?? '';
  const message = err instanceof Error ? err.message : String(err);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return new UsageError(`"sef ${command.name}" has no option ${quoted}.`, command.name);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const long = /--([\w-]+)/.exec(quoted || message)?.[1];
    const option = long ? `--${long}` : 'that option';
    const spec = long ? command.options[long] : undefined;
    if (spec?.type === 'boolean') return new UsageError(`The option ${option} takes no value.`, command.name);
    return new UsageError(
      `The option ${option} needs a value, as in ${option} ${spec?.value ?? 'VALUE'}.`,
      command.name,
    );
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return new UsageError(
      `Unexpected argument ${quoted ? `"${quoted}"` : ''}: "sef ${command.name}" takes ${command.positionals.length || 'no'} argument${command.positionals.length === 1 ? '' : 's'}.`.replace(
        ' :',
        ':',
      ),
      command.name,
    );
  return new UsageError(message, command.name);
}

function parseCommandArgs(
  command: Command,
  args: string[],
): { help: boolean; positionals: string[]; options: Record<string, string | boolean | undefined> } {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const [name, spec] of Object.entries(command.options))
    options[name] = spec.short ? { type: spec.type, short: spec.short } : { type: spec.type };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw usageFromParseError(err, command);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  return { help: values.help === true, positionals: parsed.positionals, options: values };
}

function validate(
  command: Command,
  positionals: string[],
  options: Record<string, string | boolean | undefined>,
): void {
  const expected = command.positionals;
  const required = expected.filter((p) => !p.optional).length;
  if (positionals.length < required) {
    const missing = expected.slice(positionals.length, required).map((p) => p.name);
    throw new UsageError(`Give ${missing.join(' and ')}: sef ${command.name} ${command.usage}`, command.name);
  }
  if (positionals.length > expected.length) {
    const extra = positionals
      .slice(expected.length)
      .map((p) => `"${p}"`)
      .join(', ');
    throw new UsageError(`Too many arguments (${extra}): sef ${command.name} ${command.usage}`, command.name);
  }
  for (const [name, spec] of Object.entries(command.options)) {
    const value = options[name];
    if (spec.required && (value === undefined || value === ''))
      throw new UsageError(
        `Give --${name} ${spec.value ?? 'VALUE'}: sef ${command.name} ${command.usage}`,
        command.name,
      );
  }
}

function reportFailure(err: unknown, io: CliIo): number {
  if (err instanceof UsageError) {
    io.err(err.message);
    io.err(
      err.command ? `Run "sef ${err.command} --help" to see how to use it.` : 'Run "sef --help" to see the commands.',
    );
    return EXIT_USAGE;
  }
  if (err instanceof AppError) {
    io.err(err.message);
    return EXIT_FAILED;
  }
  const message = err instanceof Error ? err.message : String(err);
  io.err(
    `Something went wrong in SEF Studio: ${message}. Nothing was changed; try again, and report it if it happens again.`,
  );
  if (process.env.SEF_DEBUG && err instanceof Error && err.stack) io.err(err.stack);
  return EXIT_FAILED;
}

/** Runs `sef` with the given arguments (without "node" and the script) and resolves to the exit status. */
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined) {
      io.err(mainHelp());
      return EXIT_USAGE;
    }
    if (first === '-h' || first === '--help' || first === 'help') {
      const about = first === 'help' && rest[0] ? findCommand(rest[0]) : undefined;
      if (first === 'help' && rest[0] && !about) throw new UsageError(`sef has no command "${rest[0]}".`);
      io.out(about ? commandHelp(about) : mainHelp());
      return EXIT_OK;
    }
    if (first === '-v' || first === '--version') {
      io.out(`SEF Studio ${appVersion()}`);
      return EXIT_OK;
    }
    const command = findCommand(first);
    if (!command) {
      throw new UsageError(
        first.startsWith('-')
          ? `Put the command first, as in "sef check FILE"; "${first}" is not a command.`
          : `sef has no command "${first}".`,
      );
    }
    const { help, positionals, options } = parseCommandArgs(command, rest);
    if (help) {
      io.out(commandHelp(command));
      return EXIT_OK;
    }
    validate(command, positionals, options);
    return (await command.run({ positionals, options }, io)) ?? EXIT_OK;
  } catch (err) {
    return reportFailure(err, io);
  }
}

/** Ctrl+C: remove half-built temporary files, then stop with the conventional status. */
export function installInterruptHandler(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      removeTemporaryFiles();
      process.stderr.write('Stopped. Nothing was written.\n');
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
}
