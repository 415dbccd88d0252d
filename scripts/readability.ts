/** Prints the reading grade of every article: `npm run readability [file…]`. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_READING_GRADE, proseFromMdx, readingGrade } from './lib/readability.ts';

const folder = 'content/articles';
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(folder).filter((name) => name.endsWith('.mdx')).map((name) => join(folder, name));
let failed = 0;
for (const file of files) {
  const { grade, words } = readingGrade(proseFromMdx(readFileSync(file, 'utf8')));
  const verdict = grade <= MAX_READING_GRADE ? 'ok' : 'TOO HARD';
  if (grade > MAX_READING_GRADE) failed++;
  console.log(`${file}  grade ${grade.toFixed(1)}  ${words} words  ${verdict}`);
}
process.exitCode = failed ? 1 : 0;
