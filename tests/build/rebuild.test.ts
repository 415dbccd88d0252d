/**
 * Rebuilds are incremental and never stale. The MDX compile cache
 * (src/integrations/mdx-compile-cache.ts) compiles only changed files, and
 * Astro's incremental build (keys from src/data/page-cache.ts) re-renders only
 * changed article pages; but an edited article shows the edit, a changed
 * reference shows on the pages that cite it, and a change to the code behind
 * the Markdown plugins compiles everything again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleSource, buildFixture, rebuildFixture, removeFixture, type FixtureBuild } from './fixture-site';

const cited = { sources: '[moyer-2011]' };
const articles = {
  'content/articles/first.mdx': articleSource({ title: 'First', ...cited }, 'The first article says hello<Cite id="moyer-2011" />.\n'),
  'content/articles/second.mdx': articleSource({ title: 'Second', ...cited }, 'The second article says goodbye<Cite id="moyer-2011" />.\n'),
};

/** How many MDX files the build compiled and reused, and which article pages it restored unrendered. */
function summary(build: FixtureBuild): { compiled: number; reused: number; restored: string[] } {
  expect(build.status, build.output).toBe(0);
  const match = build.output.match(/compiled (\d+) MDX file\(s\), reused (\d+) unchanged/);
  expect(match, build.output).not.toBeNull();
  const restored = [...build.output.matchAll(/\/articles\/([^/]+)\/index\.html \(restored\)/g)].map((m) => m[1]!).sort();
  return { compiled: Number(match![1]), reused: Number(match![2]), restored };
}

const topicPage = () => readFileSync(join(build.root, 'dist/topics/insomnia/index.html'), 'utf8');
const topicRestored = /\/topics\/insomnia\/index\.html \(restored\)/;
const page = (build: FixtureBuild, id: string) => readFileSync(join(build.root, `dist/articles/${id}/index.html`), 'utf8');

let build: FixtureBuild;
let total = 0;
afterAll(() => removeFixture(build));

describe('rebuilds', () => {
  it('the first build compiles and renders everything', () => {
    build = buildFixture(articles);
    const first = summary(build);
    expect(first.reused).toBe(0);
    expect(first.compiled).toBeGreaterThanOrEqual(2);
    expect(first.restored).toEqual([]);
    total = first.compiled;
    expect(page(build, 'first')).toContain('The first article says hello');
  });

  it('after an edit, only that article is compiled and rendered, and its page shows the edit', () => {
    const rebuild = rebuildFixture(build, { 'content/articles/first.mdx': articleSource({ title: 'First', ...cited }, 'The first article now says welcome<Cite id="moyer-2011" />.\n') });
    const edited = summary(rebuild);
    expect(edited).toEqual({ compiled: 1, reused: total - 1, restored: ['second'] });
    // Listing pages show titles and dates, not the text, so they are kept too.
    expect(rebuild.output).toMatch(topicRestored);
    expect(page(build, 'first')).toContain('The first article now says welcome');
    expect(page(build, 'first')).not.toContain('says hello');
    expect(page(build, 'second')).toContain('The second article says goodbye');
  });

  it('pages are tidy (no indentation), rendered or kept from the last build', () => {
    // The last build rendered `first` and restored `second` from the incremental-build cache.
    for (const id of ['first', 'second']) {
      expect(page(build, id)).toMatch(/<\/html>\s*$/);
      expect(page(build, id).match(/\n[ \t]+</g), id).toBeNull();
    }
  });

  it('a listing page (topic) is re-rendered when an article\'s title changes', () => {
    const retitled = rebuildFixture(build, { 'content/articles/second.mdx': articleSource({ title: 'Second, retitled', ...cited }, 'The second article says goodbye<Cite id="moyer-2011" />.\n') });
    expect(summary(retitled).restored).toEqual([]);
    expect(retitled.output).not.toMatch(topicRestored);
    expect(topicPage()).toContain('Second, retitled');
  });

  it('a changed reference is shown on every page that cites it', () => {
    const file = join(build.root, 'content/references/moyer-2011.yaml');
    const yaml = readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "A corrected title for this review"');
    const changed = summary(rebuildFixture(build, { 'content/references/moyer-2011.yaml': yaml }));
    expect(changed.restored).toEqual([]);
    expect(page(build, 'first')).toContain('A corrected title for this review');
    expect(page(build, 'second')).toContain('A corrected title for this review');
  });

  it('a change to the code behind the Markdown plugins compiles everything again', () => {
    const evidence = join(build.root, 'src/lib/evidence.ts');
    const changed = summary(rebuildFixture(build, { 'src/lib/evidence.ts': `${readFileSync(evidence, 'utf8')}\n// changed\n` }));
    expect(changed.reused).toBe(0);
    expect(changed.compiled).toBe(total);
  });
});
