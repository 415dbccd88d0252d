/**
 * Pure helpers for the search page. Pagefind's excerpts are HTML strings: the
 * page text, escaped, with the matched words in <mark>. The page never assigns
 * them as HTML; it splits them into text parts here and builds DOM nodes with
 * textContent, so nothing in the index can inject markup or script.
 */

export interface ExcerptPart {
  text: string;
  /** True for a matched word, shown in <mark>. */
  marked: boolean;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities Pagefind writes (&amp; &lt; &#39; &#x27; …); leaves anything else as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Splits an excerpt into plain and marked text. Any tag other than <mark> is dropped, never kept as markup. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const token of excerpt.split(/(<\/?mark\b[^>]*>)/i)) {
    if (/^<mark\b/i.test(token)) {
      marked = true;
    } else if (/^<\/mark/i.test(token)) {
      marked = false;
    } else {
      const text = decodeEntities(token.replace(/<[^>]*>/g, ''));
      if (!text) continue;
      // Pagefind marks a word with the punctuation around it ("thinners."); only the word is highlighted.
      const [, before = '', word = '', after = ''] = marked ? (/^([^\p{L}\p{N}]*)([\s\S]*?)([^\p{L}\p{N}]*)$/u.exec(text) ?? []) : ['', text, '', ''];
      for (const piece of marked ? [{ text: before, marked: false }, { text: word, marked: true }, { text: after, marked: false }] : [{ text, marked: false }]) {
        if (!piece.text) continue;
        const last = parts.at(-1);
        if (last && last.marked === piece.marked) last.text += piece.text;
        else parts.push({ ...piece });
      }
    }
  }
  return parts;
}

/** A part of a Pagefind result: a section of the page (its heading's anchor in the url) or the page's top. */
export interface SubResult {
  url: string;
  title: string;
  excerpt: string;
  weighted_locations?: ReadonlyArray<{ balanced_score: number }>;
}

/**
 * The sections of a result worth linking to, best match first: only those with
 * a heading anchor (the page's top holds the title, the lede and the hidden
 * search terms, so its excerpt is never shown), at most `max`.
 */
export function matchingSections<T extends SubResult>(subResults: readonly T[], max = 2): T[] {
  const score = (sub: T) => (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);
  return subResults
    .filter((sub) => sub.url.includes('#'))
    .map((sub, index) => ({ sub, index, score: score(sub) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, max)
    .map(({ sub }) => sub);
}

/** What the live region says after a search. */
export function resultCountMessage(count: number, query: string): string {
  const trimmed = query.trim();
  if (!trimmed) return '';
  if (count === 0) return `No articles found for “${trimmed}”. Try another word, or browse the topics below.`;
  return `${count} ${count === 1 ? 'article' : 'articles'} found for “${trimmed}”.`;
}
