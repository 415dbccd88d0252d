/**
 * The content check as a command: `node src/rules/cli.ts [file…]` (what
 * `npm run check` runs, and what `astro build` runs before it builds). Prints
 * the findings and a one-line summary; exits 1 when there is an error. Given
 * files, it prints only their findings (links are still checked against the
 * whole site).
 */
import { resolve } from 'node:path';
import { registerAstroHooks } from './engine/schemas.ts';

// The site's modules import each other without extensions (as Vite allows): the hooks must come first.
registerAstroHooks(resolve(import.meta.dirname, '../..'));
await import('./engine/check-command.ts');
