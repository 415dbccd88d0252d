/**
 * The site data the remark plugins hand to components as props: the options
 * of content/options/ (for <SleepOptions />) and the glossary of
 * content/glossary/ (for <Term>). Read from the project folder the build runs
 * in, each time an article compiles, so `astro dev` shows an edit at once; the
 * MDX compile cache (src/integrations/mdx-compile-cache.ts) counts these
 * folders among its inputs, so a rebuild never reuses a page compiled with old
 * data. Whether the files are right is the rulebook's to say, before any
 * build compiles an article.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { glossaryFromFields, type GlossaryEntry } from '../lib/glossary.ts';
import { optionFromFields, type OptionData } from '../lib/options.ts';

function yamlFiles(folder: string): Array<{ id: string; fields: Record<string, unknown> | undefined }> {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name)).sort();
  } catch {
    return [];
  }
  return names.map((name) => {
    let fields: Record<string, unknown> | undefined;
    try {
      const value: unknown = parse(readFileSync(join(folder, name), 'utf8'));
      fields = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
    } catch {
      fields = undefined;
    }
    return { id: name.replace(/\.ya?ml$/, ''), fields };
  });
}

/** Every option in `root`/content/options/. */
export function readOptions(root: string = process.cwd()): OptionData[] {
  return yamlFiles(join(root, 'content/options')).flatMap(({ id, fields }) => optionFromFields(id, fields) ?? []);
}

/** Every glossary entry in `root`/content/glossary/. */
export function readGlossary(root: string = process.cwd()): GlossaryEntry[] {
  return yamlFiles(join(root, 'content/glossary')).flatMap(({ id, fields }) => glossaryFromFields(id, fields) ?? []);
}
