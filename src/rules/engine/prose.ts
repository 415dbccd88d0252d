/**
 * The prose of an MDX page in reading order, as the glossary and effect-size
 * rules read it: the text readers see, without headings, code, code in braces,
 * raw HTML or the words inside a <Term> (which define a term rather than use
 * it). Text inside boxes such as <KeyPoints> counts: readers see it first.
 * Each <Term id="…"> is an event in the same order, so a rule can tell a use
 * that comes before the definition from one that comes after.
 */
import type { Root, RootContent } from 'mdast';
import type { Point } from './document.ts';
import { isJsx, jsxAttribute } from './site.ts';

export type ProseEvent = { kind: 'text'; value: string; start: Point } | { kind: 'term'; id: string | null | undefined; start: Point };

const SKIPPED = new Set(['heading', 'code', 'inlineCode', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'html', 'yaml', 'definition']);

export function proseEvents(tree: Root): ProseEvent[] {
  const events: ProseEvent[] = [];
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (SKIPPED.has(node.type)) continue;
      const start = node.position?.start ?? { line: 1, column: 1 };
      if (isJsx(node)) {
        if (node.name === 'Term') {
          events.push({ kind: 'term', id: jsxAttribute(node, 'id'), start });
          continue;
        }
        // Raw HTML elements are another rule's; components hold the editor's prose.
        if (!/^[A-Z]/.test(node.name ?? '')) continue;
      }
      if (node.type === 'text') events.push({ kind: 'text', value: node.value, start });
      if ('children' in node && Array.isArray(node.children)) walk(node.children as RootContent[]);
    }
  };
  walk(tree.children);
  return events;
}

/** The file position of the character at `offset` in a text node that starts at `start`. */
export function pointAt(start: Point, value: string, offset: number): Point {
  const before = value.slice(0, offset);
  const lines = before.split('\n');
  if (lines.length === 1) return { line: start.line, column: start.column + offset };
  return { line: start.line + lines.length - 1, column: lines.at(-1)!.length + 1 };
}
