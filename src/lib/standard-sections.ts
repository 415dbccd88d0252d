/**
 * The standard treatment-choice sections (DISCERN) of docs/editing.md, in the
 * order an article gives them near its end. They compare options and say what
 * to ask rather than grading one claim, so they are exempt from the rule that a
 * section citing a source carries exactly one grade (src/rules/section-grade.ts).
 * This is the one list: rules, templates and tests read it from here.
 */
export const STANDARD_SECTION_HEADINGS = ['Your options', 'What happens without treatment', 'Risks of each option', 'Effect on daily life', 'The bottom line'] as const;

/** The component that gives the questions box between "Effect on daily life" and "The bottom line". */
export const QUESTIONS_COMPONENT = 'QuestionsToAsk';

/** True for a heading's text (as written, without the #s) that is one of the standard sections. */
export function isStandardSection(heading: string): boolean {
  const text = heading.trim().replace(/\s+/g, ' ');
  return (STANDARD_SECTION_HEADINGS as readonly string[]).includes(text);
}
