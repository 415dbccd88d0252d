/**
 * Builds (or runs `astro dev` in) a temporary copy of the site with fixture content, so a test can
 * prove what an editor sees when an article is wrong.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '../..');
const copiedPaths = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content/people'];

/**
 * Standing pages with no links: the site's own pages link to its articles, which a fixture
 * replaces, so the content check (which every build runs) would find their links broken.
 */
const fixturePages: Record<string, string> = Object.fromEntries(
  // Every standing page the site's footer links to.
  ['about', 'disclaimer', 'editorial-standards', 'funding-and-advertising', 'privacy', 'accessibility'].map((id) => [
    `content/pages/${id}.mdx`,
    `---\ntitle: "Fixture page: ${id}"\ndescription: "A standing page of the fixture site, long enough for the schema to accept it."\n---\n\nText.\n`,
  ]),
);

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
  // Longer than 160 characters, so the page description stays the description field (tests/build/answer-first.test.ts covers a short one).
  answer: '"A fixture answer first: massage may help you relax for a while, but it is not a treatment for insomnia. Try the sleep habits and CBT-I first, and see a GP if poor sleep goes on."',
};

/** The key points every published article needs (the key-points rule). */
export const KEY_POINTS = '<KeyPoints>\n\n- A point for readers who skim.\n\n</KeyPoints>\n';

/**
 * MDX source for an article: frontmatter lines (later keys win) and a body. The key points
 * come after the body (unless `keyPoints: false`), so the body's lines are the lines written.
 */
export function articleSource(frontmatter: Record<string, string | undefined>, body = 'Some text.\n', { keyPoints = true }: { keyPoints?: boolean } = {}): string {
  const lines = Object.entries({ ...validFrontmatter, ...frontmatter })
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}${keyPoints && !body.includes('<KeyPoints>') ? `\n${KEY_POINTS}` : ''}`;
}

/**
 * Astro and Vite keep caches inside node_modules (.astro holds the content
 * store, .vite the optimised dependencies). A fixture that shared the project's
 * node_modules would share those caches with the project's own build and with
 * every fixture running at the same time, so one build could read another's
 * articles. Each fixture gets its own node_modules folder instead, with a link
 * to each package and none to the caches.
 */
function linkPackages(from: string, to: string): void {
  mkdirSync(to);
  for (const name of readdirSync(from)) {
    if (!/^\.(astro|vite|vite-temp|vitest-cache|cache)$/.test(name)) symlinkSync(join(from, name), join(to, name));
  }
}

/** The text of every file under src/, read once: the site's own code names some references (the help page's sources). */
let siteCodeText: string | undefined;

/**
 * The reference files a fixture can need: those whose id its files or the site's code mention.
 * The other two hundred would only lengthen every fixture build's content sync (about a second each).
 */
function referencesNeeded(files: Record<string, string>): string[] {
  siteCodeText ??= filesUnder(join(projectRoot, 'src')).map((path) => readFileSync(path, 'utf8')).join('\n');
  const text = `${Object.values(files).join('\n')}\n${siteCodeText}`;
  return readdirSync(join(projectRoot, 'content/references')).filter((name) => text.includes(name.replace(/\.ya?ml$/, '')));
}

/** Copies into a fixture the project's reference files that `files` need and it does not have yet. */
function copyReferences(root: string, files: Record<string, string>): void {
  mkdirSync(join(root, 'content/references'), { recursive: true });
  for (const name of referencesNeeded(files)) {
    const target = join(root, 'content/references', name);
    if (!existsSync(target) && !(`content/references/${name}` in files)) cpSync(join(projectRoot, 'content/references', name), target);
  }
}

/** Copies the site into a temporary folder, with fixture standing pages and `files` (paths relative to the root) as its content. */
export function makeFixture(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kts-fixture-'));
  for (const path of copiedPaths) {
    // `public/` may not exist: git keeps no empty folders.
    if (existsSync(join(projectRoot, path))) cpSync(join(projectRoot, path), join(root, path), { recursive: true });
  }
  mkdirSync(join(root, 'content/articles'), { recursive: true });
  linkPackages(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
  writeFixtureFiles(root, { ...fixturePages, ...files });
  return root;
}

/** Writes files (paths relative to the fixture root), creating folders as needed, and copies the references they name. */
function writeFixtureFiles(root: string, files: Record<string, string>): void {
  copyReferences(root, files);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** GITHUB_ACTIONS and GITHUB_STEP_SUMMARY too: a fixture's findings are not the pull request's. */
const testRunnerVariables = new Set(['GITHUB_ACTIONS', 'GITHUB_STEP_SUMMARY', 'NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'BASE_URL', 'ASSETS_PREFIX']);

/** The environment for an astro command in a fixture: Node 24 first on PATH, no colours, no telemetry. */
export function fixtureEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  // Not the test runner's own variables: with VITEST set, `astro dev` serves no pages, and
  // Vite copies import.meta.env (MODE, DEV, PROD, …) into process.env, where a child astro
  // would read them as its own.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && !testRunnerVariables.has(name)));
  return {
    ...inherited,
    PATH: `${join(projectRoot, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
    ...env,
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  };
}

