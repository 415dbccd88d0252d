/**
 * MDX's JSX elements in a Markdown syntax tree (remark-mdx): how the remark
 * plugins and the rulebook tell a component apart and read its plain-text
 * attributes. Pure: works on plain mdast nodes.
 */
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export function isJsx(node: { type: string }): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** A JSX attribute's value when it is plain text; `undefined` when absent, `null` when it is an expression. */
export function jsxAttribute(node: JsxElement, name: string): string | null | undefined {
  const found = node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name);
  if (!found || found.type !== 'mdxJsxAttribute') return undefined;
  if (found.value === null || found.value === undefined) return '';
  return typeof found.value === 'string' ? found.value : null;
}
