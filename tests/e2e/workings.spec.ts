/**
 * Issue 20 as readers meet it: search in their own words (held-out questions,
 * hidden search terms, results that open at the matching section), the
 * routine on one printed page and in bed, the site's history and standing
 * pages, and the keyboard, zoom and print points of the checkers' pass.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { builtArticles, builtPages } from './built-site';
import { builtHtml, dist } from './page-checks';
import { readerQuestions } from './reader-questions';

const articles = builtArticles();
const contentFolder = join(import.meta.dirname, '../../content/articles');

/** The frontmatter of a built article's source file. */
function frontmatter(path: string): Record<string, unknown> {
  const id = path.split('/')[2]!;
  const text = readFileSync(join(contentFolder, `${id}.mdx`), 'utf8');
  return parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;
}

/** Pagefind's results for each query, run in the page as the search page runs them: the article ids, best first. */
async function searchIds(page: Page, queries: readonly string[]): Promise<string[][]> {
  await page.goto('/search/');
  return page.evaluate(async (list) => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    await pagefind.options({ baseUrl: '/' });
    const found: string[][] = [];
    for (const query of list) {
      const search = await pagefind.search(query);
      const data = await Promise.all(search.results.slice(0, 3).map((result: { data(): Promise<{ url: string }> }) => result.data()));
      found.push(data.map((result) => result.url.split('/')[2] ?? result.url));
    }
    return found;
  }, [...queries]);
}

test.describe('search in the reader’s own words', () => {
  test(`each of the ${readerQuestions.length} held-out reader questions finds its page in the first three results`, async ({ page }) => {
    expect(readerQuestions.length).toBeGreaterThanOrEqual(30);
    const found = await searchIds(page, readerQuestions.map((question) => question.query));
    const misses = readerQuestions.flatMap((question, index) => (found[index]!.includes(question.page) ? [] : [`“${question.query}” → ${found[index]!.join(', ') || 'nothing'} (wanted ${question.page})`]));
    expect(misses).toEqual([]);
  });

  test('search terms are indexed but never shown or read aloud', async ({ page }) => {
    const withTerms = articles.filter((path) => ((frontmatter(path).searchTerms as string[] | undefined) ?? []).length > 0);
    expect(withTerms.length).toBeGreaterThan(0);
    await page.goto(withTerms[0]!);
    const terms = page.getByTestId('search-terms');
    await expect(terms).toHaveAttribute('hidden', '');
    await expect(terms).toBeHidden();
    // Hidden elements are out of the accessibility tree: the terms are nowhere in it.
    const tree = await page.locator('main').ariaSnapshot();
    expect(tree).not.toContain(((frontmatter(withTerms[0]!).searchTerms as string[]).join(', ')));
  });

  test('a result shows the answer or the lede, links to the matching section, and highlights words only', async ({ page }) => {
    await page.goto('/search/?q=blood%20thinners');
    const first = page.locator('#search-results > li').first();
    await expect(first.getByRole('link').first()).toHaveAttribute('href', '/articles/is-massage-safe-for-me/');
    const safety = frontmatter('/articles/is-massage-safe-for-me/');
    await expect(first.locator('.search-answer')).toHaveText(String(safety.answer ?? safety.description));
    const sectionLinks = first.locator('.search-sections a');
    await expect(sectionLinks.first()).toHaveAttribute('href', /^\/articles\/is-massage-safe-for-me\/#.+/);
    // The hidden terms never reach the page as an excerpt.
    await expect(first).not.toContainText('warfarin, anticoagulant');
    const marks = await page.locator('#search-results mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark, 'a highlighted word').toMatch(/^[\p{L}\p{N}][\s\S]*[\p{L}\p{N}]$|^[\p{L}\p{N}]$/u);
  });

  test('a snippet never starts with the page’s date, reading time or topics', async ({ page }) => {
    await page.goto('/search/?q=sleep');
    await expect(page.getByRole('status')).toHaveText(/articles? found/);
    const excerpts = await page.locator('#search-results .search-excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/Published|minute read|Topics:/);
    // The header's date and topics line is marked data-pagefind-ignore on every article.
    for (const path of articles) expect(builtHtml(path), path).toMatch(/<div data-pagefind-ignore[^>]*>\s*<p class="meta[ "]/);
  });
});

test.describe('reading order', () => {
  test('the home page starts new readers with the sleep plan, and the Insomnia topic lists it first', async ({ page }) => {
    await page.goto('/');
    const start = page.getByRole('region', { name: 'Start here' });
    await expect(start.getByRole('link').first()).toHaveAttribute('href', '/articles/where-massage-fits-in-a-sleep-plan/');
    await page.goto('/topics/insomnia/');
    await expect(page.locator('.topic-articles .article-card-title a').first()).toHaveAttribute('href', '/articles/where-massage-fits-in-a-sleep-plan/');
  });
});

/** How many pages a PDF has: its page objects. */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

test.describe('the routine for tonight', () => {
  for (const path of ['/routine/', '/routine/in-bed/']) {
    test(`${path} prints on one A4 page and one Letter page, with its drawings`, async ({ page }) => {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ format, preferCSSPageSize: true, printBackground: false });
        expect(pdfPageCount(pdf), `${path} on ${format}`).toBe(1);
      }
      expect(await page.locator('.step-figure-art').count()).toBeGreaterThanOrEqual(5);
    });
  }

  test('the in-bed version has no floor steps and no tools', async ({ page }) => {
    await page.goto('/routine/in-bed/');
    await expect(page.locator('main')).not.toContainText(/floor|roller|massager/i);
    expect(await page.locator('[aria-label*="roller" i]').count()).toBe(0);
  });

  test('the routine article links to both, and prints each step with its drawing unbroken', async ({ page }) => {
    await page.goto('/articles/bedtime-self-massage-routine/');
    await expect(page.locator('main a[href="/routine/"]')).toHaveCount(1);
    await expect(page.locator('main a[href="/routine/in-bed/"]')).toHaveCount(1);
    await page.emulateMedia({ media: 'print' });
    const steps = page.locator('.prose li:has(> .step-figure)');
    expect(await steps.count()).toBeGreaterThan(0);
    expect(await steps.first().evaluate((li) => getComputedStyle(li).breakInside)).toBe('avoid');
    for (const hidden of ['.related', '.pager', '.topic-links', '.toc', '.breadcrumbs']) {
      for (const element of await page.locator(hidden).all()) await expect(element, hidden).toBeHidden();
    }
  });
});

