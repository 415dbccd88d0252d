/**
 * Evidence you can see: the grade marks, the glance figure on each article,
 * the evidence map and the Sources entries. Checks over every built page read
 * the HTML files; the browser checks how the scale looks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { evidenceLevels, evidenceLevelSlugs, isEvidenceLevel, symbolSlots } from '../../src/lib/evidence';
import { referenceKindLabels, type ReferenceData } from '../../src/lib/references';
import { builtArticles } from './built-site';
import { builtHtml } from './page-checks';

const articles = builtArticles();
const references = join(import.meta.dirname, '../../content/references');
/** The glance figure's opening tag (Astro may add its scoping class after ours). */
const GLANCE = /<figure class="glance[ "]/;

function decode(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The text a reader sees in a piece of HTML. */
function textOf(html: string): string {
  return decode(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').replace(/ ([.,])/g, '$1').trim();
}

/** The part of a page from an opening tag that matches `start` to its closing `</tag>` (no nesting of the same tag inside). */
function element(html: string, start: RegExp, tag: string): string | undefined {
  const from = html.search(start);
  if (from === -1) return undefined;
  const to = html.indexOf(`</${tag}>`, from);
  return html.slice(from, to + tag.length + 3);
}

/** Each <Evidence> mark in an article's body, in text order, with the id of the heading above it. */
function marksIn(html: string): Array<{ level: string; section: string | undefined }> {
  // Class attributes may carry Astro's scoping class after ours.
  const body = html.slice(html.indexOf('class="prose'), html.indexOf('class="article-footer'));
  let section: string | undefined;
  const marks: Array<{ level: string; section: string | undefined }> = [];
  for (const match of body.matchAll(/<h[2-6][^>]*\sid="([^"]+)"|<span class="evidence" data-level="([^"]+)"/g)) {
    if (match[1]) {
      if (match[1] !== 'key-points-heading' && match[1] !== 'glance-heading') section = decode(match[1]);
    } else marks.push({ level: match[2]!, section });
  }
  return marks;
}

/** An `rgb(r, g, b)` colour in CIELAB (D65). */
function lab(rgb: string): [number, number, number] {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
    const channel = Number(value) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
const deltaE = (a: readonly number[], b: readonly number[]) => Math.hypot(...a.map((value, index) => value - b[index]!));

function referenceData(id: string): ReferenceData {
  return parse(readFileSync(join(references, `${id}.yaml`), 'utf8')) as ReferenceData;
}

test.describe('evidence at a glance', () => {
  test('every article with graded claims has the glance figure, listing exactly its <Evidence> marks in order with links to their sections', () => {
    let figures = 0;
    for (const path of articles) {
      const html = builtHtml(path);
      const marks = marksIn(html);
      if (marks.length > 0) figures++;
      const figure = element(html, GLANCE, 'figure');
      if (marks.length === 0) {
        expect(figure, `${path} has no graded claims, so no glance figure`).toBeUndefined();
        continue;
      }
      expect(figure, `${path} has graded claims but no glance figure`).toBeDefined();
      expect(textOf(figure!.match(/<figcaption[^]*?<\/figcaption>/)![0])).toBe('The evidence at a glance');
      const listed = [...figure!.matchAll(/<li data-level="([^"]+)"[^>]*>([^]*?)<\/li>/g)].map((match) => ({
        level: match[1]!,
        section: match[2]!.match(/href="#([^"]+)"/)?.[1],
        label: textOf(match[2]!.match(/<span class="grade-label"[^>]*>([^<]*)</)![1]!),
      }));
      expect(listed.map(({ level, section }) => ({ level, section: section && decode(section) })), path).toEqual(marks);
      for (const { level, label } of listed) expect(label).toBe(evidenceLevels[level as keyof typeof evidenceLevels].label);
    }
    expect(figures, 'articles with graded claims').toBeGreaterThan(0);
  });

  test('each glance item states its claim as the section\'s mark does, with the same grade words', () => {
    for (const path of articles) {
      const html = builtHtml(path);
      const figure = element(html, GLANCE, 'figure');
      if (!figure) continue;
      const body = html.slice(html.indexOf('</figure>', html.search(GLANCE)), html.indexOf('class="article-footer'));
      const inGlance = [...figure.matchAll(/<li data-level="[^"]+"[^>]*>([^]*?)<\/li>/g)].map((match) => textOf(match[1]!));
      const inSections = [...body.matchAll(/<span class="evidence" data-level="[^"]+"[^>]*>([^]*?)<\/span>\s*<\/span>\s*<\/span>/g)].map((match) => textOf(match[1]!).replace('Strength of evidence: ', ''));
      expect(inSections.length, path).toBe(inGlance.length);
      inSections.forEach((section, index) => {
        // Until an article's marks carry claims, its glance figure names the section instead.
        if (/<span class="evidence-claim"/.test(body)) expect(inGlance[index], path).toBe(section);
        else expect(inGlance[index]!.endsWith(section), path).toBe(true);
      });
    }
  });

  test('the glance figure comes straight after the key points', () => {
    const withFigure = articles.filter((path) => GLANCE.test(builtHtml(path)));
    expect(withFigure.length).toBeGreaterThan(0);
    for (const path of withFigure) {
      const html = builtHtml(path);
      const keyPointsEnd = html.indexOf('</section>', html.indexOf('id="key-points-heading"'));
      expect(html.slice(keyPointsEnd + '</section>'.length).trimStart().search(GLANCE), path).toBe(0);
    }
  });
});

test.describe('the evidence map', () => {
  test('lists every graded claim of every published article under its grade, linking to its section', () => {
    const map = builtHtml('/evidence/map/');
    const inArticles = articles.flatMap((path) =>
      marksIn(builtHtml(path)).map(({ level, section }) => `${level} ${path}${section ? `#${section}` : ''}`),
    );
    const onMap = evidenceLevelSlugs.flatMap((level) => {
      const section = element(map, new RegExp(`<section class="map-grade[^"]*" id="${level}"`), 'section');
      const used = inArticles.some((mark) => mark.startsWith(`${level} `));
      // A grade no claim has gets no section, only a mention in one line.
      expect(section !== undefined, `the map has a section for ${level} exactly when a claim has that grade`).toBe(used);
      return [...(section ?? '').matchAll(/<li[^>]*><a href="([^"]+)"/g)].map((match) => `${level} ${decode(match[1]!)}`);
    });
    expect(inArticles.length).toBeGreaterThan(0);
    expect(onMap.sort()).toEqual(inArticles.sort());
  });

  test('is linked from the evidence page and the site footer', () => {
    expect(builtHtml('/evidence/')).toContain('href="/evidence/map/"');
    for (const path of ['/', ...articles.slice(0, 1)]) expect(element(builtHtml(path), /<footer class="site-footer[ "]/, 'footer')).toContain('href="/evidence/map/"');
  });
});

test.describe('sources that explain themselves', () => {
  test('every Sources entry on every article shows the study kind, its strength and its finding, and never the editor note', () => {
    let entries = 0;
    for (const path of articles) {
      const html = builtHtml(path);
      for (const match of html.matchAll(/<li id="source-([^"]+)"[^>]*>([^]*?)<\/li>/g)) {
        entries++;
        const [, id, entry] = match as unknown as [string, string, string];
        const data = referenceData(id);
        const where = `${path} source ${id}`;
        expect(textOf(entry.match(/<span class="source-kind"[^>]*>([^<]*)</)?.[1] ?? ''), where).toBe(referenceKindLabels[data.kind]);
        const strength = entry.match(/<span class="source-strength" data-strength="([^"]+)"[^>]*>([^]*?)\.<\/span>/);
        expect(strength?.[1], where).toBe(data.strength);
        const expected = isEvidenceLevel(data.strength!) ? `Strength: ${evidenceLevels[data.strength].label}` : 'Guidance, not graded';
        expect(textOf(strength![2]!), where).toBe(expected);
        expect(textOf(entry.match(/<p class="source-finding"[^>]*>([^<]*)</)?.[1] ?? ''), where).toBe(data.finding!.replace(/\.?$/, '.'));
        if (data.participants) expect(textOf(entry), where).toContain(`${data.participants.toLocaleString('en-GB')} ${data.participants === 1 ? 'person' : 'people'}`);
        if (data.seenIn === 'abstract') expect(textOf(entry), where).toContain('We read the abstract only.');
        if (data.seenIn === 'summary') expect(textOf(entry), where).toContain('We read a summary, not the paper.');
        if (data.editorNote) expect(textOf(html), where).not.toContain(data.editorNote);
      }
    }
    expect(entries).toBeGreaterThan(0);
  });
});

