import { describe, expect, it } from 'vitest';
import { replyLinks } from '../../src/lib/replies';

const channels = { repositoryUrl: 'https://github.com/knead-to-sleep/knead-to-sleep', branch: 'main', email: 'editors@example.org' };
const article = {
  title: 'Massage & sleep: "what works?"',
  url: 'https://example.org/articles/massage-and-sleep/',
  sourcePath: 'content/articles/massage-and-sleep.mdx',
};

describe('replyLinks', () => {
  const links = replyLinks(article, channels);

  it('opens a new issue on the repository with the article title and address filled in', () => {
    const url = new URL(links.issue);
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/knead-to-sleep/knead-to-sleep/issues/new');
    expect(url.searchParams.get('title')).toBe('Question or correction: Massage & sleep: "what works?"');
    expect(url.searchParams.get('body')).toContain('Article: Massage & sleep: "what works?"');
    expect(url.searchParams.get('body')).toContain('Address: https://example.org/articles/massage-and-sleep/');
  });

  it('writes spaces as %20, never +, so mail clients and issue forms show spaces', () => {
    expect(links.issue).not.toContain('+');
    expect(links.email).not.toContain('+');
    expect(links.issue).toContain('Question%20or%20correction');
  });

  it('emails the editors with a subject naming the article', () => {
    expect(links.email.startsWith('mailto:editors@example.org?')).toBe(true);
    const params = new URLSearchParams(links.email.split('?')[1]);
    expect(params.get('subject')).toBe('About "Massage & sleep: "what works?""');
    expect(params.get('body')).toContain(article.url);
  });

  it('links "Suggest an edit" to the source file on the branch', () => {
    expect(links.edit).toBe('https://github.com/knead-to-sleep/knead-to-sleep/edit/main/content/articles/massage-and-sleep.mdx');
  });

  it.each([
    ['a trailing slash on the repository address', { ...channels, repositoryUrl: `${channels.repositoryUrl}/` }, article.sourcePath],
    ['a leading slash on the source path', channels, `/${article.sourcePath}`],
  ])('copes with %s', (_, channelsVariant, sourcePath) => {
    const variant = replyLinks({ ...article, sourcePath }, channelsVariant);
    expect(variant.edit).toBe(links.edit);
    expect(variant.issue).toBe(links.issue);
  });
});
