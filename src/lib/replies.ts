/**
 * "Questions or corrections?" links at the end of an article: a prefilled new
 * issue, an email, and an edit link to the article's source file. Pure, so the
 * encoding is tested; no third-party script is involved.
 */
import type { Contacts } from './contacts.ts';

export interface ReplyTarget {
  title: string;
  /** The article's absolute URL. */
  url: string;
  /** The article's source file relative to the repository root, e.g. content/articles/x.mdx. */
  sourcePath: string;
}

export interface ReplyLinks {
  /** "Report a mistake": the repository's mistake-report issue form, with the page address filled in. */
  mistake?: string | undefined;
  issue?: string | undefined;
  email?: string | undefined;
  edit?: string | undefined;
}

/** The issue form in .github/ISSUE_TEMPLATE/ and the id of its page-address field. */
export const MISTAKE_FORM = { file: 'mistake-report.yml', pageField: 'page' } as const;

function query(params: Record<string, string>): string {
  // encodeURIComponent writes spaces as %20, which both issue forms and mail clients read as spaces
  // (URLSearchParams' "+" shows up literally in some mail clients).
  return Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
}

/** The links the set channels allow; a channel that is not set gives no link. */
export function replyLinks(article: ReplyTarget, contacts: Contacts): ReplyLinks {
  const issueBody = [
    `Article: ${article.title}`,
    `Address: ${article.url}`,
    '',
    'What is your question or correction? If a claim looks wrong, please say which one and, if you can, link a source.',
    '',
  ].join('\n');
  const sourcePath = article.sourcePath.replace(/^\/+/, '');
  const repository = contacts.repository;
  return {
    mistake: repository && `${repository.url}/issues/new?${query({ template: MISTAKE_FORM.file, title: `Mistake: ${article.title}`, [MISTAKE_FORM.pageField]: article.url })}`,
    issue: repository && `${repository.url}/issues/new?${query({ title: `Question or correction: ${article.title}`, body: issueBody })}`,
    email: contacts.email && `mailto:${contacts.email}?${query({ subject: `About "${article.title}"`, body: `${article.url}\n\n` })}`,
    edit: repository && `${repository.url}/edit/${encodeURI(repository.branch)}/${encodeURI(sourcePath)}`,
  };
}
