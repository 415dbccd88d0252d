import { describe, expect, it } from 'vitest';
import { isPublished, newestFirst, publishedArticles, reviewSchedule } from '../../src/lib/articles';
import { evidenceLevels, evidenceLevelSlugs, isEvidenceLevel, plainGrade } from '../../src/lib/evidence';

const article = (id: string, pubDate: string, draft = false) => ({ id, data: { title: id, pubDate, draft } });

describe('isPublished: drafts never, future articles from their day on', () => {
  it.each([
    ['published before today', article('a', '2026-11-20'), '2026-11-21', true],
    ['published today', article('a', '2026-11-21'), '2026-11-21', true],
    ['scheduled for tomorrow', article('a', '2026-11-22'), '2026-11-21', false],
    ['a draft', article('a', '2026-01-01', true), '2026-11-21', false],
  ])('%s', (_name, entry, today, expected) => {
    expect(isPublished(entry, { today })).toBe(expected);
  });
  it('shows drafts and scheduled articles when asked (the dev server)', () => {
    expect(isPublished(article('a', '2030-01-01', true), { today: '2026-11-21', includeUnpublished: true })).toBe(true);
  });
  it('a scheduled article appears on its day, not the day before', () => {
    const scheduled = article('a', '2026-04-01');
    expect(isPublished(scheduled, { today: '2026-03-31' })).toBe(false);
    expect(isPublished(scheduled, { today: '2026-04-01' })).toBe(true);
  });
  it('a draft is never published, whatever its date and whatever the day', () => {
    for (const pubDate of ['2020-01-01', '2026-11-21']) {
      for (const today of ['2020-01-01', '2026-11-21', '2099-12-31']) expect(isPublished(article('a', pubDate, true), { today })).toBe(false);
    }
  });
});

describe('publishedArticles', () => {
  it('leaves out drafts and future articles and lists the rest newest first', () => {
    const list = [article('old', '2026-01-01'), article('draft', '2026-02-01', true), article('new', '2026-03-01'), article('future', '2026-05-01')];
    expect(publishedArticles(list, { today: '2026-03-29' }).map((entry) => entry.id)).toEqual(['new', 'old']);
  });
});

describe('newestFirst', () => {
  it('orders by date, newest first, then by title', () => {
    const sorted = newestFirst([article('b', '2026-01-01'), article('c', '2026-03-01'), article('a', '2026-01-01')]);
    expect(sorted.map((entry) => entry.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('reviewSchedule', () => {
  it.each([
    ['defaults to twelve months after the last review', { lastReviewed: '2026-11-21' }, '2026-12-01', '2027-11-21', false],
    ['uses an explicit next review date', { lastReviewed: '2026-11-21', nextReview: '2027-05-01' }, '2026-12-01', '2027-05-01', false],
    ['is overdue the day after it was due', { lastReviewed: '2025-01-10' }, '2026-01-11', '2026-01-10', true],
    ['is not overdue on the day it is due', { lastReviewed: '2025-01-10' }, '2026-01-10', '2026-01-10', false],
  ])('%s', (_name, data, today, nextReview, overdue) => {
    expect(reviewSchedule(data, today, 12)).toEqual({ lastReviewed: data.lastReviewed, nextReview, overdue });
  });
});

describe('the evidence scale', () => {
  it('has the labels of our evidence review, from strong to no evidence, each with one plain meaning', () => {
    expect(evidenceLevelSlugs).toEqual(['strong', 'moderate', 'limited', 'very-limited', 'contradicted', 'no-evidence']);
    expect(evidenceLevelSlugs.map((level) => evidenceLevels[level].label)).toEqual(['Strong', 'Moderate', 'Limited', 'Very limited', 'Contradicted', 'No evidence']);
  });
  it.each([
    ['very-limited', "Very limited: a few small studies, and we can't tell if it works"],
    ['contradicted', 'Contradicted: better studies found it does not work'],
    ['no-evidence', 'No evidence: we found no study that tested it'],
    ['limited', "Limited: small trials suggest this, but we can't be sure"],
  ] as const)('says %s in everyday words: %s', (level, text) => {
    expect(plainGrade(level)).toBe(text);
  });
  it.each([
    ['limited', true],
    ['very-limited', true],
    ['Limited', false],
    ['weak', false],
    ['toString', false],
  ])('%s is a level: %s', (value, expected) => {
    expect(isEvidenceLevel(value)).toBe(expected);
  });
});
