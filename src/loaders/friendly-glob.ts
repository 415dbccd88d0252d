/**
 * Astro's glob loader with editor-friendly validation. Before Astro sees an
 * entry, we read its frontmatter (or YAML file) again with the rulebook's one
 * reader (src/rules/engine/frontmatter.ts, the YAML 1.2 core schema), so `2026-13-45` stays the text the editor wrote instead of rolling
 * over to a different day, and we validate it ourselves so that a mistake
 * fails the build with a message naming the file and the field.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { formatContentError, type SchemaIssue } from '../lib/errors';
import { readFrontmatter } from '../rules/engine/frontmatter';
import { YAML_FIX } from '../rules/engine/yaml-problem';

const isYaml = (path: string): boolean => /\.ya?ml$/.test(path);

/** Thrown when an entry does not match its schema; the message is the whole explanation. */
export class ContentEntryError extends Error {
  override name = 'ContentEntryError';
  constructor(message: string) {
    super(message);
    // The message says everything. An empty stack also stops Astro printing an empty "Stack trace:".
    this.stack = '';
  }
}

/** What an entry's file holds: its data as the editor wrote it, or why its YAML cannot be read. */
export type EntryFile = { data: unknown; error?: undefined } | { error: ContentEntryError };

/**
 * Reads an entry's frontmatter (or YAML file) once, with the YAML 1.2 core
 * schema, so dates stay the text the editor wrote. YAML that cannot be read
 * gives an error naming the file and the line, with the usual fix; a file
 * without frontmatter gives `{}`, which the schema then reports field by field.
 */
export function readEntryFile(filePath: string, root: string): EntryFile {
  const yamlFile = isYaml(filePath);
  const { data, problem } = readFrontmatter(readFileSync(filePath, 'utf8'), yamlFile);
  if (!problem) return { data: data ?? {} };
  return {
    error: new ContentEntryError(
      `${relative(root, filePath)}:${problem.line}: the ${yamlFile ? 'file' : 'frontmatter'} is not valid YAML: ${problem.reason}.\n  Fix: ${YAML_FIX}`,
    ),
  };
}

/**
 * When Astro could not read a file's YAML (an unclosed quote, a stray colon),
 * its error names the file but not the line or the fix. Reads the file again
 * with the `yaml` package and says where the problem is, in the file's lines.
 */
export function yamlSyntaxError(error: unknown, root: string): ContentEntryError | undefined {
  const filePath = (error as { loc?: { file?: unknown } } | null)?.loc?.file;
  if (typeof filePath !== 'string' || !/\.(mdx?|ya?ml)$/.test(filePath)) return undefined;
  try {
    return readEntryFile(filePath, root).error;
  } catch {
    return undefined;
  }
}

export interface FriendlyGlobOptions {
  pattern: string;
  base: string;
  schema: z.ZodObject;
  /** True for a collection that may rightly have no files yet (people, until a real reviewer exists): no warning then. */
  mayBeEmpty?: boolean;
}

/** The loader's logger, with Astro's "No files found" warning turned into a debug message. */
function withoutEmptyWarning(logger: LoaderContext['logger']): LoaderContext['logger'] {
  const quiet = Object.create(logger) as LoaderContext['logger'];
  quiet.warn = (message: string) => (message.startsWith('No files found matching') ? logger.debug(message) : logger.warn(message));
  return quiet;
}

export function friendlyGlob(options: FriendlyGlobOptions): Loader {
  const inner = glob({ pattern: options.pattern, base: options.base });
  const knownKeys = Object.keys(options.schema.shape);
  return {
    name: 'friendly-glob',
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      // During the first load, every file's problems are collected and reported together,
      // so an editor sees all of them in one build; later (dev server edits) each is thrown at once.
      const problems: string[] = [];
      let collecting = true;
      const parseData = (async (props: Parameters<LoaderContext['parseData']>[0]) => {
        const entry: EntryFile = props.filePath ? readEntryFile(props.filePath, root) : { data: props.data };
        const unreadable = entry.error;
        const data = entry.error ? {} : entry.data;
        const result = unreadable ? undefined : await options.schema.safeParseAsync(data);
        if (unreadable || !result?.success) {
          const file = props.filePath ? relative(root, props.filePath) : props.id;
          const error =
            unreadable ??
            new ContentEntryError(
              formatContentError(file, (result?.error?.issues ?? []) as SchemaIssue[], data, knownKeys, isYaml(file) ? 'file' : 'frontmatter'),
            );
          if (!collecting) throw error;
          problems.push(error.message);
          return props.data;
        }
        return context.parseData({ ...props, data: data as Record<string, unknown> });
      }) as LoaderContext['parseData'];
      try {
        await inner.load({ ...context, parseData, logger: options.mayBeEmpty ? withoutEmptyWarning(context.logger) : context.logger });
      } catch (error: unknown) {
        throw yamlSyntaxError(error, root) ?? error;
      } finally {
        collecting = false;
      }
      if (problems.length) throw new ContentEntryError(problems.join('\n\n'));
    },
  };
}
