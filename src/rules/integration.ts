/**
 * Runs the editors' rulebook in Astro. `astro build` runs the content check
 * (src/rules/cli.ts, the command `npm run check` runs) before Astro reads any
 * content, prints its report, and stops with exit code 1 when it found an
 * error: the build and the check cannot disagree, because they are one
 * command. `astro dev` prints the same report soon after it starts (without
 * waiting for it) and again after each content edit, and keeps serving. The check runs in a child process because
 * it loads src/content.config.ts with plain Node, outside Vite.
 *
 * A build also removes dist/ and its completion mark first, and writes the
 * mark at the end (see build-state.ts).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { BUILD_COMPLETE_MARK } from './build-state.ts';

interface CheckRun {
  status: number | null;
  output: string;
}

function runCheck(root: string): Promise<CheckRun> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [join(root, 'src/rules/cli.ts')], { cwd: root, env: { ...process.env, RULEBOOK_IN_BUILD: '1', RULEBOOK_COLOR: process.stdout.isTTY && !process.env.NO_COLOR ? '1' : '0' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => resolveRun({ status, output: output.replace(/\n+$/, '') }));
  });
}

/** What a failed build says last, after the report: one line, not a crash. */
export const CHECK_FAILED = 'The content check found errors, listed above with file:line:column. Fix them and build again; `npm run check` shows the same list.';

/**
 * Ends a build the content check stopped. Throwing from the hook would make
 * Astro add "An unhandled error occurred while running the astro:config:done
 * hook", which reads as a crash; the report is already printed, so the build
 * ends here, with exit code 1, after one line saying what to do.
 */
function stopBuild(summary: string): never {
  const time = new Date().toTimeString().slice(0, 8);
  writeSync(2, `${time} [ERROR] [rulebook] ${summary} ${CHECK_FAILED}\n`);
  process.exit(1);
}

export function rulebookIntegration(): AstroIntegration {
  let command: string = 'build';
  let root = process.cwd();
  let outDir = join(root, 'dist');
  return {
    name: 'rulebook',
    hooks: {
      'astro:config:setup': ({ command: astroCommand, config }) => {
        command = astroCommand;
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:config:done': async ({ logger }) => {
        if (command === 'build') {
          rmSync(join(root, BUILD_COMPLETE_MARK), { force: true });
          rmSync(outDir, { recursive: true, force: true });
        }
        // Vitest loads this config through getViteConfig as if for `astro dev`: its tests run the check themselves.
        if ((command !== 'build' && command !== 'dev') || process.env.VITEST) return;
        // The dev server starts while the check runs: an editor sees the page at once and the report a moment later.
        if (command === 'dev') {
          void runCheck(root).then((run) => print(logger, run));
          return;
        }
        const run = await runCheck(root);
        if (run.status === 0) {
          print(logger, run);
          return;
        }
        const { findings, summary } = parts(run);
        if (findings) writeSync(1, `${findings}\n\n`);
        stopBuild(summary || run.output);
      },
      'astro:server:setup': ({ server, logger }) => {
        let timer: NodeJS.Timeout | undefined;
        let last = '';
        const recheck = (path: string) => {
          if (!path.startsWith(join(root, 'content'))) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            void runCheck(root).then((run) => {
              if (run.output === last) return;
              last = run.output;
              print(logger, run);
            });
          }, 300);
        };
        server.watcher.on('change', recheck);
        server.watcher.on('add', recheck);
        server.watcher.on('unlink', recheck);
      },
      'astro:build:done': () => {
        mkdirSync(dirname(join(root, BUILD_COMPLETE_MARK)), { recursive: true });
        writeFileSync(join(root, BUILD_COMPLETE_MARK), `${JSON.stringify({ outDir, finished: new Date().toISOString() })}\n`);
      },
    },
  };
}

/** The report's findings, and its last line, the summary. */
function parts(run: CheckRun): { findings: string; summary: string } {
  const lines = run.output.split('\n');
  return { summary: lines.at(-1) ?? '', findings: lines.slice(0, -1).join('\n').trim() };
}

function print(logger: AstroIntegrationLogger, run: CheckRun): void {
  const { findings, summary } = parts(run);
  // The findings go out as the check prints them, so file:line:column links work in a terminal.
  if (findings) process.stdout.write(`${findings}\n\n`);
  if (run.status === 0) logger.info(summary);
  else logger.error(summary || run.output);
}
