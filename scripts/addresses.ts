/**
 * `npm run addresses`: writes content/addresses.txt, the list of every address
 * the site has published (src/lib/addresses.ts). It adds the addresses served
 * today and keeps every address already on the list; it never drops one the
 * site no longer serves (that is the content check's `address-gone` error, fixed
 * with `redirectFrom` or content/unpublished.yaml), and says so.
 */
import { resolve } from 'node:path';
import { registerAstroHooks } from '../src/rules/engine/schemas.ts';

registerAstroHooks(resolve(import.meta.dirname, '..'));
await import('../src/rules/engine/addresses-command.ts');
