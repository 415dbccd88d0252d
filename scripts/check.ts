/**
 * `npm run check`: everything that can be wrong before a build, in one command.
 *   1. astro check: the content schema (astro sync validates every file) and TypeScript types.
 *   2. the content lint (scripts/check-content.ts): links, headings, alt text, citations, TODOs.
 * Both always run, so one run shows every problem; exits 1 if either found an error.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const steps = [
  { name: 'schema and types (astro check)', command: join('node_modules', '.bin', 'astro'), args: ['check'] },
  { name: 'content (scripts/check-content.ts)', command: process.execPath, args: [join('scripts', 'check-content.ts')] },
];

const failed: string[] = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const result = spawnSync(step.command, step.args, { stdio: 'inherit' });
  if (result.status !== 0) failed.push(step.name);
}

console.log(failed.length ? `\n✗ npm run check failed: ${failed.join('; ')}. See the messages above.` : '\n✓ npm run check: no errors.');
process.exitCode = failed.length ? 1 : 0;
