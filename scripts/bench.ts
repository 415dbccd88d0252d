/**
 * Build benchmark: `npm run bench [-- --sizes 1000,5000] [--runs 3] [--keep] [--only ours,bare,satteri]`.
 * The defaults (1,000 articles, ours and bare, three runs) are the run that
 * docs/performance.md's targets are judged on; add 5000 to the sizes for growth.
 *
 * For each size N it writes N synthetic articles (scripts/bench-content.ts) into
 * a temporary copy of this site and builds it, then builds the same articles
 * with a bare Astro + MDX site made on the fly (one plain layout, mdx as the
 * only integration, components stubbed, and the same Markdown processor as
 * ours: unified with GFM and our smart-punctuation plugin), so every figure
 * has a reference. The bare site is also built with Astro's default processor
 * (Sätteri). After each cold build one article is edited and the site rebuilt,
 * to time what an editor waits for. Our site is then built once more as the
 * nightly deploy builds it: a clean output folder, the social images and
 * Astro's cache folder kept from the last build (.github/workflows/deploy.yml
 * restores both), and the next day's date, so every page is rendered again.
 *
 * For our site it also times the content rules on their own (`npm run
 * check`, the rulebook the build runs first, over the same articles), and the dev server: how long
 * `astro dev` takes to answer, to serve the first article page, and to serve
 * an edited article's new text, measured with HTTP requests.
 *
 * Wall time, CPU time (user + sys of the build and its children, Pagefind
 * included) and peak memory (max RSS) come from GNU time (/usr/bin/time,
 * Debian package `time`). `--dev-profile` skips the builds: it writes our
 * site with N articles, runs the dev server under V8's CPU profiler, edits one
 * article, and prints where the CPU went between the edit and the new text
 * being served (scripts/bench-profile.ts). CPU time on a shared 2-core machine still varies
 * by ±15% from run to run: `--runs 3` builds everything three times,
 * interleaved, and reports each figure's median. The last table says which
 * of the performance targets (docs/performance.md) are met.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import type { ReferenceStrength } from '../src/lib/references.ts';
import { syntheticArticle, type SyntheticSource } from './bench-content.ts';
import { summariseProfile, type CpuProfile } from './bench-profile.ts';

const projectRoot = resolve(import.meta.dirname, '..');
// Run Astro with this script's Node (24), whatever `node` is first on the PATH.
const astroEntry = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const gnuTime = '/usr/bin/time';

type SiteKind = 'ours' | 'bare' | 'satteri';
const siteLabels: Record<SiteKind, string> = {
  ours: 'Knead to Sleep',
  bare: 'bare Astro + MDX (unified)',
  satteri: 'bare Astro + MDX (Sätteri)',
};

interface Measure {
  wallSeconds: number;
  cpuSeconds: number;
  maxRssMb: number;
}
interface DevTimings {
  /** From starting `astro dev` to its first answer over HTTP. */
  readySeconds: number;
  /** From that answer to the first article page served in full. */
  firstArticleSeconds: number;
  /** From saving an edited article to the dev server serving its new text. */
  editSeconds: number;
}
interface Result {
  site: SiteKind;
  articles: number;
  pages: number;
  cold: Measure;
  rebuild: Measure;
  /** Ours only: a clean build with the social-image cache kept. */
  deploy?: Measure | undefined;
  /** Ours only: the content rules run on their own over the same content. */
  rules?: Measure | undefined;
  /** Ours only. */
  dev?: DevTimings | undefined;
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    only: { type: 'string', default: 'ours,bare' },
    keep: { type: 'boolean', default: false },
    'dev-profile': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`--sizes takes whole numbers separated by commas, not "${values.sizes}".`);
