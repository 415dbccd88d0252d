/**
 * Quality gates on the built site: accessibility (axe, keyboard), valid HTML,
 * working links, the content security policy, privacy (no third-party
 * requests) and page weight. Pages come from dist/, never from a hand-kept list.
 * Checks that need a browser visit the pages of tests/e2e/sample.ts (every page
 * kind, a fixed sample of articles, the articles changed on this branch); the
 * others read every built page.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { builtArticles, builtPages } from './built-site';
import { builtFile, builtHtml, describeFocus, dist, fragmentLinksIn, idsIn, onePagePerType, parseCsp, recordLoad, tabbableInDomOrder, type FocusStop, type LoadRecord } from './page-checks';
import { browserPages, touchedPages } from './sample';

const pages = builtPages();
const articles = builtArticles();
const visited = browserPages();
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The axe rules (within those tags) whose outcome depends on colours. */
const colourRules = ['color-contrast', 'link-in-text-block'];

/** Budgets for one page load. */
// HTML + CSS + fonts, gzip-compressed as a server sends them, images excluded. The heaviest articles weigh
// 66–69 KB: the options comparison's cited rows, care cards at three levels with their official sources,
// the treatment-choice sections and glossary definitions. 72 KB keeps that, with a little room, as the ceiling.
const ARTICLE_BYTES_BUDGET = 72 * 1024;
const MAX_REQUESTS = 10;

test('the built site has pages to check', () => {
  expect(pages.length).toBeGreaterThan(1);
  expect(articles.length).toBeGreaterThan(0);
});

/**
 * Axe runs in the dark scheme too on one page of each kind and on the pages this branch touched; the
 * rest of the article sample is checked in light (the dark palette is the same on every page of a kind).
 */
const bothSchemes = new Set([...onePagePerType(pages), ...touchedPages(), '/404.html']);

/** An article page stays within the budget of HTML, CSS and fonts, and loads no JavaScript. */
async function expectWithinBudget(load: LoadRecord): Promise<void> {
  await load.settled();
  const scripts = load.responses.filter((r) => r.type === 'script');
  expect.soft(scripts.map((s) => s.url), 'JavaScript files').toEqual([]);
  const counted = load.responses.filter((r) => ['document', 'stylesheet', 'font'].includes(r.type));
  const gzipBytes = counted.reduce((sum, r) => sum + r.gzipBytes, 0);
  const bytes = counted.reduce((sum, r) => sum + r.bytes, 0);
  const detail = [...counted.map((r) => `${r.type} ${r.url} ${r.gzipBytes} gzip, ${r.bytes} uncompressed`), `total ${gzipBytes} gzip, ${bytes} uncompressed`].join('\n');
  test.info().annotations.push({ type: 'page weight', description: `${gzipBytes} bytes gzip, ${bytes} uncompressed` });
  expect.soft(gzipBytes, detail).toBeLessThanOrEqual(ARTICLE_BYTES_BUDGET);
  // Fonts are counted: the page must actually use the site's own type.
  expect.soft(counted.some((r) => r.type === 'font'), detail).toBe(true);
  expect.soft(counted.some((r) => r.type === 'document' && r.bytes > 0)).toBe(true);
}

