/**
 * An article whose title, description and answer contain quotes, an ampersand and
 * script tags is printed as text everywhere in the HTML: the <title>, the meta
 * description, the h1, the answer under it, and its card on the home page. Nothing in it
 * runs, and no tag closes early. (JSON-LD, the feed and Open Graph are covered
 * by their own fixture tests.) The same build proves that a link to another
 * site in an article body gets rel="noopener noreferrer".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, Parser, type HtmlElement } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSource, buildFixture, decodeHtml, removeFixture, type FixtureBuild } from './fixture-site';

// A title with a tag, braces or an emoji fails the check (title-markup), so this one holds every
// character that needs escaping in HTML, but no tag; the description still holds real tags.
const hostileTitle = `Tom's "best" 1 < 2 > 0 </ & co`;
const hostileDescription = `A description with "double" and 'single' quotes, </script><script>alert("x")</script> and an & ampersand.`;
// Longer than 160 characters, so the meta description stays the description.
const hostileAnswer = `An answer with "double" and 'single' quotes, </span><script>alert("y")</script>, an & ampersand and <b>tags</b> that must stay text, long enough that it is not the meta description.`;

const decode = decodeHtml;

/** Parses built HTML as a browser would (html-validate's parser; it leaves character references as written). */
async function parse(html: string): Promise<HtmlElement> {
  const config = await new HtmlValidate().getConfigFor('page.html');
  return new Parser(config).parseHtml(html);
}

/** What a reader sees of an element: its text, decoded, white space folded. */
function textOf(root: HtmlElement, selector: string): string {
  const element = root.querySelector(selector);
  expect(element, selector).not.toBeNull();
  return decode(element!.textContent).replace(/\s+/g, ' ').trim();
}

let build: FixtureBuild;
let article: HtmlElement;
let home: HtmlElement;

beforeAll(async () => {
  const yamlString = (text: string) => JSON.stringify(text);
  build = buildFixture({
    'content/articles/hostile.mdx': articleSource(
      { title: yamlString(hostileTitle), description: yamlString(hostileDescription), answer: yamlString(hostileAnswer) },
      'Read [the NHS page on insomnia](https://www.nhs.uk/conditions/insomnia/) and [our evidence grades](/evidence/).\n',
    ),
  });
  if (build.status !== 0) return;
  article = await parse(readFileSync(join(build.root, 'dist/articles/hostile/index.html'), 'utf8'));
  home = await parse(readFileSync(join(build.root, 'dist/index.html'), 'utf8'));
});

afterAll(() => removeFixture(build));

describe('hostile frontmatter is escaped in the HTML', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('adds no script element to either page (JSON-LD data blocks aside)', () => {
    const runnable = (page: HtmlElement) => page.querySelectorAll('script').filter((script) => script.getAttributeValue('type') !== 'application/ld+json');
    expect(runnable(article)).toHaveLength(0);
    expect(runnable(home)).toHaveLength(0);
  });

  it('shows the exact title in <title>, the h1 and the home page card', () => {
    expect([hostileTitle, `${hostileTitle} | Knead to Sleep`]).toContain(textOf(article, 'title'));
    expect(article.querySelectorAll('title')).toHaveLength(1);
    expect(textOf(article, 'h1')).toBe(hostileTitle);
    expect(article.querySelectorAll('h1')).toHaveLength(1);
    expect(textOf(home, '.article-card a')).toBe(hostileTitle);
  });

  it('shows the exact description in the meta description, and the exact answer under the title, in its search metadata and on the home page card', () => {
    expect(hostileAnswer.length).toBeGreaterThan(160);
    const meta = article.querySelectorAll('meta[name="description"]');
    expect(meta).toHaveLength(1);
    expect(decode(String(meta[0]!.getAttributeValue('content')))).toBe(hostileDescription);
    expect(textOf(article, '[data-testid="answer"] p')).toBe(`The short answer: ${hostileAnswer}`);
    expect(textOf(article, '[data-pagefind-meta="answer"]')).toBe(hostileAnswer);
    expect(textOf(home, '.article-card-answer')).toBe(hostileAnswer);
  });
});

describe('links to other sites in an article', () => {
  it('get rel="noopener noreferrer"; links within the site do not', () => {
    const nhs = article.querySelector('a[href="https://www.nhs.uk/conditions/insomnia/"]');
    expect(nhs?.getAttributeValue('rel')).toBe('noopener noreferrer');
    const internal = article.querySelector('.prose a[href="/evidence/"]');
    expect(internal).not.toBeNull();
    expect(internal!.hasAttribute('rel')).toBe(false);
  });
});
