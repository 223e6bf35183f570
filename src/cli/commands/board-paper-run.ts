// What `sef board-paper` does when it runs; commands/board-paper.ts holds only its help, so that
// `sef --help` loads none of this (see ../command.ts).
import { readFile } from 'node:fs/promises';
import { LATEST_SCHEMA_VERSION } from '../../core/db/migrations';
import { describeFileError, openDatabase, openDatabaseReadOnly } from '../../core/db/open';
import { call } from '../../core/dispatch';
import { AppError } from '../../core/errors';
import {
  BOARD_PAPER_FIELD_LABELS,
  BOARD_PAPER_FIELDS,
  BOARD_PAPER_TEXT_FIELDS,
  PUBLICATIONS,
  SCHEDULE_12A_PARAGRAPHS,
  type BoardPaperField,
  type BoardPaperPatch,
} from '../../shared/board-paper';
import { formatLongDate, isValidIsoDate } from '../../shared/dates';
import { docFromText, docToPlainText, type RichDoc } from '../../shared/richtext';
import { flag, optionalString, UsageError, type CliIo, type CommandInput } from '../command';
import { cliContext } from '../context';
import { chosenPack } from '../packs';

export const NAME = 'board-paper';

/** "23/11/2026" or "2026-11-23" as an ISO date. */
function isoDate(text: string): string | null {
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  const iso = uk ? `${uk[3]}-${uk[2]!.padStart(2, '0')}-${uk[1]!.padStart(2, '0')}` : text.trim();
  return isValidIsoDate(iso) ? iso : null;
}

/** The typed words as the field's value; a usage error saying what the field takes otherwise. */
export function fieldValue(field: BoardPaperField, text: string): BoardPaperPatch[BoardPaperField] {
  const wrong = (takes: string) => new UsageError(`${BOARD_PAPER_FIELD_LABELS[field]} (${field}) takes ${takes}; not "${text}".`, NAME);
  if ((BOARD_PAPER_TEXT_FIELDS as readonly string[]).includes(field)) return docFromText(text);
  switch (field) {
    case 'meetingDate': {
      const date = isoDate(text);
      if (!date) throw wrong('a date such as 8/12/2026');
      return date;
    }
    case 'keyDecision':
      if (!/^(yes|no)$/i.test(text.trim())) throw wrong('yes or no');
      return /^yes$/i.test(text.trim());
    case 'publication':
      if (!(PUBLICATIONS as readonly string[]).includes(text.trim())) throw wrong(PUBLICATIONS.join(', '));
      return text.trim() as (typeof PUBLICATIONS)[number];
    case 'exemptParagraph': {
      const n = Number(text.trim());
      if (!(n in SCHEDULE_12A_PARAGRAPHS)) throw wrong('a paragraph number of Part 1 of Schedule 12A, 1 to 7');
      return n;
    }
    default:
      return text;
  }
}

function fieldName(text: string | undefined, option: string): BoardPaperField {
  if (!text) throw new UsageError(`Give --${option} FIELD.`, NAME);
  if (!(BOARD_PAPER_FIELDS as string[]).includes(text))
    throw new UsageError(`There is no board paper field "${text}". The fields are: ${BOARD_PAPER_FIELDS.join(', ')}.`, NAME);
  return text as BoardPaperField;
}

/** A field's value as one line (or a few) of plain text. */
function shown(value: unknown): string {
  if (value === null || value === '') return '(none)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'object') return docToPlainText(value as RichDoc).replace(/\n/g, ' / ') || '(none)';
  if (typeof value === 'string' && isValidIsoDate(value)) return formatLongDate(value);
  return String(value).replace(/\n/g, ' / ');
}

async function patchFrom(input: CommandInput): Promise<BoardPaperPatch | null> {
  const set = optionalString(input, 'set');
  const clear = optionalString(input, 'clear');
  if (set !== undefined && clear !== undefined) throw new UsageError('Give --set or --clear, not both.', NAME);
  if (clear !== undefined) return { [fieldName(clear, 'clear')]: null };
  if (set === undefined) return null;
  const field = fieldName(set, 'set');
  const text = optionalString(input, 'text');
  const file = optionalString(input, 'text-file');
  if ((text === undefined) === (file === undefined)) throw new UsageError('With --set, give the words with --text TEXT or --text-file FILE.', NAME);
  return { [field]: fieldValue(field, text ?? (await readFile(file!, 'utf8'))) };
}

export async function runBoardPaper(input: CommandInput, io: CliIo): Promise<void> {
  const path = input.positionals[0]!;
  const defaults = flag(input, 'defaults');
  if (defaults && (optionalString(input, 'pack') || flag(input, 'latest')))
    throw new UsageError('Give --defaults on its own, without --pack or --latest.', NAME);
  const patch = await patchFrom(input);
  const db = patch ? await openDatabase(path, { mustExist: true }) : await openDatabaseReadOnly(path);
  try {
    if (!patch) {
      const { user_version: version } = (await db.get<{ user_version: number }>('PRAGMA user_version'))!;
      if (version < LATEST_SCHEMA_VERSION)
        throw new AppError('conflict', `${path} uses an older database version (${version}). Open it once in SEF Studio to update it.`);
    }
    const ctx = cliContext(db);
    if (defaults) {
      const values = patch ? await call(ctx, 'boardPaper.setDefaults', { fields: patch }) : await call(ctx, 'boardPaper.getDefaults', {});
      if (patch) io.out(`Changed the council’s default board paper: ${Object.keys(patch).join(', ')}.`);
      for (const field of BOARD_PAPER_FIELDS)
        io.out(`${BOARD_PAPER_FIELD_LABELS[field]} (${field}): ${field in values ? shown(values[field]) : '(no default)'}`);
      return;
    }
    const pack = await chosenPack(ctx, input, NAME, path);
    const view = patch
      ? await call(ctx, 'boardPaper.update', { packId: pack.id, fields: patch })
      : await call(ctx, 'boardPaper.get', { packId: pack.id });
    io.out(patch ? `Changed the board paper of "${pack.title}": ${Object.keys(patch).join(', ')}.` : `The board paper of "${pack.title}":`);
    for (const field of BOARD_PAPER_FIELDS)
      io.out(`${BOARD_PAPER_FIELD_LABELS[field]} (${field}, ${view.sources[field]}): ${shown(view.fields[field])}`);
  } catch (err) {
    throw err instanceof AppError || err instanceof UsageError ? err : describeFileError(path, err);
  } finally {
    await db.close().catch(() => undefined);
  }
}
