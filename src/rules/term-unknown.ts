import { visit } from 'unist-util-visit';
import { closestMatch } from '../lib/errors.ts';
import { defineRule } from './engine/rule.ts';
import { isJsx, jsxAttribute } from './engine/site.ts';

export default defineRule({
  id: 'term-unknown',
  severity: 'error',
  appliesTo: ['article'],
  finds: 'A `<Term>` with no id, or with an id that is not a file in content/glossary/ (the build would have no definition to show).',
  example: '<Term id="pilot-study"> names a term with no file content/glossary/pilot-study.yaml. Did you mean "pilot"?',
  fix: 'Use the file name of a term in content/glossary/, or add a file for the new term (`term`, `aliases`, `definition`).',
  check({ tree, site, report }) {
    const known = site.glossary.map((entry) => entry.id);
    visit(tree, (node) => {
      if (!isJsx(node) || node.name !== 'Term') return;
      const id = jsxAttribute(node, 'id');
      if (!id) {
        report(node, '<Term> has no id. Write <Term id="…">word</Term> with the file name of a term in content/glossary/.');
      } else if (!known.includes(id)) {
        const guess = closestMatch(id, known);
        report(node, `<Term id="${id}"> names a term with no file content/glossary/${id}.yaml.${guess ? ` Did you mean "${guess}"?` : ' Add the file (term, aliases, definition), or use an existing id.'}`);
      }
    });
  },
});
