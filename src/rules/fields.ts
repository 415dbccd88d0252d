import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { friendlyIssue, type SchemaIssue } from '../lib/errors.ts';
import { isJsx, jsxAttribute } from './engine/site.ts';
import { isEmptyDocument } from './engine/document.ts';
import { defineRule } from './engine/rule.ts';

/** The fix, with an unquoted number's own text from the file ("doi: 10.1000" → doi: "10.1000"). */
function fix(suggestion: string | undefined, text: string, line: number): string {
  if (!suggestion) return '';
  const written = /^\s*([\w-]+):\s*([^#\s][^#]*?)\s*(?:#.*)?$/.exec(text.split(/\r?\n/)[line - 1] ?? '');
  if (written && suggestion.endsWith(': "…"')) return ` Fix: put it in double quotes, exactly as it should read: ${written[1]}: "${written[2]}".`;
  return ` Fix: ${suggestion}`;
}

/**
 * For a source whose reference file does not exist: says so plainly, with the
 * lines that cite it, instead of a "did you mean" that reads as a typo.
 */
function missingReference(found: string, closest: string | undefined, tree: Root | undefined): string | undefined {
  const id = /^"(.+)"$/.exec(found)?.[1];
  if (!id || !tree) return undefined;
  const lines: number[] = [];
  visit(tree, (node) => {
    if (isJsx(node) && node.name === 'Cite' && jsxAttribute(node, 'id') === id && node.position) lines.push(node.position.start.line);
  });
  const where = lines.length ? `This article cites it on line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}.` : 'The text does not cite it.';
  const cause = closest ? `it was deleted or renamed, or the id is mistyped (the closest file is content/references/${closest}.yaml)` : 'it was deleted or renamed, or never added';
  return `there is no reference file content/references/${id}.yaml: ${cause}. ${where} Restore the file, or cite another source there and remove "${id}" from sources.`;
}

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
        const missingSource = /^sources\[\d+\]$/.test(problem.field) && problem.expected.includes('no file content/references/') ? missingReference(problem.found, /did you mean "([^"]+)"/.exec(problem.expected)?.[1], document.tree) : undefined;
        if (missingSource) {
          report(place, `${where}: ${missingSource}`);
          continue;
        }
        const what = problem.problem ?? `expected ${problem.expected}, but found ${problem.found}`;
        report(place, `${where}: ${what}.${fix(problem.suggestion, document.text, place.line)}`);
      }
    }
  },
});
