/**
 * Removes indentation and blank lines from built HTML. Every run of white
 * space that holds a line break becomes a single line break, so text reads
 * exactly the same (HTML treats both as one space) while the page is lighter.
 * Astro's own compressHTML is off because it drops such runs entirely
 * ("carries an<a>"). <pre>, <textarea>, <script> and <style> are left as they are.
 */
const PRESERVED = /(<(pre|textarea|script|style)\b[\s\S]*?<\/\2\s*>)/i;

export function collapseIndentation(html: string): string {
  return html
    .split(PRESERVED)
    .map((part, index) => {
      // split() with two capture groups yields [text, block, tagName, text, block, tagName, …].
      if (index % 3 !== 0) return index % 3 === 1 ? part : '';
      return part.replace(/[ \t]*\n\s*/g, '\n');
    })
    .join('');
}
