import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ArticleLayout from '../../src/layouts/ArticleLayout.astro';
import Disclaimer from '../../src/components/Disclaimer.astro';
import Evidence from '../../src/components/Evidence.astro';

let container: AstroContainer;

/** The text a reader sees: tags removed, white space folded. */
function visibleText(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}
beforeAll(async () => {
  container = await AstroContainer.create();
});

const layoutProps = {
  title: 'A test article',
  description: 'A description long enough to be a real meta description for a test page.',
  pubDate: '2026-11-21',
  schedule: { lastReviewed: '2026-11-21', nextReview: '2027-11-21', overdue: false },
  sources: [],
};

describe('Disclaimer', () => {
  it('is an aside labelled "Medical disclaimer" that links to the full disclaimer', async () => {
    const html = await container.renderToString(Disclaimer);
    expect(html).toMatch(/<aside[^>]*aria-label="Medical disclaimer"/);
    expect(html).toMatch(/href="\/disclaimer\/"/);
    expect(visibleText(html)).toContain('This is general information, not medical advice. It cannot replace');
  });
});

describe('ArticleLayout', () => {
  it('always renders exactly one disclaimer around the article body', async () => {
    const html = await container.renderToString(ArticleLayout, {
      props: layoutProps,
      slots: { default: '<p>Body text</p>' },
    });
    expect(html.match(/aria-label="Medical disclaimer"/g)).toHaveLength(1);
    expect(html).toContain('<p>Body text</p>');
  });

  it('keeps the disclaimer even when a caller passes props that try to hide it', async () => {
    const html = await container.renderToString(ArticleLayout, {
      props: { ...layoutProps, disclaimer: false, hideDisclaimer: true },
      slots: { default: '<p>Body</p>', disclaimer: '<p>replaced</p>' },
    });
    expect(html.match(/aria-label="Medical disclaimer"/g)).toHaveLength(1);
    expect(html).not.toContain('replaced');
  });

  it('shows NHS-style review dates and says plainly when a page has no clinical review', async () => {
    const html = await container.renderToString(ArticleLayout, { props: layoutProps, slots: { default: '' } });
    const text = visibleText(html);
    expect(text).toContain('Page last reviewed: 21 November 2026');
    expect(text).toContain('Next review due: 21 November 2027');
    expect(html).toMatch(/<time datetime="2027-11-21"/);
    expect(text).toContain('This page has not been clinically reviewed.');
  });
});

describe('Evidence', () => {
  it('shows the grade as text and links to its explanation', async () => {
    const html = await container.renderToString(Evidence, { props: { level: 'very-limited' } });
    expect(visibleText(html)).toContain('Strength of evidence: Very limited');
    expect(html).toMatch(/href="\/evidence\/#level-very-limited"/);
  });
  it('refuses a level that is not on the scale', async () => {
    await expect(container.renderToString(Evidence, { props: { level: 'huge' } })).rejects.toThrow(/not on the evidence scale/);
  });
});