// eslint-disable-next-line no-control-regex
export const withoutColours = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');

/**
 * Copies the site with `files`, and runs `astro <args>` in it (a build unless told otherwise).
 * `env` sets variables such as SITE_TODAY or BASE_PATH for that run.
 */
export function buildFixture(files: Record<string, string>, env: Record<string, string> = {}, args: string[] = ['build']): FixtureBuild {
  return runBuild(makeFixture(files), env, args);
}

/** Runs `astro <args>` (a build) in a fixture copy, again if need be (e.g. to see what a second build reuses). */
export function runBuild(root: string, env: Record<string, string> = {}, args: string[] = ['build']): FixtureBuild {
  const result = spawnSync(join(projectRoot, 'node_modules/.bin/astro'), args, { cwd: root, encoding: 'utf8', env: fixtureEnv(env), timeout: 180_000 });
  return { root, status: result.status, output: withoutColours(`${result.stdout}\n${result.stderr}`) };
}

/** Writes `files` into an existing fixture (keeping its caches) and builds it again. */
export function rebuildFixture(build: Pick<FixtureBuild, 'root'>, files: Record<string, string>, env: Record<string, string> = {}): FixtureBuild {
  writeFixtureFiles(build.root, files);
  return runBuild(build.root, env);
}

/** `buildFixture` without blocking, so tests that build several fixtures can build them at the same time. */
export function buildFixtureAsync(files: Record<string, string>, env: Record<string, string> = {}, args: string[] = ['build']): Promise<FixtureBuild> {
  const root = makeFixture(files);
  return new Promise((resolvePromise) => {
    const child = spawn(join(projectRoot, 'node_modules/.bin/astro'), args, { cwd: root, env: fixtureEnv(env), timeout: 180_000 });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => resolvePromise({ root, status, output: withoutColours(output) }));
  });
}

/** A running `astro dev` in a fixture: what it has printed so far, and how to stop it. */
export interface DevFixture {
  root: string;
  url: string;
  output: () => string;
  /** Resolves when the server is ready, or when it exits (with its exit code). */
  started: Promise<'ready' | number | null>;
  stop: () => Promise<void>;
}

/** A port the operating system says is free now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolvePromise(port));
    });
  });
}

/** Starts `astro dev` on a free port in a copy of the site with `files`. */
export async function devFixture(files: Record<string, string>): Promise<DevFixture> {
  const root = makeFixture(files);
  const port = await freePort();
  const child = spawn(join(projectRoot, 'node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: fixtureEnv(),
  });
  let output = '';
  const exited = new Promise<number | null>((resolveExit) => child.on('close', resolveExit));
  const started = new Promise<'ready' | number | null>((resolveStart) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/ready in \d+/.test(withoutColours(output))) resolveStart('ready');
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(resolveStart);
  });
  return {
    root,
    url: `http://127.0.0.1:${port}`,
    output: () => withoutColours(output),
    started,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Every file under `folder` (a built dist/, say), as full paths. */
export function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function removeFixture(build: FixtureBuild): void {
  rmSync(build.root, { recursive: true, force: true });
}

/** HTML text and attribute values as a reader gets them back: decodes the character references Astro writes. */
export function decodeHtml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
