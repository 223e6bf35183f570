// Dates cross the contract as ISO strings: calendar dates as YYYY-MM-DD, moments as full ISO timestamps.
// Pure functions only: callers pass "today" so rules stay testable and the same in every host.

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isValidIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Today's calendar date in the machine's local time zone, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

// The last answer, kept: the freshness and due-soon rules ask for the same date plus the same days once
// per item (thousands in a large pack's readiness), and building a Date each time was a visible share of it.
let lastAdded = { isoDate: '', days: 0, result: '' };

export function addDays(isoDate: string, days: number): string {
  if (isoDate === lastAdded.isoDate && days === lastAdded.days) return lastAdded.result;
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const result = new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
  lastAdded = { isoDate, days, result };
  return result;
}

/** "23 November 2026", the long form UK readers expect. Accepts a date or a timestamp. */
export function formatLongDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  if (!y || !m || !d) return iso;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "23/11/2026", the short form for tables. */
export function formatShortDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** "23 November 2026 at 14:05" for audit entries and approvals. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const hh = String(date.getHours()).padStart(2, '0');
  const mm = String(date.getMinutes()).padStart(2, '0');
  return `${formatLongDate(todayIso(date))} at ${hh}:${mm}`;
}
