import { visit } from 'unist-util-visit';
import { closestMatch } from '../lib/errors.ts';
import { mdxImports } from './engine/imports.ts';
import { defineRule } from './engine/rule.ts';
import { isJsx } from './engine/site.ts';

export default defineRule({
  id: 'component-unknown',
  severity: 'error',
  appliesTo: ['article', 'page'],
  finds: "A component the site does not have, or one used without being available: articles can use the site's own components (the table above) without an import.",
  example: '<KeyPoint> is not a component this page can use. Did you mean <KeyPoints>? Articles can use <Cite>, <Evidence>, <KeyPoints>, <SeeADoctor>.',
  fix: 'Use one of the components in the table above, spelt as it is there.',
  check({ tree, document, site, report }) {
    const available = new Set([...(document.kind === 'article' ? site.articleComponents : site.pageComponents), ...mdxImports(tree).flatMap((entry) => entry.names)]);
    const usable = document.kind === 'article' ? site.articleComponents : site.pageComponents;
    const list = usable.length ? `${document.kind === 'article' ? 'Articles' : 'Pages'} can use ${usable.map((name) => `<${name}>`).join(', ')}.` : 'Pages use no components: write the text in Markdown.';
    visit(tree, (node) => {
      if (!isJsx(node) || !node.name) return;
      // Lower-case names are HTML elements; the unsafe-html rule checks those.
      if (!/^[A-Z]/.test(node.name) && !node.name.includes('.')) return;
      if (available.has(node.name)) return;
      const guess = closestMatch(node.name, [...available]);
      report(node, `<${node.name}> is not a component this page can use.${guess ? ` Did you mean <${guess}>?` : ''} ${list}`);
    });
  },
});
