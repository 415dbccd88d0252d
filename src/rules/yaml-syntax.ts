import { defineRule } from './engine/rule.ts';
import { YAML_FIX } from './engine/yaml-problem.ts';

export default defineRule({
  id: 'yaml-syntax',
  severity: 'error',
  appliesTo: ['article', 'page', 'reference', 'person', 'option', 'glossary', 'unpublished'],
  finds: 'Frontmatter (or a YAML file) that cannot be read: the other checks of that file wait until it can.',
  example: `the frontmatter is not valid YAML: Missing closing "quote. ${YAML_FIX}`,
  fix: YAML_FIX,
  check({ document, report }) {
    const problem = document.yamlProblem;
    if (!problem) return;
    const what = document.kind === 'article' || document.kind === 'page' ? 'the frontmatter' : 'the file';
    report({ line: problem.line, column: problem.column }, `${what} is not valid YAML: ${problem.reason}. ${YAML_FIX}`);
  },
});
