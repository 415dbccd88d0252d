/**
 * The one reading of an article's graded sections: each <Evidence level="…"
 * claim="…" />, the section it grades and the sources that section cites. The
 * remark plugin (src/remark/graded-claims.ts, for the glance figure, the
 * sections and the evidence map) and the rulebook (the ceiling, strength and
 * claim rules) both call `gradedSections`, so they cannot disagree about which
 * sources belong to a grade. Pure: an mdast tree in, plain data out.
 *
 * A section runs from its heading to the next heading of the same or a higher
 * level, so a `##` grade covers its `###` parts too; the opening (before any
 * heading) ends at the first heading.
 */
import type { Heading, Root } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { isJsx, jsxAttribute, type JsxElement } from './mdx-jsx.ts';

export interface GradedSection {
  /** The <Evidence> element, for its place in the file. */
  evidence: JsxElement;
  /** The level as written: `undefined` when absent, `null` when it is an expression. */
  level: string | null | undefined;
  /** The claim as written (same convention as `level`). */
  claim: string | null | undefined;
  /** The section's heading; undefined for the opening. `index` counts every heading of the article, in order. */
  heading: { index: number; depth: number; text: string; node: Heading } | undefined;
  /** Source ids cited in the section (its subsections too), in order of first citation there, each once. */
  cited: string[];
}

interface OpenSection {
  heading: GradedSection['heading'];
  cited: string[];
}

/** Several rules read the sections of one tree: it is walked once. Trees are not changed after they are read. */
const walked = new WeakMap<Root, readonly GradedSection[]>();

export function gradedSections(tree: Root): readonly GradedSection[] {
  const known = walked.get(tree);
  if (known) return known;
  const sections: GradedSection[] = [];
  // The sections the walk is inside, outermost first.
  const open: OpenSection[] = [{ heading: undefined, cited: [] }];
  let headings = 0;
  visit(tree, (node) => {
    if (node.type === 'heading') {
      while (open.length && (!open.at(-1)!.heading || open.at(-1)!.heading!.depth >= node.depth)) open.pop();
      open.push({ heading: { index: headings++, depth: node.depth, text: textOf(node), node }, cited: [] });
      return;
    }
    if (!isJsx(node)) return;
    if (node.name === 'Evidence') {
      const section = open.at(-1)!;
      // The section's list fills as the walk goes on, so it ends up with every source the section cites.
      sections.push({ evidence: node, level: jsxAttribute(node, 'level'), claim: jsxAttribute(node, 'claim'), heading: section.heading, cited: section.cited });
    } else if (node.name === 'Cite') {
      const id = jsxAttribute(node, 'id');
      if (id) for (const section of open) if (!section.cited.includes(id)) section.cited.push(id);
    }
  });
  walked.set(tree, sections);
  return sections;
}

/** How messages name a section: `"### In long-term insomnia"`, or "the opening" before any heading. */
export function sectionName(section: Pick<GradedSection, 'heading'>): string {
  return section.heading ? `"${'#'.repeat(section.heading.depth)} ${section.heading.text}"` : 'the opening';
}
