/**
 * Citation and grading mistakes stop the build with a message that names the
 * file, the line and the id, so no article can cite a source that isn't there.
 * One build holds every bad file: the rulebook reports them all in one run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSource, buildFixtureAsync, removeFixture, type FixtureBuild } from './fixture-site';

let build: FixtureBuild;
beforeAll(async () => {
  build = await buildFixtureAsync({
    'content/articles/no-file.mdx': articleSource({ title: '"No file"', sources: '[moyer-2012]' }, 'Text<Cite id="moyer-2012" />.\n'),
    'content/articles/not-listed.mdx': articleSource({ title: '"Not listed"', sources: '[moyer-2004]' }, 'A<Cite id="moyer-2004" />. B<Cite id="moyer-2011" />.\n'),
    'content/articles/never-cited.mdx': articleSource({ title: '"Never cited"', sources: '[moyer-2004, moyer-2011]' }, 'A<Cite id="moyer-2004" />.\n'),
    'content/articles/grades.mdx': articleSource({ title: '"Grades"' }, '## A claim\n\n<Evidence level="very limited" />\n\nText.\n'),
    'content/references/bad-doi.yaml': 'kind: trial\ntitle: A trial\ndoi: "https://doi.org/10.1000/xyz"\nstrength: limited\nfinding: "Something."\nseenIn: abstract\n',
  });
}, 240_000);
afterAll(() => removeFixture(build));

/** The report's block for one file: its path on a line of its own, then one line per finding. */
function blockFor(file: string): string {
  // The report may open the output, so search it as if a line came before.
  const text = `\n${build.output}`;
  const start = text.indexOf(`\n${file}\n`);
  if (start === -1) return '';
  const end = text.indexOf('\n\n', start + 1);
  return text.slice(start + 1, end === -1 ? undefined : end);
}

describe('evidence mistakes an editor can make', () => {
  it('stop the build', () => {
    expect(build.status, build.output).not.toBe(0);
  });

  it('a source id with no file in content/references is named plainly, with the closest file and the citing line, on the sources line', () => {
    expect(blockFor('content/articles/no-file.mdx')).toMatch(/\n8:1 +error +field "sources\[0\]": there is no reference file content\/references\/moyer-2012\.yaml: .*the closest file is content\/references\/moyer-201[01]\.yaml.*This article cites it on line 11\./);
  });

  it("citing an id that is not in the article's sources names the id, at the citation", () => {
    expect(blockFor('content/articles/not-listed.mdx')).toMatch(/\n11:29-11:53 +error +<Cite id="moyer-2011" \/> cites a source that is not in this article's sources/);
  });

  it('a listed source that is never cited is an error at its place in the list', () => {
    expect(blockFor('content/articles/never-cited.mdx')).toMatch(/\n8:23 +error +"moyer-2011" is in sources but the text never cites it/);
  });

  it('a malformed DOI names the reference file, the line and the fix', () => {
    expect(blockFor('content/references/bad-doi.yaml')).toContain('field "doi": expected a DOI such as 10.1037/0033-2909.130.1.3 (no URL prefix), but found "https://doi.org/10.1000/xyz". Fix: write just the DOI: "10.1000/xyz"');
  });

  it('an evidence grade that is not on the scale is named, with a suggestion', () => {
    expect(blockFor('content/articles/grades.mdx')).toMatch(/<Evidence level="very limited" \/> is not on the evidence scale\..*Did you mean "very-limited"\?/);
  });
});
