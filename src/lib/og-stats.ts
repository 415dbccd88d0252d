/**
 * How many social images a build drew, how many it took from the cache, and
 * how many Astro's incremental build kept from the last build without asking.
 * The image endpoints run inside Astro's build bundle and the report is printed
 * by an integration loaded with the config: two copies of this module in one
 * process, so the counters live on globalThis under a registered symbol.
 */

export interface OgCacheStats {
  /** Images drawn (none in the cache). */
  drawn: number;
  /** Images read from the cache. */
  reused: number;
  /** Article images the build serves (set by the route's getStaticPaths). */
  articleImages: number;
  /** Article images whose endpoint ran; the others were kept by the incremental build. */
  articleImagesRendered: number;
}

const zero = (): OgCacheStats => ({ drawn: 0, reused: 0, articleImages: 0, articleImagesRendered: 0 });

const KEY = Symbol.for('knead-to-sleep.og-cache-stats');
const store = globalThis as unknown as Record<symbol, OgCacheStats | undefined>;

/** This process's counters. */
export function ogBuildStats(): OgCacheStats {
  return (store[KEY] ??= zero());
}

export function resetOgBuildStats(): void {
  store[KEY] = zero();
}

/** "drew 2 images, reused 4 from cache", then ", kept 9 from the last build" when the incremental build kept some. */
export function ogCacheReport({ drawn, reused, articleImages, articleImagesRendered }: OgCacheStats): string {
  const kept = Math.max(0, articleImages - articleImagesRendered);
  return `drew ${drawn} image${drawn === 1 ? '' : 's'}, reused ${reused} from cache${kept ? `, kept ${kept} from the last build` : ''}`;
}
