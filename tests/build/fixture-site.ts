/**
 * Builds a temporary copy of the site with fixture content, so a test can
 * prove what an editor sees when an article is wrong.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '../..');
const copiedPaths = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content/references', 'content/pages', 'content/people'];

export interface FixtureBuild {
  root: string;
  status: number | null;
  /** Everything the build printed, colours removed. */
  output: string;
}

export const validFrontmatter = {
  title: 'A valid test article',
  description: 'A description that is long enough to be a proper meta description for tests.',
  pubDate: '2026-01-15',
  lastReviewed: '2026-01-15',
  tags: '[insomnia]',
};

/** MDX source for an article: frontmatter lines (later keys win) and a body. */
export function articleSource(frontmatter: Record<string, string | undefined>, body = 'Some text.\n'): string {
  const lines = Object.entries({ ...validFrontmatter, ...frontmatter })
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}

/** Copies the site, replaces content/articles with `files` (paths relative to the root), and runs a build. */
export function buildFixture(files: Record<string, string>, env: Record<string, string> = {}): FixtureBuild {
  const root = mkdtempSync(join(tmpdir(), 'kts-fixture-'));
  for (const path of copiedPaths) cpSync(join(projectRoot, path), join(root, path), { recursive: true });
  mkdirSync(join(root, 'content/articles'), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  // node_modules is shared, and Astro and Vite keep their caches in it by default:
  // each fixture keeps its own, so builds running side by side cannot read each other's content.
  writeFileSync(
    join(root, 'astro.fixture.config.mjs'),
    "import config from './astro.config.mjs';\nexport default { ...config, cacheDir: './.fixture-cache/', vite: { ...config.vite, cacheDir: './.fixture-cache/vite/' } };\n",
  );
  return rebuildFixture({ root }, files, env);
}

/** Writes `files` into an existing fixture (keeping its caches) and builds it again. */
export function rebuildFixture(build: Pick<FixtureBuild, 'root'>, files: Record<string, string>, env: Record<string, string> = {}): FixtureBuild {
  const { root } = build;
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const result = spawnSync(join(projectRoot, 'node_modules/.bin/astro'), ['build', '--config', 'astro.fixture.config.mjs'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 120_000,
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { root, status: result.status, output };
}

export function removeFixture(build: FixtureBuild): void {
  rmSync(build.root, { recursive: true, force: true });
}
