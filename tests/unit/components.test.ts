import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ArticleLayout from '../../src/layouts/ArticleLayout.astro';
import CareCard from '../../src/components/CareCard.astro';
import { careLevelNames, careLevels } from '../../src/lib/care-levels';
import { nationRoutes } from '../../src/lib/urgent-help';
import Disclaimer from '../../src/components/Disclaimer.astro';
import Evidence from '../../src/components/Evidence.astro';
import Pagination from '../../src/components/Pagination.astro';
import Replies from '../../src/components/Replies.astro';
import SeeADoctor from '../../src/components/SeeADoctor.astro';
import UrgentHelp from '../../src/components/UrgentHelp.astro';
import { articlePage } from './fixtures/article-page';

let container: AstroContainer;

/** The text a reader sees: tags removed, white space folded. */
function visibleText(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}
beforeAll(async () => {
  container = await AstroContainer.create();
});

const layoutProps = articlePage();

describe('Disclaimer', () => {
  it('is an aside labelled "Medical disclaimer" that links to the full disclaimer', async () => {
    const html = await container.renderToString(Disclaimer);
    expect(html).toMatch(/<aside[^>]*aria-label="Medical disclaimer"/);
    expect(html).toMatch(/href="\/disclaimer\/"/);
    expect(visibleText(html)).toContain('This is general information, not medical advice. It cannot replace');
  });

  it('points to the help page instead of repeating the crisis numbers, so it never says more than the urgent-help box', async () => {
    const html = await container.renderToString(Disclaimer);
    expect(html).toMatch(/<a href="\/help\/"[^>]*>see where to get help now<\/a>/);
    expect(html).not.toMatch(/tel:|999|116|988/);
  });
});

