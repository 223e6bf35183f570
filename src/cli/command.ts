// What a `sef` command is: its name, its help text, the options it takes, and what it does. Each command
// lives in its own module under commands/ and is listed once in commands/index.ts; main.ts parses the
// arguments against the command's options, prints help, and turns failures into exit codes.
//
// A command module imports at its top only what its help needs (this file, ../summary, shared words);
// what it runs with (the database, the interchange format, dispatch) it imports inside run() with
// `await import()`. The bundle then loads a command's code only when that command runs: `sef --help`
// stays as quick as Node itself and `sef check` never loads the Word export (cli.test.ts checks both).

/** Where a command writes: standard output for results, standard error for problems. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** The placeholder shown in help for a string option's value: FILE, PACK.json. */
  value?: string;
  description: string;
  /** main.ts refuses to run the command without it. */
  required?: boolean;
}

export interface PositionalSpec {
  name: string;
  description: string;
  /** May be left out (a command that reads FILE or --url URL); only the last positionals may be. */
  optional?: boolean;
}

export interface CommandInput {
  /** The positional arguments, exactly as many as the command declares. */
  positionals: string[];
  /** Option values by long name; booleans are true or absent. */
  options: Record<string, string | boolean | undefined>;
}

export interface Command {
  name: string;
  /** One line for `sef --help`. */
  summary: string;
  /** The argument pattern after `sef <name>`: "FILE --out COPY [--force]". */
  usage: string;
  /** A few sentences for `sef <name> --help`. */
  description: string;
  positionals: PositionalSpec[];
  options: Record<string, OptionSpec>;
  examples: string[];
  /** Resolves to the exit code (0 unless said otherwise); throws AppError or UsageError on failure. */
  run(input: CommandInput, io: CliIo): Promise<number | void>;
}

/** The command was used wrongly: exit status 2, with a pointer to its help. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A string option that main.ts has already checked is present. */
export function stringOption(input: CommandInput, name: string): string {
  const value = input.options[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`Give --${name}.`);
  return value;
}

/** A string option that may be left out. */
export function optionalString(input: CommandInput, name: string): string | undefined {
  const value = input.options[name];
  return typeof value === 'string' ? value : undefined;
}

export function flag(input: CommandInput, name: string): boolean {
  return input.options[name] === true;
}
