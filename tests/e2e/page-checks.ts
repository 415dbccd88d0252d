/** Helpers for tests/e2e/quality.spec.ts: what one page load did, and which pages stand for each page type. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export const dist = join(import.meta.dirname, '../../dist');

/** The built HTML file behind a URL path ("/articles/x/" → dist/articles/x/index.html). */
export function builtFile(path: string): string {
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

export function builtHtml(path: string): string {
  return readFileSync(builtFile(path), 'utf8');
}

/** Ids of the standing pages (content/pages/*.mdx: about, privacy …), which one template renders. */
export const standingPageIds: ReadonlySet<string> = new Set(readdirSync(join(import.meta.dirname, '../../content/pages')).map((name) => name.replace(/\.mdx?$/, '')));

/**
 * One page per route shape, the largest of its kind (most to lay out, most controls): pages that
 * differ only in their last segment are one type (/articles/a/ and /articles/b/; /articles/page/2/
 * and /articles/page/3/); the standing pages are one type (one template renders them all); any
 * other top-level page is its own type. Listed in the order their types first appear.
 */
export function onePagePerType(pages: readonly string[]): string[] {
  const largest = new Map<string, { path: string; bytes: number }>();
  for (const path of pages) {
    const segments = path.split('/').filter(Boolean);
    const type = segments.length > 1 ? `${segments.slice(0, -1).join('/')}/*` : standingPageIds.has(segments[0] ?? '') ? 'standing page' : path;
    const bytes = statSync(builtFile(path)).size;
    const best = largest.get(type);
    if (!best || bytes > best.bytes) largest.set(type, { path, bytes });
  }
  return [...largest.values()].map(({ path }) => path);
}

export interface LoadRecord {
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** CSP violations reported by the browser (`securitypolicyviolation` events). */
  cspViolations: string[];
  /** Every URL the page requested. */
  requests: string[];
  /** Decoded body size of each response, and its size gzip-compressed as a server would send it, by resource type. */
  responses: Array<{ url: string; type: string; bytes: number; gzipBytes: number }>;
  /** Resolves when every response seen so far has been measured. */
  settled: () => Promise<unknown>;
}

/** Starts recording; call before page.goto. */
export async function recordLoad(page: Page): Promise<LoadRecord> {
  const measuring: Array<Promise<void>> = [];
  const record: LoadRecord = { errors: [], cspViolations: [], requests: [], responses: [], settled: () => Promise.all(measuring) };
  page.on('console', (message) => {
    if (message.type() === 'error') record.errors.push(`${message.text()} ${message.location().url}`.trim());
  });
  page.on('pageerror', (error) => record.errors.push(error.message));
  page.on('request', (request) => {
    record.requests.push(request.url());
  });
  page.on('response', (response) => {
    measuring.push(
      response
        .body()
        .catch(() => Buffer.alloc(0))
        .then((body) => {
          record.responses.push({ url: response.url(), type: response.request().resourceType(), bytes: body.byteLength, gzipBytes: gzipSync(body).byteLength });
        }),
    );
  });
  await page.exposeFunction('__reportCspViolation', (text: string) => record.cspViolations.push(text));
  // Init scripts run through the DevTools protocol, so the page's CSP does not block them.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return record;
}

/** Parses a CSP string into directive → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** What a keyboard user meets when tabbing: the element, and where it was. */
export interface FocusStop {
  /** A short description: tag, text and href. */
  label: string;
  /** Index of the element among all elements of the document, in DOM order. */
  domIndex: number;
  top: number;
  left: number;
  inViewport: boolean;
  /** Index of the table row (`<tr>`) that holds the element among all elements, or -1. */
  row: number;
  /** The focus indicator: an outline at least 2 px thick, or a box-shadow, is drawn. */
  indicated: boolean;
}

/** Describes the focused element; runs in the page. */
export function describeFocus(): FocusStop | null {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const rect = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  const all = Array.from(document.querySelectorAll('*'));
  const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
  return {
    label: `<${element.tagName.toLowerCase()}> "${text}" ${element.getAttribute('href') ?? ''}`.trim(),
    domIndex: all.indexOf(element),
    row: element.closest('tr') ? all.indexOf(element.closest('tr')!) : -1,
    top: rect.top + window.scrollY,
    left: rect.left + window.scrollX,
    inViewport: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < window.innerHeight && rect.left < window.innerWidth,
    // A ring at least 2 px thick (WCAG 2.4.13's minimum), or a drawn shadow.
    indicated: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
  };
}

/** Every element a keyboard user should reach, in DOM order; runs in the page. */
export function tabbableInDomOrder(): string[] {
  const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable="true"]';
  const all = Array.from(document.querySelectorAll('*'));
  return Array.from(document.querySelectorAll<HTMLElement>(selector))
    .filter((element) => element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled)
    .filter((element) => element.checkVisibility({ visibilityProperty: true }) && !element.closest('[inert]'))
    .map((element) => String(all.indexOf(element)));
}

/** Ids defined in a built page. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => decodeEntities(match[1]!)));
}

/** Links in a built page that point at a #fragment of this site (same page or another). */
export function fragmentLinksIn(html: string, pagePath: string): Array<{ path: string; fragment: string; href: string }> {
  return [...html.matchAll(/\shref="([^"]*#[^"]*)"/g)].flatMap((match) => {
    const href = decodeEntities(match[1]!);
    const url = new URL(href, `http://site.invalid${pagePath}`);
    if (url.origin !== 'http://site.invalid' || url.hash.length < 2) return [];
    return [{ path: url.pathname, fragment: decodeURIComponent(url.hash.slice(1)), href }];
  });
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}
