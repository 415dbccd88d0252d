/**
 * Runs of words two articles share. Each article's text (what readers read:
 * paragraphs, lists, headings, tables; not code, comments or component
 * attributes) becomes a list of lower-case words; every window of `length`
 * words is hashed, and a window seen in an earlier article (in path order)
 * marks a shared run. Runs are reported once, in the later article.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ContentDocument, Point } from './document.ts';

export interface SharedRun {
  /** Where the run starts in this article. */
  place: Point;
  /** How many words the two articles share in a row. */
  words: number;
  /** The run's opening words, for the message. */
  text: string;
  other: { path: string; place: Point };
}

interface Words {
  ids: number[];
  places: Point[];
  raw: string[];
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

function wordsOf(tree: Root, dictionary: Map<string, number>): Words {
  const words: Words = { ids: [], places: [], raw: [] };
  visit(tree, (node) => {
    if (node.type !== 'text' || !node.position) return;
    const { line, column } = node.position.start;
    // Positions inside a text node: count lines and columns from its start.
    let offsetLine = line;
    let lineStart = -column + 1;
    let scanned = 0;
    for (const match of node.value.matchAll(WORD)) {
      for (; scanned < match.index; scanned++) {
        if (node.value[scanned] === '\n') {
          offsetLine++;
          lineStart = scanned + 1;
        }
      }
      const word = match[0].toLowerCase().replace(/’/g, "'");
      let id = dictionary.get(word);
      if (id === undefined) {
        id = dictionary.size + 1;
        dictionary.set(word, id);
      }
      words.ids.push(id);
      words.places.push({ line: offsetLine, column: match.index - lineStart + 1 });
      words.raw.push(match[0]);
    }
  });
  return words;
}

/** Two 26-bit polynomial hashes of a window of word ids, as one safe integer. */
function windowHash(ids: readonly number[], start: number, length: number): number {
  let a = 0;
  let b = 0;
  for (let index = start; index < start + length; index++) {
    const id = ids[index]!;
    a = (a * 1_000_003 + id) % 67_108_859;
    b = (b * 999_983 + id * 7) % 67_108_837;
  }
  return a * 67_108_864 + b;
}

export function sharedRuns(documents: readonly ContentDocument[], length: number): Map<string, SharedRun[]> {
  const dictionary = new Map<string, number>();
  const seen = new Map<number, { document: number; index: number }>();
  const all: Words[] = [];
  const runs = new Map<string, SharedRun[]>();
  const ordered = [...documents].sort((a, b) => a.path.localeCompare(b.path));
  ordered.forEach((document, documentIndex) => {
    const words = document.tree ? wordsOf(document.tree, dictionary) : { ids: [], places: [], raw: [] };
    all.push(words);
    const found: SharedRun[] = [];
    let current: { start: number; end: number; other: number; otherIndex: number } | undefined;
    const flush = () => {
      if (!current) return;
      const otherWords = all[current.other]!;
      found.push({
        place: words.places[current.start]!,
        words: current.end - current.start + length,
        text: words.raw.slice(current.start, Math.min(current.end + length, current.start + 16)).join(' '),
        other: { path: ordered[current.other]!.path, place: otherWords.places[current.otherIndex]! },
      });
      current = undefined;
    };
    for (let index = 0; index + length <= words.ids.length; index++) {
      const hash = windowHash(words.ids, index, length);
      const earlier = seen.get(hash);
      const match =
        earlier && earlier.document !== documentIndex && all[earlier.document]!.ids.slice(earlier.index, earlier.index + length).every((id, offset) => id === words.ids[index + offset]);
      if (match && earlier) {
        if (current && current.other === earlier.document && current.end === index - 1) current.end = index;
        else {
          flush();
          current = { start: index, end: index, other: earlier.document, otherIndex: earlier.index };
        }
      } else {
        flush();
        if (!earlier) seen.set(hash, { document: documentIndex, index });
      }
    }
    flush();
    if (found.length) runs.set(document.path, found);
  });
  return runs;
}
