/**
 * Help for a reader in trouble, as they meet it: a "Need help now?" link in
 * every header to a page that works without JavaScript; search that puts the
 * urgent help first for crisis words; an urgent-help box that stays short on a
 * phone; and three care-card levels that differ in light, dark, forced colours
 * and print, never by colour alone, with axe at 0.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { careLevelNames, careLevels } from '../../src/lib/care-levels';
import { crisisWords } from '../../src/lib/crisis-words';
import { builtPages } from './built-site';
import { builtHtml } from './page-checks';

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('every built page has the "Need help now?" link in its header, to /help/', () => {
  const missing = [...builtPages(), '/404.html'].filter((path) => !/<header class="site-header"[\s\S]*?<a class="help-link[^"]*" href="\/help\/"[^>]*>Need help now\?<\/a>[\s\S]*?<\/header>/.test(builtHtml(path)));
  expect(missing).toEqual([]);
});

test('on every article with the urgent-help box, a link to help is on the first phone screen (390×844)', async ({ browser }) => {
  const articles = builtPages().filter((path) => path.startsWith('/articles/') && builtHtml(path).includes('data-testid="urgent-help"'));
  expect(articles.length).toBeGreaterThan(0);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const far: string[] = [];
  for (const path of articles) {
    await page.goto(path);
    // The header's "Need help now?" is on every page; this asks for a link in the article itself, above the fold.
    const tops = await page.locator('main [data-testid="help-now"] a[href="/help/"]').evaluateAll((found) => found.map((element) => element.getBoundingClientRect().top + window.scrollY));
    if (!tops.some((top) => top < 844)) far.push(path);
  }
  expect(far).toEqual([]);
  await context.close();
});

test('the help page works without JavaScript: urgent help first, then the "Call 999" card with its sources', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('link', { name: 'Need help now?' }).click();
  await expect(page).toHaveURL(/\/help\/$/);
  await expect(page.getByRole('heading', { level: 2, name: /get help now/ })).toBeVisible();
  const card = page.locator('.care-card--immediate');
  await expect(card.getByRole('heading', { name: 'Immediate action required: Call 999 or go to A&E if:' })).toBeVisible();
  for (const sign of ['collapsed or passed out', 'stroke', 'headache came on suddenly', 'severe allergic reaction', 'suddenly becomes confused']) await expect(card).toContainText(sign);
  // Every citation number leads to its source.
  for (const href of await card.locator('a[href^="#help-source-"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) {
    await expect(page.locator(href)).toHaveCount(1);
  }
  await context.close();
});

test.describe('search shows the urgent help above the results for crisis words', () => {
  /** The help box is shown, above the result count, with its heading. */
  const expectHelpFirst = async (page: Page, query: string) => {
    const help = page.getByTestId('search-help');
    await expect(help, query).toBeVisible();
    await expect(page.locator('#search-status')).toContainText(query);
    const [helpBox, statusBox] = [await help.boundingBox(), await page.locator('#search-status').boundingBox()];
    expect(helpBox!.y, query).toBeLessThan(statusBox!.y);
    await expect(help.getByRole('heading', { name: /get help now/ })).toBeVisible();
  };
  /** Searches from the box; the status line names the query once its results are in. */
  const search = async (page: Page, query: string) => {
    await page.getByLabel('Search the articles').fill(query);
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.locator('#search-status')).toContainText(query);
  };

  test('arriving with a crisis word in the address', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(`I feel ${crisisWords[0]}`)}`);
    await expectHelpFirst(page, `I feel ${crisisWords[0]}`);
  });

  // One page for every word (each search after the first is quick); an ordinary search before each
  // word hides the box, so each word is seen to bring it back on its own.
  test('typing each crisis word, after an ordinary search', async ({ page }) => {
    await page.goto('/search/');
    for (const word of crisisWords) {
      await search(page, 'pressure points');
      await expect(page.getByTestId('search-help'), `after "pressure points", before "${word}"`).toBeHidden();
      await search(page, `I feel ${word}`);
      await expectHelpFirst(page, `I feel ${word}`);
    }
  });

  test('an ordinary search shows no help box', async ({ page }) => {
    await page.goto('/search/?q=pressure%20points');
    await expect(page.locator('#search-status')).not.toBeEmpty();
    await expect(page.getByTestId('search-help')).toBeHidden();
  });
});

test('on a 390×844 phone the urgent-help box is under one screen tall, the UK-wide lines first and the nations folded', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/help/');
  const box = page.getByTestId('urgent-help').first();
  expect((await box.boundingBox())!.height).toBeLessThan(844 * 0.75);
  await expect(box.locator('details')).not.toHaveAttribute('open');
  await expect(box.getByRole('link', { name: '999' })).toBeVisible();
  await box.locator('summary').click();
  for (const nation of ['Scotland', 'Wales', 'Northern Ireland']) await expect(box.locator('details')).toContainText(nation);
});

/**
 * The site's pages do not yet carry every level (articles gain urgent cards on
 * the content branch), so the test makes one card of each level on /help/ from
 * its real "Call 999" card: same markup, same stylesheet, each level's class,
 * hidden prefix and default heading (src/lib/care-levels.ts).
 */
async function oneCardPerLevel(page: Page): Promise<void> {
  await page.goto('/help/');
  await page.evaluate((levels) => {
    const original = document.querySelector<HTMLElement>('.care-card--immediate')!;
    for (const [level, { prefix, defaultHeading }] of levels) {
      const card = original.cloneNode(true) as HTMLElement;
      card.classList.remove('care-card--immediate');
      card.classList.add(`care-card--${level}`);
      card.dataset.level = level;
      card.setAttribute('aria-label', `${prefix} ${defaultHeading}`);
      const heading = card.querySelector('.care-card-heading')!;
      heading.querySelector('.visually-hidden')!.textContent = `${prefix} `;
      heading.lastChild!.textContent = defaultHeading;
      card.querySelectorAll('[id]').forEach((element) => element.removeAttribute('id'));
      original.before(card);
    }
    original.remove();
  }, careLevelNames.map((level) => [level, careLevels[level]] as const));
}

interface CardLook {
  level: string;
  heading: string;
  border: string;
  headingBackground: string;
  bodyBackground: string;
}

async function looks(page: Page): Promise<CardLook[]> {
  return page.locator('.care-card[data-level]').evaluateAll((cards) =>
    cards.map((card) => {
      const style = getComputedStyle(card);
      const heading = card.querySelector('.care-card-heading')!;
      return {
        level: (card as HTMLElement).dataset.level!,
        heading: heading.textContent!.trim(),
        border: `${style.borderTopStyle} ${style.borderTopWidth} ${style.borderLeftWidth}`,
        headingBackground: getComputedStyle(heading).backgroundColor,
        bodyBackground: getComputedStyle(card.querySelector('.care-card-content')!).backgroundColor,
      };
    }),
  );
}

for (const mode of ['light', 'dark', 'forced colours'] as const) {
  test(`each care-card level has its hidden prefix, looks different without relying on colour, and axe finds nothing (${mode})`, async ({ page }) => {
    await page.emulateMedia(mode === 'forced colours' ? { forcedColors: 'active' } : { colorScheme: mode });
    await oneCardPerLevel(page);
    const found = await looks(page);
    expect(found.map(({ level, heading }) => [level, heading])).toEqual(careLevelNames.map((level) => [level, `${careLevels[level].prefix} ${careLevels[level].defaultHeading}`]));
    // The border (style and widths) alone tells the three levels apart, in every mode.
    expect(new Set(found.map((look) => look.border)).size).toBe(3);
    if (mode !== 'forced colours') {
      // On screen, non-urgent is blue and the other two red; immediate action has its own dark body.
      const [nonUrgent, urgent, immediate] = found;
      expect(nonUrgent!.headingBackground).not.toBe(urgent!.headingBackground);
      expect(new Set(found.map((look) => look.bodyBackground)).size).toBe(3);
      expect(immediate!.headingBackground).toBe(urgent!.headingBackground);
    }
    const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('printed, the levels keep their borders, immediate action prints black on white, and every nation\'s line shows', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await oneCardPerLevel(page);
  const found = await looks(page);
  expect(new Set(found.map((look) => look.border)).size).toBe(3);
  const immediateText = await page.locator('.care-card[data-level="immediate"] .care-card-content li').first().evaluate((item) => getComputedStyle(item).color);
  expect(immediateText).toBe('rgb(0, 0, 0)');
  await expect(page.getByTestId('urgent-help').locator('details')).toContainText('Northern Ireland');
  await expect(page.getByTestId('urgent-help').getByText('Call Lifeline on')).toBeVisible();
});

test('the disclaimer on every article points to the help page and gives no crisis number of its own', () => {
  for (const path of builtPages().filter((page) => page.startsWith('/articles/') && page.split('/').length === 4 && !page.startsWith('/articles/page/'))) {
    const disclaimer = /<aside class="disclaimer[^"]*"[^>]*>([\s\S]*?)<\/aside>/.exec(builtHtml(path))?.[1] ?? '';
    expect(disclaimer, path).toContain('href="/help/"');
    expect(disclaimer, path).not.toMatch(/tel:/);
  }
});
