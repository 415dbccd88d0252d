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
      const last = parts.at(-1);
      if (last && last.marked === marked) last.text += text;
      else parts.push({ text, marked });
    }
  }
  return parts;
}

/** What the live region says after a search. */
export function resultCountMessage(count: number, query: string): string {
  const trimmed = query.trim();
  if (!trimmed) return '';
  if (count === 0) return `No articles found for “${trimmed}”. Try another word, or browse the topics below.`;
  return `${count} ${count === 1 ? 'article' : 'articles'} found for “${trimmed}”.`;
}
