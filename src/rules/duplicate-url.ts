import { defineRule } from './engine/rule.ts';
import { routeOf } from './engine/site.ts';

export default defineRule({
  id: 'duplicate-url',
  severity: 'error',
  appliesTo: ['article', 'page', 'reference', 'person', 'option', 'glossary'],
  finds: 'Two files that map to the same address or id (`My Post.mdx` and `my-post.mdx`): only one of them would be published.',
  example: 'this file and content/articles/my-post.mdx both become /articles/my-post/, so one of them would vanish. Rename or merge one of them.',
  fix: 'Rename or merge one of the two files.',
  check({ document, site, report }) {
    // The first by path keeps the address; every other file with that id is reported.
    const first = site.documents.filter((other) => other.kind === document.kind && other.id === document.id).sort((a, b) => (a.path < b.path ? -1 : 1))[0];
    if (!first || first === document) return;
    const where = routeOf(document) ?? `the id "${document.id}"`;
    report({ line: 1, column: 1 }, `this file and ${first.path} both become ${where}, so one of them would vanish. Rename or merge one of them.`);
  },
});