// The 404 page is built as /404.html; it is checked too. Articles are weighed in the same load.
for (const path of [...visited, '/404.html']) {
  const isArticle = articles.includes(path);
  const schemes = bothSchemes.has(path) ? (['light', 'dark'] as const) : (['light'] as const);
  test(`${path}: no console errors, no CSP violations, no request to another origin, no script, ${isArticle ? `within ${ARTICLE_BYTES_BUDGET / 1024} KB of HTML, CSS and fonts gzip-compressed, ` : ''}and axe finds nothing in ${schemes.join(' or ')}`, async ({ page, baseURL }) => {
    const load = await recordLoad(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');

    const ownOrigin = new URL(baseURL!).origin;
    const foreign = load.requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== ownOrigin);
    expect.soft(foreign, 'requests to other origins').toEqual([]);
    expect.soft(load.errors, 'console errors').toEqual([]);
    expect.soft(load.cspViolations, 'CSP violations').toEqual([]);
    expect.soft(load.requests.length, `requests: ${load.requests.join(', ')}`).toBeLessThanOrEqual(MAX_REQUESTS);
    // Pages work without JavaScript: only the search page may load a script (JSON-LD blocks are data).
    const scripts = await page.locator('script:not([type="application/ld+json"])').count();
    if (path !== '/search/') expect.soft(scripts, 'script elements').toBe(0);
    if (isArticle) await expectWithinBudget(load);

    for (const colorScheme of schemes) {
      await page.emulateMedia({ colorScheme });
      // Only colours change with the scheme, so the dark run checks just the colour rules (half the time).
      const axe = colorScheme === 'light' ? new AxeBuilder({ page }).withTags(axeTags) : new AxeBuilder({ page }).withRules(colourRules);
      const { violations } = await axe.analyze();
      const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n    ')}`);
      expect.soft(summary, `axe, ${colorScheme} colour scheme`).toEqual([]);
    }
  });
}

/** The site files a built page links to with `<link rel="…" href="/…">` (stylesheets, preloaded fonts). */
function linkedFiles(html: string, rel: RegExp): string[] {
  return [...html.matchAll(/<link\s[^>]*>/g)].flatMap(([tag]) => {
    const relValue = tag.match(/\srel="([^"]+)"/)?.[1] ?? '';
    const href = tag.match(/\shref="(\/[^"]+)"/)?.[1];
    return href && rel.test(relValue) ? [href] : [];
  });
}

test(`every article's HTML, stylesheets and preloaded fonts stay within ${ARTICLE_BYTES_BUDGET / 1024} KB gzip-compressed, with no script`, () => {
  // The browser test above also counts fonts loaded on demand, on the sample; this covers every article without one.
  for (const path of articles) {
    const html = builtHtml(path);
    const files = [...linkedFiles(html, /stylesheet/), ...linkedFiles(html, /preload/)];
    const bytes = gzipSync(html).byteLength + files.reduce((sum, file) => sum + gzipSync(readFileSync(builtFile(file))).byteLength, 0);
    expect(bytes, `${path}: ${files.join(', ')}`).toBeLessThanOrEqual(ARTICLE_BYTES_BUDGET);
    expect(html, path).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/);
  }
});

for (const path of onePagePerType(pages)) {
  test(`${path}: the keyboard reaches every link and control, top to bottom, each visible when focused`, async ({ page }) => {
    await page.goto(path);
    const expected = await page.evaluate(tabbableInDomOrder);
    expect(expected.length).toBeGreaterThan(0);
    const stops: FocusStop[] = [];
    for (let index = 0; index < expected.length; index++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(describeFocus);
      expect(stop, `Tab ${index + 1} focused nothing`).not.toBeNull();
      stops.push(stop!);
      expect(stop!.inViewport, `${stop!.label} is on screen when focused`).toBe(true);
      expect(stop!.indicated, `${stop!.label} shows a focus outline`).toBe(true);
    }
    expect(stops.map((s) => String(s.domIndex)), 'focus follows the document order').toEqual(expected);
    // Visual order: each stop is no higher on the page than the one before (a few pixels' leeway for
    // superscript citation links on the same line). Within a table row the order is cell by cell,
    // left to right, so a link at the top of the next cell may sit higher than one low in this cell.
    for (let index = 1; index < stops.length; index++) {
      if (stops[index]!.row !== -1 && stops[index]!.row === stops[index - 1]!.row) continue;
      expect(stops[index]!.top, `${stops[index]!.label} comes after ${stops[index - 1]!.label}`).toBeGreaterThanOrEqual(stops[index - 1]!.top - 12);
    }
  });
}

