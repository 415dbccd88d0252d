/**
 * A grade that changed since the main branch must come with a history entry:
 * pure comparison of two versions of one article's MDX (scripts/check-history.ts
 * reads them from git). Grades are matched by the heading of their section.
 */
import { parse } from 'yaml';
import { latestChangeDate } from './changes.ts';

export interface SectionGrade {
  heading: string;
  level: string;
  /** 1-based line of the <Evidence> in the file. */
  line: number;
}

/** Each <Evidence level="…"> with the heading of the section it sits in. */
export function sectionGrades(mdx: string): SectionGrade[] {
  const grades: SectionGrade[] = [];
  let heading = '';
  mdx.split('\n').forEach((text, index) => {
    const title = /^#{2,6}\s+(.+?)\s*#*\s*$/.exec(text);
    if (title) heading = title[1]!;
    for (const match of text.matchAll(/<Evidence\b[^>]*\blevel=["']([^"']+)["']/g)) grades.push({ heading, level: match[1]!, line: index + 1 });
  });
  return grades;
}

function historyDate(mdx: string): string | undefined {
  const yaml = /^---\n([\s\S]*?)\n---/.exec(mdx)?.[1];
  if (!yaml) return undefined;
  try {
    const data = parse(yaml) as { changes?: Array<{ date?: unknown }> } | null;
    const dated = (data?.changes ?? []).flatMap((change) => (typeof change?.date === 'string' ? [{ date: change.date }] : []));
    return latestChangeDate(dated);
  } catch {
    return undefined;
  }
}

export interface GradeChangeFinding {
  line: number;
  message: string;
}

/** The first grade that differs from `before` when `after` adds no newer `changes` entry; undefined when all is well. */
export function gradeChangeWithoutEntry(before: string, after: string): GradeChangeFinding | undefined {
  const old = new Map(sectionGrades(before).map((grade) => [grade.heading, grade.level]));
  const changed = sectionGrades(after).find((grade) => old.has(grade.heading) && old.get(grade.heading) !== grade.level);
  if (!changed) return undefined;
  const previous = historyDate(before);
  const latest = historyDate(after);
  if (latest !== undefined && (previous === undefined || latest > previous)) return undefined;
  return {
    line: changed.line,
    message: `the grade of "${changed.heading}" changed from ${old.get(changed.heading)} to ${changed.level}, but changes has no new entry. Add one at the top of changes saying what changed and why, and set updatedDate to its date.`,
  };
}
