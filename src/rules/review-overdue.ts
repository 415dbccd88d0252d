import { addMonths, isCalendarDate } from '../lib/dates.ts';
import { defineRule } from './engine/rule.ts';

export default defineRule({
  id: 'review-overdue',
  severity: 'warning',
  appliesTo: ['article'],
  finds: 'A published article whose next review date has passed.',
  example: 'the next review was due on 2026-01-15. Check the article against its sources, then set lastReviewed to the day you did.',
  fix: 'Check the article against its sources, then set `lastReviewed` to the day you did.',
  check({ document, site, draft, report }) {
    const data = document.data;
    if (!data || draft || typeof data.lastReviewed !== 'string' || !isCalendarDate(data.lastReviewed)) return;
    const explicit = typeof data.nextReview === 'string' && isCalendarDate(data.nextReview) ? data.nextReview : undefined;
    const nextReview = explicit ?? addMonths(data.lastReviewed, site.reviewCycleMonths);
    if (nextReview >= site.today) return;
    report(
      document.fieldPlaces.get(explicit ? 'nextReview' : 'lastReviewed'),
      `the next review was due on ${nextReview}. Check the article against its sources, then set lastReviewed to the day you did.`,
    );
  },
});