test.describe('the grade scale', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`each grade shows its place on the scale, its own symbol and colour, and its name (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/evidence/');
      const colours = new Set<string>();
      let previousTop = -Infinity;
      for (const [index, level] of evidenceLevelSlugs.entries()) {
        const mark = page.locator(`#level-${level} .grade`);
        await expect(mark).toHaveAttribute('data-position', String(index + 1));
        await expect(mark.locator('.grade-label')).toHaveText(evidenceLevels[level].label);
        const symbol = mark.locator('svg.grade-symbol');
        await expect(symbol).toBeVisible();
        await expect(symbol).toHaveAttribute('aria-hidden', 'true');
        const slots = await symbol.locator('circle, path').evaluateAll((shapes) => shapes.map((shape) => shape.getAttribute('class')));
        expect(slots, level).toEqual(symbolSlots(level).map((slot) => `slot-${slot}`));
        const drawn = await symbol.evaluate((svg) => {
          const first = svg.firstElementChild!;
          return { colour: getComputedStyle(svg).color, fill: getComputedStyle(first).fill, stroke: getComputedStyle(first).stroke };
        });
        // Shapes are drawn in the grade's colour: filled circles filled, the rest outlined.
        expect(symbolSlots(level)[0] === 'filled' ? drawn.fill : drawn.stroke, level).toBe(drawn.colour);
        colours.add(drawn.colour);
        const top = (await mark.boundingBox())!.y;
        expect(top, `${level} comes after the grade above it on the scale`).toBeGreaterThan(previousTop);
        previousTop = top;
      }
      expect(colours.size).toBe(evidenceLevelSlugs.length);
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`grade symbols read at a glance, about a line high, and neighbouring grades are far apart in colour (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/evidence/');
      const drawn = await Promise.all(
        evidenceLevelSlugs.map((level) =>
          page.locator(`#level-${level} .grade`).evaluate((mark) => {
            const svg = mark.querySelector('svg')!;
            const circle = svg.querySelector('circle, path')!.getBoundingClientRect();
            return { colour: getComputedStyle(svg).color, fontSize: parseFloat(getComputedStyle(mark).fontSize), height: svg.getBoundingClientRect().height, slot: circle.height };
          }),
        ),
      );
      for (const [index, { fontSize, height, slot }] of drawn.entries()) {
        expect(height, `${evidenceLevelSlugs[index]} symbol height`).toBeGreaterThanOrEqual(fontSize);
        expect(slot, `${evidenceLevelSlugs[index]} slot size`).toBeGreaterThanOrEqual(0.7 * fontSize);
      }
      // CIE76 colour difference; 25 and more reads as a different colour at a glance, not a shade.
      const [strong, moderate, limited, veryLimited] = drawn.map(({ colour }) => lab(colour));
      expect(deltaE(strong!, moderate!), 'Strong and Moderate').toBeGreaterThanOrEqual(35);
      expect(deltaE(moderate!, limited!), 'Moderate and Limited').toBeGreaterThanOrEqual(35);
      expect(deltaE(limited!, veryLimited!), 'Limited and Very limited').toBeGreaterThanOrEqual(25);
    });
  }

  test('an article\'s grade marks and glance figure show the symbol and the name in print too', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto('/articles/how-massage-may-help-sleep/');
    const glance = page.getByRole('figure', { name: 'The evidence at a glance' });
    await expect(glance).toBeVisible();
    for (const mark of await page.locator('.evidence .grade, .glance .grade').all()) {
      await expect(mark.locator('svg.grade-symbol')).toBeVisible();
      await expect(mark.locator('.grade-label')).not.toBeEmpty();
    }
  });
});
