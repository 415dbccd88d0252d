/**
 * Keeps each MDX file's compiled output on disk, so a rebuild compiles only the
 * files that changed: at 1,000 articles it halves the CPU time of a rebuild
 * after one edit (docs/performance.md). Astro has no such cache of its own; its
 * incremental build (experimental.incrementalBuild) skips rendering unchanged
 * pages but still compiles every MDX file. Upstream discussion of build caching:
 * https://github.com/withastro/roadmap/pull/763 and
 * https://github.com/withastro/astro/issues/9494.
 *
 * This is the one place that touches another package's plugin: it wraps the
 * transform of @astrojs/mdx's Vite plugin (named MDX_PLUGIN).
 * tests/unit/mdx-compile-cache.test.ts fails if @astrojs/mdx changes that shape,
 * and the build warns and compiles normally if the plugin is not found.
 *
 * A file's entry is keyed by its path and full text (frontmatter included) and
 * by a fingerprint of everything else that shapes the output: the installed
 * packages (package-lock.json), astro.config.mjs itself, the remark/rehype
 * plugins (src/remark) and the site config with every project file they import,
 * the options and glossary files those plugins hand to components,
 * and the environment variables the config reads. Change any of those and every
 * file compiles afresh; editing the rulebook or page code does not. Errors are never cached: a broken file fails every build.
 * A warning printed while compiling shows on the build that compiles the file,
 * not on later builds that reuse it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Bump when the stored format changes. */
const FORMAT = 1;
const MDX_PLUGIN = '@mdx-js/rolldown';

export interface FingerprintInputs {
  /** Files and folders (relative to the project root) that shape compiled MDX, hashed with every project file they import. */
  code: readonly string[];
  /** Files hashed on their own, without what they import (the Astro config imports every integration). */
  config: readonly string[];
}

export interface MdxCompileCacheOptions {
  inputs?: FingerprintInputs;
  /** Environment variables whose values shape compiled MDX. */
  env?: readonly string[];
}

const wrapped = new WeakSet<Handler>();

// content/options and content/glossary: the remark plugins hand their data to <SleepOptions /> and <Term> (src/remark/site-data.ts).
const defaultInputs: FingerprintInputs = { code: ['src/remark', 'src/site.config.ts', 'content/options', 'content/glossary'], config: ['package-lock.json', 'astro.config.mjs'] };
const defaultEnv = ['SITE_URL', 'BASE_PATH', 'NODE_ENV'];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

const RELATIVE_IMPORT = /\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/g;

/** The files and every project file they import by a relative path, followed to the end. */
export function withImports(files: readonly string[]): string[] {
  const seen = new Set<string>();
  const pending = [...files];
  while (pending.length) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(ts|mjs|js)$/.test(file)) continue;
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      const target = join(dirname(file), specifier!);
      const found = [target, `${target}.ts`, join(target, 'index.ts')].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
      if (found) pending.push(found);
    }
  }
  return [...seen].sort();
}

/** One hash of every input file's path and content (code with what it imports), and the named environment variables. */
export function fingerprint(root: string, inputs: FingerprintInputs, env: readonly string[]): string {
  const hash = createHash('sha256').update(`format ${FORMAT}\n`);
  const files = (paths: readonly string[]) => paths.flatMap((path) => filesUnder(join(root, path)));
  for (const file of [...files(inputs.config), ...withImports(files(inputs.code))]) {
    hash.update(`${file.slice(root.length)}\n`).update(readFileSync(file));
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
