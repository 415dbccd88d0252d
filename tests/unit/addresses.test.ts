/** The address list and the redirects the build writes (src/lib/addresses.ts). */
import { describe, expect, it } from 'vitest';
import { astroRedirects, formatAddressList, redirectPage, parseAddressList, recordedAddress, redirectsFile, redirectsOf, unpublishedEntries } from '../../src/lib/addresses';

describe('the address list', () => {
  it('reads addresses with their lines, skipping comments and blank lines', () => {
    expect(parseAddressList('# A comment\n\n/articles/a/\r\n/about/  # a note\n')).toEqual([
      { address: '/articles/a/', line: 3 },
      { address: '/about/', line: 4 },
    ]);
  });
  it('is written sorted, each address once, under its header', () => {
    const text = formatAddressList(['/b/', '/a/', '/b/']);
    expect(text.endsWith('/a/\n/b/\n')).toBe(true);
    expect(parseAddressList(text).map(({ address }) => address)).toEqual(['/a/', '/b/']);
  });
  it('records pages and feeds, not files from public/, later archive pages or social images', () => {
    const publicFiles = new Set(['/favicon.svg']);
    expect(['/', '/articles/', '/articles/page/2/', '/rss.xml', '/favicon.svg', '/og/site.png', '/topics/insomnia/'].filter((route) => recordedAddress(route, publicFiles))).toEqual(['/', '/articles/', '/rss.xml', '/topics/insomnia/']);
  });
});

describe('redirects', () => {
  const unpublished = unpublishedEntries({ pages: [{ address: '/articles/gone/', goTo: '/topics/insomnia/', why: 'Merged.' }, { address: '/articles/half/' }] });
  const redirects = redirectsOf([{ route: '/articles/new/', redirectFrom: ['/articles/old/', '/articles/gone/'] }], unpublished);

  it('come from each article\'s redirectFrom, then the pages taken down; the first claim on an address wins', () => {
    expect(unpublished).toEqual([{ address: '/articles/gone/', goTo: '/topics/insomnia/', why: 'Merged.' }]);
    expect(redirects.map(({ from, to }) => [from, to])).toEqual([
      ['/articles/old/', '/articles/new/'],
      ['/articles/gone/', '/articles/new/'],
    ]);
  });
  it('become permanent Astro redirects, and a _redirects file with the base path', () => {
    expect(astroRedirects(redirects)['/articles/old/']).toEqual({ status: 301, destination: '/articles/new/' });
    // Astro puts the base before the old address itself, not before the destination.
    expect(astroRedirects(redirects, '/knead-to-sleep/')['/articles/old/']).toEqual({ status: 301, destination: '/knead-to-sleep/articles/new/' });
    expect(redirectsFile(redirects, '/knead-to-sleep/')).toBe('/knead-to-sleep/articles/old/ /knead-to-sleep/articles/new/ 301\n/knead-to-sleep/articles/gone/ /knead-to-sleep/articles/new/ 301\n');
    expect(redirectsFile(redirects)).toBe('/articles/old/ /articles/new/ 301\n/articles/gone/ /articles/new/ 301\n');
  });

  it('the page at an old address sends readers on, inside the base path, and is not to be listed', () => {
    const page = redirectPage({ from: '/articles/old/', to: '/articles/new/' }, { base: '/kts/', siteUrl: 'https://example.org', lang: 'en-GB' });
    expect(page).toContain('<html lang="en-GB">');
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/kts/articles/new/">');
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toContain('<link rel="canonical" href="https://example.org/kts/articles/new/">');
  });
});
