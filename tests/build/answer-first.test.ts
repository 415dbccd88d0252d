/**
 * The answer first and the verdict, where readers see them: an article's
 * answer sits right under its title (before the key points), is its page
 * description when it fits a search result, is search metadata, and opens its
 * card on the home page, the archive, its topic and the related articles, with
 * the strongest and weakest grades of its claims. Each graded claim reads the
 * same, with one grade presentation, in the glance figure, its section and
 * the evidence map.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, Parser, type HtmlElement } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainGrade } from '../../src/lib/evidence';
import { articleSource, buildFixture, decodeHtml, removeFixture, validFrontmatter, type FixtureBuild } from './fixture-site';

const shortAnswer = 'Massage may help you relax for a while. It is not a treatment for insomnia: try CBT-I first.';
const relaxClaim = 'Massage may ease anxiety for a short time after a session';
const untestedClaim = 'Nobody has tested whether massage shortens the time it takes to fall asleep';

const graded = `<KeyPoints>

- A key point.

</KeyPoints>

## Relaxation

<Evidence level="limited" claim="${relaxClaim}" />

A small trial found calmer evenings<Cite id="moyer-2004" />.

## Falling asleep

<Evidence level="no-evidence" claim="${untestedClaim}" />

We found no trial of this.
`;

let build: FixtureBuild;
const pages: Record<string, HtmlElement> = {};
const html: Record<string, string> = {};

async function parse(text: string): Promise<HtmlElement> {
  const config = await new HtmlValidate().getConfigFor('page.html');
  return new Parser(config).parseHtml(text);
}
const textOf = (element: HtmlElement | null) => decodeHtml(element?.textContent ?? '').replace(/\s+/g, ' ').replace(/ ([.,:])/g, '$1').trim();

beforeAll(async () => {
  build = buildFixture({
    'content/articles/graded.mdx': articleSource({ title: '"Graded"', answer: JSON.stringify(shortAnswer), sources: '[moyer-2004]', pubDate: '2026-01-20' }, graded),
    'content/articles/plain.mdx': articleSource({ title: '"Plain"' }, 'Text.\n'),
  });
  if (build.status !== 0) return;
  for (const path of ['articles/graded', 'articles/plain', '', 'articles', 'topics/insomnia', 'evidence/map']) {
    html[path] = readFileSync(join(build.root, 'dist', path, 'index.html'), 'utf8');
    pages[path] = await parse(html[path]!);
  }
}, 240_000);
afterAll(() => removeFixture(build));

describe('the answer first', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('sits right under the title, before the key points, and is search metadata', () => {
    const page = html['articles/graded']!;
    const [title = -1, answer = -1, keyPoints = -1] = ['<h1', 'data-testid="answer"', 'id="key-points-heading"'].map((marker) => page.indexOf(marker));
    expect(title).toBeGreaterThan(-1);
    expect(answer).toBeGreaterThan(title);
    expect(keyPoints).toBeGreaterThan(answer);
    // Nothing between the title and the answer.
    expect(page.slice(page.indexOf('</h1>') + '</h1>'.length, answer)).toMatch(/^\s*<div class="answer[^"]*" $/);
    expect(textOf(pages['articles/graded']!.querySelector('[data-pagefind-meta="answer"]'))).toBe(shortAnswer);
  });

  it('is the page description when it fits 50 to 160 characters; otherwise the description stays', () => {
    const description = (path: string) => decodeHtml(String(pages[path]!.querySelector('meta[name="description"]')?.getAttributeValue('content')));
    expect(description('articles/graded')).toBe(shortAnswer);
    expect(description('articles/plain')).toBe(validFrontmatter.description);
  });
});

describe('cards show the verdict', () => {
  const card = (path: string, id: string) => pages[path]!.querySelector(`article[aria-labelledby="card-${id}"]`);

  it.each(['', 'articles', 'topics/insomnia', 'articles/plain'])('on /%s: the answer, then the strongest and the weakest grade with their plain meanings', (path) => {
    const graded = card(path, 'graded');
    expect(graded, `a card for "Graded" on /${path}`).not.toBeNull();
    expect(textOf(graded!.querySelector('.article-card-answer'))).toBe(shortAnswer);
    const verdict = graded!.querySelectorAll('.article-card-verdict li').map((item) => [item.getAttributeValue('data-verdict'), textOf(item)]);
    expect(verdict).toEqual([
      ['strongest', `Strongest evidence: ${plainGrade('limited')}`],
      ['weakest', `Weakest evidence: ${plainGrade('no-evidence')}`],
    ]);
  });

  it('an article that grades nothing shows no verdict', () => {
    expect(card('', 'plain')?.querySelector('.article-card-verdict')).toBeNull();
  });
});

describe('one claim, one grade presentation', () => {
  it('the glance figure, the sections and the evidence map say the same statements with the same grades', () => {
    const article = pages['articles/graded']!;
    const glance = article.querySelectorAll('.glance-list li').map((item) => textOf(item));
    const sections = article.querySelectorAll('.evidence').map((mark) => textOf(mark).replace('Strength of evidence: ', ''));
    const expected = [`${relaxClaim} ${plainGrade('limited')}`, `${untestedClaim} ${plainGrade('no-evidence')}`];
    expect(glance).toEqual(expected);
    expect(sections).toEqual(expected);
    const map = pages['evidence/map']!;
    expect(map.querySelectorAll('.map-claims a').map((link) => textOf(link))).toEqual([relaxClaim, untestedClaim]);
  });

  it('the evidence map spends no section on a grade nothing has, and names those grades in one line', () => {
    const map = pages['evidence/map']!;
    expect(map.querySelectorAll('section.map-grade').map((section) => section.getAttributeValue('data-level'))).toEqual(['limited', 'no-evidence']);
    expect(textOf(map.querySelector('[data-testid="map-unused"]'))).toBe('No claim in our articles is graded Strong, Moderate, Very limited or Contradicted yet.');
  });
});