// .htmlvalidate.json extends html-validate:recommended with two justified changes:
// - no-trailing-whitespace off: Astro writes it, and compressHTML must stay off (see astro.config.mjs);
// - valid-id relaxed: HTML5 allows any id without spaces, and heading ids such as "1-relaxation" come from headings.
// (no-inline-style allows custom properties by default: the body's --print-origin, the site's address for printed
// links. Table column alignment is a class, src/remark/table-captions.ts, not GFM's obsolete align attribute.)
test('every built page is valid HTML (html-validate, .htmlvalidate.json)', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const path of [...pages, '/404.html']) {
    const report = await validator.validateFile(builtFile(path));
    for (const result of report.results) {
      for (const message of result.messages) problems.push(`${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  expect(problems).toEqual([]);
});

test('no broken internal link, #fragment or asset anywhere in the built site (linkinator)', async () => {
  const checker = new LinkChecker();
  const result = await checker.check({
    path: dist,
    recurse: true,
    checkFragments: true,
    checkCss: true,
    concurrency: 8,
    // There is no network here, so links to other sites are not fetched.
    linksToSkip: async (link) => !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link),
  });
  const broken = result.links
    .filter((link) => link.state === 'BROKEN')
    .map((link) => `${link.url} (${link.status}) on ${link.parent} ${link.failureDetails?.map((detail) => (detail instanceof Error ? detail.message : '')).join('; ') ?? ''}`);
  expect(broken).toEqual([]);
  // Every page was reached by following links from the home page: none is orphaned.
  const reached = new Set(result.links.filter((link) => link.state === 'OK').map((link) => `/${relative(dist, link.url)}/`.replace(/\/+$/, '/').replace(/^\/+/, '/')));
  for (const path of pages) expect([...reached], `${path} is linked from somewhere`).toContain(path);
});

// linkinator checks a #fragment on another page only if it met the link before
// it crawled that page, so every fragment link is also checked against the built target.
test('every #fragment link lands on an element with that id', () => {
  const idsByPage = new Map(pages.map((path) => [path, idsIn(builtHtml(path))]));
  const missing: string[] = [];
  let checked = 0;
  for (const path of pages) {
    for (const link of fragmentLinksIn(builtHtml(path), path)) {
      checked++;
      const ids = idsByPage.get(link.path);
      if (!ids?.has(link.fragment)) missing.push(`${path}: ${link.href}`);
    }
  }
  expect(checked).toBeGreaterThan(0);
  expect(missing).toEqual([]);
});

test("the content security policy allows only the site's own scripts, with no 'unsafe-inline'", () => {
  for (const path of [...pages, '/404.html']) {
    const html = builtHtml(path);
    const meta = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/i);
    expect(meta, `${path} has a CSP meta tag`).not.toBeNull();
    const csp = parseCsp(meta![1]!.replaceAll('&#39;', "'"));
    const scriptSources = csp.get('script-src') ?? csp.get('default-src') ?? [];
    expect(scriptSources.length, path).toBeGreaterThan(0);
    expect(scriptSources, path).not.toContain("'unsafe-inline'");
    expect(scriptSources, path).not.toContain("'unsafe-eval'");
    expect(scriptSources.filter((source) => !/^'(self|sha(256|384|512)-[A-Za-z0-9+/=]+)'$/.test(source)), path).toEqual([]);
    expect(csp.get('default-src'), path).toEqual(["'self'"]);
    expect(csp.get('object-src'), path).toEqual(["'none'"]);
  }
});

test('every link to another site has rel="noopener noreferrer"', () => {
  let external = 0;
  const unsafe: string[] = [];
  for (const path of pages) {
    for (const match of builtHtml(path).matchAll(/<a\s[^>]*href="(https?:)?\/\/[^"]*"[^>]*>/g)) {
      external++;
      const rel = match[0].match(/\srel="([^"]*)"/)?.[1]?.split(/\s+/) ?? [];
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) unsafe.push(`${path}: ${match[0]}`);
    }
  }
  expect(external).toBeGreaterThan(0);
  expect(unsafe).toEqual([]);
});
