/**
 * `npm run preview [-- --port N --host H]`: serves dist/ with `astro preview`,
 * on 127.0.0.1:4321 unless told otherwise. Refuses, saying why, when dist/ is
 * not a finished build: a build that failed leaves no completion mark
 * (src/rules/build-state.ts), so the old or half-written site is never served
 * as if it were new.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_COMPLETE_MARK } from '../src/rules/build-state.ts';

if (!existsSync(BUILD_COMPLETE_MARK) || !existsSync('dist')) {
  console.error('There is no finished build to preview: the last `npm run build` failed, or none has run. Run `npm run build`, fix what it reports, then `npm run preview` again.');
  process.exit(1);
}

const args = process.argv.slice(2);
const given = (flag: string) => args.some((arg) => arg === flag || arg.startsWith(`${flag}=`));
const defaults = [...(given('--host') ? [] : ['--host', '127.0.0.1']), ...(given('--port') ? [] : ['--port', '4321'])];
const child = spawn(process.execPath, [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'preview', ...defaults, ...args], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('close', (status) => process.exit(status ?? 1));
