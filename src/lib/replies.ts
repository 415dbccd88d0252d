/**
 * "Questions or corrections?" links at the end of an article: a prefilled new
 * issue, an email, and an edit link to the article's source file. Pure, so the
 * encoding is tested; no third-party script is involved.
 */

export interface ReplyTarget {
  title: string;
  /** The article's absolute URL. */
  url: string;
  /** The article's source file relative to the repository root, e.g. content/articles/x.mdx. */
  sourcePath: string;
}

export interface ReplyChannels {
  /** Repository web address without a trailing slash, e.g. https://github.com/owner/repo. */
  repositoryUrl: string;
  branch: string;
  email: string;
}

export interface ReplyLinks {
  issue: string;
  email: string;
  edit: string;
}

function query(params: Record<string, string>): string {
  // encodeURIComponent writes spaces as %20, which both issue forms and mail clients read as spaces
  // (URLSearchParams' "+" shows up literally in some mail clients).
  return Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
}

export function replyLinks(article: ReplyTarget, channels: ReplyChannels): ReplyLinks {
  const repository = channels.repositoryUrl.replace(/\/+$/, '');
  const issueBody = [
    `Article: ${article.title}`,
    `Address: ${article.url}`,
    '',
    'What is your question or correction? If a claim looks wrong, please say which one and, if you can, link a source.',
    '',
  ].join('\n');
  const sourcePath = article.sourcePath.replace(/^\/+/, '');
  return {
    issue: `${repository}/issues/new?${query({ title: `Question or correction: ${article.title}`, body: issueBody })}`,
    email: `mailto:${channels.email}?${query({ subject: `About "${article.title}"`, body: `${article.url}\n\n` })}`,
    edit: `${repository}/edit/${encodeURI(channels.branch)}/${encodeURI(sourcePath)}`,
  };
}