const kinds = values.only.split(',').map((kind) => kind.trim()) as SiteKind[];
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number, not "${values.runs}".`);
if (!existsSync(gnuTime)) {
  console.error(`${gnuTime} is missing: install GNU time (Debian: apt-get install time). It measures CPU time and peak memory of the build.`);
  process.exit(1);
}

/** The references synthetic articles cite, with the strength that caps their grades. */
const references: SyntheticSource[] = readdirSync(join(projectRoot, 'content/references'))
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => ({ id: name.replace(/\.ya?ml$/, ''), strength: (parseYaml(readFileSync(join(projectRoot, 'content/references', name), 'utf8')) as { strength: ReferenceStrength }).strength }));

/** A config that loads the site's own and keeps Astro's caches inside the copy (node_modules is shared). */
const privateCacheConfig = [
  "import config from './astro.config.mjs';",
  "export default { ...config, cacheDir: './.bench-cache/', vite: { ...config.vite, cacheDir: './.bench-cache/vite/' } };",
  '',
].join('\n');

function ourSite(root: string): void {
  for (const path of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'scripts', 'public', 'content/references', 'content/people']) {
    if (existsSync(join(projectRoot, path))) cpSync(join(projectRoot, path), join(root, path), { recursive: true });
  }
  // The standing pages link to real articles, which the copy does not have: stand-ins of the same names keep the routes.
  mkdirSync(join(root, 'content/pages'), { recursive: true });
  for (const name of readdirSync(join(projectRoot, 'content/pages'))) {
    const title = name.replace(/\.mdx$/, '').replace(/-/g, ' ');
    writeFileSync(join(root, 'content/pages', name), `---\ntitle: "${title}"\ndescription: "A stand-in for the ${title} page, written by the benchmark so the site builds without the real articles."\n---\n\nThis page stands in for the real one.\n`);
  }
  writeFileSync(join(root, 'astro.bench.config.mjs'), privateCacheConfig);
}

/** The reference: what any Astro + MDX site with these articles has to do. */
function bareSite(root: string, processor: 'unified' | 'satteri'): void {
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'bare-bench', type: 'module', private: true }),
    'astro.config.mjs': [
      "import { defineConfig } from 'astro/config';",
      "import mdx from '@astrojs/mdx';",
      ...(processor === 'unified'
        ? ["import { unified } from '@astrojs/markdown-remark';", "import remarkGfm from 'remark-gfm';", "import remarkSmartypants from './src/remark/smartypants.ts';"]
        : []),
      'export default defineConfig({',
      "  site: 'https://example.org',",
      '  compressHTML: false,',
      // The same processor as ours (astro.config.mjs): GFM once, and our smart punctuation in place of Astro's.
      ...(processor === 'unified' ? ['  markdown: { processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm, remarkSmartypants] }) },'] : []),
      '  integrations: [mdx()],',
      '});',
    ].join('\n'),
    'astro.bench.config.mjs': privateCacheConfig,
    'src/content.config.ts': [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      "const articles = defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content/articles' }) });",
      'export const collections = { articles };',
    ].join('\n'),
    'src/layouts/Plain.astro': [
      '---',
      'const { title } = Astro.props;',
      '---',
      '<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>{title}</title></head>',
      '<body><main><h1>{title}</h1><slot /></main></body></html>',
    ].join('\n'),
    'src/components/Cite.astro': '---\nconst { id } = Astro.props;\n---\n<sup><a href={`#${id}`}>[{id}]</a></sup>\n',
    'src/components/Evidence.astro': '---\nconst { level } = Astro.props;\n---\n<p>Evidence: {level}</p>\n',
    'src/components/KeyPoints.astro': '<section><h2>Key points</h2><slot /></section>\n',
    'src/pages/articles/[...id].astro': [
      '---',
      "import { getCollection, render } from 'astro:content';",
      "import Plain from '../../layouts/Plain.astro';",
      "import Cite from '../../components/Cite.astro';",
      "import Evidence from '../../components/Evidence.astro';",
      "import KeyPoints from '../../components/KeyPoints.astro';",
      'export async function getStaticPaths() {',
      "  const articles = await getCollection('articles');",
      '  return articles.map((article) => ({ params: { id: article.id }, props: { article } }));',
      '}',
      'const { article } = Astro.props;',
      'const { Content } = await render(article);',
      '---',
      '<Plain title={article.data.title}><Content components={{ Cite, Evidence, KeyPoints }} /></Plain>',
    ].join('\n'),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  if (processor === 'unified') cpSync(join(projectRoot, 'src/remark/smartypants.ts'), join(root, 'src/remark/smartypants.ts'));
}

