/**
 * Remark plugin: root-relative links written in content ("/articles/x/") get
 * the site's base path, so the same content works when the site is served
 * from a sub-path such as https://example.github.io/knead-to-sleep/.
 * Covers Markdown links, reference definitions and images, and the href/src
 * of JSX elements such as <a> and <img>.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export interface BaseLinksOptions {
  /** The base path, such as "/" or "/knead-to-sleep/". */
  base: string;
}

/** `url` with the base in front when it is root-relative; every other URL unchanged. */
export function withBase(url: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  if (!prefix || !url.startsWith('/') || url.startsWith('//')) return url;
  // Already prefixed (a plugin that ran twice must not double it).
  if (url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}#`) || url.startsWith(`${prefix}?`)) return url;
  return `${prefix}${url}`;
}

const urlAttributes = new Set(['href', 'src']);

export default function remarkBaseLinks({ base }: BaseLinksOptions) {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
        node.url = withBase(node.url, base);
      } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxAttribute' && urlAttributes.has(attribute.name) && typeof attribute.value === 'string') {
            attribute.value = withBase(attribute.value, base);
          }
        }
      }
    });
  };
}
