/**
 * Social images (Open Graph, 1200×630 PNG): a title and a topic drawn with
 * satori (layout to SVG) and sharp (SVG to PNG), with fonts from
 * @fontsource/inter. Drawing is cached on disk, keyed by a hash of everything
 * that is drawn, so an unchanged article is never redrawn.
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
 * How the PNG is encoded; part of the cache key. Measured on this template:
 * drawing and encoding an image takes about 15 ms of CPU at zlib level 1,
 * 21 ms at level 6 and 49 ms at level 9. The files grow from about 45 KB to
 * 60 KB, and only social sites' crawlers download them.
 */
const PNG_OPTIONS = { compressionLevel: 1 } as const;
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

export interface OgFont {
  name: string;
  weight: 400 | 700;
  style: 'normal';
  data: Buffer;
}

const require = createRequire(import.meta.url);
const fontFiles = [
  { weight: 400, file: '@fontsource/inter/files/inter-latin-400-normal.woff' },
  { weight: 700, file: '@fontsource/inter/files/inter-latin-700-normal.woff' },
  { weight: 400, file: '@fontsource/inter/files/inter-latin-ext-400-normal.woff' },
  { weight: 700, file: '@fontsource/inter/files/inter-latin-ext-700-normal.woff' },
] as const;

let fontsLoading: Promise<OgFont[]> | undefined;

/** Inter from node_modules (satori reads .woff, not .woff2). Loaded once per process. */
export function loadOgFonts(): Promise<OgFont[]> {
  fontsLoading ??= Promise.all(
    fontFiles.map(async ({ weight, file }) => ({
      name: 'Inter',
      weight,
      style: 'normal' as const,
      data: await readFile(require.resolve(file)),
    })),
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

/** The layout: site name at the top, the title, the topic label at the bottom; colours from tokens.css. */
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
      color: '#1f2328',
      fontFamily: 'Inter',
    },
    [
      div({ fontSize: 34, fontWeight: 700, color: '#2e6b5a' }, drawableText(input.siteName)),
      div({ fontSize: titleFontSize(title), fontWeight: 700, lineHeight: 1.15, letterSpacing: '-0.01em' }, title),
      div(
        { display: 'flex', minHeight: 52 },
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
  // The image is opaque: three channels instead of four are less to encode and to download.
  return sharp(Buffer.from(svg)).removeAlpha().png(PNG_OPTIONS).toBuffer();
}

const satoriVersion = (require('satori/package.json') as { version: string }).version;

/**
 * The cache key: a SHA-256 of everything that decides the pixels: the element
 * tree satori lays out (every text, size and colour, so a change to the
 * template redraws every image by itself), the PNG options, the font files,
 * and the versions of satori, sharp and the SVG renderer.
 */
export function ogCacheKey(input: OgImageInput, fonts: readonly OgFont[]): string {
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify({
      drawing: ogTemplate(input),
      png: PNG_OPTIONS,
      satori: satoriVersion,
      sharp: sharp.versions.sharp,
      rsvg: sharp.versions.rsvg ?? null,
      fonts: fontsDigest(fonts),
    }),
  );
  return hash.digest('hex');
}

const fontDigests = new WeakMap<readonly OgFont[], string>();

/** A digest of the font files, worked out once per font list: hashing them again for every image cost seconds on a big site. */
function fontsDigest(fonts: readonly OgFont[]): string {
  let digest = fontDigests.get(fonts);
  if (digest === undefined) {
    const hash = createHash('sha256');
    for (const { name, weight, style, data } of fonts) hash.update(JSON.stringify([name, weight, style, data.length])).update(data);
    digest = hash.digest('hex');
    fontDigests.set(fonts, digest);
  }
  return digest;
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
  const file = join(resolve(options.dir), `${ogCacheKey(input, fonts)}.png`);
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
