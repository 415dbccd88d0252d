import { isEmptyDocument } from './engine/document.ts';
import { defineRule } from './engine/rule.ts';

export default defineRule({
  id: 'empty-file',
  severity: 'error',
  appliesTo: ['article', 'page', 'reference', 'person', 'option', 'glossary'],
  finds: 'A file with nothing in it.',
  example: 'the file is empty. Start an article with `npm run new -- "Title"`, which writes a draft with every section, or delete this file.',
  fix: 'Start from `npm run new -- "Title"`, or delete the file.',
  check({ document, report }) {
    if (!isEmptyDocument(document)) return;
    report(
      { line: 1, column: 1 },
      document.kind === 'article'
        ? 'the file is empty. Start an article with `npm run new -- "Title"`, which writes a draft with every section, or delete this file.'
        : 'the file is empty. Fill in its fields (docs/editing.md lists them), or delete this file.',
    );
  },
});
