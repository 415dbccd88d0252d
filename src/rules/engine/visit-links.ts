/** Every link address written in a page: Markdown links, reference definitions, images under `/`, and <a href> in JSX. */
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { isJsx, jsxAttribute } from './site.ts';

export function forEachLink(tree: Root, callback: (url: string, node: Node) => void): void {
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') callback(node.url, node);
    if (isJsx(node) && node.name === 'a') {
      const href = jsxAttribute(node, 'href');
      if (typeof href === 'string') callback(href, node);
    }
  });
}
