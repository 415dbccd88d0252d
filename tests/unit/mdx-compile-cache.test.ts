import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import mdx from '@astrojs/mdx';
import type { AstroIntegration } from 'astro';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import mdxCompileCache, { entryKey, fingerprint } from '../../src/integrations/mdx-compile-cache';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kts-mdx-cache-'));
  mkdirSync(join(root, 'src/remark'), { recursive: true });
  mkdirSync(join(root, 'src/lib'), { recursive: true });
  writeFileSync(join(root, 'src/remark/plugin.ts'), "import { level } from '../lib/level';\nexport default level;");
  writeFileSync(join(root, 'src/lib/level.ts'), "export { scale as level } from './scale.ts';");
  writeFileSync(join(root, 'src/lib/scale.ts'), 'export const scale = 1;');
  writeFileSync(join(root, 'src/lib/unrelated.ts'), 'export const pageOnly = 1;');
  writeFileSync(join(root, 'astro.config.mjs'), 'export default {};');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const inputs = { code: ['src/remark', 'missing-file.json'], config: ['astro.config.mjs'] };

describe('fingerprint: what invalidates every cached MDX file', () => {
  it.each<[string, () => void]>([
    ['a plugin file changes', () => writeFileSync(join(root, 'src/remark/plugin.ts'), 'export default 2;')],
    ['a file a plugin imports changes', () => writeFileSync(join(root, 'src/lib/level.ts'), 'export const level = 2;')],
    ['a file imported by an imported file changes', () => writeFileSync(join(root, 'src/lib/scale.ts'), 'export const scale = 2;')],
    ['a plugin file is added', () => writeFileSync(join(root, 'src/remark/other.ts'), '')],
    ['the Astro config changes', () => writeFileSync(join(root, 'astro.config.mjs'), 'export default { base: "/x" };')],
    ['a listed file appears', () => writeFileSync(join(root, 'missing-file.json'), '{}')],
    ['a listed environment variable changes', () => (process.env.KTS_TEST_SITE_URL = 'https://example.org')],
  ])('changes when %s', (_name, change) => {
    delete process.env.KTS_TEST_SITE_URL;
    const before = fingerprint(root, inputs, ['KTS_TEST_SITE_URL']);
    change();
    expect(fingerprint(root, inputs, ['KTS_TEST_SITE_URL'])).not.toBe(before);
    delete process.env.KTS_TEST_SITE_URL;
  });

  it('stays the same when nothing changes, or when a file no plugin imports changes, even if the config imports it', () => {
    writeFileSync(join(root, 'astro.config.mjs'), "import { pageOnly } from './src/lib/unrelated.ts';\nexport default {};");
    const before = fingerprint(root, inputs, []);
    expect(fingerprint(root, inputs, [])).toBe(before);
    writeFileSync(join(root, 'src/lib/unrelated.ts'), 'export const pageOnly = 2;');
    expect(fingerprint(root, inputs, [])).toBe(before);
  });
});

describe('entryKey: one cached entry per file version', () => {
  it.each([
    ['another path', ['base', '/a/other.mdx', 'text']],
    ['other text', ['base', '/a/first.mdx', 'text!']],
    ['another fingerprint', ['base2', '/a/first.mdx', 'text']],
  ] as const)('differs for %s', (_name, [base, id, code]) => {
    expect(entryKey(base, id, code)).not.toBe(entryKey('base', '/a/first.mdx', 'text'));
  });
});

/** The Vite plugins an integration's astro:config:setup hook adds, run with stand-ins for Astro. */
async function vitePluginsOf(integration: AstroIntegration, warnings: string[] = []): Promise<VitePluginLike[]> {
  const plugins: VitePluginLike[] = [];
  const setup = integration.hooks['astro:config:setup'];
  const noop = () => undefined;
  await setup?.({
    config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/.cache/`), markdown: {} },
    command: 'build',
    updateConfig: (update: { vite?: { plugins?: VitePluginLike[] } }) => plugins.push(...(update.vite?.plugins ?? [])),
    addRenderer: noop,
    addPageExtension: noop,
    addContentEntryType: noop,
    logger: { warn: (message: string) => warnings.push(message), info: noop },
  } as never);
  return plugins;
}
interface VitePluginLike {
  name: string;
  transform?: unknown;
  configResolved?: (config: { plugins: VitePluginLike[] }) => void;
}

describe('the shape of @astrojs/mdx that the cache relies on (fails when an upgrade changes it)', () => {
  it('@astrojs/mdx adds a Vite plugin named @mdx-js/rolldown whose transform has a handler, and the cache wraps it', async () => {
    const mdxPlugins = await vitePluginsOf(mdx());
    const compiler = mdxPlugins.find((plugin) => plugin.name === '@mdx-js/rolldown');
    expect(compiler, 'the MDX compiler plugin').toBeDefined();
    const transform = compiler!.transform as { handler?: unknown } | undefined;
    expect(typeof transform?.handler, 'its transform handler').toBe('function');

    const warnings: string[] = [];
    const [cachePlugin] = await vitePluginsOf(mdxCompileCache(), warnings);
    const before = transform!.handler;
    cachePlugin!.configResolved!({ plugins: mdxPlugins });
    expect(warnings).toEqual([]);
    expect(transform!.handler, 'the handler is replaced by the caching one').not.toBe(before);
  });
});
