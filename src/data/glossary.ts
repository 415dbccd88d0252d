/** The glossary's entries for /glossary/, A to Z, each with its sources written out. */
import { getCollection, getEntry } from 'astro:content';
import { alphabetical, glossaryAnchor, initialOf, type GlossaryEntry } from '../lib/glossary';
import { formatReference, referenceLinks } from '../lib/references';

export interface GlossaryPageEntry extends GlossaryEntry {
  anchor: string;
  initial: string;
  /** Each source behind the definition, as one line with its most durable link. */
  cited: Array<{ id: string; text: string; href: string | undefined }>;
}

export async function glossaryEntries(): Promise<GlossaryPageEntry[]> {
  const entries = (await getCollection('glossary')).map(({ id, data }) => ({ id, ...data }));
  return Promise.all(
    alphabetical(entries).map(async (entry) => ({
      ...entry,
      anchor: glossaryAnchor(entry.id),
      initial: initialOf(entry.term),
      cited: await Promise.all(
        entry.sources.map(async (id) => {
          const reference = await getEntry('references', id);
          if (!reference) throw new Error(`content/glossary/${entry.id}.yaml: sources names "${id}", which is not in content/references/.`);
          return { id, text: formatReference(reference.data), href: referenceLinks(reference.data)[0]?.href };
        }),
      ),
    })),
  );
}
