import { isEmptyDocument } from './engine/document.ts';
import { defineRule } from './engine/rule.ts';

/** True while an answer is still the placeholder `npm run new` writes: it starts with "TODO". */
export function isPlaceholderAnswer(answer: unknown): boolean {
  return typeof answer === 'string' && /^\s*TODO\b/i.test(answer);
}

const WHAT =
  'one to three short sentences (40 to 320 characters) that answer the question the title asks, in the reader\'s words, and say what to do.';
const MESSAGE = `this article has no answer. Add \`answer:\` below \`title:\`: ${WHAT}`;
const PLACEHOLDER = `the answer is still the TODO placeholder. Replace it with ${WHAT}`;

export default defineRule({
  id: 'answer-missing',
  severity: 'error',
  completeness: true,
  appliesTo: ['article'],
  finds: 'A published article with no `answer:` (or the TODO placeholder), the short answer shown under its title, on its cards and in search results (a warning while the article is a draft).',
  example: MESSAGE,
  fix: 'Add `answer:` to the frontmatter: the question the title asks, answered in one to three short sentences, with what to do.',
  check({ document, report }) {
    // A missing file's fields are empty-file's and yaml-syntax's to report; a bad value is the fields rule's.
    if (!document.data || isEmptyDocument(document)) return;
    const { answer } = document.data;
    if (isPlaceholderAnswer(answer)) report(document.fieldPlaces.get('answer'), PLACEHOLDER);
    else if (answer === undefined) report(document.fieldPlaces.get('title') ?? { line: 1, column: 1 }, MESSAGE);
  },
});
