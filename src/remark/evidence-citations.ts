/**
 * Remark plugin for MDX articles: numbers every <Cite id="…" /> in order of
 * first citation and hands the order to the page as `citationOrder` in the
 * remark frontmatter. Whether the ids and grades are right is the rulebook's
 * to say (src/rules/cite-unknown.ts, evidence-level.ts), before the build
 * compiles anything; an unknown id here simply gets no number.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { planCitations } from '../lib/citations';
import { isJsx, jsxAttribute, type JsxElement } from '../lib/mdx-jsx';

interface AstroFile {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** A plain-text attribute, or undefined (an expression gets no number; the rulebook reports it). */
function attribute(node: JsxElement, name: string): string | undefined {
  return jsxAttribute(node, name) ?? undefined;
}

export default function remarkEvidenceCitations() {
  return (tree: Root, file: AstroFile) => {
    const frontmatter = file.data.astro?.frontmatter ?? {};
    const sources = Array.isArray(frontmatter.sources) ? frontmatter.sources.map(String) : [];
    const cites: JsxElement[] = [];
    visit(tree, (node) => {
      if (isJsx(node) && node.name === 'Cite') cites.push(node);
    });
    const plan = planCitations(
      cites.map((cite) => attribute(cite, 'id') ?? ''),
      sources,
    );
    for (const cite of cites) {
      const id = attribute(cite, 'id') ?? '';
      cite.attributes.push({ type: 'mdxJsxAttribute', name: 'n', value: String(plan.order.indexOf(id) + 1) });
    }
    if (file.data.astro?.frontmatter) file.data.astro.frontmatter.citationOrder = plan.order;
  };
}
