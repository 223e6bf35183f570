// Working days as Ofsted counts them for deadlines after an inspection: weekdays that are not bank
// holidays in England. The bank holidays are data (resources/calendars), with the years they cover; a
// date outside those years is an error with a message, never a guess, because a deadline a day out is a
// deadline missed.
import { z } from 'zod';
import { addDays, formatLongDate, ISO_DATE } from './dates';

export const BankHolidayCalendarSchema = z
  .object({
    region: z.string().min(1),
    title: z.string().min(1),
    source: z.object({ title: z.string().min(1), url: z.string().url().optional() }),
    description: z.string(),
    coversFrom: z.number().int().min(1900).max(2200),
    coversTo: z.number().int().min(1900).max(2200),
    holidays: z.array(z.object({ date: z.string().regex(ISO_DATE), name: z.string().min(1) })),
  })
  .superRefine((c, ctx) => {
    if (c.coversTo < c.coversFrom) ctx.addIssue({ code: 'custom', message: 'coversTo is before coversFrom', path: ['coversTo'] });
    c.holidays.forEach((h, i) => {
      const year = Number(h.date.slice(0, 4));
      if (year < c.coversFrom || year > c.coversTo)
        ctx.addIssue({ code: 'custom', message: `${h.date} is outside the years covered`, path: ['holidays', i, 'date'] });
    });
  });
export type BankHolidayCalendar = z.infer<typeof BankHolidayCalendarSchema>;

export type WorkingDayResult = { ok: true; date: string } | { ok: false; problem: string };

export class WorkingDays {
  private readonly holidays: Map<string, string>;

  constructor(readonly calendar: BankHolidayCalendar) {
    this.holidays = new Map(calendar.holidays.map((h) => [h.date, h.name]));
  }

  /** "2010 to 2027". */
  get coverage(): string {
    return `${this.calendar.coversFrom} to ${this.calendar.coversTo}`;
  }

  covers(date: string): boolean {
    const year = Number(date.slice(0, 4));
    return year >= this.calendar.coversFrom && year <= this.calendar.coversTo;
  }

  private outside(date: string): { ok: false; problem: string } {
    return {
      ok: false,
      problem: `SEF Studio knows the bank holidays in ${this.calendar.region} for ${this.coverage} only, and ${formatLongDate(date)} is outside those years, so the working days cannot be counted. Update SEF Studio for a newer list of bank holidays.`,
    };
  }

  isWorkingDay(date: string): boolean {
    const day = new Date(`${date}T00:00:00Z`).getUTCDay();
    return day !== 0 && day !== 6 && !this.holidays.has(date);
  }

  /** The bank holiday's name, or null. */
  holidayOn(date: string): string | null {
    return this.holidays.get(date) ?? null;
  }

  /** The date `count` working days after `start` (the first is the next working day after it). */
  add(start: string, count: number): WorkingDayResult {
    if (!this.covers(start)) return this.outside(start);
    let date = start;
    for (let left = count; left > 0; ) {
      date = addDays(date, 1);
      if (!this.covers(date)) return this.outside(date);
      if (this.isWorkingDay(date)) left -= 1;
    }
    return { ok: true, date };
  }

  /**
   * Working days after `from` up to and including `to`; negative when `to` is earlier (that many
   * working days late). 0 when they are the same day.
   */
  between(from: string, to: string): { ok: true; days: number } | { ok: false; problem: string } {
    const [early, late, sign] = from <= to ? [from, to, 1] : [to, from, -1];
    if (!this.covers(early)) return this.outside(early);
    if (!this.covers(late)) return this.outside(late);
    let days = 0;
    for (let date = addDays(early, 1); date <= late; date = addDays(date, 1)) if (this.isWorkingDay(date)) days += 1;
    return { ok: true, days: days * sign };
  }
}
