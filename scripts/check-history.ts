/**
 * `npm run check:history`: on a branch, every article whose evidence grade
 * changed since it left main must add a `changes` entry (src/lib/grade-history.ts).
 * Compares with git's merge base with main (origin/main in CI); prints
 * file:line and the fix, and exits 1 when an entry is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gradeChangeWithoutEntry } from '../src/lib/grade-history.ts';

function git(args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

const main = ['origin/main', 'main'].find((ref) => git(['rev-parse', '--verify', '--quiet', ref]) !== undefined);
const base = main && git(['merge-base', main, 'HEAD'])?.trim();
if (!base) {
  console.log('history check: no main branch to compare with, so nothing to check.');
  process.exit(0);
}
const changed = [...new Set(`${git(['diff', '--name-only', `${base}...HEAD`]) ?? ''}\n${git(['diff', '--name-only', 'HEAD']) ?? ''}`.split('\n'))].filter((file) => /^content\/articles\/.+\.mdx$/.test(file) && existsSync(file));
let problems = 0;
for (const file of changed) {
  const before = git(['show', `${base}:${file}`]);
  if (before === undefined) continue; // a new article has no earlier grade
  const finding = gradeChangeWithoutEntry(before, readFileSync(file, 'utf8'));
  if (finding) {
    problems++;
    console.log(`${file}:${finding.line}  error  ${finding.message}`);
  }
}
console.log(problems ? `history check: ${problems} ${problems === 1 ? 'article changes a grade' : 'articles change a grade'} without a history entry.` : `history check: ${changed.length} changed ${changed.length === 1 ? 'article' : 'articles'}, every grade change recorded.`);
process.exit(problems ? 1 : 0);
