import { expect, test } from '@playwright/test';
import { HOME_ARTICLE_COUNT } from '../../src/lib/pagination';
import { builtArticles } from './built-site';

const articles = builtArticles();

test('the build produced the six articles', () => {
  expect(articles.length).toBeGreaterThanOrEqual(6);
});

test('the home page lists the newest articles, newest first, links to the archive, and every link on it works', async ({ page, request }) => {
  await page.goto('/articles/');
  const archive = await page.locator('.article-card a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect([...archive].sort()).toEqual(articles);
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

for (const path of articles) {
  test(`article ${path} shows exactly one medical disclaimer, its review dates and its sources`, async ({ page }) => {
    await page.goto(path);
    const disclaimer = page.getByRole('complementary', { name: 'Medical disclaimer' });
    await expect(disclaimer).toHaveCount(1);
    await expect(disclaimer.getByRole('link', { name: /full medical disclaimer/ })).toHaveAttribute('href', '/disclaimer/');
    await expect(page.getByTestId('review-dates')).toContainText(/Page last reviewed: \d{1,2} \w+ \d{4}/);
    await expect(page.getByTestId('review-dates')).toContainText(/Next review due: \d{1,2} \w+ \d{4}/);
    await expect(page.getByTestId('not-clinically-reviewed')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  });

  test(`every citation on ${path} lands on its numbered source`, async ({ page }) => {
    await page.goto(path);
    const cites = page.locator('sup.cite a');
    const count = await cites.count();
    expect(count).toBeGreaterThan(0);
    const sourceItems = page.locator('.sources li');
    for (let index = 0; index < count; index++) {
      const cite = cites.nth(index);
      const target = (await cite.getAttribute('href'))!;
      const number = Number((await cite.innerText()).match(/\[(\d+)\]/)![1]);
      // The number shown is the position of the source in the list.
      await expect(sourceItems.nth(number - 1)).toHaveAttribute('id', target.slice(1));
    }
    await cites.first().click();
    const firstTarget = (await cites.first().getAttribute('href'))!;
    await expect(page).toHaveURL(new RegExp(`${firstTarget}$`));
    await expect(page.locator(firstTarget)).toBeInViewport();
    await expect(page.locator(`${firstTarget} a[href^="https://"]`).first()).toBeVisible();
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
