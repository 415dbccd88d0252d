/**
 * The site's type: Source Serif 4 (regular for text, semibold for headings and
 * strong text), served from the site itself as WOFF2 files that hold only the
 * characters the site uses. Each build collects the characters of content/ and
 * src/ (the editors' text and the interface's words), subsets the two faces
 * from the @fontsource package to them, and hands the files to Astro's local
 * font provider, which writes the @font-face rules, the preload links and a
 * fallback face whose metrics are adjusted to Source Serif 4 (no layout shift
 * when the font arrives).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';

/** Printable ASCII: always in the subset, so a new article in plain English never needs a character the font lacks. */
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index)).join('');

/** Folders whose files hold the words readers see, and the kinds of file to read in them. */
const TEXT_SOURCES = [
  { folder: 'content', extensions: ['.md', '.mdx', '.yaml', '.yml'] },
  { folder: 'src', extensions: ['.astro', '.ts'] },
] as const;

/** The two faces, from @fontsource/source-serif-4's Latin files. */
export const SITE_FONT_FACES = [
  { weight: 400, file: '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2' },
  { weight: 600, file: '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2' },
] as const;

/** Every distinct character in the texts plus printable ASCII, sorted by code point; control characters are dropped. */
export function siteCharacters(texts: Iterable<string>): string {
  const characters = new Set(ASCII);
  for (const text of texts) {
    for (const character of text) {
      if (/\p{L}|\p{M}|\p{N}|\p{P}|\p{S}|\p{Zs}/u.test(character)) characters.add(character);
    }
  }
  return [...characters].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

function* textFiles(folder: string, extensions: readonly string[]): Generator<string> {
  if (!existsSync(folder)) return;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* textFiles(path, extensions);
    else if (extensions.some((extension) => entry.name.endsWith(extension))) yield path;
  }
}

/** The texts of the site's content and interface, read from the project at `root`. */
export function* siteTexts(root: string): Generator<string> {
  for (const { folder, extensions } of TEXT_SOURCES) {
    for (const path of textFiles(join(root, folder), extensions)) yield readFileSync(path, 'utf8');
  }
}

export interface SubsetFace {
  weight: number;
  /** Absolute path of the subset WOFF2 file. */
  path: string;
}

/**
 * Subsets each face to `characters` into `cacheDir`, named by a hash of the
 * source font and the characters, so an unchanged site reuses its files.
 */
export async function subsetSiteFonts(root: string, characters: string, cacheDir: string): Promise<SubsetFace[]> {
  const require = createRequire(join(root, 'package.json'));
  mkdirSync(cacheDir, { recursive: true });
  return Promise.all(
    SITE_FONT_FACES.map(async ({ weight, file }) => {
      const source = readFileSync(require.resolve(file));
      const digest = createHash('sha256').update(source).update(characters).digest('hex').slice(0, 16);
      const path = join(cacheDir, `source-serif-4-${weight}-${digest}.woff2`);
      if (!existsSync(path)) writeFileSync(path, await subsetFont(source, characters, { targetFormat: 'woff2' }));
      return { weight, path };
    }),
  );
}

interface LocalVariant {
  src: [string];
  weight: number;
  style: 'normal';
  display: 'swap';
}

/** The faces as variants for Astro's local font provider (which needs at least one). */
export function localFontVariants(faces: readonly SubsetFace[]): [LocalVariant, ...LocalVariant[]] {
  const [first, ...rest] = faces.map(({ weight, path }): LocalVariant => ({ src: [path], weight, style: 'normal', display: 'swap' }));
  if (!first) throw new Error('site-fonts: no font faces to serve');
  return [first, ...rest];
}
