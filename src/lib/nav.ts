/**
 * Which main-navigation link marks the reader's place: `page` on the link to
 * the page itself, `true` on the section a deeper page sits in (an article
 * under Articles, a topic under Topics, the evidence map under How we grade
 * evidence), nothing elsewhere.
 */
export function navCurrent(pathname: string, itemHref: string): 'page' | 'true' | undefined {
  const path = pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(pathname) ? pathname : `${pathname}/`;
  if (path === itemHref) return 'page';
  // "/" is the home page, never a section of every page.
  if (itemHref.endsWith('/') && itemHref.length > 1 && path.startsWith(itemHref)) return 'true';
  return undefined;
}
