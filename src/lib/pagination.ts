/**
 * Splitting a list into numbered pages (the article archive). Pure: page
 * paths are built by a function the caller passes, so the base path and the
 * URL scheme stay in src/paths.ts.
 */

/** Articles on one archive page. */
export const ARCHIVE_PAGE_SIZE = 12;

/** The home page shows this many of the newest articles and links to the archive for the rest. */
export const HOME_ARTICLE_COUNT = 6;

export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages there are in all. */
  total: number;
  items: T[];
  /** Number of the page before, if any. */
  previous: number | undefined;
  /** Number of the page after, if any. */
  next: number | undefined;
}

/** The pages of `items`, `pageSize` to a page. An empty list still has one (empty) page, so the archive exists. */
export function paginate<T>(items: readonly T[], pageSize = ARCHIVE_PAGE_SIZE): Page<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`pageSize must be a whole number of at least 1, not ${pageSize}`);
  const total = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: total }, (_, index) => ({
    number: index + 1,
    total,
    items: items.slice(index * pageSize, (index + 1) * pageSize),
    previous: index > 0 ? index : undefined,
    next: index + 1 < total ? index + 2 : undefined,
  }));
}

/** Root-relative path of archive page `number`: page 1 is the archive itself, then /page/2/ … */
export function archivePagePath(number: number, root = '/articles/'): string {
  return number <= 1 ? root : `${root}page/${number}/`;
}