/** Every change entry in the articles' frontmatter, as [article id, date]. */
function changeEntries(): Array<[string, string]> {
  return articles.flatMap((path) => ((frontmatter(path).changes as Array<{ date: string }> | undefined) ?? []).map((change): [string, string] => [path.split('/')[2]!, String(change.date)]));
}

test.describe('a site that shows its workings', () => {
  test('/updates/ and its feed list every change entry, each linking to it in the article’s history', async ({ page, request }) => {
    const entries = changeEntries();
    await page.goto('/updates/');
    await expect(page.locator('.update')).toHaveCount(entries.length);
    const feed = await (await request.get('/updates.xml')).text();
    expect((feed.match(/<item>/g) ?? []).length).toBe(entries.length);
    for (const [id, date] of entries) expect(feed).toContain(`/articles/${id}/#change-${date}`);
    if (entries.length > 0) {
      const [id, date] = entries[0]!;
      await page.goto(`/articles/${id}/`);
      await expect(page.locator(`#change-${date}`)).toBeVisible();
    }
  });

  test('every article with a history shows it, and its evidence-searched date beside last reviewed', async () => {
    for (const path of articles) {
      const data = frontmatter(path);
      const html = builtHtml(path);
      const changes = (data.changes as unknown[] | undefined) ?? [];
      expect(html.includes('data-testid="article-history"'), `${path} shows its history`).toBe(changes.length > 0);
      if (data.evidenceSearched) expect(html, path).toContain(`<time datetime="${String(data.evidenceSearched)}" data-testid="evidence-searched"`);
    }
  });

  test('the funding, privacy and accessibility statements and the updates log are linked from every page’s footer', async () => {
    const standing = ['/funding-and-advertising/', '/privacy/', '/accessibility/', '/updates/'];
    for (const path of standing) expect(builtPages(), path).toContain(path);
    for (const path of [...builtPages().filter((p) => p.endsWith('/')), '/404.html']) {
      const footer = /<footer class="site-footer">([\s\S]*?)<\/footer>/.exec(builtHtml(path))?.[1] ?? '';
      for (const target of standing) expect(footer, `${path} footer links ${target}`).toContain(`href="${target}"`);
    }
    const about = builtHtml('/about/');
    for (const target of standing) expect(about, `About links ${target}`).toContain(`href="${target}"`);
  });

  test('the build has no advert, tracker, cookie or affiliate link: the funding statement stays true', () => {
    // Domains and calls of ad and analytics services (not bare words: an article may well say "plausible").
    const trackers = /google-analytics\.com|googletagmanager\.com|gtag\(|doubleclick\.net|adsbygoogle|googlesyndication\.com|connect\.facebook\.net|fbq\(|plausible\.io|matomo\.(js|php|cloud)|piwik\.(js|php)|hotjar\.com|cdn\.segment\.com|mixpanel\.com|clarity\.ms|amazon-adsystem\.com|taboola\.com|outbrain\.com|quantserve\.com|scorecardresearch\.com|cloudflareinsights\.com|umami\.is/i;
    const affiliate = /[?&](tag|aff|aff_id|affid|affiliate|ref|refid|utm_[a-z]+|irclickid|clickid|awc)=|amzn\.to|awin1\.com|skimlinks|shareasale|go\.redirectingat|linksynergy|impact\.com|partnerize|viglink/i;
    const found: string[] = [];
    const walk = (folder: string) => {
      for (const name of readdirSync(folder)) {
        const file = join(folder, name);
        if (statSync(file).isDirectory()) walk(file);
        else if (/\.(html|js|xml|css)$/.test(name)) {
          const text = readFileSync(file, 'utf8');
          if (trackers.test(text)) found.push(`${file}: ${trackers.exec(text)![0]}`);
          if (/\.(js|html)$/.test(name) && /document\.cookie|localStorage|sessionStorage/.test(text)) found.push(`${file}: stores something in the browser`);
          for (const [, href] of text.matchAll(/href="([^"]+)"/g)) if (affiliate.test(href!.replaceAll('&amp;', '&'))) found.push(`${file}: ${href}`);
          for (const [, src] of text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) if (/^(https?:)?\/\//.test(src!)) found.push(`${file}: script from ${src}`);
        }
      }
    };
    walk(dist);
    expect(found).toEqual([]);
  });
});

test.describe('keyboard, zoom and print', () => {
  test('the main navigation marks the current section on articles, topics and the evidence map', async ({ page }) => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const [path, label, value] of [
      [articles[0]!, 'Articles', 'true'],
      ['/topics/insomnia/', 'Topics', 'true'],
      ['/topics/', 'Topics', 'page'],
      ['/evidence/map/', 'How we grade evidence', 'true'],
      ['/search/', 'Search', 'page'],
    ] as const) {
      await page.goto(path);
      await expect(nav.getByRole('link', { name: label }), path).toHaveAttribute('aria-current', value);
      await expect(nav.locator('[aria-current]'), path).toHaveCount(1);
    }
    await page.goto('/');
    await expect(nav.locator('[aria-current]')).toHaveCount(0);
  });

  test('every article shows breadcrumbs, the same trail as its JSON-LD', async ({ page }) => {
    for (const path of articles) {
      const html = builtHtml(path);
      const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap(([, json]) => {
        const data = JSON.parse(json!) as { '@type'?: string; '@graph'?: unknown[] } | unknown[];
        return Array.isArray(data) ? data : [data, ...((data as { '@graph'?: unknown[] })['@graph'] ?? [])];
      }) as Array<{ '@type'?: string; itemListElement?: Array<{ name: string; item: string }> }>;
      const trail = jsonLd.find((block) => block['@type'] === 'BreadcrumbList')?.itemListElement ?? [];
      expect(trail.length, path).toBeGreaterThan(1);
      const crumbs = [...(/<nav class="breadcrumbs[^"]*"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '').matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map(([, href, name]) => ({ href, name }));
      expect(crumbs.map((crumb) => (crumb.name ?? "").replaceAll('&#39;', "'").replaceAll('&amp;', '&')), path).toEqual(trail.map((item) => item.name));
      expect(crumbs.map((crumb) => crumb.href), path).toEqual(trail.map((item) => new URL(item.item).pathname));
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(articles[0]!);
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeVisible();
  });

  for (const path of ['/evidence/map/', '/search/']) {
    test(`${path} is no wider than a 390-pixel phone with text at 200%`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(path);
      // The browser's text size setting scales the root font size, which every rem and step follows.
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('printed internal links show their full address; in-page links do not', async ({ page }) => {
    await page.goto('/articles/bedtime-self-massage-routine/');
    await page.emulateMedia({ media: 'print' });
    const after = (selector: string) => page.locator(selector).first().evaluate((link) => getComputedStyle(link, '::after').content);
    const host = new URL(String(process.env.SITE_URL ?? 'https://kneadtosleep.org')).host;
    expect(await after('main .prose a[href="/articles/is-massage-safe-for-me/"]')).toBe(`" (${host}/articles/is-massage-safe-for-me/)"`);
    expect(await after('main .prose a[href^="#"]')).not.toContain(host);
  });

  test('at 1280 pixels no footer link breaks over two lines, and no line holds one link alone', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(articles[0]!);
    const links = await page.locator('.site-footer li a').evaluateAll((list) => list.map((link) => ({ text: link.textContent ?? '', lines: link.getClientRects().length, top: Math.round(link.getBoundingClientRect().top) })));
    expect(links.filter((link) => link.lines !== 1)).toEqual([]);
    const rows = Map.groupBy(links, (link) => link.top);
    expect([...rows.values()].filter((row) => row.length === 1).map((row) => row[0]!.text)).toEqual([]);
  });
});
