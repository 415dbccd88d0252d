/**
 * Rehype plugin for Markdown and MDX content: Markdown has no way to write a
 * table caption, so every table gets one from the heading of the section it
 * sits in (hidden on screen, where that heading is already in sight, but read
 * by screen readers and listed by their table navigation). Each body cell
 * also gets its column's name as data-label, which global.css shows beside
 * the cell when a phone stacks the table's rows. A column aligned in Markdown
 * (`| ---: |`) gets a class instead of GFM's `align` attribute, which HTML has
 * made obsolete and which the site's `th, td { text-align: left }` would hide.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

/** The plain text of a node and its descendants, whitespace collapsed. */
export function textOf(node: RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  return node.children.map(textOf).join('').replace(/\s+/g, ' ').trim();
}

const isElement = (node: RootContent | ElementContent, tagName?: string): node is Element =>
  node.type === 'element' && (tagName === undefined || node.tagName === tagName);

/** Header cells of the table's first row, in column order. */
function columnNames(table: Element): string[] {
  const head = table.children.find((child): child is Element => isElement(child, 'thead'));
  const row = head?.children.find((child): child is Element => isElement(child, 'tr'));
  return row?.children.filter((cell): cell is Element => isElement(cell, 'th')).map(textOf) ?? [];
}

function labelCells(table: Element, names: readonly string[]): void {
  for (const section of table.children) {
    if (!isElement(section, 'tbody')) continue;
    for (const row of section.children) {
      if (!isElement(row, 'tr')) continue;
      row.children.filter((cell): cell is Element => isElement(cell, 'td')).forEach((cell, index) => {
        const name = names[index];
        if (name) cell.properties['dataLabel'] = name;
      });
    }
  }
}

/** Replaces each cell's `align` attribute (GFM's column alignment) with the class `align-left`, `align-center` or `align-right`. */
function alignmentClasses(table: Element): void {
  for (const section of table.children) {
    if (!isElement(section)) continue;
    for (const row of section.children) {
      if (!isElement(row, 'tr')) continue;
      for (const cell of row.children) {
        if (!isElement(cell) || typeof cell.properties['align'] !== 'string') continue;
        const existing = cell.properties['className'];
        cell.properties['className'] = [...(Array.isArray(existing) ? existing : []), `align-${cell.properties['align']}`];
        delete cell.properties['align'];
      }
    }
  }
}

export default function rehypeTableCaptions() {
  return (tree: Root) => {
    let section = '';
    let count = 0;
    const walk = (nodes: Array<RootContent | ElementContent>) => {
      for (const node of nodes) {
        if (!isElement(node)) {
          // A table inside an MDX component (<KeyPoints>…</KeyPoints>) is still found.
          if ('children' in node && Array.isArray(node.children)) walk(node.children as ElementContent[]);
          continue;
        }
        if (/^h[2-6]$/.test(node.tagName)) {
          section = textOf(node);
          continue;
        }
        if (node.tagName === 'table') {
          count++;
          if (!node.children.some((child) => isElement(child, 'caption'))) {
            const caption: Element = {
              type: 'element',
              tagName: 'caption',
              properties: { className: ['visually-hidden'] },
              children: [{ type: 'text', value: section || `Table ${count}` }],
            };
            node.children.unshift(caption);
          }
          labelCells(node, columnNames(node));
          alignmentClasses(node);
          continue;
        }
        walk(node.children);
      }
    };
    walk(tree.children);
  };
}
