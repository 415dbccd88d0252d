/** "Today" for publishing decisions: the calendar date in the site's time zone, or SITE_TODAY. */
import { describe, expect, it } from 'vitest';
import { siteToday } from '../../src/lib/today';

describe('siteToday', () => {
  it('is the date in the site time zone, not the machine’s', () => {
    // 23:30 UTC on 31 May is already 1 June in London (BST, UTC+1).
    expect(siteToday({ timeZone: 'Europe/London', now: new Date('2026-05-31T23:30:00Z') })).toBe('2026-06-01');
    // 23:30 UTC on 31 January is still 31 January in London (GMT).
    expect(siteToday({ timeZone: 'Europe/London', now: new Date('2026-01-31T23:30:00Z') })).toBe('2026-01-31');
  });
  it('can be pinned with SITE_TODAY, to build the site as it will be on another day', () => {
    expect(siteToday({ timeZone: 'Europe/London', now: new Date('2026-05-31T12:00:00Z'), pinned: '2027-01-01' })).toBe('2027-01-01');
  });
  it.each(['2027-02-30', '1/1/2027', 'tomorrow'])('refuses SITE_TODAY=%s with a message that says the format', (pinned) => {
    expect(() => siteToday({ timeZone: 'Europe/London', now: new Date(), pinned })).toThrow(/SITE_TODAY must be a date written YYYY-MM-DD, but it is/);
  });
});
