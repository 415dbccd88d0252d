/**
 * An article's history (`changes` in its frontmatter): pure helpers for the
 * rulebook, the article page and the site-wide /updates/ page.
 */

export interface ChangeEntry {
  date: string;
  what: string;
  why: string;
  correction: boolean;
}

/** The latest date in a history, or undefined for none. Dates are YYYY-MM-DD, so text order is date order. */
export function latestChangeDate(changes: ReadonlyArray<Pick<ChangeEntry, 'date'>>): string | undefined {
  return changes.reduce<string | undefined>((latest, change) => (latest === undefined || change.date > latest ? change.date : latest), undefined);
}

/** The index of the first entry dated after the one before it (the list is newest first), or -1 when in order. */
export function firstOutOfOrder(changes: ReadonlyArray<Pick<ChangeEntry, 'date'>>): number {
  return changes.findIndex((change, index) => index > 0 && change.date > changes[index - 1]!.date);
}

export interface SiteChange extends ChangeEntry {
  articleId: string;
  articleTitle: string;
}

/** Every article's changes in one list, newest first; on the same day, corrections first, then by title. */
export function siteChanges(articles: ReadonlyArray<{ id: string; title: string; changes: readonly ChangeEntry[] }>): SiteChange[] {
  return articles
    .flatMap((article) => article.changes.map((change) => ({ ...change, articleId: article.id, articleTitle: article.title })))
    .sort((a, b) => b.date.localeCompare(a.date) || Number(b.correction) - Number(a.correction) || a.articleTitle.localeCompare(b.articleTitle));
}