describe('CareCard', () => {
  it.each(careLevelNames)('the %s level says its level in words to screen readers, before its default heading', async (level) => {
    const html = await container.renderToString(CareCard, { props: { level }, slots: { default: '<ul><li>a sign</li></ul>' } });
    const { prefix, defaultHeading } = careLevels[level];
    const heading = /<h2 class="care-card-heading[^"]*"[^>]*>([\s\S]*?)<\/h2>/.exec(html)?.[1] ?? '';
    expect(heading).toMatch(new RegExp(`^<span class="visually-hidden[^"]*"[^>]*>${prefix} </span>`));
    expect(visibleText(heading).replace(/&amp;/g, '&').trim()).toBe(`${prefix} ${defaultHeading}`);
    expect(html).toContain(`care-card--${level}`);
    // Not a landmark: two 999 cards on one page would be two landmarks of the same name.
    expect(html).not.toMatch(/<section[^>]*aria-label/);
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

describe('ArticleLayout reading aids', () => {
  it('ends the article with "Questions or corrections?" links naming the article when contacts are set', async () => {
    const contacts = { email: 'editors@example.org', repository: { url: 'https://github.com/example/knead-to-sleep', branch: 'main' } };
    const replies = await container.renderToString(Replies, { props: { title: 'A test article', url: 'https://example.org/a/', sourcePath: 'content/articles/a-test-article.mdx', contacts } });
    expect(replies).toMatch(/href="https:\/\/github\.com\/example\/knead-to-sleep\/issues\/new\?title=Question%20or%20correction%3A%20A%20test%20article&amp;body=/);
    expect(replies).toMatch(/href="mailto:editors@example\.org\?subject=About%20%22A%20test%20article%22/);
    expect(replies).toContain('href="https://github.com/example/knead-to-sleep/edit/main/content/articles/a-test-article.mdx"');
  });

  it('shows no contact box, address or repository link when no contact is confirmed', async () => {
    const replies = await container.renderToString(Replies, { props: { title: 'A test article', url: 'https://example.org/a/', sourcePath: 'content/articles/a.mdx', contacts: {} } });
    expect(replies).not.toContain('Questions or corrections?');
    const emailOnly = await container.renderToString(Replies, { props: { title: 'A', url: 'https://example.org/a/', sourcePath: 'content/articles/a.mdx', contacts: { email: 'editors@example.org' } } });
    expect(emailOnly).toContain('mailto:editors@example.org');
    expect(emailOnly).not.toContain('issues/new');
    expect(emailOnly).not.toContain('Suggest an edit');
  });

  it('shows the reading time, topics and a table of contents when given them', async () => {
    const html = await container.renderToString(ArticleLayout, {
      props: articlePage({
        readingMinutes: 7,
        topics: [{ slug: 'insomnia', label: 'Insomnia' }],
        toc: [{ slug: 'one', text: 'One' }, { slug: 'two', text: 'Two' }, { slug: 'three', text: 'Three' }],
      }),
      slots: { default: '<h2 id="one">One</h2>' },
    });
    expect(visibleText(html)).toContain('7 minute read');
    expect(html).toContain('href="/topics/insomnia/"');
    expect(html).toMatch(/<nav[^>]*aria-labelledby="toc-heading"/);
    expect(html).toContain('href="#two"');
  });

  it('has no table of contents, related list or pager when there is nothing to show', async () => {
    const html = await container.renderToString(ArticleLayout, { props: layoutProps, slots: { default: '' } });
    expect(html).not.toContain('toc-heading');
    expect(html).not.toContain('Related articles');
    expect(html).not.toContain('rel="prev"');
  });
});

describe('Pagination (archive pages)', () => {
  it('links every page, marks the current one and offers newer and older', async () => {
    const html = await container.renderToString(Pagination, { props: { page: { number: 2, total: 3, previous: 1, next: 3 } } });
    expect(html).toMatch(/<a href="\/articles\/"[^>]*rel="prev"[^>]*>← Newer articles/);
    expect(html).toMatch(/<a href="\/articles\/page\/3\/"[^>]*rel="next"[^>]*>Older articles →/);
    expect(html).toMatch(/<a href="\/articles\/page\/2\/" aria-current="page"/);
    expect(visibleText(html)).toContain('Page 1');
    expect(visibleText(html)).toContain('Page 3');
  });
  it('renders nothing when everything fits on one page', async () => {
    const html = await container.renderToString(Pagination, { props: { page: { number: 1, total: 1, previous: undefined, next: undefined } } });
    expect(html.trim()).toBe('');
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

describe('UrgentHelp', () => {
  it('gives the UK-wide, nation, US 988 (call, text, chat) and 911 routes as phone, text and web links', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(UrgentHelp);
    for (const tel of ['tel:999', 'tel:116123', 'tel:111', 'tel:08001111', 'tel:08008385 87'.replace(' ', ''), 'tel:08088088000', 'tel:988', 'tel:911']) expect(html).toContain(`href="${tel}"`);
    expect(html).toContain('href="sms:85258"');
    expect(html).toContain('href="https://988lifeline.org/"');
    expect(html).toContain('befrienders.org');
  });

  it('has a real heading, and on a phone stays short: the UK-wide lines first, each nation in a list that folds', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(UrgentHelp);
    expect(html).toMatch(/<h2 class="urgent-help-heading[^"]*"[^>]*>If you are thinking about harming yourself or ending your life, get help now<\/h2>/);
    const details = /<details[^>]*>([\s\S]*?)<\/details>/.exec(html)?.[1] ?? '';
    expect(details).not.toBe('');
    for (const route of nationRoutes) expect(visibleText(details)).toContain(route.region);
    expect(html.indexOf('tel:999')).toBeLessThan(html.indexOf('<details'));
    expect(visibleText(html).replace(/&amp;/g, '&')).toContain('If your life is in danger or you have harmed yourself, call 999 or go to A&E.');
  });

  it('takes headingLevel="3" where it sits between two h3 sections', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(UrgentHelp, { props: { headingLevel: '3' } });
    expect(html).toMatch(/<h3 class="urgent-help-heading/);
    expect(html).not.toMatch(/<h2/);
  });
});

describe('SeeADoctor', () => {
  it('adds the signs of sleep apnoea and restless legs only with `sleep`, and always links to the safety page', async () => {
    const container = await AstroContainer.create();
    const plain = await container.renderToString(SeeADoctor, { slots: { default: '<ul><li>own bullet</li></ul>' } });
    const sleep = await container.renderToString(SeeADoctor, { props: { sleep: true }, slots: { default: '<ul><li>own bullet</li></ul>' } });
    expect(plain).not.toContain('sleep apnoea');
    expect(sleep).toContain('sleep apnoea');
    expect(sleep).toContain('restless legs');
    for (const html of [plain, sleep]) {
      expect(html).toContain('own bullet');
      expect(html).toContain('/articles/is-massage-safe-for-me/');
    }
  });
});
