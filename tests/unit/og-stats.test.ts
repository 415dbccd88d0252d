import { describe, expect, it } from 'vitest';
import { ogBuildStats, ogCacheReport, resetOgBuildStats } from '../../src/lib/og-stats';

describe('ogCacheReport', () => {
  it.each([
    [{ drawn: 2, reused: 4, articleImages: 5, articleImagesRendered: 5 }, 'drew 2 images, reused 4 from cache'],
    [{ drawn: 0, reused: 7, articleImages: 6, articleImagesRendered: 6 }, 'drew 0 images, reused 7 from cache'],
    [{ drawn: 1, reused: 0, articleImages: 0, articleImagesRendered: 0 }, 'drew 1 image, reused 0 from cache'],
    [{ drawn: 1, reused: 1, articleImages: 1000, articleImagesRendered: 1 }, 'drew 1 image, reused 1 from cache, kept 999 from the last build'],
  ])('%j → %s', (stats, expected) => {
    expect(ogCacheReport(stats)).toBe(expected);
  });
});

describe('ogBuildStats', () => {
  it('is one set of counters per process, shared through globalThis, and starts again at zero on reset', () => {
    resetOgBuildStats();
    ogBuildStats().drawn += 2;
    ogBuildStats().reused += 1;
    const shared = (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('knead-to-sleep.og-cache-stats')];
    expect(shared).toEqual({ drawn: 2, reused: 1, articleImages: 0, articleImagesRendered: 0 });
    expect(ogBuildStats()).toBe(shared);
    resetOgBuildStats();
    expect(ogBuildStats()).toEqual({ drawn: 0, reused: 0, articleImages: 0, articleImagesRendered: 0 });
  });
});
