/**
 * Remark plugin for MDX articles: records the article's graded claims (each
 * <Evidence level="…" />, the heading it sits under and the sources cited in
 * that section) as `gradedClaims` in the remark frontmatter, so the article
 * page can show them without parsing the text a second time. It only reads the
 * tree; checking the grades is the rulebook's job.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { RecordedClaim } from '../lib/graded-claims';

interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
}
interface AstroFile {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

function attribute(node: JsxElement, name: string): string | undefined {
  const found = node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

export default function remarkGradedClaims() {
  return (tree: Root, file: AstroFile) => {
    const claims: RecordedClaim[] = [];
    let headingIndex = -1;
    // Before the first heading, a claim's section ends at any heading.
    let headingDepth = 6;
    // The claim whose section we are in, with the depth of the heading that opened the section.
    let open: { claim: RecordedClaim; depth: number } | undefined;
    visit(tree, (node) => {
      if (node.type === 'heading') {
        headingIndex++;
        headingDepth = node.depth;
        if (open && node.depth <= open.depth) open = undefined;
        return;
      }
      // MDX's JSX node types are not in mdast's own type list.
      const type: string = node.type;
      if (type !== 'mdxJsxFlowElement' && type !== 'mdxJsxTextElement') return;
      const element = node as unknown as JsxElement;
      if (element.name === 'Evidence') {
        const claim: RecordedClaim = { level: attribute(element, 'level') ?? '', headingIndex, sources: [] };
        claims.push(claim);
        open = { claim, depth: headingDepth };
      } else if (element.name === 'Cite' && open) {
        const id = attribute(element, 'id');
        if (id && !open.claim.sources.includes(id)) open.claim.sources.push(id);
      }
    });
    if (file.data.astro?.frontmatter) file.data.astro.frontmatter.gradedClaims = claims;
  };
}
