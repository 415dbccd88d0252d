/**
 * `npm run docs`: regenerates the tables in docs/editing.md (frontmatter fields
 * from src/content.config.ts, topics, evidence levels, content-check rules).
 * Only the text between the <!-- generated:… --> markers changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fillGeneratedSections, generatedSections } from '../src/lib/field-docs.ts';

const docsPath = 'docs/editing.md';
const before = readFileSync(docsPath, 'utf8');
const after = fillGeneratedSections(before, generatedSections(readFileSync('src/content.config.ts', 'utf8')));
if (after === before) {
  console.log(`${docsPath} is up to date.`);
} else {
  writeFileSync(docsPath, after);
  console.log(`Updated the generated tables in ${docsPath}. Commit it with your change.`);
}
