/**
 * Strips indentation from every HTML page as it is rendered (src/lib/html-whitespace.ts).
 * Doing it here, not over the files after the build, means a page that Astro's
 * incremental build keeps from the last build is already tidy, and no build reads
 * and rewrites every page a second time.
 */
import { defineMiddleware } from 'astro:middleware';
import { collapseIndentation } from './lib/html-whitespace';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const headers = new Headers(response.headers);
  // The body gets shorter: a length worked out for the untidy page would cut it off.
  headers.delete('content-length');
  return new Response(collapseIndentation(await response.text()), { status: response.status, statusText: response.statusText, headers });
});
