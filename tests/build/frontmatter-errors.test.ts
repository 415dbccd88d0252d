/**
 * A wrong frontmatter field fails the build with a message that names the
 * file, the field, what was expected and what was found, in plain words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSource, buildFixtureAsync, removeFixture, type FixtureBuild } from './fixture-site';

const cases: Array<[string, Record<string, string | undefined>, string[]]> = [
  ['missing title', { title: undefined }, ['field "title"', 'this field is required', 'nothing (the field is missing)']],
  ['title too long', { title: 'A'.repeat(75) }, ['field "title"', 'at most 70 characters', '75 characters']],
  ['missing description', { description: undefined }, ['field "description"', 'this field is required']],
  ['malformed date', { pubDate: '15/01/2026' }, ['field "pubDate"', 'a date written YYYY-MM-DD', '"15/01/2026"']],
  ['impossible date', { pubDate: '2026-13-45' }, ['field "pubDate"', 'there is no month 13', '"2026-13-45"']],
  ['updatedDate before pubDate', { updatedDate: '2025-12-31' }, ['field "updatedDate"', 'on or after pubDate (2026-01-15)', '"2025-12-31"']],
  ['unknown tag', { tags: '[sleep-disorder]' }, ['field "tags[0]"', 'one of "insomnia"', 'did you mean "sleep-disorders"?']],
  ['unknown key', { lastReviwed: '2026-01-15' }, ['field "lastReviwed"', 'is not a field this file can have', 'did you mean "lastReviewed"?']],
  ['wrong type', { draft: '"no"' }, ['field "draft"', 'expected true or false', 'found "no"']],
];

const slug = (name: string) => name.toLowerCase().replace(/\W+/g, '-');

/** The block of the build's report about one file: from the line naming it to the next blank line. */
function messageAbout(output: string, file: string): string {
  // The report may open the output, so search it as if a line came before.
  const text = `\n${output}`;
  const start = text.indexOf(`\n${file}\n`);
  if (start === -1) return '';
  const end = text.indexOf('\n\n', start + 1);
  return text.slice(start + 1, end === -1 ? undefined : end);
}

// One build holds every bad file: the loader reports all of them together, as an editor would want.
let build: FixtureBuild;
beforeAll(async () => {
  // Each file has its own title, so the only findings are the frontmatter mistakes.
  const files = Object.fromEntries(cases.map(([name, frontmatter]) => [`content/articles/${slug(name)}.mdx`, articleSource({ title: JSON.stringify(name), ...frontmatter })]));
  build = await buildFixtureAsync({ ...files, 'content/articles/good-article.mdx': articleSource({}) });
});
afterAll(() => removeFixture(build));

describe('bad frontmatter fails the build with a located, plain message for every bad file', () => {
  it('fails', () => {
    expect(build.status, build.output).not.toBe(0);
    expect(build.output).not.toMatch(/\*\*\w+\*\*:/);
    expect(messageAbout(build.output, 'content/articles/good-article.mdx')).toBe('');
  });

  it.each(cases)('%s', (name, _frontmatter, fragments) => {
    const message = messageAbout(build.output, `content/articles/${slug(name)}.mdx`);
    expect(message, build.output).not.toBe('');
    for (const fragment of fragments) expect(message).toContain(fragment);
  });
});
