/** The headings and content blocks of a page body, in reading order, as the built page will have them. */
import type { RootContent } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import type { Position } from 'unist';
import { componentHeadings } from './site.ts';

export interface OutlineHeading {
  kind: 'heading';
  depth: number;
  position: Position | undefined;
  text: string;
  /** True for a component that renders its own heading (<KeyPoints>, <SeeADoctor>). */
  component: boolean;
}
export type OutlineItem = OutlineHeading | { kind: 'content' };

export function outline(nodes: readonly RootContent[], items: OutlineItem[] = []): OutlineItem[] {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
        items.push({ kind: 'heading', depth: node.depth, position: node.position, text: textOf(node), component: false });
        break;
      case 'mdxjsEsm':
      case 'mdxFlowExpression': // comments such as {/* … */}
      case 'definition':
      case 'thematicBreak':
        break;
      case 'mdxJsxFlowElement': {
        const component = node.name ? componentHeadings[node.name] : undefined;
        const htmlHeading = /^h([1-6])$/.exec(node.name ?? '');
        if (component) {
          items.push({ kind: 'heading', depth: component.depth, position: node.position, text: component.label, component: true });
          outline(node.children, items);
        } else if (htmlHeading) {
          items.push({ kind: 'heading', depth: Number(htmlHeading[1]), position: node.position, text: textOf(node), component: false });
        } else if (node.children.length > 0) {
          outline(node.children, items);
        } else {
          items.push({ kind: 'content' });
        }
        break;
      }
      default:
        items.push({ kind: 'content' });
    }
  }
  return items;
}

export function describeHeading(heading: OutlineHeading): string {
  return heading.component ? heading.text : `"${'#'.repeat(heading.depth)} ${heading.text}"`;
}
