/**
 * Keeps each MDX file's compiled output on disk, so a rebuild compiles only the
 * files that changed. Compiling MDX (remark, rehype, recma) is most of a build:
 * at 1,000 articles it is over three quarters of the CPU time, and Astro's own
 * build recompiles every file every time.
 *
 * A file's entry is keyed by its path and full text (frontmatter included) and
 * by a fingerprint of everything else that shapes the output: the installed
 * packages (package-lock.json), astro.config.mjs, the remark/rehype plugins and
 * the code they import (src/remark, src/lib, src/site.config.ts) and the
 * environment variables the site config reads. Change any of those and every
 * file compiles afresh. Errors are never cached: a broken file fails every build.
 * A warning printed while compiling (an uncited source) shows on the build that
 * compiles the file, not on later builds that reuse it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Bump when the stored format changes. */
const FORMAT = 1;
const MDX_PLUGIN = '@mdx-js/rolldown';

export interface MdxCompileCacheOptions {
  /** Files and folders (relative to the project root) whose content shapes compiled MDX. */
  inputs?: readonly string[];
  /** Environment variables whose values shape compiled MDX. */
  env?: readonly string[];
}

const wrapped = new WeakSet<Handler>();

const defaultInputs = ['package-lock.json', 'astro.config.mjs', 'src/remark', 'src/lib', 'src/site.config.ts'];
const defaultEnv = ['SITE_URL', 'BASE_PATH', 'NODE_ENV'];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/** One hash of every input file's path and content, and the named environment variables. */
export function fingerprint(root: string, inputs: readonly string[], env: readonly string[]): string {
  const hash = createHash('sha256').update(`format ${FORMAT}\n`);
  for (const input of inputs) {
    for (const file of filesUnder(join(root, input))) hash.update(`${file.slice(root.length)}\n`).update(readFileSync(file));
  }
  for (const name of env) hash.update(`${name}=${process.env[name] ?? ''}\n`);
  return hash.digest('hex');
}

export function entryKey(base: string, id: string, code: string): string {
  return createHash('sha256').update(base).update('\0').update(id).update('\0').update(code).digest('hex');
}

interface TransformResult {
  code: string;
  map?: unknown;
  meta?: unknown;
}
type Handler = (this: unknown, code: string, id: string, ...rest: unknown[]) => Promise<TransformResult | null | undefined>;
interface VitePluginLike {
  name: string;
  transform?: { handler: Handler } | Handler;
}

export default function mdxCompileCache(options: MdxCompileCacheOptions = {}): AstroIntegration {
  return {
    name: 'mdx-compile-cache',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        const folder = fileURLToPath(new URL('mdx-compile/', config.cacheDir));
        const base = fingerprint(root, options.inputs ?? defaultInputs, options.env ?? defaultEnv);
        let reused = 0;
        let compiled = 0;
        /** Entries this build used; after a full build the others are stale and deleted. */
        const used = new Set<string>();
        const plugin = {
          name: 'kts:mdx-compile-cache',
          configResolved(resolved: { plugins: readonly VitePluginLike[] }) {
            const mdx = resolved.plugins.find((candidate) => candidate.name === MDX_PLUGIN);
            const transform = mdx?.transform;
            if (!mdx || !transform) {
              logger.warn(`the ${MDX_PLUGIN} plugin was not found, so compiled MDX is not cached.`);
              return;
            }
            const original = typeof transform === 'function' ? transform : transform.handler;
            // Vite resolves the config once per environment, with the same plugin objects: wrap once.
            if (wrapped.has(original)) return;
            const cached: Handler = async function (this: unknown, code, id, ...rest) {
              if (!id.endsWith('.mdx')) return original.call(this, code, id, ...rest);
              const name = `${entryKey(base, id, code)}.json`;
              const file = join(folder, name);
              used.add(name);
              try {
                const hit = JSON.parse(readFileSync(file, 'utf8')) as TransformResult;
                reused++;
                return hit;
              } catch {
                // not cached yet
              }
              const result = await original.call(this, code, id, ...rest);
              compiled++;
              if (result) {
                mkdirSync(folder, { recursive: true });
                // Write then rename, so a build that stops half-way leaves no half-written entry.
                const partial = `${file}.${process.pid}.tmp`;
                writeFileSync(partial, JSON.stringify(result));
                renameSync(partial, file);
              }
              return result;
            };
            wrapped.add(cached);
            if (typeof transform === 'function') mdx.transform = cached;
            else transform.handler = cached;
          },
          buildEnd() {
            if (reused + compiled === 0) return;
            logger.info(`compiled ${compiled} MDX file(s), reused ${reused} unchanged from the cache.`);
            // A build compiles every MDX file, so an entry it did not use belongs to an old version.
            if (command === 'build') {
              for (const name of readdirSync(folder)) if (!used.has(name)) rmSync(join(folder, name), { force: true });
            }
            used.clear();
            reused = 0;
            compiled = 0;
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
