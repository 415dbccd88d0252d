/** What an article shows of its workings: its history, the evidence-searched date, breadcrumbs and hidden search terms. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ArticleLayout from '../../src/layouts/ArticleLayout.astro';
import { articlePage } from './fixtures/article-page';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const visibleText = (html: string) => html.replace(/<p hidden[^>]*>[^<]*<\/p>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const render = (overrides: Parameters<typeof articlePage>[0]) => container.renderToString(ArticleLayout, { props: articlePage(overrides), slots: { default: '<p>Body</p>' } });

describe('an article shows its workings', () => {
  it('lists its history at the end, newest first, marking corrections and saying why', async () => {
    const html = await render({
      changes: [
        { date: '2026-12-03', what: 'Fixed the warning signs.', why: 'They were not the official wording.', correction: true },
        { date: '2026-11-29', what: 'Added a section on oils.', why: 'Readers asked about them.', correction: false },
      ],
    });
    const text = visibleText(html);
    expect(text).toContain('Page history');
    expect(text.indexOf('3 December 2026')).toBeLessThan(text.indexOf('29 November 2026'));
    expect(text).toMatch(/3 December 2026 · Correction Fixed the warning signs\. Why: They were not the official wording\./);
    expect(text).not.toMatch(/29 November 2026 · Correction/);
    expect(html).toContain('id="change-2026-12-03"');
    expect(html).toContain('href="/updates/"');
  });

  it('shows no history section when there is none', async () => {
    expect(await render({})).not.toContain('Page history');
  });

  it('shows the evidence-searched date beside last reviewed', async () => {
    const text = visibleText(await render({ evidenceSearched: '2026-11-20' }));
    expect(text).toMatch(/Page last reviewed: 21 November 2026 Evidence last searched: 20 November 2026/);
  });

  it('shows its breadcrumbs above the title, the page itself last', async () => {
    const html = await render({ breadcrumbs: [{ name: 'Home', href: '/' }, { name: 'Articles', href: '/articles/' }, { name: 'A test article', href: '/articles/a-test-article/' }] });
    expect(html).toMatch(/<nav class="breadcrumbs[^"]*"[^>]*aria-label="Breadcrumb"/);
    expect(html).toMatch(/<a href="\/articles\/a-test-article\/" aria-current="page"[^>]*>A test article<\/a>/);
    expect(html.indexOf('aria-label="Breadcrumb"')).toBeLessThan(html.indexOf('<h1'));
  });

  it('indexes the search terms in a hidden paragraph, and gives search the answer or else the lede as metadata', async () => {
    const html = await render({ search: { terms: ['third trimester', 'late pregnancy'] } });
    expect(html).toMatch(/<p hidden[^>]*>third trimester, late pregnancy<\/p>/);
    expect(visibleText(html)).not.toContain('third trimester');
    expect(html).toMatch(/<p class="lede[^"]*"[^>]*data-pagefind-meta="description"/);
    const answered = await render({ answer: 'Yes, gently, and ask your midwife first before you start.' });
    expect(answered).toMatch(/data-pagefind-meta="answer"[^>]*>Yes, gently/);
  });

  it('keeps the date and topics line out of the search index', async () => {
    const html = await render({ topics: [{ slug: 'insomnia', label: 'Insomnia' }] });
    expect(html).toMatch(/<div data-pagefind-ignore[^>]*>\s*<p class="meta/);
  });
});
