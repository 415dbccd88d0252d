/**
 * Screenshots of the built site for a person to look at: `npm run screenshots`
 * (it builds first). Home, the heaviest article (its first screen, its
 * evidence-at-a-glance figure and its middle), the first article with a step
 * figure (scrolled to it), the evidence page, the evidence map, search with
 * results and the 404 page, the help page, a crisis search and a care card, each
 * at 1280 and 390 pixels wide in light and dark colours, plus the print previews
 * of the heaviest article and the help page. They go to screenshots/
 * (git-ignored), named page-width-scheme.png.
 */
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import sirv from 'sirv';
import { builtArticles } from '../tests/e2e/built-site.ts';
import { chromiumArgs, systemChromium } from './chromium.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const folder = join(root, 'screenshots');

const article = builtArticles()
  .map((path) => ({ path, bytes: statSync(join(dist, path, 'index.html')).size }))
  .sort((a, b) => b.bytes - a.bytes)[0]?.path;
if (!article) {
  console.error('dist/ has no built article: run `npm run build` first.');
  process.exit(1);
}
const withStepFigure = builtArticles().find((path) => readFileSync(join(dist, path, 'index.html'), 'utf8').includes('class="step-figure'));

interface Shot {
  name: string;
  path: string;
  /** What to do once the page has loaded, before the screenshot (scroll, wait for results). */
  prepare?: (page: Page) => Promise<void>;
}
const shots: Shot[] = [
  { name: 'home', path: '/' },
  { name: 'article-top', path: article },
  {
    name: 'article-middle',
    path: article,
    prepare: (page) => page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) / 2)),
  },
  { name: 'article-glance', path: article, prepare: (page) => page.locator('.glance').evaluate((figure) => figure.scrollIntoView()) },
  ...(withStepFigure
    ? [{ name: 'step-figure', path: withStepFigure, prepare: (page: Page) => page.locator('.step-figure').first().evaluate((figure) => figure.scrollIntoView({ block: 'center' })) }]
    : []),
  { name: 'evidence', path: '/evidence/' },
  { name: 'evidence-map', path: '/evidence/map/' },
  { name: 'search', path: '/search/?q=insomnia', prepare: (page) => page.locator('#search-results li').first().waitFor() },
  { name: '404', path: '/404.html' },
  { name: 'help', path: '/help/' },
  { name: 'search-crisis', path: '/search/?q=hopeless', prepare: (page) => page.getByTestId('search-help').waitFor() },
  { name: 'care-card', path: article, prepare: (page) => page.locator('.care-card').first().evaluate((card) => card.scrollIntoView({ block: 'center' })) },
];
const viewports = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

const serve = sirv(dist, { dev: true });
const server = createServer((request, response) => serve(request, response));
await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const executablePath = systemChromium();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
try {
  for (const viewport of viewports) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const shot of shots) {
        await page.goto(`${origin}${shot.path}`, { waitUntil: 'networkidle' });
        await page.evaluate(() => document.fonts.ready);
        await shot.prepare?.(page);
        await page.screenshot({ path: join(folder, `${shot.name}-${viewport.width}-${colorScheme}.png`) });
      }
      await context.close();
    }
  }
  // Print preview: the whole article as the print style sheet lays it out, about A4 width at 96 dpi.
  const context = await browser.newContext({ viewport: { width: 794, height: 1123 } });
  const page = await context.newPage();
  await page.emulateMedia({ media: 'print' });
  await page.goto(`${origin}${article}`, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(folder, 'article-print.png'), fullPage: true });
  await page.goto(`${origin}/help/`, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(folder, 'help-print.png'), fullPage: true });
  await context.close();
} finally {
  await browser.close();
  server.close();
}
console.log(`[screenshots] ${shots.length * viewports.length * 2 + 2} screenshots of ${origin} (article: ${article}) in ${folder}`);
