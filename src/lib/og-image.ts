/**
 * Social images (Open Graph, 1200×630 PNG): the site name, a headline and a
 * topic label, in Inter from @fontsource/inter. The backdrop (everything but the
 * headline) is laid out by satori and drawn by sharp once per topic; the headline
 * is set by Pango, through sharp. Images are cached on disk, keyed by a hash of
 * everything that is drawn, so an unchanged article is never redrawn.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import type { OgCacheStats } from './og-stats';
import { SOCIAL_IMAGE_SIZE } from './seo';
import { woffToSfnt } from './woff';

/**
 * How the PNG is encoded; part of the cache key. zlib level 1 encodes in about a
 * third of the CPU time of level 6 and a tenth of level 9 (measured on this
 * template); the files grow from about 45 KB to 60 KB, and only social sites'
 * crawlers download them.
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

/** Where the parts sit, in pixels (colours from tokens.css). */
const LAYOUT = {
  stripe: 24,
  paddingX: 80,
  paddingY: 64,
  /** The site name's line at the top. */
  siteNameHeight: 48,
  /** The topic label's row at the bottom. */
  topicHeight: 56,
} as const;

/** The headline's box: between the site name and the topic row, as wide as the padding allows. */
const TITLE_BOX = {
  left: LAYOUT.stripe + LAYOUT.paddingX,
  top: LAYOUT.paddingY + LAYOUT.siteNameHeight,
  width: SOCIAL_IMAGE_SIZE.width - LAYOUT.stripe - 2 * LAYOUT.paddingX,
  height: SOCIAL_IMAGE_SIZE.height - 2 * LAYOUT.paddingY - LAYOUT.siteNameHeight - LAYOUT.topicHeight,
} as const;

/** Everything but the headline: the stripe, the site name at the top, the topic label at the bottom. */
export function ogBackdrop(input: Omit<OgImageInput, 'title'>): OgElement {
  const topic = input.topic === undefined ? '' : drawableText(input.topic);
  return div(
    {
      width: '100%',
      height: '100%',
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `${LAYOUT.paddingY}px ${LAYOUT.paddingX}px`,
      backgroundColor: '#fbfaf7',
      borderLeft: `${LAYOUT.stripe}px solid #2e6b5a`,
      fontFamily: 'Inter',
    },
    [
      div({ height: LAYOUT.siteNameHeight, fontSize: 34, fontWeight: 700, color: '#2e6b5a' }, drawableText(input.siteName)),
      div(
        { display: 'flex', height: LAYOUT.topicHeight, alignItems: 'flex-end' },
        topic
          ? [div({ padding: '8px 22px', borderRadius: 999, backgroundColor: '#f1eee6', border: '2px solid #d5d0c4', color: '#545b64', fontSize: 28, fontWeight: 400 }, topic)]
          : [],
      ),
    ],
  );
}

/** How the headline is set: Inter Bold, line height 1.15, tracking -0.01em, wrapped at word breaks in TITLE_BOX. */
export interface OgTitle {
  text: string;
  fontSize: number;
}

export function ogTitle(input: Pick<OgImageInput, 'title'>): OgTitle {
  const text = drawableText(input.title);
  return { text, fontSize: titleFontSize(text) };
}

/** Pango markup is the only way to set type with sharp: the title's own &, < and > must stay text. */
export function pangoText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The headline's markup: size in pixels (dpi 72 makes a point a pixel); spacing in 1/1024 of a point. */
export function pangoTitleMarkup(title: OgTitle): string {
  const lineHeight = Math.round(title.fontSize * 1.15 * 1024);
  const tracking = Math.round(-0.01 * title.fontSize * 1024);
  return `<span font_family="Inter" font_weight="bold" size="${title.fontSize * 1024}" line_height="${lineHeight}" letter_spacing="${tracking}">${pangoText(title.text)}</span>`;
}

/**
 * Inter as TrueType files for Pango (given the WOFF files, it fell back to another
 * font): unwrapped from the same @fontsource files satori uses, once per font list
 * and process, into a folder named by their digest. Each file is registered with
 * sharp by a one-character drawing, so a glyph missing from the Latin subset is
 * found in the Latin Extended one.
 */
const pangoFonts = new WeakMap<readonly OgFont[], Promise<void>>();
function registerPangoFonts(fonts: readonly OgFont[]): Promise<void> {
  let ready = pangoFonts.get(fonts);
  if (ready === undefined) {
    ready = (async () => {
      const folder = join(tmpdir(), 'knead-to-sleep-fonts', fontsDigest(fonts).slice(0, 16));
      await mkdir(folder, { recursive: true });
      for (const [index, font] of fonts.entries()) {
        const file = join(folder, `inter-${index}-${font.weight}.ttf`);
        const temporary = `${file}.${process.pid}.tmp`;
        await writeFile(temporary, woffToSfnt(font.data));
        await rename(temporary, file);
        await sharp({ text: { text: '.', fontfile: file, font: 'Inter' } }).raw().toBuffer();
      }
    })();
    pangoFonts.set(fonts, ready);
  }
  return ready;
}

