/**
 * Addresses that never silently break. content/addresses.txt lists every
 * address the site has published (articles, topics, standing pages, feeds);
 * an address on it must still be served, either as a page or as a redirect:
 * from an article that names it in `redirectFrom`, or from the standing list
 * of pages taken down (content/unpublished.yaml) with where readers go instead.
 * Pure: the rulebook, `npm run addresses` and the build's redirects all use it.
 */

/** Where the list lives, and the standing list of pages taken down, from the project root. */
export const ADDRESS_LIST = 'content/addresses.txt';
export const UNPUBLISHED_LIST = 'content/unpublished.yaml';

/** The list's first lines: what it is and how to change it. */
export const ADDRESS_LIST_HEADER = [
  '# Every address this site has published. Written by `npm run addresses`; commit it with your change.',
  '# An address may never simply vanish: see docs/editing.md, "Renaming or taking down an article".',
];

export interface ListedAddress {
  address: string;
  /** Its line in the file, from 1. */
  line: number;
}

/** The addresses in the list's text, with their lines (comments and blank lines skipped). */
export function parseAddressList(text: string): ListedAddress[] {
  return text.split(/\r?\n/).flatMap((raw, index) => {
    const address = raw.replace(/#.*$/, '').trim();
    return address ? [{ address, line: index + 1 }] : [];
  });
}

/** The list's text for these addresses: sorted, each once. */
export function formatAddressList(addresses: Iterable<string>): string {
  return `${[...ADDRESS_LIST_HEADER, ...[...new Set(addresses)].sort()].join('\n')}\n`;
}

/**
 * The addresses the list records from what the site serves: pages and feeds,
 * not files copied from public/ (images, icons) nor archive pages after the
 * first, whose contents shift as articles are added.
 */
export function recordedAddress(route: string, publicFiles: ReadonlySet<string>): boolean {
  return !publicFiles.has(route) && !/^\/articles\/page\/\d+\/$/.test(route) && !route.startsWith('/og/');
}

/** One redirect the build writes: from an old address to where readers go now. */
export interface Redirect {
  from: string;
  to: string;
}

/** A page taken down, from content/unpublished.yaml. */
export interface Unpublished {
  address: string;
  goTo: string;
  why?: string;
}

/** The entries of content/unpublished.yaml's fields (a list of { address, goTo, why }); entries without both addresses are left out. */
export function unpublishedEntries(data: unknown): Unpublished[] {
  const list = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { pages?: unknown }).pages) ? (data as { pages: unknown[] }).pages : [];
  return list.flatMap((entry): Unpublished[] => {
    if (!entry || typeof entry !== 'object') return [];
    const { address, goTo, why } = entry as Record<string, unknown>;
    if (typeof address !== 'string' || typeof goTo !== 'string') return [];
    return [{ address, goTo, ...(typeof why === 'string' ? { why } : {}) }];
  });
}

/** Every redirect: each article's old addresses to its own, then each page taken down to where readers go. The first claim on an address wins. */
export function redirectsOf<Owner = undefined>(
  articles: ReadonlyArray<{ route: string; redirectFrom: readonly string[]; owner?: Owner }>,
  unpublished: readonly Unpublished[],
  unpublishedOwner?: Owner,
): Array<Redirect & { owner: Owner | undefined }> {
  const seen = new Set<string>();
  const redirects: Array<Redirect & { owner: Owner | undefined }> = [];
  const add = (from: string, to: string, owner: Owner | undefined) => {
    if (seen.has(from)) return;
    seen.add(from);
    redirects.push({ from, to, owner });
  };
  for (const article of articles) for (const from of article.redirectFrom) add(from, article.route, article.owner);
  for (const page of unpublished) add(page.address, page.goTo, unpublishedOwner);
  return redirects;
}

const withBase = (base: string, path: string) => `${base.replace(/\/$/, '')}${path}`;

/**
 * The redirects as Astro's `redirects` option takes them: Astro adds the base path to the old
 * address, but not to the destination, so the destination gets it here.
 */
export function astroRedirects(redirects: readonly Redirect[], base = '/'): Record<string, { status: 301; destination: string }> {
  return Object.fromEntries(redirects.map(({ from, to }) => [from, { status: 301 as const, destination: withBase(base, to) }]));
}

/** A `_redirects` file (Netlify, Cloudflare Pages and others read one): one permanent redirect a line, with the base path. */
export function redirectsFile(redirects: readonly Redirect[], base = '/'): string {
  return redirects.map(({ from, to }) => `${withBase(base, from)} ${withBase(base, to)} 301\n`).join('');
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The page served at an old address: it sends the browser on at once, tells search engines not to
 * list it and which address to list instead, and says in words where the page went (valid HTML;
 * Astro's own redirect page lacks a language and the W3C checker rejects its refresh value).
 */
export function redirectPage(redirect: Redirect, options: { base: string; siteUrl: string; lang: string }): string {
  const to = withBase(options.base, redirect.to);
  const absolute = new URL(to, options.siteUrl).href;
  return `<!doctype html>
<html lang="${escapeHtml(options.lang)}">
<meta charset="utf-8">
<title>This page has moved</title>
<meta http-equiv="refresh" content="0; url=${escapeHtml(to)}">
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(absolute)}">
<p>This page has moved to <a href="${escapeHtml(to)}">${escapeHtml(absolute)}</a>.</p>
</html>
`;
}
