/**
 * The content schemas, read from src/content.config.ts itself, so the check
 * enforces exactly what the build does. That file is written for Astro: it
 * imports `astro:content` (which exists only inside Astro) and other files
 * without their extension. Plain Node loads it with two resolve hooks: one
 * gives `astro:content` a stand-in (`reference()` checks that the file it
 * names exists, `defineCollection` returns what it is given), the other
 * adds `.ts` to an extension-less relative import when that file exists.
 */
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ContentKind } from './document.ts';
import type { ContentSchema } from './site.ts';

/** `reference(collection)` checks, as Astro's does, that content/<collection>/ has a file with that id. */
const astroContentStandIn = `data:text/javascript,${encodeURIComponent(`
import { existsSync } from 'node:fs';
import { z } from 'astro/zod';
export const defineCollection = (collection) => collection;
export const reference = (collection) => z.string().superRefine((id, context) => {
  if (!['.yaml', '.yml', '.mdx'].some((extension) => existsSync(\`content/\${collection}/\${id}\${extension}\`))) {
    context.addIssue({ code: 'custom', message: \`the id of a file in content/\${collection}/ (there is none called \${id})\` });
  }
}).transform((id) => ({ id, collection }));
`)}`;

let hooksRegistered = false;

/** Lets plain Node load the site's Astro-flavoured TypeScript; call before importing any of it. */
export function registerAstroHooks(root: string): void {
  if (hooksRegistered) return;
  hooksRegistered = true;
  const rootUrl = pathToFileURL(`${root}/package.json`).href;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      if (specifier === 'astro:content') return { url: astroContentStandIn, shortCircuit: true };
      // The stand-in is a data: URL, so its own import resolves from the project.
      if (context.parentURL?.startsWith('data:')) return nextResolve(specifier, { ...context, parentURL: rootUrl });
      if (/^\.\.?\//.test(specifier) && !/\.[cm]?[jt]sx?$|\.json$/.test(specifier) && context.parentURL?.startsWith('file:')) {
        const candidate = new URL(`${specifier}.ts`, context.parentURL);
        if (existsSync(fileURLToPath(candidate))) return { url: candidate.href, shortCircuit: true };
      }
      return nextResolve(specifier, context);
    },
  });
}

interface ZodObjectLike {
  safeParse: ContentSchema['safeParse'];
  shape: Record<string, unknown>;
}

const wrap = (schema: ZodObjectLike): ContentSchema => ({ safeParse: (data) => schema.safeParse(data), keys: Object.keys(schema.shape) });

/** The schema of each kind of content file, from `root`/src/content.config.ts. */
export async function loadContentSchemas(root: string): Promise<Partial<Record<ContentKind, ContentSchema>>> {
  registerAstroHooks(root);
  const config = (await import(pathToFileURL(`${root}/src/content.config.ts`).href)) as Record<string, ZodObjectLike>;
  const pick = (name: string) => (config[name] ? wrap(config[name]) : undefined);
  const schemas: Partial<Record<ContentKind, ContentSchema>> = {};
  const entries: Array<[ContentKind, string]> = [
    ['article', 'articleSchema'],
    ['page', 'pageSchema'],
    ['reference', 'referenceSchema'],
    ['person', 'personSchema'],
    ['option', 'optionSchema'],
    ['glossary', 'glossarySchema'],
  ];
  for (const [kind, name] of entries) {
    const schema = pick(name);
    if (schema) schemas[kind] = schema;
  }
  return schemas;
}
