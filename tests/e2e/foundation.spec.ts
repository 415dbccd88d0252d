import { expect, test } from '@playwright/test';
import { HOME_ARTICLE_COUNT } from '../../src/lib/pagination';
import { builtArticles } from './built-site';
import { builtHtml } from './page-checks';
import { browserPages } from './sample';

const articles = builtArticles();

test('the build produced the six articles', () => {
  expect(articles.length).toBeGreaterThanOrEqual(6);
});

test('the home page lists the newest articles, newest first, links to the archive, and every link on it works', async ({ page, request }) => {
  // The archive's first page starts with the newest articles (tests/e2e/readers.spec.ts checks the whole archive).
  await page.goto('/articles/');
  const archive = await page.locator('.article-card a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  await page.goto('/');
  const listed = await page.locator('.article-card a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(listed).toEqual(archive.slice(0, HOME_ARTICLE_COUNT));
  await expect(page.getByRole('link', { name: /^All \d+ articles?, newest first$/ })).toHaveAttribute('href', '/articles/');
  const dates = await page.locator('.article-card time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());

  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  for (const href of new Set(hrefs.map((h) => h.split('#')[0]!))) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
  }
});

/** What every article page must carry, read from its built HTML (no page load, so it scales with the library). */
interface ArticleFacts {
  disclaimers: number;
  disclaimerLink: string | null;
  reviewDates: string;
  notClinicallyReviewed: boolean;
  h1s: number;
  /** Each citation: the fragment it links to and the number it shows. */
  cites: Array<{ target: string; number: number }>;
  /** The Sources list: each entry's id and whether it links out. */
  sources: Array<{ id: string; linksOut: boolean }>;
}

test('every article shows exactly one medical disclaimer, its review dates, one h1, and citations that match their numbered sources', async ({ page }) => {
  for (const path of articles) {
    const facts = await page.evaluate((source): ArticleFacts => {
      const doc = new DOMParser().parseFromString(source, 'text/html');
      const disclaimers = doc.querySelectorAll('aside[aria-label="Medical disclaimer"]');
      const link = [...(disclaimers[0]?.querySelectorAll('a') ?? [])].find((a) => /full medical disclaimer/.test(a.textContent ?? ''));
      return {
        disclaimers: disclaimers.length,
        disclaimerLink: link?.getAttribute('href') ?? null,
        reviewDates: (doc.querySelector('[data-testid="review-dates"]')?.textContent ?? '').replace(/\s+/g, ' '),
        notClinicallyReviewed: doc.querySelector('[data-testid="not-clinically-reviewed"]') !== null,
        h1s: doc.querySelectorAll('h1').length,
        cites: [...doc.querySelectorAll('sup.cite a')].map((a) => ({ target: a.getAttribute('href') ?? '', number: Number((a.textContent ?? '').match(/\[(\d+)\]/)?.[1]) })),
        sources: [...doc.querySelectorAll('.sources li')].map((li) => ({ id: li.id, linksOut: li.querySelector('a[href^="https://"]') !== null })),
      };
    }, builtHtml(path));
    expect(facts.disclaimers, `${path}: medical disclaimers`).toBe(1);
    expect(facts.disclaimerLink, path).toBe('/disclaimer/');
    expect(facts.reviewDates, path).toMatch(/Page last reviewed: \d{1,2} \w+ \d{4}/);
    expect(facts.reviewDates, path).toMatch(/Next review due: \d{1,2} \w+ \d{4}/);
    expect(facts.notClinicallyReviewed, path).toBe(true);
    expect(facts.h1s, `${path}: h1 elements`).toBe(1);
    expect(facts.cites.length, `${path}: citations`).toBeGreaterThan(0);
    // The number shown is the position of the source in the list.
    for (const cite of facts.cites) expect(`#${facts.sources[cite.number - 1]?.id}`, `${path}: citation [${cite.number}]`).toBe(cite.target);
    for (const source of facts.sources) expect(source.linksOut, `${path}: ${source.id} links to the source`).toBe(true);
  }
});

for (const path of browserPages().filter((visited) => articles.includes(visited))) {
  test(`on ${path}, following a citation scrolls to its source, which links out`, async ({ page }) => {
    await page.goto(path);
    const first = page.locator('sup.cite a').first();
    const target = (await first.getAttribute('href'))!;
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(page.locator(target)).toBeInViewport();
    await expect(page.locator(`${target} a[href^="https://"]`).first()).toBeVisible();
  });
}

test('the full disclaimer page says what a medical disclaimer must', async ({ page }) => {
  await page.goto('/disclaimer/');
  const text = (await page.locator('main').innerText()).toLowerCase();
  expect(text).toContain('general information');
  expect(text).toMatch(/not a substitute for|does not replace|cannot replace/);
  expect(text).toMatch(/diagnosis/);
  expect(text).toMatch(/sleep specialist/);
  expect(text).toMatch(/do not (start, stop or )?change/);
});

test('an unknown address gets the 404 page, which is not indexed', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

test('the skip link is the first thing a keyboard reaches and moves focus to the main content', async ({ page }) => {
  await page.goto(articles[0]!);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

// Console errors, CSP and scripts on every page are checked in quality.spec.ts.

test('pages work from 320 px wide without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of ['/', articles[0]!]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
