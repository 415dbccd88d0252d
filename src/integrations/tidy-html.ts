/** Strips indentation from every built HTML page (see src/lib/html-whitespace.ts). Runs before Pagefind reads the pages. */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { collapseIndentation } from '../lib/html-whitespace';

async function htmlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

export function tidyHtml(): AstroIntegration {
  return {
    name: 'tidy-html',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const files = await htmlFiles(fileURLToPath(dir));
        await Promise.all(
          files.map(async (file) => {
            const html = await readFile(file, 'utf8');
            const tidy = collapseIndentation(html);
            if (tidy !== html) await writeFile(file, tidy);
          }),
        );
      },
    },
  };
}
