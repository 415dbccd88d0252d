/**
 * Calendar dates as `YYYY-MM-DD` strings. A calendar date has no time and no
 * time zone, so comparing two of them is a plain string comparison and a date
 * never shifts by a day between machines. "Today" is always a parameter.
 */

/** A real calendar date written `YYYY-MM-DD`. */
export type CalendarDate = string;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is written `YYYY-MM-DD` and names a day that exists. */
export function isCalendarDate(text: string): boolean {
  const match = CALENDAR_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Why `text` is not a calendar date, in words an editor understands; undefined when it is one. */
export function calendarDateProblem(text: string): string | undefined {
  const match = CALENDAR_DATE.exec(text);
  if (!match) return 'a date written YYYY-MM-DD, for example 2026-03-01';
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12) return `a real calendar date (there is no month ${month})`;
  if (day < 1 || day > daysInMonth(year, month)) {
    return `a real calendar date (${monthName(month)} ${year} has no day ${day})`;
  }
  return undefined;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthName(month: number): string {
  return new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
}

/** The calendar date `months` later; the 31st becomes the last day of a shorter month. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const monthIndex = month - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = (((monthIndex % 12) + 12) % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${targetYear}-${pad(targetMonth)}-${pad(targetDay)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The calendar date of the instant `now` in `timeZone` (an IANA name such as Europe/London). */
export function calendarDateIn(timeZone: string, now: Date): CalendarDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const longDateFormats = new Map<string, Intl.DateTimeFormat>();

/** "21 November 2026" (or the locale's long form). */
export function formatCalendarDate(date: CalendarDate, locale: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // One formatter per locale: building one is far slower than using it, and every page formats many dates.
  let format = longDateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    longDateFormats.set(locale, format);
  }
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}

/** Midnight UTC of a calendar date, for feeds and sitemaps that want a Date. */
export function calendarDateToUtc(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00Z`);
}
