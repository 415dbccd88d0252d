/**
 * The glossary: research and health words defined in plain words. Pure: the
 * entries come in as plain data (content/glossary/, read by the remark plugin
 * and the rulebook), so the /glossary/ page, <Term> and the term-undefined rule
 * agree on what each term is and how it is spelt.
 */

export interface GlossaryEntry {
  id: string;
  term: string;
  aliases: readonly string[];
  definition: string;
  sources: readonly string[];
}

/** The fragment id of a term on /glossary/ (also what <Term> links to). */
export function glossaryAnchor(id: string): string {
  return `term-${id}`;
}

/** The entries in alphabetical order of their term, ignoring case and a leading hyphen or digit's punctuation. */
export function alphabetical(entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  return [...entries].sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base' }) || a.id.localeCompare(b.id));
}

/** The first letter a term is filed under on /glossary/ (A–Z, or "#" for anything else). */
export function initialOf(term: string): string {
  const first = term.trim().charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every spelling of an entry (its term and aliases), longest first so "sleep restriction therapy" wins over "sleep restriction". */
export function spellingsOf(entry: Pick<GlossaryEntry, 'term' | 'aliases'>): string[] {
  return [...new Set([entry.term, ...entry.aliases].map((spelling) => spelling.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
}

/** A whole-word, case-insensitive pattern for any spelling of an entry. Hyphens and letters count as part of a word. */
export function termPattern(entry: Pick<GlossaryEntry, 'term' | 'aliases'>): RegExp {
  const spellings = spellingsOf(entry).map((spelling) => escape(spelling).replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${spellings.join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`, 'iu');
}

export interface TermUse {
  id: string;
  /** The text as written. */
  text: string;
  /** Offset of the use in the text searched. */
  index: number;
}

/** The first use of each entry's spellings in `text`, in order of where they occur. */
export function termUses(text: string, entries: readonly GlossaryEntry[]): TermUse[] {
  const uses: TermUse[] = [];
  for (const entry of entries) {
    const match = termPattern(entry).exec(text);
    if (match) uses.push({ id: entry.id, text: match[0], index: match.index });
  }
  return uses.sort((a, b) => a.index - b.index);
}

/** An entry from its file's fields as read from YAML, or undefined when they do not have its shape (the `fields` rule says why). */
export function glossaryFromFields(id: string, fields: Record<string, unknown> | undefined): GlossaryEntry | undefined {
  if (!fields || typeof fields.term !== 'string' || typeof fields.definition !== 'string') return undefined;
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
  return { id, term: fields.term.trim(), aliases: strings(fields.aliases), definition: fields.definition.trim(), sources: strings(fields.sources) };
}

/**
 * A bare effect size in prose: "effect size 0.47", "SMD 0.5", "SMD −0.54",
 * "d = 0.4", "g 0.64", "Hedges' g of 0.3", "ES 0.33". Readers cannot tell
 * what such a number means; say it in words ("a small effect").
 */
const BARE_EFFECT_SIZE =
  /(?<![\p{L}\p{N}])(?:(?:standardi[sz]ed\s+mean\s+difference|effect\s+size|SMD|ES|Hedges['’]?\s*g|Cohen['’]?s\s*d|[dg])\s*(?:of|was|=|:)?\s*[-−–]?\s*\d*[.·]\d+|(?:[-−–]?\d*[.·]\d+)\s*(?:SMD|effect\s+size))(?![\p{N}])/iu;

/** Each bare effect size in `text`, with where it is. */
export function bareEffectSizes(text: string): Array<{ text: string; index: number }> {
  const found: Array<{ text: string; index: number }> = [];
  const pattern = new RegExp(BARE_EFFECT_SIZE.source, 'giu');
  for (const match of text.matchAll(pattern)) found.push({ text: match[0], index: match.index });
  return found;
}

/**
 * A definition as <Term> shows it in brackets after the word: no full stop at
 * the end, and a lower-case first letter unless the first word is an
 * abbreviation or a name ("PSQI", "NICE"): "pilot study (a small first study …)".
 */
export function bracketedDefinition(definition: string): string {
  const text = definition.trim().replace(/\.$/, '');
  const firstWord = /^\S+/.exec(text)?.[0] ?? '';
  if (firstWord.length > 1 && firstWord.slice(1) !== firstWord.slice(1).toLowerCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
