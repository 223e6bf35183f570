// What "sef sheet" does, loaded only when it runs (see sheet.ts): the spreadsheet and database code
// stays out of `sef --help` and every other command's start-up.
import { resolve } from 'node:path';
import { describeFileError, openDatabase, openDatabaseReadOnly } from '../../core/db/open';
import type { Connection } from '../../core/db/connection';
import { call } from '../../core/dispatch';
import { AppError } from '../../core/errors';
import { importSheet, readSheetAt, SheetImportRefused } from '../../core/sheets/run';
import { readDateText } from '../../shared/date-text';
import { describeProblem, SHEET_KINDS, type SheetKind } from '../../shared/sheets';
import { flag, UsageError, type CliIo, type CommandInput } from '../command';
import { cliContext } from '../context';
import { assertWritableTarget } from '../files';
import { plural } from '../summary';

const WHAT_WORDS = SHEET_KINDS.join('|');

function optional(input: CommandInput, name: string): string | undefined {
  const value = input.options[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function required(input: CommandInput, name: string, value: string, action: string): string {
  const given = optional(input, name);
  if (!given) throw new UsageError(`Give --${name} ${value}: sef sheet ${action} … --${name} ${value}`, 'sheet');
  return given;
}

function kindOf(input: CommandInput): SheetKind {
  const what = optional(input, 'what');
  if (!what) throw new UsageError(`Give --what ${WHAT_WORDS}.`, 'sheet');
  if (!(SHEET_KINDS as readonly string[]).includes(what)) throw new UsageError(`--what is ${SHEET_KINDS.join(', ')}; not "${what}".`, 'sheet');
  return what as SheetKind;
}

/** The pack named, or for an action plan the newest pack; with what to say about the choice. */
async function choosePack(db: Connection, path: string, input: CommandInput, kind: SheetKind): Promise<{ id: string; title: string } | null> {
  const named = optional(input, 'pack');
  if (!named && kind !== 'actions') return null;
  const packs = await call(cliContext(db), 'packs.list', {});
  const pack = named ? packs.find((p) => p.id === named) : packs[0];
  if (!pack)
    throw new AppError(
      'not_found',
      named
        ? `${path} has no pack with the id ${named}. ${packs.length ? `Its packs are: ${packs.map((p) => `${p.id} (${p.title})`).join('; ')}.` : 'It has no packs.'}`
        : `${path} has no packs, so there is no action plan. Make a pack in SEF Studio first.`,
    );
  return { id: pack.id, title: pack.title };
}

export async function runExport(input: CommandInput, io: CliIo): Promise<void> {
  const path = input.positionals[1]!;
  const kind = kindOf(input);
  const out = required(input, 'out', 'FILE.xlsx', 'export');
  await assertWritableTarget(out, { force: flag(input, 'force'), database: false });
  const db = await openDatabaseReadOnly(path);
  try {
    const pack = await choosePack(db, path, input, kind);
    const ctx = cliContext(db);
    // The command line is the person's own shell: the path they typed is granted as they typed it.
    const file = ctx.files.grant(resolve(out), 'export-sheet');
    const result = await call(ctx, 'sheets.export', { kind, packId: pack?.id ?? null, file });
    const what = { actions: 'action', evidence: 'evidence item', indicators: 'figure' }[kind];
    io.out(`Wrote ${result.file.location}: ${plural(result.rows, what)}${pack ? ` from "${pack.title}"` : ''}.`);
  } catch (err) {
    throw err instanceof AppError ? err : describeFileError(path, err);
  } finally {
    await db.close().catch(() => undefined);
  }
}

export async function runImport(input: CommandInput, io: CliIo): Promise<number> {
  const source = input.positionals[1]!;
  const kind = kindOf(input);
  const into = required(input, 'into', 'DB', 'import');
  const extracted = optional(input, 'extracted');
  const extractedOn = extracted === undefined ? undefined : readDateText(extracted);
  if (extractedOn && !extractedOn.ok) throw new UsageError(`--extracted is a date, such as 23/11/2026; "${extracted}" is not: ${extractedOn.reason}.`, 'sheet');
  // Read and checked before the database is opened, so a file that is not a spreadsheet changes nothing.
  const file = await readSheetAt(resolve(source));
  const db = await openDatabase(into, { mustExist: true });
  try {
    const pack = await choosePack(db, into, input, kind);
    const result = await importSheet(cliContext(db), file, source.split(/[\\/]/).at(-1)!, {
      kind,
      packId: pack?.id ?? null,
      worksheet: optional(input, 'worksheet'),
      defaults: { source: optional(input, 'source'), extractedOn: extractedOn?.ok ? extractedOn.iso : undefined },
    });
    const what = { actions: ['action', 'actions'], evidence: ['evidence item', 'evidence items'], indicators: ['row of figures', 'rows of figures'] }[kind];
    io.out(
      `Imported ${plural(result.rows, 'row')} from ${source} into ${into}${pack ? ` ("${pack.title}")` : ''}: ` +
        `${plural(result.created, what[0]!, what[1])} added, ${result.updated} changed, ${result.unchanged} unchanged.`,
    );
    return 0;
  } catch (err) {
    if (!(err instanceof SheetImportRefused)) throw err instanceof AppError ? err : describeFileError(into, err);
    for (const problem of err.plan.problems) io.err(describeProblem(problem));
    const rows = err.plan.counts.withProblems;
    io.err(
      `Nothing was imported and ${into} is unchanged: ${rows ? `${plural(rows, 'row')} of ${source} ${rows === 1 ? 'has a problem' : 'have problems'}` : `${source} cannot be imported as it is`}. Correct ${rows === 1 ? 'it' : 'them'} and run the command again.`,
    );
    return 1;
  } finally {
    await db.close().catch(() => undefined);
  }
}


/** The sub-command, after its options are checked. */
export async function runSheet(input: CommandInput, io: CliIo): Promise<number> {
  kindOf(input);
  const action = input.positionals[0];
  if (action === 'export') {
    if (optional(input, 'into')) throw new UsageError('--into is for "sef sheet import"; an export writes --out FILE.xlsx.', 'sheet');
    await runExport(input, io);
    return 0;
  }
  if (action === 'import') {
    if (optional(input, 'out')) throw new UsageError('--out is for "sef sheet export"; an import reads FILE into --into DB.', 'sheet');
    return runImport(input, io);
  }
  throw new UsageError(`"sef sheet" is followed by export or import, not "${action}".`, 'sheet');
}
