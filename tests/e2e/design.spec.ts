/**
 * The design as a reader meets it: the site's own type, phones first (what the
 * first screen of an article shows, nothing wider than a small phone), the
 * contents list that folds away on phones, and tables that read on a phone.
 * Layout is checked in the browser on the pages of tests/e2e/sample.ts (every
 * page kind, a fixed sample of articles, the articles changed on this branch).
 */
import { expect, test, type Page } from '@playwright/test';
import { builtArticles } from './built-site';
import { builtHtml } from './page-checks';
import { browserPages } from './sample';

const articles = builtArticles();
const visited = browserPages();
const visitedArticles = visited.filter((path) => articles.includes(path));

test('every page fits a 320-pixel screen: nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const tooWide: string[] = [];
  for (const path of [...visited, '/404.html']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) {
      const culprits = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .slice(0, 3)
          .map((element) => `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`),
      );
      tooWide.push(`${path}: ${overflow}px too wide (${culprits.join(', ')})`);
    }
  }
  expect(tooWide).toEqual([]);
});

test('on a 390×844 phone, every article’s first screen shows its title, its answer and the first key point', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of visitedArticles) {
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    const firstKeyPoint = page.locator('.key-points li').first();
    for (const [what, locator] of [['title', page.locator('h1')], ['answer', page.locator('[data-testid="answer"]')], ['first key point', firstKeyPoint]] as const) {
      const box = await locator.boundingBox();
      expect(box, `${path}: ${what}`).not.toBeNull();
      expect(box!.y, `${path}: the ${what} starts on the first screen`).toBeLessThan(844 - 24);
    }
  }
});

test('the contents list is one closed line on a phone and open on a wide screen, without JavaScript', async ({ browser }) => {
  const article = articles[0]!;
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await page.goto(article);
  await expect(toc).toBeVisible();
  await expect(toc.getByRole('link').first()).toBeHidden();
  await toc.locator('summary').click();
  await expect(toc.getByRole('link').first()).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(article);
  await expect(toc.getByRole('link').first()).toBeVisible();
  await context.close();
});

test('on a wide screen the contents list is a heading and a list: no summary to tab to that cannot fold', async ({ page }) => {
  const article = articles[0]!;
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto(article);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('heading', { name: 'On this page' })).toBeVisible();
  await expect(toc.locator('summary')).toBeHidden();
  // Tabbing from the skip link, the first stop inside the contents is its first section link.
  const firstLink = await toc.getByRole('link').first().getAttribute('href');
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ inToc: Boolean(document.activeElement?.closest('.toc')), tag: document.activeElement?.tagName ?? '', href: document.activeElement?.getAttribute('href') ?? '' }));
    if (focused.inToc) {
      expect(focused.tag).toBe('A');
      expect(focused.href).toBe(firstLink);
      return;
    }
  }
  throw new Error('Tab never reached the contents list');
});

test('text and headings are set in the site’s own Source Serif 4, served by the site', async ({ page }) => {
  await page.goto(articles[0]!);
  const faces = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((face) => face.status === 'loaded').map((face) => `${face.family.replaceAll('"', '')} ${face.weight}`);
  });
  expect(faces.some((face) => /^Source Serif 4\S* 400$/.test(face)), faces.join(', ')).toBe(true);
  expect(faces.some((face) => /^Source Serif 4\S* 600$/.test(face)), faces.join(', ')).toBe(true);
  const fonts = await page.evaluate(() => [getComputedStyle(document.body).fontFamily, getComputedStyle(document.querySelector('h1')!).fontFamily]);
  for (const family of fonts) expect(family).toMatch(/^"?Source Serif 4/);
});

/** Each table in an article's built HTML: its caption and column names (read without loading the page). */
async function tablesIn(page: Page, path: string): Promise<Array<{ caption: string; columns: number }>> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    return [...doc.querySelectorAll('.prose table')].map((table) => ({ caption: (table.querySelector('caption')?.textContent ?? '').trim(), columns: table.querySelectorAll('thead th').length }));
  }, builtHtml(path));
}

test('every table in every article has a caption and column names', async ({ page }) => {
  let tables = 0;
  for (const path of articles) {
    for (const [index, table] of (await tablesIn(page, path)).entries()) {
      tables++;
      expect(table.caption, `${path}: table ${index + 1} caption`).not.toBe('');
      expect(table.columns, `${path}: table ${index + 1} column names`).toBeGreaterThan(0);
    }
  }
  expect(tables).toBeGreaterThan(0);
});

test('on a phone each table cell is shown with its column name', async ({ page }) => {
  // The sampled articles with tables, or else the first article that has one.
  const withTables: string[] = [];
  for (const path of articles) if ((await tablesIn(page, path)).length) withTables.push(path);
  const checked = withTables.filter((path) => visitedArticles.includes(path));
  if (checked.length === 0 && withTables[0]) checked.push(withTables[0]);
  expect(checked.length).toBeGreaterThan(0);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of checked) {
    await page.goto(path);
    // The options table labels its own stacked cells (tests/e2e/options.spec.ts).
    for (const table of await page.locator('.prose table:not(.sleep-options-table)').all()) {
      const columns = await table.locator('thead th').allTextContents();
      const firstRow = table.locator('tbody tr').first().locator('td');
      const labels = await firstRow.evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, '::before').content));
      expect(labels, `${path}: the first row's cells are labelled with the column names`).toEqual(columns.map((name) => `"${name.trim()}: "`));
    }
  }
});

test('the 404 page offers a search of the articles and names its own address for link previews', async ({ page }) => {
  await page.goto('/404.html');
  const search = page.getByRole('search');
  await search.getByRole('searchbox', { name: 'Search the articles' }).fill('insomnia');
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=insomnia$/);
  await page.goto('/404.html');
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', /\/404\.html$/);
});

test('checker findings stay fixed: named article cards, the skip link inside the banner, a logo for the publisher', async ({ page, request }) => {
  await page.goto('/');
  const titles = await page.locator('.article-card h3').allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  for (const title of titles) await expect(page.getByRole('article', { name: title.trim(), exact: true })).toHaveCount(1);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Skip to main content' })).toHaveCount(1);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const organization = blocks.map((text) => JSON.parse(text) as { '@type'?: string; logo?: string }).find((block) => block['@type'] === 'Organization');
  expect(organization?.logo).toMatch(/\/logo\.png$/);
  const logo = await request.get(new URL(organization!.logo!).pathname);
  expect(logo.ok()).toBe(true);
  expect(logo.headers()['content-type']).toBe('image/png');
});
