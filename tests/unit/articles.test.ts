/** Which articles a reader of the built site sees, and when: drafts never, scheduled ones from their day. */
import { describe, expect, it } from 'vitest';
import { isPublished, publishedArticles, type PublishableArticle } from '../../src/lib/articles';
import { siteToday } from '../../src/lib/today';

function article(id: string, pubDate: string, draft = false): PublishableArticle {
  return { id, data: { title: `Title of ${id}`, pubDate, draft } };
}

describe('isPublished on the day boundary', () => {
  const today = '2026-03-29';
  it.each([
    ['published yesterday', article('a', '2026-03-28'), true],
    ['published today', article('a', '2026-03-29'), true],
    ['scheduled for tomorrow', article('a', '2026-03-30'), false],
    ['scheduled for next year', article('a', '2027-03-29'), false],
    ['a draft dated yesterday', article('a', '2026-03-28', true), false],
    ['a draft dated today', article('a', '2026-03-29', true), false],
  ])('%s → %s', (_name, entry, expected) => {
    expect(isPublished(entry, { today })).toBe(expected);
  });

  it('a scheduled article appears on its day, not before', () => {
    const scheduled = article('a', '2026-04-01');
    expect(isPublished(scheduled, { today: '2026-03-31' })).toBe(false);
    expect(isPublished(scheduled, { today: '2026-04-01' })).toBe(true);
  });

  it('a draft is never published, whatever the date', () => {
    const draft = article('a', '2020-01-01', true);
    for (const day of ['2020-01-01', '2026-03-29', '2099-12-31']) expect(isPublished(draft, { today: day })).toBe(false);
  });

  it('the dev server shows drafts and scheduled articles', () => {
    expect(isPublished(article('a', '2099-01-01', true), { today, includeUnpublished: true })).toBe(true);
  });
});

describe('publishedArticles', () => {
  it('leaves out drafts and future articles and lists the rest newest first', () => {
    const list = [article('old', '2026-01-01'), article('draft', '2026-02-01', true), article('new', '2026-03-01'), article('future', '2026-05-01')];
    expect(publishedArticles(list, { today: '2026-03-29' }).map((a) => a.id)).toEqual(['new', 'old']);
  });
});

describe('siteToday: the date publishing decisions use', () => {
  it('is the date in the site time zone, not the machine’s', () => {
    // 23:30 UTC on 31 May is already 1 June in London (BST, UTC+1).
    expect(siteToday({ timeZone: 'Europe/London', now: new Date('2026-05-31T23:30:00Z') })).toBe('2026-06-01');
  });
  it('can be pinned with SITE_TODAY', () => {
    expect(siteToday({ timeZone: 'Europe/London', now: new Date('2026-05-31T12:00:00Z'), pinned: '2027-01-01' })).toBe('2027-01-01');
  });
  it.each(['2027-02-30', '1/1/2027', 'tomorrow'])('refuses SITE_TODAY=%s with a message that says the format', (pinned) => {
    expect(() => siteToday({ timeZone: 'Europe/London', now: new Date(), pinned })).toThrow(/SITE_TODAY must be a date written YYYY-MM-DD/);
  });
});
