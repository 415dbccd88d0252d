import { describe, expect, it } from 'vitest';
import { addMonths, calendarDateIn, calendarDateProblem, formatCalendarDate, isCalendarDate } from '../../src/lib/dates';

describe('isCalendarDate', () => {
  it.each([
    ['2026-11-21', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-45', false],
    ['2026-04-31', false],
    ['2026-00-10', false],
    ['26-11-21', false],
    ['2026-1-5', false],
    ['2026-11-21T10:00', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });
});

describe('calendarDateProblem explains what is wrong', () => {
  it.each([
    ['2026-13-45', 'there is no month 13'],
    ['2026-02-30', 'February 2026 has no day 30'],
    ['15/01/2026', 'written YYYY-MM-DD'],
  ])('%s', (text, fragment) => {
    expect(calendarDateProblem(text)).toContain(fragment);
  });
  it('says nothing about a real date', () => {
    expect(calendarDateProblem('2026-01-31')).toBeUndefined();
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-11-21', 12, '2027-11-21'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-03-10', -3, '2025-12-10'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('calendarDateIn: the day depends on the site time zone', () => {
  it.each([
    ['2026-06-30T23:30:00Z', 'Europe/London', '2026-07-01'],
    ['2026-06-30T22:59:00Z', 'Europe/London', '2026-06-30'],
    ['2026-12-31T23:30:00Z', 'Europe/London', '2026-12-31'],
    ['2026-01-01T04:00:00Z', 'America/New_York', '2025-12-31'],
  ])('%s in %s is %s', (instant, zone, expected) => {
    expect(calendarDateIn(zone, new Date(instant))).toBe(expected);
  });
});

describe('formatCalendarDate', () => {
  it('writes the date out as readers expect it', () => {
    expect(formatCalendarDate('2026-11-21', 'en-GB')).toBe('21 November 2026');
  });

  it('keeps each locale\'s own form when several are used in one build', () => {
    expect(formatCalendarDate('2026-11-21', 'en-US')).toBe('November 21, 2026');
    expect(formatCalendarDate('2026-01-02', 'en-GB')).toBe('2 January 2026');
  });
});

describe('calendarDateIn near midnight in London, in summer time (BST, UTC+1) and winter time (GMT)', () => {
  it.each([
    // Summer: London midnight is 23:00 UTC the day before.
    ['2026-07-14T22:59:59Z', '2026-07-14'],
    ['2026-07-14T23:00:00Z', '2026-07-15'],
    // Winter: London midnight is 00:00 UTC.
    ['2026-01-14T23:59:59Z', '2026-01-14'],
    ['2026-01-15T00:00:00Z', '2026-01-15'],
    // The clocks go forward at 01:00 UTC on 29 March 2026 and back at 01:00 UTC on 25 October 2026.
    ['2026-03-28T23:59:59Z', '2026-03-28'],
    ['2026-03-29T23:00:00Z', '2026-03-30'],
    ['2026-10-24T23:00:00Z', '2026-10-25'],
    ['2026-10-25T23:00:00Z', '2026-10-25'],
    ['2026-10-26T00:00:00Z', '2026-10-26'],
  ])('%s is %s in London', (instant, expected) => {
    expect(calendarDateIn('Europe/London', new Date(instant))).toBe(expected);
  });
});
