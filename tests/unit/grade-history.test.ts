import { describe, expect, it } from 'vitest';
import { gradeChangeWithoutEntry, sectionGrades } from '../../src/lib/grade-history';

const article = (level: string, changes = '') => `---\ntitle: "A"\n${changes}---\n\n## Sleep quality\n\n<Evidence level="${level}" claim="Massage may ease sleep for a short time" />\n\nText.\n\n## Anxiety\n\n<Evidence level="limited" />\n`;
const entry = (date: string) => `changes:\n  - date: ${date}\n    what: "Regraded the sleep section."\n    why: "A new review."\n`;

describe('a grade change in a pull request asks for a history entry', () => {
  it('reads each grade with its section heading and line', () => {
    expect(sectionGrades(article('moderate'))).toEqual([
      { heading: 'Sleep quality', level: 'moderate', line: 7 },
      { heading: 'Anxiety', level: 'limited', line: 13 },
    ]);
  });

  it('names the line and the fix when a grade changed and no entry was added', () => {
    const after = article('limited', entry('2026-11-01'));
    const finding = gradeChangeWithoutEntry(article('moderate', entry('2026-11-01')), after);
    expect(finding?.line).toBe(after.split('\n').findIndex((line) => line.includes('level="limited" claim')) + 1);
    expect(finding?.message).toContain('"Sleep quality" changed from moderate to limited');
    expect(finding?.message).toContain('Add one at the top of changes');
  });

  it('is satisfied by a newer entry, and says nothing when no grade changed', () => {
    expect(gradeChangeWithoutEntry(article('moderate'), article('limited', entry('2026-12-03')))).toBeUndefined();
    expect(gradeChangeWithoutEntry(article('moderate', entry('2026-11-01')), article('limited', entry('2026-12-03')))).toBeUndefined();
    expect(gradeChangeWithoutEntry(article('moderate'), article('moderate'))).toBeUndefined();
  });
});
