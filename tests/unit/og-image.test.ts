import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  cachedOgImage,
  drawableText,
  ogCacheKey,
  ogTemplate,
  pngSize,
  renderOgImage,
  subsetRanges,
  titleFontSize,
  type OgImageInput,
} from '../../src/lib/og-image';

const input: OgImageInput = { siteName: 'Knead to Sleep', title: 'Massage for insomnia: nine claimed benefits, checked', topic: 'Insomnia' };
const hostileTitle = `"Sleep" & 'rest' </script><script>alert(1)</script> 😴`;

/** Every string the image draws, in order. */
function drawnTexts(node: ReturnType<typeof ogTemplate>): string[] {
  if (node.type === 'text') return [node.text];
  if (node.type === 'container') return (node.children ?? []).flatMap(drawnTexts);
  return [];
}

describe('drawableText', () => {
  it.each([
    ['Massage for insomnia', 'Massage for insomnia'],
    ['Sleep well 😴', 'Sleep well'],
    ['Flags 🇬🇧 and families 👨‍👩‍👧 go', 'Flags and families go'],
    ['Thumbs 👍🏽 up ❤️', 'Thumbs up'],
    ['  spaces\n  folded  ', 'spaces folded'],
    ['Ünïcödé, “quotes” – dashes', 'Ünïcödé, “quotes” – dashes'],
    [hostileTitle, `"Sleep" & 'rest' </script><script>alert(1)</script>`],
  ])('%j → %j', (text, expected) => {
    expect(drawableText(text)).toBe(expected);
  });
});

describe('ogTemplate', () => {
  it('draws the site name, the title and the topic, as literal text', () => {
    expect(drawnTexts(ogTemplate({ ...input, siteName: 'Knead & <Sleep>', title: hostileTitle }))).toEqual([
      'Knead & <Sleep>',
      `"Sleep" & 'rest' </script><script>alert(1)</script>`,
      'Insomnia',
    ]);
  });
  it('draws no topic label on the default image', () => {
    expect(drawnTexts(ogTemplate({ siteName: 'Knead to Sleep', title: 'Tagline' }))).toEqual(['Knead to Sleep', 'Tagline']);
  });
  it.each([
    ['Short', 72],
    ['A title of exactly forty characters, okk', 72],
    ['A somewhat longer title that needs a smaller size', 64],
    ['A very long title that goes on and on past sixty characters in all', 56],
  ])('sets %j at %i px', (title, size) => {
    expect(titleFontSize(title)).toBe(size);
  });
});

