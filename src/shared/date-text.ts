// Dates as people type them in spreadsheets and forms, read the UK way: 23/11/2026, 23-11-26, 23.11.2026,
// 23 November 2026, 23 Nov 26, and ISO 2026-11-23 (with or without a time). Day comes before month, so
// 1/2/2026 is 1 February. A date that cannot exist (31/02/2026) or cannot be read says why, in words a
// person can act on, rather than being guessed at.
import { isValidIsoDate } from './dates';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

export type DateReading = { ok: true; iso: string } | { ok: false; reason: string };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Two-digit years are this century: 26 is 2026. */
function fullYear(text: string): number {
  const n = Number(text);
  return text.length <= 2 ? 2000 + n : n;
}

function dayMonthYear(day: number, month: number, year: number): DateReading {
  if (month < 1 || month > 12)
    return {
      ok: false,
      reason:
        day >= 1 && day <= 12 && month <= 31
          ? `there is no month ${month}: dates are read day first, as in 23/11/2026`
          : `there is no month ${month}`,
    };
  const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (!isValidIsoDate(iso))
    return { ok: false, reason: `${MONTH_NAMES[month - 1]} ${year} has no day ${day}` };
  return { ok: true, iso };
}

function monthIndex(word: string): number {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  // "Sept" and full names are fine; "Marchy" is not.
  if (i < 0) return -1;
  const full = MONTH_NAMES[i]!.toLowerCase();
  const w = word.toLowerCase().replace(/\.$/, '');
  return full.startsWith(w) || w === 'sept' ? i : -1;
}

/** Reads a date typed as text. An empty text is not a date; callers decide whether blank is allowed. */
export function readDateText(input: string): DateReading {
  const text = input.trim();
  if (!text) return { ok: false, reason: 'it is empty' };

  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (iso) return dayMonthYear(Number(iso[3]), Number(iso[2]), Number(iso[1]));

  const numeric = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (numeric) return dayMonthYear(Number(numeric[1]), Number(numeric[2]), fullYear(numeric[3]!));

  const named = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+\.?)[\s,-]+(\d{4}|\d{2})$/i.exec(text);
  if (named) {
    const month = monthIndex(named[2]!);
    if (month < 0) return { ok: false, reason: `"${named[2]}" is not a month` };
    return dayMonthYear(Number(named[1]), month + 1, fullYear(named[3]!));
  }

  // "November 23, 2026": the month is a word, so the order cannot mislead.
  const monthFirst = /^([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(text);
  if (monthFirst) {
    const month = monthIndex(monthFirst[1]!);
    if (month >= 0) return dayMonthYear(Number(monthFirst[2]), month + 1, Number(monthFirst[3]));
  }

  return { ok: false, reason: 'it is not written as a date; write it as day/month/year, such as 23/11/2026' };
}

/**
 * An Excel date serial (days since 30 December 1899 in the 1900 date system; since 1 January 1904 in
 * the 1904 system that old Mac workbooks use) as an ISO date. Serials below 61 fall before Excel's
 * phantom 29 February 1900 and are not dates anyone reports, so they are refused.
 */
export function excelSerialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial)) return null;
  const days = Math.floor(serial);
  if (date1904 ? days < 0 : days < 61) return null;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const date = new Date(epoch + days * 86_400_000);
  const y = date.getUTCFullYear();
  if (y > 9999) return null;
  return `${pad(y, 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The plausible range for a date typed as a bare number: 1 January 1990 to 31 December 2100. */
export function isPlausibleDateSerial(serial: number): boolean {
  return Number.isInteger(serial) && serial >= 32_874 && serial <= 73_415;
}
