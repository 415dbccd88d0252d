/** The imports an MDX file declares (`import X from "…"`), from the ESTree MDX attaches to each ESM block. */
import type { Root } from 'mdast';
import type { Node } from 'unist';

export interface MdxImport {
  /** The module written after `from`. */
  source: string;
  /** The names it brings in. */
  names: string[];
  node: Node;
}

interface EstreeImport {
  type: string;
  source?: { value?: unknown };
  specifiers?: Array<{ local?: { name?: string } }>;
}

export function mdxImports(tree: Root): MdxImport[] {
  return tree.children.flatMap((node) => {
    if (node.type !== 'mdxjsEsm') return [];
    const body = (node.data?.estree?.body ?? []) as unknown as EstreeImport[];
    return body
      .filter((statement) => statement.type === 'ImportDeclaration' && typeof statement.source?.value === 'string')
      .map((statement) => ({
        source: String(statement.source?.value),
        names: (statement.specifiers ?? []).flatMap((specifier) => (specifier.local?.name ? [specifier.local.name] : [])),
        node,
      }));
  });
}
