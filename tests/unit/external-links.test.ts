import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import rehypeExternalLinks, { isExternalHref, withExternalRel } from '../../src/remark/external-links';

const siteOrigins = ['https://kneadtosleep.org'];

describe('isExternalHref', () => {
  it.each([
    ['https://pubmed.ncbi.nlm.nih.gov/21147413/', true],
    ['http://example.org', true],
    ['//cdn.example.org/x', true],
    ['HTTPS://EXAMPLE.ORG/', true],
    ['https://kneadtosleep.org/about/', false],
    ['/articles/x/', false],
    ['#source-moyer-2011', false],
    ['../evidence/', false],
    ['mailto:editors@kneadtosleep.org', false],
    ['https://', false],
  ])('%s → %s', (href, expected) => {
    expect(isExternalHref(href, siteOrigins)).toBe(expected);
  });
});

describe('withExternalRel', () => {
  it.each([
    [undefined, ['noopener', 'noreferrer']],
    ['nofollow', ['nofollow', 'noopener', 'noreferrer']],
    [['external'], ['external', 'noopener', 'noreferrer']],
    ['noopener', ['noopener', 'noreferrer']],
    ['NoReferrer noopener', ['NoReferrer', 'noopener']],
  ])('%j → %j', (rel, expected) => {
    expect(withExternalRel(rel)).toEqual(expected);
  });
});

/** Compiles MDX the way an article is compiled (with GFM), keeping JSX so the output shows the attributes. */
async function compiled(source: string): Promise<string> {
  const file = await compile(source, { jsx: true, remarkPlugins: [remarkGfm], rehypePlugins: [[rehypeExternalLinks, { siteOrigins }]] });
  return String(file);
}

describe('rehypeExternalLinks in an MDX article', () => {
  it('marks a Markdown link to another site noopener noreferrer', async () => {
    const output = await compiled('Read [the review](https://doi.org/10.1016/j.jbmt.2010.06.001).');
    expect(output).toMatch(/href="https:\/\/doi\.org\/10\.1016\/j\.jbmt\.2010\.06\.001" rel="noopener noreferrer"/);
  });

  it('marks a bare web address (GFM autolink) too', async () => {
    const output = await compiled('See https://www.nhs.uk/conditions/insomnia/ for more.');
    expect(output).toMatch(/href="https:\/\/www\.nhs\.uk\/conditions\/insomnia\/" rel="noopener noreferrer"/);
  });

  it('marks an <a> written as JSX and keeps its other rel values', async () => {
    const output = await compiled('<a href="https://example.org/" rel="nofollow">Example</a>');
    expect(output).toContain('rel="nofollow noopener noreferrer"');
  });

  it('leaves links within the site alone', async () => {
    const output = await compiled('[About](/about/), [home](https://kneadtosleep.org/) and [a source](#source-x).');
    expect(output).not.toContain('noopener');
  });
});