/** The backdrops drawn in this process, by what they show: a site has one per topic. */
const backdrops = new Map<string, Promise<Buffer>>();

function backdropPixels(input: Omit<OgImageInput, 'title'>, fonts: OgFont[]): Promise<Buffer> {
  const element = ogBackdrop(input);
  const key = JSON.stringify(element);
  let pixels = backdrops.get(key);
  if (pixels === undefined) {
    pixels = (async () => {
      // satori types its element as a ReactNode; React's types are not installed, so it is `any` there.
      const svg = await satori(element, { ...SOCIAL_IMAGE_SIZE, fonts });
      return sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer();
    })();
    backdrops.set(key, pixels);
  }
  return pixels;
}

/**
 * Draws the image: input → 1200×630 PNG. The backdrop (satori, then librsvg) is
 * drawn once per topic; each headline is set by Pango as a coverage mask and
 * blended onto a copy of it here. Drawing every image whole with satori cost about
 * three times as much CPU per image (measured, `npm run bench`).
 */
export async function renderOgImage(input: OgImageInput, fonts?: OgFont[]): Promise<Buffer> {
  const usedFonts = fonts ?? (await loadOgFonts());
  const [backdrop] = await Promise.all([backdropPixels(input, usedFonts), registerPangoFonts(usedFonts)]);
  const { data: mask, info } = await sharp({
    text: { text: pangoTitleMarkup(ogTitle(input)), width: TITLE_BOX.width, dpi: 72, wrap: 'word' },
  })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const top = TITLE_BOX.top + Math.max(0, Math.floor((TITLE_BOX.height - info.height) / 2));
  const pixels = spareCanvases.pop() ?? Buffer.allocUnsafe(backdrop.length);
  try {
    backdrop.copy(pixels);
    blendInk(pixels, mask, { left: TITLE_BOX.left, top, width: Math.min(info.width, TITLE_BOX.width), height: Math.min(info.height, TITLE_BOX.height), maskWidth: info.width });
    // The image is opaque: three channels instead of four are less to encode and to download.
    return await sharp(pixels, { raw: { ...SOCIAL_IMAGE_SIZE, channels: 3 } })
      .png(PNG_OPTIONS)
      .toBuffer();
  } finally {
    spareCanvases.push(pixels);
  }
}

/**
 * Canvases (2.3 MB of pixels each) for drawings that have finished, to be drawn on
 * again. A fresh canvas per image made every image cost about 50 ms of CPU instead
 * of 10 in a build, whose heap is large: V8 answers that much memory allocated
 * outside its heap with full garbage collections (measured with a 600 MB heap).
 */
const spareCanvases: Buffer[] = [];

/** The headline's colour, #1f2328 (--color-text in tokens.css). */
const INK = [0x1f, 0x23, 0x28] as const;

/** Paints the ink colour onto RGB pixels through a one-channel coverage mask placed at (left, top). */
function blendInk(pixels: Buffer, mask: Buffer, place: { left: number; top: number; width: number; height: number; maskWidth: number }): void {
  const rowBytes = SOCIAL_IMAGE_SIZE.width * 3;
  for (let y = 0; y < place.height; y++) {
    let at = (place.top + y) * rowBytes + place.left * 3;
    const maskRow = y * place.maskWidth;
    for (let x = 0; x < place.width; x++, at += 3) {
      const coverage = mask[maskRow + x]!;
      if (coverage === 0) continue;
      for (let channel = 0; channel < 3; channel++) {
        pixels[at + channel] = Math.round(pixels[at + channel]! + ((INK[channel]! - pixels[at + channel]!) * coverage) / 255);
      }
    }
  }
}

/** The code that places and blends the headline, as text: part of the cache key. */
const DRAWING_CODE = [renderOgImage.toString(), blendInk.toString()];

const satoriVersion = (require('satori/package.json') as { version: string }).version;

/**
 * The cache key: a SHA-256 of everything that decides the pixels: the backdrop's
 * element tree and the headline's markup (every text, size and colour), where the
 * headline goes and how it is blended (the code itself, as text, so a change to
 * the drawing redraws every image without a version number to bump), the PNG
 * options, the font files, and the versions of satori and of sharp's libraries.
 */
export function ogCacheKey(input: OgImageInput, fonts: readonly OgFont[]): string {
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify({
      backdrop: ogBackdrop(input),
      headline: pangoTitleMarkup(ogTitle(input)),
      box: TITLE_BOX,
      ink: INK,
      code: DRAWING_CODE,
      png: PNG_OPTIONS,
      satori: satoriVersion,
      libraries: [sharp.versions.sharp, sharp.versions.vips, sharp.versions.rsvg, sharp.versions.pango, sharp.versions.harfbuzz, sharp.versions.freetype],
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
