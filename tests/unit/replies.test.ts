import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MISTAKE_FORM, replyLinks } from '../../src/lib/replies';
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
    ['no email', { repository: contacts.repository }, ['mistake', 'issue', 'edit']],
    ['no repository', { email: contacts.email }, ['email']],
    ['nothing', {}, []],
  ] as const)('with %s set, gives only the links that channel allows', (_, given, expected) => {
    const present = Object.entries(replyLinks(article, given)).filter(([, href]) => href).map(([name]) => name);
    expect(present.sort()).toEqual([...expected].sort());
  });

  it('"Report a mistake" opens the committed issue form with the page address filled in', () => {
    const url = new URL(links.mistake!);
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/knead-to-sleep/knead-to-sleep/issues/new');
    expect(url.searchParams.get('template')).toBe('mistake-report.yml');
    expect(url.searchParams.get('page')).toBe(article.url);
    expect(url.searchParams.get('title')).toBe('Mistake: Massage & sleep: "what works?"');
  });
});

describe('the mistake-report form in .github/ISSUE_TEMPLATE/', () => {
  const form = parse(readFileSync(`.github/ISSUE_TEMPLATE/${MISTAKE_FORM.file}`, 'utf8')) as { name: string; body: Array<{ type: string; id?: string; validations?: { required?: boolean } }> };

  it('exists, and has the required page-address field the link fills in', () => {
    expect(form.name).toBe('Report a mistake');
    const page = form.body.find((field) => field.id === MISTAKE_FORM.pageField);
    expect(page?.type).toBe('input');
    expect(page?.validations?.required).toBe(true);
  });

  it('asks what is wrong', () => {
    expect(form.body.some((field) => field.id === 'mistake' && field.type === 'textarea')).toBe(true);
  });
});
