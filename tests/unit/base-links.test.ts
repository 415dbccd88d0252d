/** Links written in content as /articles/x/ keep working when the site is served from a sub-path. */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import remarkBaseLinks, { withBase } from '../../src/remark/base-links';

describe('withBase', () => {
  it.each([
    ['/articles/x/', '/knead-to-sleep/', '/knead-to-sleep/articles/x/'],
    ['/', '/knead-to-sleep/', '/knead-to-sleep/'],
    ['/evidence/#level-limited', '/knead-to-sleep/', '/knead-to-sleep/evidence/#level-limited'],
    ['/rss.xml', '/kts', '/kts/rss.xml'],
    ['/articles/x/', '/', '/articles/x/'],
    ['#key-points-heading', '/knead-to-sleep/', '#key-points-heading'],
    ['https://doi.org/10.1/x', '/knead-to-sleep/', 'https://doi.org/10.1/x'],
    ['//cdn.example.org/x.js', '/knead-to-sleep/', '//cdn.example.org/x.js'],
    ['mailto:editors@example.org', '/knead-to-sleep/', 'mailto:editors@example.org'],
    ['relative/page/', '/knead-to-sleep/', 'relative/page/'],
    ['/knead-to-sleep/articles/x/', '/knead-to-sleep/', '/knead-to-sleep/articles/x/'],
    ['/knead-to-sleepy/', '/knead-to-sleep/', '/knead-to-sleep/knead-to-sleepy/'],
  ])('%s with base %s → %s', (url, base, expected) => {
    expect(withBase(url, base)).toBe(expected);
  });
});

describe('remarkBaseLinks in MDX', () => {
  const source = [
    'See [an article](/articles/x/) and [a grade](/evidence/#level-limited), [below](#here), [a study](https://doi.org/10.1/x).',
    '',
    '![A picture](/images/a.jpg)',
    '',
    'A [reference link][ref] and <a href="/about/">a JSX link</a>.',
    '',
    '<img src="/images/b.jpg" alt="B" />',
    '',
    '[ref]: /topics/insomnia/',
  ].join('\n');

  function urls(base: string): string[] {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkBaseLinks, { base });
    const tree = processor.runSync(processor.parse(source)) as Root;
    const found: string[] = [];
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'definition' || node.type === 'image') found.push(node.url);
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string' && (attribute.name === 'href' || attribute.name === 'src')) found.push(attribute.value);
        }
      }
    });
    return found;
  }

  it('prefixes every root-relative link and image with the base, and nothing else', () => {
    expect(urls('/knead-to-sleep/')).toEqual([
      '/knead-to-sleep/articles/x/',
      '/knead-to-sleep/evidence/#level-limited',
      '#here',
      'https://doi.org/10.1/x',
      '/knead-to-sleep/images/a.jpg',
      '/knead-to-sleep/about/',
      '/knead-to-sleep/images/b.jpg',
      '/knead-to-sleep/topics/insomnia/',
    ]);
  });

  it('changes nothing when the site is served from the root', () => {
    expect(urls('/')).toEqual(['/articles/x/', '/evidence/#level-limited', '#here', 'https://doi.org/10.1/x', '/images/a.jpg', '/about/', '/images/b.jpg', '/topics/insomnia/']);
  });
});
