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

interface Section {
  depth: number;
  headingIndex: number;
  cited: string[];
}

export default function remarkGradedClaims() {
  return (tree: Root, file: AstroFile) => {
    const claims: RecordedClaim[] = [];
    // The sections the walk is inside, outermost first. A section runs from its heading to the next
    // heading of the same or a higher level, so a `##` grade covers its `###` parts too; the opening
    // (before any heading) ends at the first heading.
    const open: Section[] = [{ depth: 0, headingIndex: -1, cited: [] }];
    let headings = 0;
    visit(tree, (node) => {
      if (node.type === 'heading') {
        while (open.length && (open.at(-1)!.depth >= node.depth || open.at(-1)!.headingIndex === -1)) open.pop();
        open.push({ depth: node.depth, headingIndex: headings++, cited: [] });
        return;
      }
      // MDX's JSX node types are not in mdast's own type list.
      const type: string = node.type;
      if (type !== 'mdxJsxFlowElement' && type !== 'mdxJsxTextElement') return;
      const element = node as unknown as JsxElement;
      if (element.name === 'Evidence') {
        const section = open.at(-1)!;
        // The section's list fills as the walk goes on, so it ends up with every source the section cites.
        claims.push({ level: attribute(element, 'level') ?? '', headingIndex: section.headingIndex, sources: section.cited });
      } else if (element.name === 'Cite') {
        const id = attribute(element, 'id');
        if (id) for (const section of open) if (!section.cited.includes(id)) section.cited.push(id);
      }
    });
    if (file.data.astro?.frontmatter) file.data.astro.frontmatter.gradedClaims = claims;
  };
}
