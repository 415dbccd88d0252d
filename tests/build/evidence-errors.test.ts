/**
 * Citation and grading mistakes fail the build (or warn) with a message that
 * names the file and the id, so no article can cite a source that isn't there.
 */
import { describe, expect, it } from 'vitest';
import { articleSource, buildFixture, removeFixture, type FixtureBuild } from './fixture-site';

function withBuild(files: Record<string, string>, check: (build: FixtureBuild) => void): void {
  const build = buildFixture(files);
  try {
    check(build);
  } finally {
    removeFixture(build);
  }
}

describe.concurrent('evidence mistakes an editor can make', () => {
  it('a source id with no file in content/references fails, with a suggestion', () => {
    withBuild({ 'content/articles/cites.mdx': articleSource({ sources: '[moyer-2012]' }, 'Text<Cite id="moyer-2012" />.\n') }, (build) => {
      expect(build.status, build.output).not.toBe(0);
      expect(build.output).toContain('content/articles/cites.mdx');
      expect(build.output).toContain('field "sources[0]"');
      expect(build.output).toContain('no file content/references/moyer-2012.yaml');
      expect(build.output).toMatch(/did you mean "moyer-201[01]"/);
    });
  });

  it('citing an id that is not in the article\'s sources fails, naming the file and the id', () => {
    withBuild({ 'content/articles/cites.mdx': articleSource({ sources: '[moyer-2004]' }, 'A<Cite id="moyer-2004" />. B<Cite id="moyer-2011" />.\n') }, (build) => {
      expect(build.status, build.output).not.toBe(0);
      expect(build.output).toContain('content/articles/cites.mdx: cites "moyer-2011", which is not in this article\'s sources');
    });
  });

  it('a listed source that is never cited builds, with a warning naming it', () => {
    withBuild({ 'content/articles/cites.mdx': articleSource({ sources: '[moyer-2004, moyer-2011]' }, 'A<Cite id="moyer-2004" />.\n') }, (build) => {
      expect(build.status, build.output).toBe(0);
      expect(build.output).toContain('content/articles/cites.mdx: source "moyer-2011" is listed in sources but never cited');
    });
  });

  it('a malformed DOI fails, naming the reference file and the field', () => {
    withBuild(
      {
        'content/articles/ok.mdx': articleSource({}),
        'content/references/bad-doi.yaml': 'kind: trial\ntitle: A trial\ndoi: "https://doi.org/10.1000/xyz"\n',
      },
      (build) => {
        expect(build.status, build.output).not.toBe(0);
        expect(build.output).toContain('content/references/bad-doi.yaml');
        expect(build.output).toContain('field "doi": expected a DOI such as 10.1037/0033-2909.130.1.3 (no URL prefix), but found "https://doi.org/10.1000/xyz"');
      },
    );
  });

  it('an evidence grade that is not on the scale fails, with a suggestion', () => {
    withBuild({ 'content/articles/grades.mdx': articleSource({}, '## A claim\n\n<Evidence level="very limited" />\n\nText.\n') }, (build) => {
      expect(build.status, build.output).not.toBe(0);
      expect(build.output).toContain('content/articles/grades.mdx: <Evidence level="very limited" /> uses a level that is not on the evidence scale');
      expect(build.output).toContain('Did you mean "very-limited"?');
    });
  });

  it('an overdue review warns, naming the article, and does not fail the build', () => {
    withBuild({ 'content/articles/old-review.mdx': articleSource({ pubDate: '2020-01-01', lastReviewed: '2020-01-01' }) }, (build) => {
      expect(build.status, build.output).toBe(0);
      expect(build.output).toContain('[reviews] 1 article review is overdue');
      expect(build.output).toContain('content/articles/old-review.mdx (review was due 2021-01-01)');
    });
  });
});
