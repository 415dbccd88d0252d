import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  cachedOgImage,
  drawableText,
  loadOgFonts,
  ogCacheKey,
  ogTemplate,
  pngSize,
  renderOgImage,
  titleFontSize,
  type OgFont,
  type OgImageInput,
} from '../../src/lib/og-image';

const input: OgImageInput = { siteName: 'Knead to Sleep', title: 'Massage for insomnia: nine claimed benefits, checked', topic: 'Insomnia' };
const hostileTitle = `"Sleep" & 'rest' </script><script>alert(1)</script> 😴`;

/** Every string the backdrop draws, in order. */
function drawnTexts(element: ReturnType<typeof ogTemplate> | string): string[] {
  if (typeof element === 'string') return [element];
  const { children } = element.props;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(drawnTexts);
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
  const fonts: OgFont[] = [{ name: 'Inter', weight: 400, style: 'normal', data: Buffer.from('font') }];
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
    expect(String(await cachedOgImage(input, { dir: cacheDir, fonts, render, stats: first }))).toBe(`png of ${input.title}`);
    expect(first).toEqual({ drawn: 1, reused: 0 });
    expect(readdirSync(cacheDir)).toEqual([`${ogCacheKey(input)}.png`]);

    const second = { drawn: 0, reused: 0 };
    expect(String(await cachedOgImage(input, { dir: cacheDir, fonts, render, stats: second }))).toBe(`png of ${input.title}`);
    expect(second).toEqual({ drawn: 0, reused: 1 });
    expect(draws).toEqual([input.title]);
  });

  it('redraws only the article whose title changed', async () => {
    const stats = { drawn: 0, reused: 0 };
    const other = { ...input, title: 'Another article' };
    for (const drawn of [input, other]) await cachedOgImage(drawn, { dir, fonts, render, stats });
    for (const drawn of [input, { ...other, title: 'Another article, retitled' }]) await cachedOgImage(drawn, { dir, fonts, render, stats });
    expect(stats).toEqual({ drawn: 3, reused: 1 });
    expect(draws).toEqual([input.title, 'Another article', 'Another article, retitled']);
  });

  it('serves what the cache file holds (the file is the cache, not memory)', async () => {
    writeFileSync(join(dir, `${ogCacheKey(input)}.png`), 'cached bytes');
    expect(String(await cachedOgImage(input, { dir, fonts, render }))).toBe('cached bytes');
    expect(draws).toEqual([]);
  });

  it('leaves no temporary files behind', async () => {
    await Promise.all([input, input, { ...input, title: 'B' }].map((drawn) => cachedOgImage(drawn, { dir, fonts, render })));
    expect(readdirSync(dir).every((name) => /^[0-9a-f]{64}\.png$/.test(name))).toBe(true);
  });
});

describe('renderOgImage', () => {
  // Speed is measured by `npm run bench`, not asserted here: timings on a shared machine are noise.
  it('draws a 1200×630 PNG', async () => {
    const fonts = await loadOgFonts();
    const png = await renderOgImage({ ...input, title: 'How might massage help sleep? What the studies show' }, fonts);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  it('draws a hostile title character for character (nothing is dropped or interpreted)', async () => {
    const fonts = await loadOgFonts();
    const hostile = await renderOgImage({ ...input, title: hostileTitle }, fonts);
    const withoutTags = await renderOgImage({ ...input, title: `"Sleep" & 'rest' alert(1) 😴` }, fonts);
    const emojiOnlyDifference = await renderOgImage({ ...input, title: hostileTitle.replace(' 😴', '') }, fonts);
    expect(pngSize(hostile)).toEqual({ width: 1200, height: 630 });
    expect(hostile.equals(withoutTags)).toBe(false);
    expect(hostile.equals(emojiOnlyDifference)).toBe(true);
  });

  it('draws Latin Extended letters (Ż, ł) in Inter, not as the box of a missing glyph', async () => {
    const fonts = await loadOgFonts();
    const drawn = (title: string) => renderOgImage({ siteName: 'Knead to Sleep', title }, fonts);
    // No loaded font has 漢, so it is drawn as the missing-glyph box; a missing Ż or ł would be the same box.
    const missing = await drawn('漢');
    expect((await drawn('Ż')).equals(missing)).toBe(false);
    expect((await drawn('ł')).equals(missing)).toBe(false);
    expect((await drawn('Ż')).equals(await drawn('ł'))).toBe(false);
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
