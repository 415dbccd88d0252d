/**
 * `npm run sources -- <words>`: lists the sources whose title, finding or
 * topics contain every word (any case), with their year, strength and the
 * articles that cite them. With no words it lists every source.
 */
import { readSourceFiles } from './lib/read-sources.ts';
import { formatMatch, indexSources, matchSources, searchWords } from './lib/sources.ts';
import { topics } from '../src/site.config.ts';

const words = searchWords(process.argv.slice(2));
const { references, articles, unreadable } = readSourceFiles(process.cwd());
for (const file of unreadable) console.error(`Skipped ${file}: its YAML cannot be read (npm run check says why).`);

const matches = matchSources(indexSources(references, articles, topics), words, topics);
const query = `"${words.join(' ')}"`;
if (!words.length) {
  console.log(`${matches.length} sources in content/references/:\n`);
} else if (!matches.length) {
  console.log(`No source matches ${query}. Try fewer or shorter words.`);
} else {
  console.log(`${matches.length === 1 ? '1 source matches' : `${matches.length} sources match`} ${query}:\n`);
}
if (matches.length) console.log(matches.map(formatMatch).join('\n'));
