import { defineRule } from './engine/rule.ts';

/** The usual fix for what micromark reports. */
function fixFor(reason: string): string {
  if (/before name|`<`|character `<`|Unexpected character .* before name/i.test(reason)) {
    return 'For a literal < in the text write \\<, or &lt;; for a component, check its name starts with a capital letter.';
  }
  if (/expected a corresponding closing tag|end tag|closing tag/i.test(reason)) {
    return 'Close the tag (for example </KeyPoints>), with a blank line before it, or write <Name /> for a tag with nothing inside.';
  }
  if (/expression|acorn|`\{`|brace/i.test(reason)) {
    return 'For a literal brace write \\{ (and \\}); for a note to editors write {/* … */}.';
  }
  return 'Look at this line and the one above it for an unclosed tag or a stray < or {. Write \\< or \\{ for the character itself.';
}

export default defineRule({
  id: 'mdx-syntax',
  severity: 'error',
  appliesTo: ['article', 'page'],
  finds: 'Text that cannot be read as MDX: an unclosed tag, or a stray `<` or `{`. The other checks of the text wait until it can.',
  example: 'this cannot be read as MDX: Could not parse expression with acorn. For a literal brace write \\{ (and \\}); for a note to editors write {/* … */}.',
  fix: 'Close the tag, or write `\\{` and `\\<` for the characters themselves.',
  check({ document, report }) {
    const problem = document.mdxProblem;
    if (!problem || document.yamlProblem) return;
    report(problem.place, `this cannot be read as MDX: ${problem.reason}. ${fixFor(problem.reason)}`);
  },
});
