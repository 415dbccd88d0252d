import { friendlyIssue, type SchemaIssue } from '../lib/errors.ts';
import { isEmptyDocument } from './engine/document.ts';
import { defineRule } from './engine/rule.ts';

export default defineRule({
  id: 'fields',
  severity: 'error',
  appliesTo: ['article', 'page', 'reference', 'person', 'option', 'glossary'],
  finds: 'A field the schema (src/content.config.ts) does not allow: missing, misspelt, the wrong kind of value, or an unknown id.',
  example: 'field "pubDate": expected a real calendar date (there is no month 13), but found "2026-13-45".',
  fix: 'Follow the field tables above; the message says what was expected and what was found.',
  check({ document, site, report }) {
    const schema = site.schemas[document.kind];
    if (!schema || !document.data || isEmptyDocument(document)) return;
    const result = schema.safeParse(document.data);
    if (result.success) return;
    const knownKeys = schema.keys ?? [];
    const fieldsIn = document.kind === 'article' || document.kind === 'page' ? 'frontmatter' : 'file';
    for (const issue of result.error.issues as SchemaIssue[]) {
      const top = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
      for (const problem of friendlyIssue(issue, document.data, knownKeys, fieldsIn)) {
        const field = problem.field.split(/[.[]/)[0] ?? top;
        const place = (field ? document.fieldPlaces.get(field) : undefined) ?? (top ? document.fieldPlaces.get(top) : undefined) ?? { line: 1, column: 1 };
        const where = problem.field ? `field "${problem.field}"` : `the ${fieldsIn}`;
        const what = problem.problem ?? `expected ${problem.expected}, but found ${problem.found}`;
        report(place, `${where}: ${what}.${problem.suggestion ? ` Fix: ${problem.suggestion}` : ''}`);
      }
    }
  },
});
