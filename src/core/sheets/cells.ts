// Reading one cell as the field it is mapped to needs: text, a date, a number or one of a list of choices.
// Each reader returns the value or a sentence for the row's problem list that quotes what the cell held
// ("'31/02/2026' is not a date: February 2026 has no day 31") and says what to write instead.
import { excelSerialToIso, isPlausibleDateSerial, readDateText } from '../../shared/date-text';
import type { Cell } from './table';

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const no = (message: string): Read<never> => ({ ok: false, message });

/** The cell as the person sees it, for quoting in a message. */
export function shown(cell: Cell): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return cell.text.trim();
    case 'number':
      return cell.percent ? `${+(cell.value * 100).toFixed(6)}%` : String(cell.value);
    case 'date':
      return cell.iso.split('-').reverse().join('/');
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'error':
      return cell.error;
  }
}

export const isBlank = (cell: Cell | undefined) => !cell || cell.kind === 'empty' || (cell.kind === 'text' && !cell.text.trim());

function formulaError(cell: Cell): Read<never> | null {
  return cell.kind === 'error'
    ? no(`the cell holds the spreadsheet error ${cell.error}. Correct the formula, or type the value instead.`)
    : null;
}

/** Text, trimmed; numbers and dates as they are shown. */
export function readText(cell: Cell, max: number, what: string): Read<string> {
  const error = formulaError(cell);
  if (error) return error;
  const text = shown(cell);
  if (text.length > max) return no(`the ${what} is ${text.length.toLocaleString('en-GB')} characters long; keep it under ${max.toLocaleString('en-GB')}.`);
  return ok(text);
}

/**
 * A date from a date cell, a text date in UK order, or a number that is an Excel date serial (a date
 * column pasted as values, or a CSV made from one). Blank is null.
 */
export function readDate(cell: Cell, date1904: boolean): Read<string | null> {
  const error = formulaError(cell);
  if (error) return error;
  if (isBlank(cell)) return ok(null);
  if (cell.kind === 'date') return ok(cell.iso);
  const serial = cell.kind === 'number' ? cell.value : cell.kind === 'text' && /^\d{5}(\.\d+)?$/.test(cell.text.trim()) ? Number(cell.text) : null;
  if (serial !== null) {
    const iso = Number.isInteger(Math.floor(serial)) && isPlausibleDateSerial(Math.floor(serial)) ? excelSerialToIso(serial, date1904) : null;
    return iso ? ok(iso) : no(`'${shown(cell)}' is not a date. Write dates as day/month/year, such as 23/11/2026.`);
  }
  const read = readDateText(shown(cell));
  if (read.ok) return ok(read.iso);
  const why = read.reason.startsWith('it is not written as a date') ? '' : `: ${read.reason}`;
  return no(`'${shown(cell)}' is not a date${why}. Write dates as day/month/year, such as 23/11/2026.`);
}

/**
 * A number: a number cell (a percentage-formatted one as its percentage, so 0.184 shown as 18.4% is 18.4),
 * or text such as "18.4", "18.4%", "1,412" or "56.2 per 10,000". Blank is null.
 */
export function readNumber(cell: Cell): Read<number | null> {
  const error = formulaError(cell);
  if (error) return error;
  if (isBlank(cell)) return ok(null);
  if (cell.kind === 'number') return ok(cell.percent ? round(cell.value * 100) : cell.value);
  const text = shown(cell);
  const match = /^([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+)\s*(%|per cent|per 10,?000|days?|weeks?)?$/i.exec(text);
  if (!match) return no(`'${text}' is not a number. Write the figure alone, such as 18.4, or leave the cell empty.`);
  return ok(Number(match[1]!.replace(/,/g, '')));
}

/** Removes the binary noise of 0.184 × 100 = 18.400000000000002. */
function round(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/** Words compared without case, spaces or punctuation. */
export const wordKey = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** One of a list of choices, by its id or any of its names. Blank is null. */
export function readChoice<T extends string>(cell: Cell, choices: Record<T, string[]>, what: string): Read<T | null> {
  const error = formulaError(cell);
  if (error) return error;
  if (isBlank(cell)) return ok(null);
  const key = wordKey(shown(cell));
  for (const [id, names] of Object.entries(choices) as [T, string[]][])
    if (wordKey(id) === key || names.some((n) => wordKey(n) === key)) return ok(id);
  const offered = (Object.values(choices) as string[][]).map((names) => names[0]!);
  return no(`'${shown(cell)}' is not ${what}. Use one of: ${offered.join(', ')}.`);
}
