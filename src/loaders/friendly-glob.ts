/**
 * Astro's glob loader with editor-friendly validation. Before Astro sees an
 * entry, we read its frontmatter (or YAML file) again with the YAML 1.2 core
 * schema, so `2026-13-45` stays the text the editor wrote instead of rolling
 * over to a different day, and we validate it ourselves so that a mistake
 * fails the build with a message naming the file and the field.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { formatContentError, type SchemaIssue } from '../lib/errors';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The data an editor wrote, parsed without turning dates into Date objects. */
export function rawEntryData(filePath: string): unknown {
  const text = readFileSync(filePath, 'utf8');
  if (/\.ya?ml$/.test(filePath)) return parseYaml(text) ?? {};
  const match = FRONTMATTER.exec(text);
  return match ? (parseYaml(match[1] ?? '') ?? {}) : {};
}

/** Thrown when an entry does not match its schema; the message is the whole explanation. */
export class ContentEntryError extends Error {
  override name = 'ContentEntryError';
  constructor(message: string) {
    super(message);
    // The message says everything; a stack into this loader would only add noise.
    this.stack = message;
  }
}

export function friendlyGlob(options: { pattern: string; base: string; schema: z.ZodObject }): Loader {
  const inner = glob({ pattern: options.pattern, base: options.base });
  const knownKeys = Object.keys(options.schema.shape);
  return {
    name: 'friendly-glob',
    load: (context: LoaderContext) =>
      inner.load({
        ...context,
        parseData: (async (props: Parameters<LoaderContext['parseData']>[0]) => {
          const data = props.filePath ? rawEntryData(props.filePath) : props.data;
          const result = await options.schema.safeParseAsync(data);
          if (!result.success) {
            const file = props.filePath ? relative(fileURLToPath(context.config.root), props.filePath) : props.id;
            throw new ContentEntryError(
              formatContentError(file, result.error.issues as SchemaIssue[], data, knownKeys),
            );
          }
          return context.parseData({ ...props, data: data as Record<string, unknown> });
        }) as LoaderContext['parseData'],
      }),
  };
}
