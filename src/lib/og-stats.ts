/**
 * How many social images a build drew and how many it took from the cache.
 * The image endpoints run inside Astro's build bundle and the report is printed
 * by an integration loaded with the config: two copies of this module in one
 * process, so the counters live on globalThis under a registered symbol.
 */

export interface OgCacheStats {
  drawn: number;
  reused: number;
}

const KEY = Symbol.for('knead-to-sleep.og-cache-stats');
const store = globalThis as unknown as Record<symbol, OgCacheStats | undefined>;

/** This process's counters. */
export function ogBuildStats(): OgCacheStats {
  return (store[KEY] ??= { drawn: 0, reused: 0 });
}

export function resetOgBuildStats(): void {
  store[KEY] = { drawn: 0, reused: 0 };
}

/** "drew 2 images, reused 4 from cache" */
export function ogCacheReport({ drawn, reused }: OgCacheStats): string {
  return `drew ${drawn} image${drawn === 1 ? '' : 's'}, reused ${reused} from cache`;
}
