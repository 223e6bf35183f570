// Reporting periods: a kind and the date it ends, from which its start and its name follow. Stored and
// compared by end date (ISO text sorts in time order); shown as people write them ("Q2 2026–27",
// "2025–26", "2025/26 academic year", "at 31 March 2026"); read back from the ways spreadsheets spell them.
import { addDays, formatLongDate, isValidIsoDate } from '../dates';
import { readDateText } from '../date-text';
import { PERIOD_KINDS, type PeriodKind } from './vocabulary';

export interface Period {
  kind: PeriodKind;
  /** First day of the period (the date itself for "as at"). */
  start: string;
  /** Last day of the period: what the period is known and ordered by. */
  end: string;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (iso: string) => iso.split('-').map(Number) as [number, number, number];
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const endOfMonth = (year: number, month: number) => `${year}-${pad(month)}-${pad(lastDayOf(year, month))}`;
/** "2025–26": a year that spans two calendar years, with an en dash as UK style writes it. */
const spanLabel = (firstYear: number, separator = '–') => `${firstYear}${separator}${String(firstYear + 1).slice(2)}`;

/** Where each kind of period may end. */
const VALID_ENDS: Record<PeriodKind, (m: number, d: number) => boolean> = {
  quarter: (m, d) => [3, 6, 9, 12].includes(m) && d === lastDayOf(2001, m),
  financial_year: (m, d) => m === 3 && d === 31,
  academic_year: (m, d) => m === 8 && d === 31,
  calendar_year: (m, d) => m === 12 && d === 31,
  as_at: () => true,
};

const END_WORDS: Record<PeriodKind, string> = {
  quarter: 'the last day of June, September, December or March',
  financial_year: '31 March',
  academic_year: '31 August',
  calendar_year: '31 December',
  as_at: 'any date',
};

/** The period of a kind that ends on `end`, or a reason it cannot. */
export function periodEnding(kind: PeriodKind, end: string): { ok: true; period: Period } | { ok: false; reason: string } {
  if (!isValidIsoDate(end)) return { ok: false, reason: `${end} is not a date` };
  const [y, m, d] = ymd(end);
  if (!VALID_ENDS[kind](m, d))
    return { ok: false, reason: `a ${kindWord(kind)} ends on ${END_WORDS[kind]}, not ${formatLongDate(end)}` };
  const start =
    kind === 'as_at'
      ? end
      : kind === 'quarter'
        ? addDays(endOfMonth(m <= 3 ? y - 1 : y, m <= 3 ? m + 9 : m - 3), 1)
        : addDays(end.replace(/^\d{4}/, String(y - 1)), 1);
  return { ok: true, period: { kind, start, end } };
}

/** For code that builds periods it knows are valid (the demo, tests). Throws otherwise. */
export function period(kind: PeriodKind, end: string): Period {
  const made = periodEnding(kind, end);
  if (!made.ok) throw new Error(`Not a period: ${made.reason}`);
  return made.period;
}

function kindWord(kind: PeriodKind): string {
  return { quarter: 'quarter', financial_year: 'financial year', academic_year: 'academic year', calendar_year: 'calendar year', as_at: 'date' }[kind];
}

/** The financial year a date falls in, by its first calendar year: 15 May 2026 is in 2026–27. */
function financialYearOf(iso: string): number {
  const [y, m] = ymd(iso);
  return m <= 3 ? y - 1 : y;
}

/** The short name: "Q2 2026–27", "2025–26", "2025/26 academic year", "2025", "at 31 March 2026". */
export function periodLabel(p: Period): string {
  const [y, m] = ymd(p.end);
  switch (p.kind) {
    case 'quarter':
      return `Q${m <= 3 ? 4 : m / 3 - 1} ${spanLabel(financialYearOf(p.end))}`;
    case 'financial_year':
      return spanLabel(y - 1);
    case 'academic_year':
      return `${spanLabel(y - 1, '/')} academic year`;
    case 'calendar_year':
      return String(y);
    case 'as_at':
      return `at ${formatLongDate(p.end)}`;
  }
}

/**
 * The name for a table's header or cell and a chart's key, where space is short: as periodLabel, but a
 * date as "30 Sep 2025" ("at 30 September 2025" wrapped a narrow column to three lines). Never for prose.
 */
export function periodShortLabel(p: Period): string {
  if (p.kind !== 'as_at') return periodLabel(p);
  const [y, m, d] = ymd(p.end);
  return `${d} ${MONTHS[m - 1]!.slice(0, 3)} ${y}`;
}

/** What the period covers, for a reader: "July to September 2026", "April 2025 to March 2026". */
export function periodSpan(p: Period): string {
  if (p.kind === 'as_at') return formatLongDate(p.end);
  const [sy, sm] = ymd(p.start);
  const [ey, em] = ymd(p.end);
  return sy === ey ? `${MONTHS[sm - 1]} to ${MONTHS[em - 1]} ${ey}` : `${MONTHS[sm - 1]} ${sy} to ${MONTHS[em - 1]} ${ey}`;
}

/** A compact name for chart axes and table headers: "Q2 26–27", "2025–26", "AY 25/26", "31 Mar 26" (a month in words, as the text and tables give dates). */
export function periodAxisLabel(p: Period): string {
  const [y, m, d] = ymd(p.end);
  switch (p.kind) {
    case 'quarter':
      return `Q${m <= 3 ? 4 : m / 3 - 1} ${String(financialYearOf(p.end)).slice(2)}–${String(financialYearOf(p.end) + 1).slice(2)}`;
    case 'financial_year':
      return spanLabel(y - 1);
    case 'academic_year':
      return `AY ${String(y - 1).slice(2)}/${String(y).slice(2)}`;
    case 'calendar_year':
      return String(y);
    case 'as_at':
      return `${d} ${MONTHS[m - 1]!.slice(0, 3)} ${String(y).slice(2)}`;
  }
}

/** A stable key for a period, used in citations and for matching: "quarter:2026-09-30". */
export function periodKey(p: Pick<Period, 'kind' | 'end'>): string {
  return `${p.kind}:${p.end}`;
}

export function parsePeriodKey(key: string): Period | null {
  const [kind, end] = key.split(':');
  if (!kind || !end || !(PERIOD_KINDS as readonly string[]).includes(kind)) return null;
  const made = periodEnding(kind as PeriodKind, end);
  return made.ok ? made.period : null;
}

/** Words people use in a "period type" column, mapped to kinds. */
const KIND_WORDS: [RegExp, PeriodKind][] = [
  [/^(q|qtr|quarter(ly)?)$/i, 'quarter'],
  [/^(fy|financial( year)?|reporting year|year ending 31 march)$/i, 'financial_year'],
  [/^(ay|academic( year)?|school year)$/i, 'academic_year'],
  [/^(cy|calendar( year)?|year)$/i, 'calendar_year'],
  [/^(as at|as at a date|at|snapshot|point in time|date)$/i, 'as_at'],
];

export function readPeriodKind(text: string): PeriodKind | null {
  const t = text.trim().replace(/[_-]/g, ' ').replace(/\s+/g, ' ');
  if ((PERIOD_KINDS as readonly string[]).includes(text.trim())) return text.trim() as PeriodKind;
  return KIND_WORDS.find(([pattern]) => pattern.test(t))?.[1] ?? null;
}

export type PeriodReading = { ok: true; period: Period } | { ok: false; reason: string };

/** "2025-26", "2025/26", "2025–2026": the first calendar year of a span, or null. */
function spanStart(a: string, b: string): number | null {
  const first = Number(a);
  const second = b.length === 2 ? Number(`${a.slice(0, 2)}${b}`) : Number(b);
  return second === first + 1 || (b.length === 2 && Number(b) === (first + 1) % 100) ? first : null;
}

const SPAN = String.raw`(\d{4})\s*[-–—/]\s*(\d{2}|\d{4})`;

/**
 * Reads a period as spreadsheets write it. `kindHint` comes from a "period type" column when there is one;
 * without it, "2025-26" is a financial year (the Department for Education's reporting year), "2025" a
 * calendar year, and a date a count as at that date.
 */
export function readPeriodText(input: string, kindHint: PeriodKind | null = null): PeriodReading {
  const text = input.trim().replace(/\s+/g, ' ');
  if (!text) return { ok: false, reason: 'it is empty' };
  const hint = kindHint;

  // Q2 2026-27, 2026/27 Q2, Q2 FY2026-27
  const quarter =
    new RegExp(String.raw`^Q([1-4])\s*(?:FY\s*)?${SPAN}$`, 'i').exec(text) ??
    (() => {
      const m = new RegExp(String.raw`^(?:FY\s*)?${SPAN}\s*Q([1-4])$`, 'i').exec(text);
      return m ? ([m[0], m[3], m[1], m[2]] as unknown as RegExpExecArray) : null;
    })();
  if (quarter) {
    const start = spanStart(quarter[2]!, quarter[3]!);
    if (start === null) return { ok: false, reason: `${quarter[2]}–${quarter[3]} is not a financial year: the years must follow each other` };
    const q = Number(quarter[1]);
    const end = q === 4 ? endOfMonth(start + 1, 3) : endOfMonth(start, q * 3 + 3);
    return periodEnding('quarter', end);
  }
  if (/^Q[1-4]\s*\d{4}$/i.test(text) || /^\d{4}\s*Q[1-4]$/i.test(text))
    return { ok: false, reason: 'name the financial year of the quarter, as in Q2 2026-27 (quarters run from April)' };
  if (/^Q\d/i.test(text)) return { ok: false, reason: 'there are four quarters, Q1 to Q4' };

  // FY 2025-26, AY 2025/26, 2025-26, 2025/26 academic year
  const span = new RegExp(String.raw`^(FY|AY)?\s*${SPAN}\s*(academic year|academic|financial year)?$`, 'i').exec(text);
  if (span) {
    const start = spanStart(span[2]!, span[3]!);
    if (start === null) return { ok: false, reason: `${span[2]}–${span[3]} is not a year: the years must follow each other` };
    const word = `${span[1] ?? ''}${span[4] ?? ''}`.toLowerCase();
    const kind: PeriodKind = word.startsWith('a') ? 'academic_year' : word ? 'financial_year' : hint === 'academic_year' ? 'academic_year' : 'financial_year';
    return periodEnding(kind, kind === 'academic_year' ? `${start + 1}-08-31` : `${start + 1}-03-31`);
  }

  // 2025, "year ending 31 March 2025" as the DfE writes reporting years
  const year = /^(\d{4})$/.exec(text);
  if (year) {
    const y = Number(year[1]);
    if (hint === 'financial_year') return periodEnding('financial_year', `${y}-03-31`);
    if (hint === 'academic_year') return periodEnding('academic_year', `${y}-08-31`);
    return periodEnding('calendar_year', `${y}-12-31`);
  }
  const yearEnding = /^(?:year ending|ye)\s+(.+)$/i.exec(text);
  if (yearEnding) {
    const date = readDateText(yearEnding[1]!);
    if (!date.ok) return { ok: false, reason: `"${yearEnding[1]}" is not a date` };
    const [, m, d] = ymd(date.iso);
    const kind: PeriodKind = m === 3 && d === 31 ? 'financial_year' : m === 8 && d === 31 ? 'academic_year' : 'calendar_year';
    return periodEnding(kind, date.iso);
  }

  const asAt = /^(?:as at|at)\s+(.+)$/i.exec(text);
  const date = readDateText(asAt ? asAt[1]! : text);
  if (date.ok) return periodEnding(asAt ? 'as_at' : (hint ?? 'as_at'), date.iso);
  if (/\d/.test(text) && /[/.-]/.test(text) && !date.ok && !date.reason.startsWith('it is not written'))
    return { ok: false, reason: date.reason };
  return {
    ok: false,
    reason: 'it is not a period SEF Studio knows; write a quarter as Q2 2026-27, a year as 2025-26 or 2025, or a date',
  };
}

/** Periods in time order (by end date, then kind for the rare tie). */
export function comparePeriods(a: Period, b: Period): number {
  return a.end < b.end ? -1 : a.end > b.end ? 1 : PERIOD_KINDS.indexOf(a.kind) - PERIOD_KINDS.indexOf(b.kind);
}
