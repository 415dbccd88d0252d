/**
 * Social images (Open Graph, 1200×630 PNG): the site name, a headline and a
 * topic label, in the site's own typeface, Source Serif 4 from
 * @fontsource/source-serif-4. Takumi (@takumi-rs/core) lays the node tree out
 * and encodes the PNG in native code. Images are cached on disk, keyed by what
 * they show and OG_TEMPLATE_VERSION, so an unchanged article is never redrawn.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { Renderer, type FontDetails } from '@takumi-rs/core';
import { container, text, type Node } from '@takumi-rs/helpers';
import type { OgCacheStats } from './og-stats';
import { SOCIAL_IMAGE_SIZE } from './seo';

/**
 * The drawing's version, part of every cache key. Bump it whenever a change
 * alters the pixels (layout, colours, fonts, PNG options, or an upgrade of
 * the renderer that draws differently), so cached images are redrawn.
 */
export const OG_TEMPLATE_VERSION = 3;

/** Where images are cached between builds (relative to the project root). */
export const OG_CACHE_DIR = 'node_modules/.cache/knead-to-sleep/og';

export interface OgImageInput {
  /** The site's name, drawn at the top. */
  siteName: string;
  /** The headline, drawn large. */
  title: string;
  /** A short label drawn at the bottom (the article's topic); none on the default image. */
  topic?: string | undefined;
}

/** A family name with a digit must be quoted inside `fontFamily`. */
const FONT_FAMILY = '"Source Serif 4"';

const require = createRequire(import.meta.url);
const FONTSOURCE = '@fontsource/source-serif-4';
const SUBSETS = ['latin', 'latin-ext'] as const;
const WEIGHTS = [400, 700] as const;

/**
 * The code points a Fontsource subset serves, read from the package's own
 * @font-face rules (`unicode-range: U+0000-00FF,U+0131,…`), so the Latin and
 * Latin Extended files can share one family name, each serving its letters.
 */
export function subsetRanges(css: string, file: string): [number, number][] {
  const rule = css.split('@font-face').find((block) => block.includes(`/${file}`));
  const range = rule?.match(/unicode-range:\s*([^;]+);/)?.[1];
  if (!range) throw new Error(`${FONTSOURCE}: no unicode-range for ${file}; the package's CSS has changed shape`);
  return range.split(',').map((part) => {
    const [from = '', to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return [Number.parseInt(from, 16), Number.parseInt(to, 16)];
  });
}

let rendererLoading: Promise<Renderer> | undefined;

/** One renderer per process, with the fonts registered once. */
export function ogRenderer(): Promise<Renderer> {
  rendererLoading ??= (async () => {
    const renderer = new Renderer();
    for (const weight of WEIGHTS) {
      const css = await readFile(require.resolve(`${FONTSOURCE}/${weight}.css`), 'utf8');
      for (const subset of SUBSETS) {
        const file = `source-serif-4-${subset}-${weight}-normal.woff2`;
        const font: FontDetails = { name: 'Source Serif 4', weight, style: 'normal', unicodeRange: subsetRanges(css, file), data: await readFile(require.resolve(`${FONTSOURCE}/files/${file}`)) };
        await renderer.registerFont(font);
      }
    }
    return renderer;
  })();
  return rendererLoading;
}

/** Emoji and other pictographs: the typeface has no glyphs for them, so they are left out of the drawing. */
const PICTOGRAPHS = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u{FE0F}\u{200D}\u{20E3}]/gu;

/** The text as it can be drawn with the site's fonts: pictographs removed, spaces folded. */
export function drawableText(value: string): string {
  return value.replace(PICTOGRAPHS, '').replace(/\s+/g, ' ').trim();
}

/** Headline size that keeps up to 70 characters within three or four lines. */
export function titleFontSize(title: string): number {
  if (title.length <= 40) return 72;
  if (title.length <= 60) return 64;
  return 56;
}

/**
 * The image: a stripe, the site name at the top, the headline, the topic label at
 * the bottom. Colours are tokens.css's light theme (brand, bg, text, surface,
 * border, muted): change them together, and bump OG_TEMPLATE_VERSION.
 */
export function ogTemplate(input: OgImageInput): Node {
  const title = drawableText(input.title);
  const topic = input.topic === undefined ? '' : drawableText(input.topic);
  return container({
    style: {
      width: '100%',
      height: '100%',
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 80px',
      backgroundColor: '#fcfaf6',
      borderLeft: '24px solid #26365e',
      fontFamily: FONT_FAMILY,
    },
    children: [
      text(drawableText(input.siteName), { fontSize: 36, fontWeight: 700, color: '#26365e' }),
      text(title, { fontSize: titleFontSize(title), fontWeight: 700, lineHeight: 1.15, color: '#1c2330' }),
      container({
        style: { display: 'flex', height: 56, alignItems: 'flex-end' },
        children: topic
          ? [text(topic, { padding: '8px 22px', borderRadius: 999, backgroundColor: '#f3eee4', border: '2px solid #d9d0c1', color: '#4f5866', fontSize: 30, fontWeight: 400 })]
          : [],
      }),
    ],
  });
}

/** Draws the image: input → 1200×630 PNG. */
export async function renderOgImage(input: OgImageInput): Promise<Buffer> {
  const renderer = await ogRenderer();
  return renderer.render(ogTemplate(input), { ...SOCIAL_IMAGE_SIZE, format: 'png' });
}

/**
 * The cache key: a SHA-256 of what the image shows (as drawn: emoji and extra
 * spaces are not drawn, so they do not count) and OG_TEMPLATE_VERSION.
 */
export function ogCacheKey(input: OgImageInput): string {
  const shown = { siteName: drawableText(input.siteName), title: drawableText(input.title), topic: input.topic === undefined ? null : drawableText(input.topic) };
  return createHash('sha256').update(JSON.stringify({ version: OG_TEMPLATE_VERSION, shown })).digest('hex');
}

export interface OgCacheOptions {
  /** The cache folder (absolute, or relative to the working directory). */
  dir: string;
  /** Counters to add to, for the build log. */
  stats?: Pick<OgCacheStats, 'drawn' | 'reused'>;
  /** Draws the image; renderOgImage unless a test passes its own. */
  render?: (input: OgImageInput) => Promise<Buffer>;
}

/** The image from the cache when something identical was drawn before; otherwise drawn and stored. */
export async function cachedOgImage(input: OgImageInput, options: OgCacheOptions): Promise<Buffer> {
  const file = join(resolve(options.dir), `${ogCacheKey(input)}.png`);
  try {
    const png = await readFile(file);
    if (options.stats) options.stats.reused++;
    return png;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const png = await (options.render ?? renderOgImage)(input);
  await mkdir(resolve(options.dir), { recursive: true });
  // Write then rename, so a build running at the same time never reads half a file.
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await writeFile(temporary, png);
    await rename(temporary, file);
  } finally {
    await rm(temporary, { force: true });
  }
  if (options.stats) options.stats.drawn++;
  return png;
}

/** PNG width and height, read from the IHDR chunk of the header. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((byte, index) => png[index] !== byte)) throw new Error('not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
