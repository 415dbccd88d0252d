/**
 * Remark plugin for MDX articles: numbers every <Cite id="…" /> in order of
 * first citation, and fails the build (naming the file and the id) when the
 * text cites a source the frontmatter does not list, or grades a claim with a
 * level that is not on the evidence scale. The order is handed to the page as
 * `citationOrder` in the remark frontmatter.
 */
import { relative } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { planCitations } from '../lib/citations';
import { evidenceLevelSlugs, isEvidenceLevel } from '../lib/evidence';
import { closestMatch } from '../lib/errors';

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
  path?: string;
  cwd?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

function attribute(node: JsxElement, name: string): string | undefined {
  const found = node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

export class CitationError extends Error {
  override name = 'CitationError';
}

export default function remarkEvidenceCitations() {
  return (tree: Root, file: AstroFile) => {
    const where = file.path ? relative(file.cwd ?? process.cwd(), file.path) : 'an article';
    const frontmatter = file.data.astro?.frontmatter ?? {};
    const sources = Array.isArray(frontmatter.sources) ? frontmatter.sources.map(String) : [];
    const cites: JsxElement[] = [];
    visit(tree, (node) => {
      // MDX's JSX node types are not in mdast's own type list.
      const type: string = node.type;
      if (type !== 'mdxJsxFlowElement' && type !== 'mdxJsxTextElement') return;
      const element = node as unknown as JsxElement;
      if (element.name === 'Cite') {
        if (!attribute(element, 'id')) throw new CitationError(`${where}: a <Cite /> has no id. Write <Cite id="source-id" />.`);
        cites.push(element);
      }
      if (element.name === 'Evidence') {
        const level = attribute(element, 'level') ?? '';
        if (!isEvidenceLevel(level)) {
          const guess = closestMatch(level, evidenceLevelSlugs);
          throw new CitationError(
            `${where}: <Evidence level="${level}" /> uses a level that is not on the evidence scale. ` +
              `Expected one of ${evidenceLevelSlugs.join(', ')}.${guess ? ` Did you mean "${guess}"?` : ''}`,
          );
        }
      }
    });
    const plan = planCitations(
      cites.map((cite) => attribute(cite, 'id') ?? ''),
      sources,
    );
    if (plan.unknown.length) {
      throw new CitationError(
        `${where}: cites ${plan.unknown.map((id) => `"${id}"`).join(', ')}, which ${plan.unknown.length === 1 ? 'is' : 'are'} not in this article's sources. ` +
          'Add the id to `sources` in the frontmatter, or correct the <Cite id="…" />.',
      );
    }
    for (const id of plan.uncited) {
      console.warn(`[citations] ${where}: source "${id}" is listed in sources but never cited with <Cite id="${id}" />.`);
    }
    for (const cite of cites) {
      const id = attribute(cite, 'id') ?? '';
      cite.attributes.push({ type: 'mdxJsxAttribute', name: 'n', value: String(plan.order.indexOf(id) + 1) });
    }
    if (file.data.astro?.frontmatter) file.data.astro.frontmatter.citationOrder = plan.order;
  };
}
