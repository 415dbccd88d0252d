/**
 * Each <Evidence level="…" /> and the section it grades: from the heading above
 * it to the next heading of the same or a higher level (so a `##` grade covers
 * its `###` parts too), with the sources that section cites.
 */
import type { Root } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { isJsx, jsxAttribute, type JsxElement } from './site.ts';

export interface GradedSection {
  evidence: JsxElement;
  level: string | null | undefined;
  /** The section's heading as written ("### In long-term insomnia"), or "the opening" before any heading. */
  heading: string;
  /** Source ids cited in the section, in order, each once. */
  cited: string[];
}

export function gradedSections(tree: Root): GradedSection[] {
  const children = tree.children;
  const headings = children.flatMap((node, index) => (node.type === 'heading' ? [{ index, depth: node.depth, text: `${'#'.repeat(node.depth)} ${textOf(node)}` }] : []));
  const sections: GradedSection[] = [];
  children.forEach((child, index) => {
    visit(child, (node) => {
      if (!isJsx(node) || node.name !== 'Evidence') return;
      const heading = headings.filter((candidate) => candidate.index < index).at(-1);
      const start = heading ? heading.index + 1 : 0;
      const end = headings.find((candidate) => candidate.index > (heading?.index ?? -1) && (!heading || candidate.depth <= heading.depth))?.index ?? children.length;
      const cited: string[] = [];
      for (const part of children.slice(start, end)) {
        visit(part, (inner) => {
          if (isJsx(inner) && inner.name === 'Cite') {
            const id = jsxAttribute(inner, 'id');
            if (id && !cited.includes(id)) cited.push(id);
          }
        });
      }
      sections.push({ evidence: node, level: jsxAttribute(node, 'level'), heading: heading ? `"${heading.text}"` : 'the opening', cited });
    });
  });
  return sections;
}
