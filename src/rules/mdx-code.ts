import { visit } from 'unist-util-visit';
import { defineRule } from './engine/rule.ts';
import { parseOptionIds } from '../lib/options.ts';
import { isJsx } from './engine/site.ts';

/** True for `{/* … *\/}`: the one kind of expression editors write on purpose, a note to other editors. */
function isComment(value: string): boolean {
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(value);
}

export default defineRule({
  id: 'mdx-code',
  severity: 'error',
  appliesTo: ['article', 'page'],
  finds: 'Code in the text: a `{…}` that is not a `{/* note */}`, an attribute written `name={…}` (other than `<SleepOptions only={["…"]} />`), or an `export`. The build would run it, and fail or show something else.',
  example: 'the text has code in braces, {n + 1}, which the build would try to run. For braces in the text write \\{ and \\}; for a note to editors write {/* … */}.',
  fix: 'Write `\\{` and `\\}` for braces in the text; write notes to editors as `{/* … */}`.',
  check({ tree, report }) {
    visit(tree, (node) => {
      if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isComment(node.value)) {
        const shown = node.value.trim().length > 30 ? `${node.value.trim().slice(0, 30)}…` : node.value.trim();
        report(node, `the text has code in braces, {${shown}}, which the build would try to run. For braces in the text write \\{ and \\}; for a note to editors write {/* … */}.`);
      }
      if (isJsx(node)) {
        for (const attribute of node.attributes) {
          const code = attribute.type === 'mdxJsxExpressionAttribute' ? attribute.value : typeof attribute.value === 'object' && attribute.value ? attribute.value.value : undefined;
          if (code === undefined) continue;
          // The one expression an editor writes on purpose: the list of option ids a table shows, only={["cbt-i", "massage"]}.
          if (node.name === 'SleepOptions' && attribute.type === 'mdxJsxAttribute' && attribute.name === 'only' && parseOptionIds(code)) continue;
          const name = attribute.type === 'mdxJsxAttribute' ? `${attribute.name}=` : '';
          report(node, `<${node.name ?? ''}> has code in an attribute, ${name}{${code.trim().slice(0, 30)}}, which the build would try to run. Write the value in quotes: name="value".`);
        }
      }
      if (node.type === 'mdxjsEsm' && !/^\s*import\b/.test(node.value)) {
        report(node, 'the text has an export, which is code. Articles hold only text and the site\'s components: delete it.');
      }
    });
  },
});
