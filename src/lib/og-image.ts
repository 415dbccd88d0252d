/**
 * Social images (Open Graph, 1200×630 PNG): the site name, a headline and a
 * topic label, in Inter from @fontsource/inter. satori lays the image out as
 * SVG and sharp turns it into a PNG. Images are cached on disk, keyed by what
 * they show and OG_TEMPLATE_VERSION, so an unchanged article is never redrawn.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import type { OgCacheStats } from './og-stats';
import { SOCIAL_IMAGE_SIZE } from './seo';

/**
 * The drawing's version, part of every cache key. Bump it whenever a change
 * alters the pixels (layout, colours, fonts, PNG options, or an upgrade of
 * satori or sharp that draws differently), so cached images are redrawn.
 */
export const OG_TEMPLATE_VERSION = 1;

/** Where images are cached between builds (relative to the project root). */
export const OG_CACHE_DIR = 'node_modules/.cache/knead-to-sleep/og';

/**
 * zlib level 1 encodes in a fraction of the CPU time of level 9; the files grow
 * by about a third, and only social sites' crawlers download them.
 */
const PNG_OPTIONS = { compressionLevel: 1 } as const;

export interface OgImageInput {
  /** The site's name, drawn at the top. */
  siteName: string;
  /** The headline, drawn large. */
  title: string;
  /** A short label drawn at the bottom (the article's topic); none on the default image. */
  topic?: string | undefined;
}

export interface OgFont {
  name: string;
  weight: 400 | 700;
  style: 'normal';
  data: Buffer;
}

/**
 * satori uses only the first font it is given for a family and weight, so the
 * Latin Extended subset (Ż, ł, ő …) is a family of its own that the template
 * lists after Inter: a letter missing from the Latin subset is drawn from it.
 */
const LATIN_EXTENDED = 'Inter Latin Extended';
const FONT_FAMILY = `Inter, ${LATIN_EXTENDED}`;

const require = createRequire(import.meta.url);
const fontFiles = [
  { name: 'Inter', weight: 400, file: '@fontsource/inter/files/inter-latin-400-normal.woff' },
  { name: 'Inter', weight: 700, file: '@fontsource/inter/files/inter-latin-700-normal.woff' },
  { name: LATIN_EXTENDED, weight: 400, file: '@fontsource/inter/files/inter-latin-ext-400-normal.woff' },
  { name: LATIN_EXTENDED, weight: 700, file: '@fontsource/inter/files/inter-latin-ext-700-normal.woff' },
] as const;

let fontsLoading: Promise<OgFont[]> | undefined;

/** Inter from node_modules (satori reads .woff, not .woff2). Loaded once per process. */
export function loadOgFonts(): Promise<OgFont[]> {
  fontsLoading ??= Promise.all(
    fontFiles.map(async ({ name, weight, file }) => ({ name, weight, style: 'normal' as const, data: await readFile(require.resolve(file)) })),
  );
  return fontsLoading;
}

/** Emoji and other pictographs: Inter has no glyphs for them, so they are left out of the drawing. */
const PICTOGRAPHS = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u{FE0F}\u{200D}\u{20E3}]/gu;

/** The text as it can be drawn with the site's fonts: pictographs removed, spaces folded. */
export function drawableText(text: string): string {
  return text.replace(PICTOGRAPHS, '').replace(/\s+/g, ' ').trim();
}

/** Headline size that keeps up to 70 characters within three or four lines. */
export function titleFontSize(title: string): number {
  if (title.length <= 40) return 72;
  if (title.length <= 60) return 64;
  return 56;
}

/** The element tree satori lays out (the shape React elements have, without React). */
interface OgElement {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | OgElement | OgElement[] };
}

function div(style: OgElement['props']['style'], children?: OgElement['props']['children']): OgElement {
  return { type: 'div', props: children === undefined ? { style } : { style, children } };
}

/** The image: a stripe, the site name at the top, the headline, the topic label at the bottom (colours from tokens.css). */
export function ogTemplate(input: OgImageInput): OgElement {
  const title = drawableText(input.title);
  const topic = input.topic === undefined ? '' : drawableText(input.topic);
  return div(
    {
      width: '100%',
      height: '100%',
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 80px',
      backgroundColor: '#fbfaf7',
      borderLeft: '24px solid #2e6b5a',
      fontFamily: FONT_FAMILY,
    },
    [
      div({ fontSize: 34, fontWeight: 700, color: '#2e6b5a' }, drawableText(input.siteName)),
      div({ fontSize: titleFontSize(title), fontWeight: 700, lineHeight: 1.15, letterSpacing: '-0.01em', color: '#1f2328' }, title),
      div(
        { display: 'flex', height: 56, alignItems: 'flex-end' },
        topic
          ? [div({ padding: '8px 22px', borderRadius: 999, backgroundColor: '#f1eee6', border: '2px solid #d5d0c4', color: '#545b64', fontSize: 28, fontWeight: 400 }, topic)]
          : [],
      ),
    ],
  );
}

/** Draws the image: input → 1200×630 PNG. */
export async function renderOgImage(input: OgImageInput, fonts?: OgFont[]): Promise<Buffer> {
  // satori types its element as a ReactNode; React's types are not installed, so it is `any` there.
  const svg = await satori(ogTemplate(input), { ...SOCIAL_IMAGE_SIZE, fonts: fonts ?? (await loadOgFonts()) });
  return sharp(Buffer.from(svg)).png(PNG_OPTIONS).toBuffer();
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
  fonts?: OgFont[];
  /** Draws the image; renderOgImage unless a test passes its own. */
  render?: (input: OgImageInput, fonts: OgFont[]) => Promise<Buffer>;
}

/** The image from the cache when something identical was drawn before; otherwise drawn and stored. */
export async function cachedOgImage(input: OgImageInput, options: OgCacheOptions): Promise<Buffer> {
  const fonts = options.fonts ?? (await loadOgFonts());
  const file = join(resolve(options.dir), `${ogCacheKey(input)}.png`);
  try {
    const png = await readFile(file);
    if (options.stats) options.stats.reused++;
    return png;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const png = await (options.render ?? renderOgImage)(input, fonts);
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
