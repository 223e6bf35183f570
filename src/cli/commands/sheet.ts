// sef sheet export DB --what actions|evidence|indicators --out FILE.xlsx [--pack ID]
// sef sheet import FILE.xlsx|FILE.csv --what actions|evidence|indicators --into DB [--pack ID]
// The action plan, the evidence register and the indicator figures in and out of Excel, as the app does it:
// an import is all or nothing, and a refused one prints every bad row with its number and what to do.
import { resolve } from 'node:path';
import { describeFileError, openDatabase, openDatabaseReadOnly } from '../../core/db/open';
import type { Connection } from '../../core/db/connection';
import { call } from '../../core/dispatch';
import { AppError } from '../../core/errors';
import { importSheet, readSheetAt, SheetImportRefused } from '../../core/sheets/run';
import { readDateText } from '../../shared/date-text';
import { describeProblem, SHEET_KINDS, type SheetKind } from '../../shared/sheets';
import { flag, UsageError, type CliIo, type Command, type CommandInput } from '../command';
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

async function runExport(input: CommandInput, io: CliIo): Promise<void> {
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

async function runImport(input: CommandInput, io: CliIo): Promise<number> {
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

export const sheetCommand: Command = {
  name: 'sheet',
  summary: 'Export the action plan, evidence register or indicator figures to Excel, or import them from Excel or CSV',
  usage: `export DB --what ${WHAT_WORDS} --out FILE.xlsx [--pack ID] [--force] | import FILE.xlsx|FILE.csv --what ${WHAT_WORDS} --into DB [--pack ID] [--worksheet NAME] [--source TEXT] [--extracted DATE]`,
  description:
    '"sef sheet export" reads DB (read-only) and writes a workbook with a real heading row, frozen headings, filters, ' +
    'dates as dates and RAG ratings as a word and a colour; --pack chooses the pack (for the action plan, the newest ' +
    'pack if not given; for the others, the date freshness and the latest figures are judged at). "sef sheet import" ' +
    'reads an Excel workbook or CSV file, matches its columns by their headings (as the app last matched them), and ' +
    'imports every row or none: if any row has a problem, each is printed with its row number and what to do, ' +
    'nothing is written and the exit status is 1. Rows whose reference is already there change that action or ' +
    'evidence item. Indicator figures need a source and an extraction date: from columns, or from --source and ' +
    '--extracted for every row.',
  positionals: [
    { name: 'export|import', description: 'What to do' },
    { name: 'FILE', description: 'For export, the database to read; for import, the spreadsheet to read' },
  ],
  options: {
    what: { type: 'string', short: 'w', value: 'WHAT', description: `${SHEET_KINDS.join(', ')}`, required: true },
    out: { type: 'string', short: 'o', value: 'FILE.xlsx', description: 'Export: where to write the workbook' },
    into: { type: 'string', value: 'DB', description: 'Import: the database to import into' },
    pack: { type: 'string', short: 'p', value: 'ID', description: 'The pack (see "sef check" or the app for ids)' },
    worksheet: { type: 'string', value: 'NAME', description: 'Import: the worksheet to read (the first that fits if not given)' },
    source: { type: 'string', value: 'TEXT', description: 'Import of figures: the source for rows that give none' },
    extracted: { type: 'string', value: 'DATE', description: 'Import of figures: the extraction date for rows that give none' },
    force: { type: 'boolean', short: 'f', description: 'Export: replace FILE.xlsx if it already exists' },
  },
  examples: [
    'sef sheet export demo.sqlite --what actions --out action-plan.xlsx',
    'sef sheet import action-plan.xlsx --what actions --into demo.sqlite',
    'sef sheet import register.csv --what evidence --into pack.sqlite',
    'sef sheet import q2-figures.xlsx --what indicators --into pack.sqlite --source "LAIT, November 2026" --extracted 14/11/2026',
  ],
  async run(input, io) {
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
  },
};
