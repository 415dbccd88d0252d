/** Prints what the social-image cache did during a build: `[og] drew 2 images, reused 4 from cache`. */
import type { AstroIntegration } from 'astro';
import { ogBuildStats, ogCacheReport, resetOgBuildStats } from '../lib/og-stats';

export function ogCacheReporter(): AstroIntegration {
  return {
    name: 'og',
    hooks: {
      'astro:build:start': () => resetOgBuildStats(),
      'astro:build:done': ({ logger }) => logger.info(ogCacheReport(ogBuildStats())),
    },
  };
}
