/**
 * Typographic punctuation: curly quotes and apostrophes, em dashes for `--`,
 * an ellipsis for `...`. It is remark-smartypants 3.0.3 (MIT, the plugin
 * Astro runs by default) with two guards, so it gives the same output
 * (tests/unit/smartypants.test.ts compares the two) at a fraction of the cost:
 *
 * - remark-smartypants parses every text node with retext a second time, for
 *   dashes, ellipses and backticks. That was about a tenth of a cold build's
 *   CPU time. Here a text node is parsed only when it holds `--`, dots that
 *   can make an ellipsis, ` `` ` or `''`, the only things that pass changes.
 * - The quotes pass runs once per document, and only when there is a quote.
 *
 * astro.config.mjs turns Astro's own copy off (`smartypants: false`) and runs
 * this one in its place.
 */
import type { Root } from 'mdast';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';
import type { Node, Parent } from 'unist';
import { visit } from 'unist-util-visit';

/** What remark-smartypants reads: text and inline code (as placeholders), and the blocks that start fresh. */
const VISITED_NODES = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
/** A quote at the start of one of these is always an opening quote, so each starts with a space. */
const BLOCK_NODES = new Set(['paragraph', 'heading', 'tableCell']);
const IGNORED_HTML_ELEMENTS = new Set(['style', 'script']);

/** Text the dashes/ellipses/backticks pass could change; anything else it returns unchanged. */
const SECOND_PASS_CANDIDATE = /--|\.\s*\.|``|''/;
const QUOTE = /["']/;

interface Literal extends Node {
  value: string;
}

function isLiteral(node: Node): node is Literal {
  return 'value' in node && typeof node.value === 'string';
}

function isVisited(node: Node, parent: Parent | undefined): boolean {
  if (!parent) return false;
  if (parent.type === 'mdxJsxTextElement') {
    const name = (parent as Parent & { name?: unknown }).name;
    if (typeof name !== 'string' || IGNORED_HTML_ELEMENTS.has(name)) return false;
  }
  return VISITED_NODES.has(node.type) && (isLiteral(node) || BLOCK_NODES.has(node.type));
}

/** The remark plugin. */
export default function remarkSmartypants() {
  const quotes = retext().use(retextSmartypants, { ellipses: false, dashes: false, backticks: false });
  const punctuation = retext().use(retextSmartypants, { quotes: false });

  return (tree: Root) => {
    let allText = '';
    const nodes: Node[] = [];
    visit(tree, (node, _index, parent) => {
      if (!isVisited(node, parent)) return;
      // Inline code stands in as letters, so quotes around it pair up but it is never changed.
      if (isLiteral(node)) allText += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
      else allText += ' ';
      nodes.push(node);
    });
    // The whole document at once, so quotes pair up across links and emphasis.
    if (QUOTE.test(allText)) allText = quotes.processSync(allText).toString();

    let start = 0;
    for (const node of nodes) {
      if (!isLiteral(node)) {
        start += 1;
        continue;
      }
      const end = start + node.value.length;
      if (node.type === 'text') {
        const quoted = allText.slice(start, end);
        node.value = SECOND_PASS_CANDIDATE.test(quoted) ? punctuation.processSync(quoted).toString() : quoted;
      }
      start = end;
    }
  };
}