describe('ogCacheKey', () => {
  it('is the same for the same image, and a 64-digit SHA-256', () => {
    expect(ogCacheKey(input)).toBe(ogCacheKey({ ...input }));
    expect(ogCacheKey(input)).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each<[string, OgImageInput]>([
    ['another title', { ...input, title: 'Another title' }],
    ['another topic', { ...input, topic: 'Self-massage' }],
    ['no topic', { ...input, topic: undefined }],
    ['another site name', { ...input, siteName: 'Other' }],
  ])('changes with %s', (_name, changed) => {
    expect(ogCacheKey(changed)).not.toBe(ogCacheKey(input));
  });

  it('does not change with what is not drawn (an emoji, extra spaces)', () => {
    expect(ogCacheKey({ ...input, title: `${input.title} 😴` })).toBe(ogCacheKey(input));
    expect(ogCacheKey({ ...input, title: ` ${input.title.replace(/ /g, '  ')} ` })).toBe(ogCacheKey(input));
  });
});

describe('cachedOgImage', () => {
  let dir: string;
  let draws: string[];
  const render = async (drawn: OgImageInput) => {
    draws.push(drawn.title);
    return Buffer.from(`png of ${drawn.title}`);
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kts-og-cache-'));
    draws = [];
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('draws on a miss, stores the image under its hash, and reuses it on the next build', async () => {
    const cacheDir = join(dir, 'og');
    const first = { drawn: 0, reused: 0 };
    expect(String(await cachedOgImage(input, { dir: cacheDir, render, stats: first }))).toBe(`png of ${input.title}`);
    expect(first).toEqual({ drawn: 1, reused: 0 });
    expect(readdirSync(cacheDir)).toEqual([`${ogCacheKey(input)}.png`]);

    const second = { drawn: 0, reused: 0 };
    expect(String(await cachedOgImage(input, { dir: cacheDir, render, stats: second }))).toBe(`png of ${input.title}`);
    expect(second).toEqual({ drawn: 0, reused: 1 });
    expect(draws).toEqual([input.title]);
  });

  it('redraws only the article whose title changed', async () => {
    const stats = { drawn: 0, reused: 0 };
    const other = { ...input, title: 'Another article' };
    for (const drawn of [input, other]) await cachedOgImage(drawn, { dir, render, stats });
    for (const drawn of [input, { ...other, title: 'Another article, retitled' }]) await cachedOgImage(drawn, { dir, render, stats });
    expect(stats).toEqual({ drawn: 3, reused: 1 });
    expect(draws).toEqual([input.title, 'Another article', 'Another article, retitled']);
  });

  it('serves what the cache file holds (the file is the cache, not memory)', async () => {
    writeFileSync(join(dir, `${ogCacheKey(input)}.png`), 'cached bytes');
    expect(String(await cachedOgImage(input, { dir, render }))).toBe('cached bytes');
    expect(draws).toEqual([]);
  });

  it('leaves no temporary files behind', async () => {
    await Promise.all([input, input, { ...input, title: 'B' }].map((drawn) => cachedOgImage(drawn, { dir, render })));
    expect(readdirSync(dir).every((name) => /^[0-9a-f]{64}\.png$/.test(name))).toBe(true);
  });
});

describe('renderOgImage', () => {
  // Speed is measured by `npm run bench`, not asserted here: timings on a shared machine are noise.
  it('draws a 1200×630 8-bit palette PNG of a social-image size (fails loudly if the renderer changes its output)', async () => {
    const png = await renderOgImage({ ...input, title: 'How might massage help sleep? What the studies show' });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    // IHDR: bit depth 8, colour type 3 (a palette: why the file is small).
    expect([png[24], png[25]]).toEqual([8, 3]);
    // Takumi draws this image in about 17 KB; satori + sharp drew about 80 KB. A big change in either direction means the encoder changed.
    expect(png.length).toBeGreaterThan(5_000);
    expect(png.length).toBeLessThan(80_000);
  });

  it('draws a hostile title character for character (nothing is dropped or interpreted)', async () => {
    const hostile = await renderOgImage({ ...input, title: hostileTitle });
    const withoutTags = await renderOgImage({ ...input, title: `"Sleep" & 'rest' alert(1) 😴` });
    const emojiOnlyDifference = await renderOgImage({ ...input, title: hostileTitle.replace(' 😴', '') });
    expect(pngSize(hostile)).toEqual({ width: 1200, height: 630 });
    expect(hostile.equals(withoutTags)).toBe(false);
    expect(hostile.equals(emojiOnlyDifference)).toBe(true);
  });

  it('draws every letter of Polish, Czech and Turkish titles from Source Serif 4, none as a missing glyph', async () => {
    const drawn = (title: string) => renderOgImage({ siteName: 'Knead to Sleep', title });
    // No registered font has 漢: it is drawn as the missing-glyph box, or not at all; a missing letter would look the same.
    const missing = await drawn('漢');
    const blank = await drawn('');
    const letters = [...new Set([...'Łódź, Żółć, Ğüşiöç, Příliš žluťoučký kůň'.replace(/[ ,]/g, '')])];
    const images = await Promise.all(letters.map(drawn));
    const undrawn = letters.filter((_letter, index) => images[index]!.equals(missing) || images[index]!.equals(blank));
    expect(undrawn).toEqual([]);
    expect(new Set(images.map((png) => png.toString('base64'))).size).toBe(letters.length);
  });
});

describe('subsetRanges', () => {
  const css = `@font-face {
  src: url(./files/x-latin-ext-400-normal.woff2) format('woff2');
  unicode-range: U+0100-02BA,U+2113;
}
@font-face {
  src: url(./files/x-latin-400-normal.woff2) format('woff2');
  unicode-range: U+0000-00FF,U+0131;
}`;
  it.each<[string, [number, number][]]>([
    ['x-latin-400-normal.woff2', [[0x0000, 0x00ff], [0x0131, 0x0131]]],
    ['x-latin-ext-400-normal.woff2', [[0x0100, 0x02ba], [0x2113, 0x2113]]],
  ])('reads the code points %s serves', (file, ranges) => {
    expect(subsetRanges(css, file)).toEqual(ranges);
  });
  it('fails loudly, naming the package, when the CSS has no range for the file', () => {
    expect(() => subsetRanges(css, 'x-greek-400-normal.woff2')).toThrow(/@fontsource\/source-serif-4: no unicode-range for x-greek-400-normal.woff2/);
  });
});

describe('pngSize', () => {
  it('reads the width and height from the PNG header', async () => {
    const { default: sharp } = await import('sharp');
    const png = await sharp({ create: { width: 37, height: 11, channels: 3, background: '#fff' } }).png().toBuffer();
    expect(pngSize(png)).toEqual({ width: 37, height: 11 });
  });
  it('refuses a file that is not a PNG', () => {
    expect(() => pngSize(Buffer.from('GIF89a............................'))).toThrow(/not a PNG/);
  });
});