function countPages(folder: string): number {
  return readdirSync(folder).reduce((count, name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return count + countPages(path);
    return count + (name.endsWith('.html') ? 1 : 0);
  }, 0);
}

/**
 * The environment of every command the bench runs in a site copy. The synthetic
 * articles are dated 2025; pinning "today" keeps all of them published and none
 * overdue. OG_CACHE_DIR: node_modules is a link to the project's, so without a
 * private image cache a "cold" build would reuse images drawn by an earlier run.
 */
function benchEnv(root: string, today = '2025-12-31'): NodeJS.ProcessEnv {
  return { ...process.env, SITE_TODAY: today, OG_CACHE_DIR: join(root, '.bench-cache/og'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
}

/** Runs one command with this script's Node under GNU time; `allowFailure` for a check that may report problems. */
function timedRun(root: string, log: string, args: readonly string[], allowFailure = false, today?: string): Measure {
  const report = join(root, '.time-report');
  const result = spawnSync(gnuTime, ['-f', '%e %U %S %M', '-o', report, process.execPath, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: benchEnv(root, today) });
  appendFileSync(log, `${result.stdout}\n${result.stderr}\n`);
  if (result.status !== 0 && !allowFailure) throw new Error(`\`${args.join(' ')}\` in ${root} failed (exit ${result.status}); its output is in ${log}.`);
  const [wall, user, sys, rssKb] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  return { wallSeconds: wall!, cpuSeconds: user! + sys!, maxRssMb: rssKb! / 1024 };
}

function timedBuild(root: string, log: string, today?: string): Measure {
  return timedRun(root, log, [astroEntry, 'build', '--config', 'astro.bench.config.mjs'], false, today);
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Asks `url` every 50 ms until `accept` likes the answer; the seconds it took, or Infinity after `timeoutSeconds`. */
async function secondsUntil(url: string, accept: (status: number, body: string) => boolean, timeoutSeconds: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutSeconds * 1000) {
    try {
      const response = await fetch(url);
      if (accept(response.status, await response.text())) return (performance.now() - started) / 1000;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  return Number.POSITIVE_INFINITY;
}

/** Starts `astro dev` on our site copy and times what an editor waits for; the server is stopped afterwards. */
async function devServerTimings(root: string, log: string, profile = false): Promise<DevTimings & { editProfile?: CpuProfile }> {
  const port = 4600 + Math.floor(Math.random() * 300);
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const inspectorPort = port + 1000;
  const inspector = profile ? [`--inspect=127.0.0.1:${inspectorPort}`] : [];
  const server = spawn(process.execPath, [...inspector, astroEntry, 'dev', '--config', 'astro.bench.config.mjs', '--host', '127.0.0.1', '--port', String(port)], { cwd: root, env: benchEnv(root), stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.on('data', (chunk: Buffer) => appendFileSync(log, chunk));
  server.stderr.on('data', (chunk: Buffer) => appendFileSync(log, chunk));
  try {
    // Any answer at all (even a 404) means the server is up.
    await secondsUntil(`${base}/robots.txt`, () => true, 120);
    const readySeconds = (performance.now() - started) / 1000;
    const article = `${base}/articles/synthetic-1/`;
    const firstArticleSeconds = await secondsUntil(article, (status) => status === 200, 120);
    const marker = `Edited for the bench at ${Date.now()}.`;
    const file = join(root, 'content/articles/synthetic-1.mdx');
    // The profiler runs only from the edit to the new text being served.
    const profiler = profile ? await startProfiler(inspectorPort) : undefined;
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n${marker}\n`);
    const editSeconds = await secondsUntil(article, (status, body) => status === 200 && body.includes(marker), 60);
    const editProfile = profiler ? await profiler.stop() : undefined;
    return { readySeconds, firstArticleSeconds, editSeconds, ...(editProfile ? { editProfile } : {}) };
  } finally {
    server.kill('SIGTERM');
  }
}

/** V8's profiler in the dev server, through the inspector protocol (Node's own WebSocket). */
async function startProfiler(inspectorPort: number): Promise<{ stop: () => Promise<CpuProfile> }> {
  const [target] = (await (await fetch(`http://127.0.0.1:${inspectorPort}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
  if (!target) throw new Error(`No inspector target on port ${inspectorPort}.`);
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((done, fail) => {
    socket.addEventListener('open', done, { once: true });
    socket.addEventListener('error', fail, { once: true });
  });
  let nextId = 0;
  const call = (method: string) =>
    new Promise<unknown>((done) => {
      const id = ++nextId;
      const listener = (event: MessageEvent) => {
        const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
        if (message.id !== id) return;
        socket.removeEventListener('message', listener);
        done(message.result);
      };
      socket.addEventListener('message', listener);
      socket.send(JSON.stringify({ id, method }));
    });
  await call('Profiler.enable');
  await call('Profiler.start');
  return {
    stop: async () => {
      const { profile } = (await call('Profiler.stop')) as { profile: CpuProfile };
      socket.close();
      return profile;
    },
  };
}

/** `--dev-profile`: our site with N articles, the dev server profiled while it serves one edit. */
async function profileDevEdit(articles: number, workRoot: string): Promise<void> {
  const root = join(workRoot, `profile-${articles}`);
  mkdirSync(join(root, 'content/articles'), { recursive: true });
  ourSite(root);
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  for (let index = 0; index < articles; index++) writeFileSync(join(root, 'content/articles', `synthetic-${index}.mdx`), syntheticArticle(index, references));
  const timings = await devServerTimings(root, join(workRoot, `profile-${articles}.log`), true);
  console.log(`${articles} articles: dev server ready ${timings.readySeconds.toFixed(1)} s, first article ${timings.firstArticleSeconds.toFixed(1)} s, edit served ${timings.editSeconds.toFixed(2)} s`);
  if (!timings.editProfile) throw new Error('The dev server gave no CPU profile.');
  const file = join(workRoot, `dev-edit-${articles}.cpuprofile`);
  writeFileSync(file, JSON.stringify(timings.editProfile));
  const summary = summariseProfile(timings.editProfile);
  console.log(`\nCPU while the edit was served (${summary.windowMs.toFixed(0)} ms), by package or file:\n`);
  console.log(table([['where', 'ms', 'share'], ...summary.buckets.map((bucket) => [bucket.name, bucket.ms.toFixed(0), `${(bucket.share * 100).toFixed(0)}%`])]));
  console.log(`\nBusiest functions:\n`);
  console.log(table([['function', 'ms'], ...summary.functions.map((entry) => [entry.name, entry.ms.toFixed(0)])]));
  console.log(`\nProfile: ${file} (open it in Chrome DevTools' Performance panel).`);
}

async function benchmark(kind: SiteKind, articles: number, workRoot: string, run: number): Promise<Result> {
  const root = join(workRoot, `${kind}-${articles}-${run}`);
  mkdirSync(join(root, 'content/articles'), { recursive: true });
  if (kind === 'ours') ourSite(root);
  else bareSite(root, kind === 'bare' ? 'unified' : 'satteri');
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  for (let index = 0; index < articles; index++) {
    writeFileSync(join(root, 'content/articles', `synthetic-${index}.mdx`), syntheticArticle(index, references));
  }
  const log = join(workRoot, `${kind}-${articles}-${run}.log`);
  process.stdout.write(`  ${siteLabels[kind]}, ${articles} articles: cold build… `);
  const cold = timedBuild(root, log);
  const pages = countPages(join(root, 'dist'));
  process.stdout.write(`${cold.wallSeconds.toFixed(1)} s (CPU ${cold.cpuSeconds.toFixed(1)} s); rebuild after one edit… `);
  const edited = join(root, 'content/articles/synthetic-0.mdx');
  writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nOne more sentence, added by an editor.\n`);
  const rebuild = timedBuild(root, log);
  process.stdout.write(`${rebuild.wallSeconds.toFixed(1)} s (CPU ${rebuild.cpuSeconds.toFixed(1)} s)`);
  let deploy: Measure | undefined;
  if (kind === 'ours') {
    // A deploy as .github/workflows/deploy.yml runs one: a clean checkout with the social images and
    // Astro's cache folder restored from the last deploy, on the next day (the nightly run), so the
    // build date has changed and every page is rendered again; only compiled MDX and images are reused.
    process.stdout.write('; deploy build (next day, caches kept)… ');
    for (const path of ['dist', '.astro']) rmSync(join(root, path), { recursive: true, force: true });
    deploy = timedBuild(root, log, '2026-01-01');
    process.stdout.write(`${deploy.wallSeconds.toFixed(1)} s (CPU ${deploy.cpuSeconds.toFixed(1)} s)`);
  }
  let rules: Measure | undefined;
  let dev: DevTimings | undefined;
  if (kind === 'ours') {
    process.stdout.write('; content rules… ');
    // `npm run check`: the same rulebook the build runs first. A warning or two in synthetic text is fine; only its time matters here.
    rules = timedRun(root, log, ['scripts/check.ts'], true);
    process.stdout.write(`CPU ${rules.cpuSeconds.toFixed(1)} s; dev server… `);
    dev = await devServerTimings(root, log);
    process.stdout.write(`ready ${dev.readySeconds.toFixed(1)} s, first article ${dev.firstArticleSeconds.toFixed(1)} s, edit served ${dev.editSeconds.toFixed(2)} s`);
  }
  console.log();
  if (!values.keep) rmSync(root, { recursive: true, force: true });
  return { site: kind, articles, pages, cold, rebuild, deploy, rules, dev };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function medianMeasure(measures: Measure[]): Measure {
  return {
    wallSeconds: median(measures.map((measure) => measure.wallSeconds)),
    cpuSeconds: median(measures.map((measure) => measure.cpuSeconds)),
    maxRssMb: median(measures.map((measure) => measure.maxRssMb)),
  };
}

/** One result per site and size: each figure the median of the runs. */
function medianResult(results: Result[]): Result {
  const cached = results.flatMap((result) => (result.deploy ? [result.deploy] : []));
  const rules = results.flatMap((result) => (result.rules ? [result.rules] : []));
  const dev = results.flatMap((result) => (result.dev ? [result.dev] : []));
  return {
    ...results[0]!,
    cold: medianMeasure(results.map((result) => result.cold)),
    rebuild: medianMeasure(results.map((result) => result.rebuild)),
    deploy: cached.length ? medianMeasure(cached) : undefined,
    rules: rules.length ? medianMeasure(rules) : undefined,
    dev: dev.length
      ? {
          readySeconds: median(dev.map((timing) => timing.readySeconds)),
          firstArticleSeconds: median(dev.map((timing) => timing.firstArticleSeconds)),
          editSeconds: median(dev.map((timing) => timing.editSeconds)),
        }
      : undefined,
  };
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((width, column) => (column === 0 ? `${'-'.repeat(width + 1)}-` : `${'-'.repeat(width + 1)}:`)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

/**
 * The performance targets of docs/performance.md, judged on the largest size
 * that has both sites (1,000 articles in the standard run). The content rules'
 * CPU time is taken out of our build's before comparing with the bare site,
 * which has no rules.
 */
function targetsTable(all: readonly Result[]): string {
  const verdict = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? 'met' : 'NOT met');
  const sizesWithBoth = sizes.filter((size) => all.some((r) => r.site === 'ours' && r.articles === size) && all.some((r) => r.site === 'bare' && r.articles === size));
  const size = sizesWithBoth.at(-1) ?? sizes.at(-1)!;
  const ours = all.find((r) => r.site === 'ours' && r.articles === size);
  const bare = all.find((r) => r.site === 'bare' && r.articles === size);
  const rulesCpu = ours?.rules?.cpuSeconds ?? 0;
  // "as built" is the plain ratio; the verdict leaves the rules out, which is right once the build runs them.
  const rows: string[][] = [['target', 'measured', 'as built', 'limit', 'verdict']];
  const times = (value: number | undefined) => (value === undefined ? '–' : `${value.toFixed(2)}×`);
  const cpuRatio = (measure: Measure | undefined, less = rulesCpu) => (measure && bare ? (measure.cpuSeconds - less) / bare.cold.cpuSeconds : undefined);
  const deployRatio = cpuRatio(ours?.deploy);
  rows.push([`deploy build (next day, caches kept), CPU vs bare, ${size} articles`, times(deployRatio), times(cpuRatio(ours?.deploy, 0)), '≤ 1.50×', verdict(deployRatio === undefined ? undefined : deployRatio <= 1.5)]);
  const memory = ours?.deploy && bare ? ours.deploy.maxRssMb / bare.cold.maxRssMb : undefined;
  rows.push([`deploy build, peak memory vs bare`, times(memory), times(memory), '≤ 1.00×', verdict(memory === undefined ? undefined : memory <= 1)]);
  const cold = cpuRatio(ours?.cold);
  rows.push([`cold build (nothing cached), CPU vs bare`, times(cold), times(cpuRatio(ours?.cold, 0)), '≤ 2.00×', verdict(cold === undefined ? undefined : cold <= 2)]);
  const rulesMs = ours?.rules ? (ours.rules.cpuSeconds * 1000) / ours.articles : undefined;
  const rulesText = rulesMs === undefined ? '–' : `${rulesMs.toFixed(1)} ms`;
  rows.push([`content rules, CPU per article`, rulesText, rulesText, '≤ 10 ms', verdict(rulesMs === undefined ? undefined : rulesMs <= 10)]);
  const dev = ours?.dev;
  const seconds = (value: number | undefined, digits: number) => (value === undefined ? '–' : `${value.toFixed(digits)} s`);
  rows.push([`dev server: edited text served`, seconds(dev?.editSeconds, 2), seconds(dev?.editSeconds, 2), '≤ 0.5 s', verdict(dev && dev.editSeconds <= 0.5)]);
  rows.push([`dev server: ready`, seconds(dev?.readySeconds, 1), seconds(dev?.readySeconds, 1), '≤ 5 s', verdict(dev && dev.readySeconds <= 5)]);
  rows.push([`dev server: first article page`, seconds(dev?.firstArticleSeconds, 1), seconds(dev?.firstArticleSeconds, 1), '≤ 5 s', verdict(dev && dev.firstArticleSeconds <= 5)]);
  const oursBySize = all.filter((r) => r.site === 'ours').sort((a, b) => a.articles - b.articles);
  // The target is growth from 1,000 articles; other sizes stand in when 1,000 was not run.
  const [smallest, largest] = [oursBySize.find((r) => r.articles === 1000) ?? oursBySize[0], oursBySize.at(-1)];
  const growth = smallest && largest && largest.articles > smallest.articles ? largest.cold.cpuSeconds / largest.articles / (smallest.cold.cpuSeconds / smallest.articles) : undefined;
  rows.push([`growth ${smallest?.articles ?? '?'} → ${largest?.articles ?? '?'} articles, CPU per article`, times(growth), times(growth), '≤ 1.00× (linear)', verdict(growth === undefined ? undefined : growth <= 1)]);
  return `Targets (ours with the content rules' ${rulesCpu.toFixed(1)} s of CPU taken out; medians of ${runs} run${runs === 1 ? '' : 's'}):\n\n${table(rows)}`;
}

const startLoad = loadavg().map((load) => load.toFixed(1)).join(', ');
const workRoot = mkdtempSync(join(tmpdir(), 'kts-bench-'));
if (values['dev-profile']) {
  for (const size of sizes) await profileDevEdit(size, workRoot);
  process.exit(0);
}
console.log(`Benchmark in ${workRoot} (${sizes.join(', ')} articles; ${kinds.map((kind) => siteLabels[kind]).join(', ')}; ${runs} run${runs === 1 ? '' : 's'} each)`);
const results: Result[] = [];
for (const size of sizes) {
  const runsOfSize: Result[] = [];
  // Interleaved (ours, bare, ours, bare…), so a slow spell on the machine hits every site alike.
  for (let run = 1; run <= runs; run++) for (const kind of kinds) runsOfSize.push(await benchmark(kind, size, workRoot, run));
  for (const kind of kinds) results.push(medianResult(runsOfSize.filter((result) => result.site === kind)));
}

const ratio = (a: number, b: number | undefined) => (b ? `${(a / b).toFixed(2)}×` : '–');
const header = ['site', 'articles', 'pages', 'wall s', 'CPU s', 'max RSS MB', 'ms/page (wall)', 'ms/page (CPU)', 'rebuild wall s', 'rebuild CPU s', 'rebuild/cold (CPU)', 'CPU vs bare', 'RSS vs bare', 'deploy: CPU s', 'deploy: CPU vs bare'];
const rows = results.map((result) => {
  const bare = results.find((other) => other.site === 'bare' && other.articles === result.articles);
  return [
    siteLabels[result.site],
    String(result.articles),
    String(result.pages),
    result.cold.wallSeconds.toFixed(1),
    result.cold.cpuSeconds.toFixed(1),
    result.cold.maxRssMb.toFixed(0),
    ((result.cold.wallSeconds * 1000) / result.pages).toFixed(1),
    ((result.cold.cpuSeconds * 1000) / result.pages).toFixed(1),
    result.rebuild.wallSeconds.toFixed(1),
    result.rebuild.cpuSeconds.toFixed(1),
    ratio(result.rebuild.cpuSeconds, result.cold.cpuSeconds),
    result.site === 'bare' ? '1.00×' : ratio(result.cold.cpuSeconds, bare?.cold.cpuSeconds),
    result.site === 'bare' ? '1.00×' : ratio(result.cold.maxRssMb, bare?.cold.maxRssMb),
    result.deploy ? result.deploy.cpuSeconds.toFixed(1) : '–',
    result.deploy ? ratio(result.deploy.cpuSeconds, bare?.cold.cpuSeconds) : '–',
  ];
});
console.log(`\n${runs > 1 ? `Each figure is the median of ${runs} runs.\n\n` : ''}${table([header, ...rows])}\n`);
// Wall time depends on what else the machine is doing; CPU time much less so.
console.log(`Load average at the end: ${loadavg().map((load) => load.toFixed(1)).join(', ')} on ${availableParallelism()} cores (at the start: ${startLoad}).\n`);

// Growth: time per article between consecutive sizes (1.00× is linear).
const growth = kinds.flatMap((kind) => {
  const ofKind = results.filter((result) => result.site === kind);
  return ofKind.slice(1).map((result, index) => {
    const before = ofKind[index]!;
    const perArticle = (r: Result) => r.cold.wallSeconds / r.articles;
    return [siteLabels[kind], `${before.articles} → ${result.articles}`, ratio(perArticle(result), perArticle(before)), ratio(result.cold.cpuSeconds / result.articles, before.cold.cpuSeconds / before.articles)];
  });
});
if (growth.length) console.log(`${table([['site', 'articles', 'wall per article', 'CPU per article'], ...growth])}\n(1.00× means time grows linearly with the number of articles.)\n`);
console.log(`${targetsTable(results)}\n`);
console.log(values.keep ? `Kept the sites and build logs in ${workRoot}.` : `Build logs: ${workRoot}/*.log`);
