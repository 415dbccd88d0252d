import { defineRule } from './engine/rule.ts';
import { isSlug, slugify } from './engine/slug.ts';

export default defineRule({
  id: 'file-name',
  severity: 'error',
  appliesTo: ['article', 'page', 'reference', 'person', 'option', 'glossary'],
  finds: 'A file name that is not lower-case words joined by hyphens (it is the page address, or the id you cite).',
  example: 'the file name "My Post" is not lower-case words joined by hyphens. Rename the file to my-post.mdx.',
  fix: 'Rename the file as the message suggests.',
  check({ document, report }) {
    const name = document.name.split('/').at(-1) ?? document.name;
    if (isSlug(name)) return;
    const extension = /\.[^./]+$/.exec(document.path)?.[0] ?? '';
    const suggestion = slugify(name);
    report(
      { line: 1, column: 1 },
      `the file name "${name}" is not lower-case words joined by hyphens.${suggestion ? ` Rename the file to ${suggestion}${extension}.` : ' Rename it with letters, digits and hyphens.'}`,
    );
  },
});
