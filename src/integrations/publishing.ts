/**
 * Drafts and scheduled articles show only under `astro dev`. The rule keys on
 * the Astro command, not on import.meta.env.DEV: that follows NODE_ENV, so a
 * build run with NODE_ENV=test or development (a test runner, some CI and
 * hosting setups) would otherwise publish every draft.
 */
import type { AstroIntegration } from 'astro';

export function publishingRules(): AstroIntegration {
  return {
    name: 'publishing',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.SHOW_UNPUBLISHED': JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
