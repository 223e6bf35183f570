// Self-evaluation periods are financial years written "2025–26" (with an en dash). These helpers suggest
// the period for a new pack: the one after the latest pack's, or the year that contains today.

const PERIOD = /^(\d{4})\s*[–-]\s*(\d{2}|\d{4})$/;

export function formatPeriod(startYear: number): string {
  return `${startYear}–${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The financial year (April to March) containing the date. */
export function periodContaining(isoDate: string): string {
  const [y, m] = isoDate.split('-').map(Number) as [number, number];
  return formatPeriod(m >= 4 ? y : y - 1);
}

export function periodStart(period: string): number | null {
  const match = PERIOD.exec(period.trim());
  return match ? Number(match[1]) : null;
}

/** "2025–26" → "2026–27"; anything else gives the period containing today. */
export function nextPeriod(period: string | null | undefined, today: string): string {
  const start = period ? periodStart(period) : null;
  return start === null ? periodContaining(today) : formatPeriod(start + 1);
}

/** A file name without characters Windows refuses, with the en dash as a plain hyphen. */
export function safeFileName(name: string): string {
  return name
    .replace(/[–—]/g, '-')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
