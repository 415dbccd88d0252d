import { describe, expect, it } from 'vitest';
import { changeAnchor, firstOutOfOrder, latestChangeDate, siteChanges } from '../../src/lib/changes';

const entry = (date: string, correction = false) => ({ date, what: `Changed on ${date}.`, why: 'A reason.', correction });

describe('an article history', () => {
  it('knows its latest date whatever the order, and none for an empty history', () => {
    expect(latestChangeDate([entry('2026-01-02'), entry('2026-03-04'), entry('2026-02-01')])).toBe('2026-03-04');
    expect(latestChangeDate([])).toBeUndefined();
  });

  it('finds the first entry that breaks newest-first order', () => {
    expect(firstOutOfOrder([entry('2026-03-01'), entry('2026-02-01')])).toBe(-1);
    expect(firstOutOfOrder([entry('2026-02-01'), entry('2026-03-01')])).toBe(1);
  });

  it('gives two entries of one day different anchors', () => {
    const changes = [entry('2026-12-03'), entry('2026-12-03'), entry('2026-11-29')];
    expect(changes.map((_, index) => changeAnchor(changes, index))).toEqual(['change-2026-12-03', 'change-2026-12-03-2', 'change-2026-11-29']);
  });
});

describe('the site-wide updates list', () => {
  it('lists every entry of every article, newest first, corrections first on the same day', () => {
    const list = siteChanges([
      { id: 'a', title: 'Alpha', changes: [entry('2026-12-03'), entry('2026-11-01')] },
      { id: 'b', title: 'Beta', changes: [entry('2026-12-03', true)] },
    ]);
    expect(list.map((change) => [change.articleId, change.date, change.correction])).toEqual([
      ['b', '2026-12-03', true],
      ['a', '2026-12-03', false],
      ['a', '2026-11-01', false],
    ]);
    expect(list[2]!.anchor).toBe('change-2026-11-01');
  });
});
