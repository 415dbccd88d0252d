/**
 * The options comparison and the glossary as readers meet them: the table is
 * drawn from content/options/ on the sleep plan and the insomnia article,
 * every figure in it points at an entry of the page's Sources list, it is a
 * table on a wide screen and stacks on a 390-pixel phone without sideways
 * scrolling, and /glossary/ lists every term file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { builtHtml } from './page-checks';

const root = join(import.meta.dirname, '../..');
const yamlIn = (folder: string) =>
  readdirSync(join(root, folder))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({ id: name.replace(/\.yaml$/, ''), data: parse(readFileSync(join(root, folder, name), 'utf8')) as Record<string, unknown> }));
const options = yamlIn('content/options').sort((a, b) => Number(a.data.order) - Number(b.data.order));
const terms = yamlIn('content/glossary');
const pages = ['/articles/where-massage-fits-in-a-sleep-plan/', '/articles/massage-therapy-for-insomnia/'];

for (const path of pages) {
  test(`${path}: the options table has a row for every option file, in order, each figure cited in the Sources list`, async ({ page }) => {
    await page.goto(path);
    const table = page.getByTestId('sleep-options');
    await expect(table.locator('tbody tr')).toHaveCount(options.length);
    expect(await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-option')))).toEqual(options.map((option) => option.id));
    expect((await table.locator('tbody th[scope=row] .sleep-options-name').allTextContents()).map((name) => name.trim())).toEqual(options.map((option) => String(option.data.name)));
    const cites = await table.locator('.cite a').evaluateAll((links) => links.map((link) => ({ href: link.getAttribute('href') ?? '', n: link.textContent ?? '' })));
    expect(cites.length).toBeGreaterThan(options.length);
    for (const { href, n } of cites) {
      await expect(page.locator(`.sources li${href}`), `${path}: ${n} links to ${href}`).toHaveCount(1);
    }
    // The number a reader sees is the number of that source in the list.
    const numbered = await page.evaluate(() => [...document.querySelectorAll('[id^="source-"]')].map((item) => item.id));
    for (const { href, n } of cites) expect(`[${numbered.indexOf(href.slice(1)) + 1}]`, `${path}: ${href}`).toBe(n);
  });
}

test('on a 390-pixel phone the options table stacks: each option a block with its column names, nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of pages) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${path}: sideways scroll`).toBeLessThanOrEqual(0);
    const table = page.getByTestId('sleep-options');
    const box = await table.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    const row = table.locator('tbody tr').first();
    expect(await row.evaluate((element) => getComputedStyle(element).display)).toBe('block');
    const labels = await row.locator('td').evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, '::before').content));
    expect(labels).toEqual(['"How it may work"', '"What studies found"', '"Risks and downsides"']);
    await expect(table.locator('thead')).toHaveCSS('position', 'absolute');
  }
});

test('on a wide screen the options table is a table with four columns that fits the window', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(pages[0]!);
  const table = page.getByTestId('sleep-options');
  const row = table.locator('tbody tr').first();
  expect(await row.evaluate((element) => getComputedStyle(element).display)).toBe('table-row');
  await expect(table.locator('thead th')).toHaveCount(4);
  const box = await table.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('/glossary/ lists every term file A to Z, each with its own anchor and definition', async ({ page }) => {
  const html = builtHtml('/glossary/');
  for (const term of terms) {
    expect(html, term.id).toContain(`id="term-${term.id}"`);
    expect(html, term.id).toContain(String(term.data.definition));
  }
  await page.goto('/glossary/');
  const listed = (await page.locator('.glossary-entry dt').allTextContents()).map((term) => term.trim());
  expect(listed).toHaveLength(terms.length);
  expect(listed).toEqual([...listed].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' })));
});
