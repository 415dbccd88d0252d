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
  /** The entry's fragment id on the article page (changeAnchor). */
  anchor: string;
}

/** Every article's changes in one list, newest first; on the same day, corrections first, then by title. */
export function siteChanges(articles: ReadonlyArray<{ id: string; title: string; changes: readonly ChangeEntry[] }>): SiteChange[] {
  return articles
    .flatMap((article) => article.changes.map((change, index) => ({ ...change, articleId: article.id, articleTitle: article.title, anchor: changeAnchor(article.changes, index) })))
    .sort((a, b) => b.date.localeCompare(a.date) || Number(b.correction) - Number(a.correction) || a.articleTitle.localeCompare(b.articleTitle));
}

/** The fragment id of entry `index` in an article's history: change-YYYY-MM-DD, with -2, -3 … for later entries of the same day. */
export function changeAnchor(changes: ReadonlyArray<Pick<ChangeEntry, 'date'>>, index: number): string {
  const date = changes[index]!.date;
  const sameDayBefore = changes.slice(0, index).filter((change) => change.date === date).length;
  return `change-${date}${sameDayBefore ? `-${sameDayBefore + 1}` : ''}`;
}
