/**
 * "Today" for publishing decisions: the calendar date in the site's time zone,
 * unless SITE_TODAY pins it (tests and previews of a future day).
 */
import { calendarDateIn, isCalendarDate, type CalendarDate } from './dates.ts';

export function siteToday(options: { timeZone: string; now: Date; pinned?: string | undefined }): CalendarDate {
  const { pinned } = options;
  if (pinned) {
    if (!isCalendarDate(pinned)) throw new Error(`SITE_TODAY must be a date written YYYY-MM-DD, but it is "${pinned}".`);
    return pinned;
  }
  return calendarDateIn(options.timeZone, options.now);
}
