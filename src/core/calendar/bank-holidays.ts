// England's bank holidays, shipped as data in resources/calendars and checked when this module loads (a
// broken file fails loudly, naming itself), like the built-in frameworks.
import { describeIssues } from '../../shared/framework';
import { BankHolidayCalendarSchema, WorkingDays } from '../../shared/working-days';
import england from '../../../resources/calendars/bank-holidays-england.json' with { type: 'json' };

function parseCalendar(file: string, json: unknown): WorkingDays {
  const parsed = BankHolidayCalendarSchema.safeParse(json);
  if (!parsed.success)
    throw new Error(`The bank holiday file resources/calendars/${file} is not valid: ${describeIssues(parsed.error).join('; ')}.`);
  return new WorkingDays(parsed.data);
}

/** Working days in England: weekdays that are not bank holidays, for the years the file covers. */
export const ENGLAND_WORKING_DAYS = parseCalendar('bank-holidays-england.json', england);
