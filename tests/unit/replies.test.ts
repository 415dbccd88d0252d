import { describe, expect, it } from 'vitest';
import { replyLinks } from '../../src/lib/replies';
import type { Contacts } from '../../src/lib/contacts';

const contacts: Contacts = { repository: { url: 'https://github.com/knead-to-sleep/knead-to-sleep', branch: 'main' }, email: 'editors@example.org' };
const article = {
  title: 'Massage & sleep: "what works?"',
  url: 'https://example.org/articles/massage-and-sleep/',
  sourcePath: 'content/articles/massage-and-sleep.mdx',
};

describe('replyLinks', () => {
  const links = replyLinks(article, contacts);

  it('opens a new issue on the repository with the article title and address filled in', () => {
    const url = new URL(links.issue!);
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
    expect(links.email!.startsWith('mailto:editors@example.org?')).toBe(true);
    const params = new URLSearchParams(links.email!.split('?')[1]);
    expect(params.get('subject')).toBe('About "Massage & sleep: "what works?""');
    expect(params.get('body')).toContain(article.url);
  });

  it('links "Suggest an edit" to the source file on the branch, whatever the leading slash', () => {
    expect(links.edit).toBe('https://github.com/knead-to-sleep/knead-to-sleep/edit/main/content/articles/massage-and-sleep.mdx');
    expect(replyLinks({ ...article, sourcePath: `/${article.sourcePath}` }, contacts).edit).toBe(links.edit);
  });

  it.each([
    ['no email', { repository: contacts.repository }, ['issue', 'edit']],
    ['no repository', { email: contacts.email }, ['email']],
    ['nothing', {}, []],
  ] as const)('with %s set, gives only the links that channel allows', (_, given, expected) => {
    const present = Object.entries(replyLinks(article, given)).filter(([, href]) => href).map(([name]) => name);
    expect(present.sort()).toEqual([...expected].sort());
  });
});
