/**
 * The GitHub workflows: pull requests are checked the way `npm test` checks them,
 * main is published to GitHub Pages with the URL and base path Pages gives, and
 * every action is pinned to a full commit SHA with its release tag beside it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { OG_CACHE_DIR } from '../../src/lib/og-image';

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; permissions?: Record<string, string>; needs?: string }>;
}

const folder = join(import.meta.dirname, '../../.github/workflows');
const text = (name: string) => readFileSync(join(folder, name), 'utf8');
const workflow = (name: string) => parse(text(name)) as Workflow;
const steps = (name: string) => Object.values(workflow(name).jobs).flatMap((job) => job.steps);

describe.each(['ci.yml', 'deploy.yml'])('%s', (name) => {
  it('pins every action to a full commit SHA, with its release tag in a comment', () => {
    const uses = text(name).split('\n').filter((line) => /^\s*(- )?uses:/.test(line));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) expect(line).toMatch(/uses: [\w-]+\/[\w-]+(\/[\w-]+)?@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });
  it('installs with npm install, not npm ci (which rejects this lockfile)', () => {
    const runs = steps(name).map((step) => step.run ?? '');
    expect(runs.some((run) => run.startsWith('npm install'))).toBe(true);
    expect(runs.some((run) => /npm ci\b/.test(run))).toBe(false);
  });
  it('runs npm run check before anything is built', () => {
    const runs = steps(name).map((step) => step.run ?? '');
    expect(runs.indexOf('npm run check')).toBeGreaterThan(-1);
    expect(runs.indexOf('npm run check')).toBeLessThan(runs.indexOf('npm run build'));
  });
  it('only reads the repository, unless a job needs more', () => {
    expect(workflow(name).permissions).toEqual({ contents: 'read' });
  });
});

describe('ci.yml', () => {
  it("restores the deploy's social-image and Astro caches read-only, after the install and before the build", () => {
    const ciSteps = steps('ci.yml');
    const saved = steps('deploy.yml').filter((step) => step.uses?.startsWith('actions/cache@'));
    const restores = ciSteps.filter((step) => step.uses?.startsWith('actions/cache/restore@'));
    // A pull request never saves a cache: only the deploy writes what a deploy reads.
    expect(ciSteps.some((step) => step.uses?.startsWith('actions/cache@') || step.uses?.startsWith('actions/cache/save@'))).toBe(false);
    expect(restores.map((step) => [step.with?.path, step.with?.['restore-keys']])).toEqual(saved.map((step) => [step.with?.path, step.with?.['restore-keys']]));
    const install = ciSteps.findIndex((step) => step.run?.startsWith('npm install'));
    const build = ciSteps.findIndex((step) => step.run === 'npm run build');
    for (const step of restores) expect(ciSteps.indexOf(step)).toBeGreaterThan(install);
    for (const step of restores) expect(ciSteps.indexOf(step)).toBeLessThan(build);
  });
});

describe('deploy.yml', () => {
  it('keeps the social-image cache between runs, restored after the install', () => {
    const deploySteps = steps('deploy.yml');
    const cache = deploySteps.findIndex((step) => step.uses?.startsWith('actions/cache@'));
    expect(cache).toBeGreaterThan(deploySteps.findIndex((step) => step.run?.startsWith('npm install')));
    expect(cache).toBeLessThan(deploySteps.findIndex((step) => step.run === 'npm run build'));
    expect(deploySteps[cache]?.with?.path).toBe(OG_CACHE_DIR);
    // Astro's cache folder (astro.config.mjs cacheDir) is kept the same way, also before the build.
    const astroCache = deploySteps.findIndex((step) => step.uses?.startsWith('actions/cache@') && step.with?.path === '.cache');
    expect(astroCache).toBeGreaterThan(cache);
    expect(astroCache).toBeLessThan(deploySteps.findIndex((step) => step.run === 'npm run build'));
  });
});

describe('ci.yml', () => {
  it('runs on pull requests', () => {
    expect(Object.keys(workflow('ci.yml').on)).toContain('pull_request');
  });
  it('runs every part of npm test', () => {
    const runs = steps('ci.yml').map((step) => step.run);
    const test = (JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.test!;
    for (const part of test.split(' && ')) expect(runs).toContain(part);
  });
});

describe('deploy.yml', () => {
  const deploy = workflow('deploy.yml');
  it('publishes main, and rebuilds nightly so scheduled articles go live on their day', () => {
    expect(deploy.on.push).toEqual({ branches: ['main'] });
    expect(deploy.on.schedule).toEqual([{ cron: expect.stringMatching(/^\d+ 0 \* \* \*$/) }]);
  });
  it('builds with the URL and base path GitHub Pages reports, and uploads dist', () => {
    const build = deploy.jobs.build!.steps;
    const pagesStep = build.find((step) => step.uses?.startsWith('actions/configure-pages@'));
    const buildStep = build.find((step) => step.run === 'npm run build');
    expect(buildStep?.env).toEqual({
      SITE_URL: `\${{ steps.${pagesStep?.id}.outputs.origin }}`,
      BASE_PATH: `\${{ steps.${pagesStep?.id}.outputs.base_path }}`,
      // The editors' address comes from a repository variable, never a literal in the workflow.
      CONTACT_EMAIL: '${{ vars.CONTACT_EMAIL }}',
    });
    expect(build.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'dist' });
  });
  it('deploys with the official action, with write access to Pages only in that job', () => {
    const job = deploy.jobs.deploy!;
    expect(job.needs).toBe('build');
    expect(job.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(job.steps.map((step) => step.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
  });
});
