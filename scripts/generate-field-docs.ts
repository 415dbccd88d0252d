/**
 * `npm run docs`: regenerates the tables in docs/editing.md and README.md
 * (frontmatter fields from src/content.config.ts, topics, evidence levels,
 * grade ceilings, the rulebook's messages, and the sources by topic from content/).
 * Only the text between the <!-- generated:… --> markers changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { registerAstroHooks } from '../src/rules/engine/schemas.ts';
import { sourcesByTopicDocs } from './lib/read-sources.ts';

// The rulebook imports site modules written for Vite (imports without extensions).
registerAstroHooks(process.cwd());
const { fillGeneratedSections, generatedSections } = await import('./lib/field-docs.ts');

const sections = {
  ...generatedSections(readFileSync('src/content.config.ts', 'utf8')),
  'sources-by-topic': sourcesByTopicDocs(process.cwd()),
};
const documents: Array<[string, string[] | undefined]> = [
  ['docs/editing.md', undefined],
  ['README.md', ['article-fields']],
];
for (const [docsPath, only] of documents) {
  const before = readFileSync(docsPath, 'utf8');
  const after = fillGeneratedSections(before, sections, only);
  if (after === before) {
    console.log(`${docsPath} is up to date.`);
  } else {
    writeFileSync(docsPath, after);
    console.log(`Updated the generated tables in ${docsPath}. Commit it with your change.`);
  }
}
