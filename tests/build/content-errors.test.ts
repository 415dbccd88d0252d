/**
 * Content mistakes are explained the same way wherever an editor meets them:
 * `astro sync` (which `astro check` and `npm run check` run), `astro build`
 * and `astro dev`. Each message names the file and the field, says what was
 * expected and what was found, and the fix where it is obvious.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSource, buildFixtureAsync, devFixture, removeFixture } from './fixture-site';

const reference = (doi: string) =>
  readFileSync(join(import.meta.dirname, '../../content/references/moyer-2004.yaml'), 'utf8').replace(/^doi: .*$/m, `doi: "${doi}"`);

describe.concurrent('astro sync (the schema step of npm run check)', () => {
  it('names the reference file and the "doi" field when a DOI is written as a link, and says how to write it', async () => {
    const build = await buildFixtureAsync({ 'content/references/moyer-2004.yaml': reference('https://doi.org/10.1037/0033-2909.130.1.3') }, {}, ['sync']);
    try {
      expect(build.status, build.output).not.toBe(0);
      expect(build.output).toContain('content/references/moyer-2004.yaml has 1 problem in its fields:');
      expect(build.output).toContain('field "doi": expected a DOI such as 10.1037/0033-2909.130.1.3 (no URL prefix), but found "https://doi.org/10.1037/0033-2909.130.1.3"');
      expect(build.output).toContain('Fix: write just the DOI: "10.1037/0033-2909.130.1.3"');
      expect(build.output).not.toContain('Stack trace');
    } finally {
      removeFixture(build);
    }
  });

  it('gives the file and line of frontmatter that is not valid YAML, instead of a parser stack trace', async () => {
    const source = '---\ntitle: "An unclosed quote\ndescription: x\n---\n\nText.\n';
    const build = await buildFixtureAsync({ 'content/articles/unclosed.mdx': source }, {}, ['sync']);
    try {
      expect(build.status, build.output).not.toBe(0);
      expect(build.output).toMatch(/content\/articles\/unclosed\.mdx:\d+: the frontmatter is not valid YAML: Missing closing "quote\./);
      expect(build.output).toContain('Fix: The mistake is on this line or one above it');
      expect(build.output).not.toContain('js-yaml');
    } finally {
      removeFixture(build);
    }
  });

  it('names a source id that has no file, and suggests the nearest one', async () => {
    const build = await buildFixtureAsync({ 'content/articles/typo.mdx': articleSource({ sources: '[moyer-2040]' }) }, {}, ['sync']);
    try {
      expect(build.status, build.output).not.toBe(0);
      expect(build.output).toContain('content/articles/typo.mdx');
      expect(build.output).toContain('field "sources[0]"');
      expect(build.output).toContain('did you mean "moyer-2004"?');
    } finally {
      removeFixture(build);
    }
  });
});

describe('astro dev', () => {
  it('explains a bad field in the log, naming the file and field, when the dev server starts', async () => {
    const dev = await devFixture({ 'content/articles/bad-date.mdx': articleSource({ pubDate: '2026-13-45' }) });
    try {
      await dev.started;
      await expect.poll(dev.output, { timeout: 60_000 }).toContain('content/articles/bad-date.mdx has 1 problem in its frontmatter:');
      expect(dev.output()).toContain('field "pubDate": expected a real calendar date (there is no month 13), but found "2026-13-45"');
    } finally {
      await dev.stop();
    }
  });
});
