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

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
}
interface AstroFile {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

function attribute(node: JsxElement, name: string): string | undefined {
  const found = node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

export default function remarkEvidenceCitations() {
  return (tree: Root, file: AstroFile) => {
    const frontmatter = file.data.astro?.frontmatter ?? {};
    const sources = Array.isArray(frontmatter.sources) ? frontmatter.sources.map(String) : [];
    const cites: JsxElement[] = [];
    visit(tree, (node) => {
      // MDX's JSX node types are not in mdast's own type list.
      const type: string = node.type;
      if (type !== 'mdxJsxFlowElement' && type !== 'mdxJsxTextElement') return;
      const element = node as unknown as JsxElement;
      if (element.name === 'Cite') cites.push(element);
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
