import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import upstreamSmartypants from 'remark-smartypants';
import type { Root } from 'mdast';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { syntheticArticle } from '../../scripts/bench-content';
import remarkSmartypants from '../../src/remark/smartypants';

type Transform = (tree: Root) => void;
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** The text a reader sees after the plugin: every text and code node's value, in order. */
function texts(markdown: string, plugin: () => Transform): string[] {
  const tree = parser.parse(markdown);
  plugin()(tree);
  const found: string[] = [];
  const walk = (node: { type: string; value?: unknown; children?: unknown[] }) => {
    if (typeof node.value === 'string') found.push(`${node.type}:${node.value}`);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(tree as never);
  return found;
}

const ours = remarkSmartypants;
// remark-smartypants types its plugin for unified's `use`; called directly it is this.
const upstream = upstreamSmartypants as unknown as () => Transform;

describe('remarkSmartypants: what readers see', () => {
  it.each([
    ['double quotes', 'She said "sleep well" to me.', 'She said “sleep well” to me.'],
    ['apostrophes', "It's the patient's choice.", 'It’s the patient’s choice.'],
    ['a quote at the start of a paragraph', '"Rest" matters.', '“Rest” matters.'],
    ['an em dash', 'Massage -- done well -- helps.', 'Massage — done well — helps.'],
    ['an ellipsis', 'Wait...', 'Wait…'],
    ['a decade', "In the '90s", 'In the ’90s'],
    ['nested quotes', `He said, "'Quoted' words."`, 'He said, “‘Quoted’ words.”'],
  ])('%s', (_name, markdown, expected) => {
    expect(texts(markdown, ours).join('')).toBe(`text:${expected}`);
  });

  it('pairs quotes across emphasis and links, and leaves inline code alone', () => {
    expect(texts('"*Deep* sleep" and `"code"` and "[a link](/x)"', ours)).toEqual(['text:“', 'text:Deep', 'text: sleep” and ', 'inlineCode:"code"', 'text: and “', 'text:a link', 'text:”']);
  });
});

describe('remarkSmartypants gives exactly what remark-smartypants gives', () => {
  const contentFiles = ['content/articles', 'content/pages'].flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => join(folder, name)),
  );
  const documents: [string, string][] = [
    ...contentFiles.map((file): [string, string] => [file, readFileSync(file, 'utf8').replace(/^---[\s\S]*?\n---\n/, '')]),
    ...[0, 1, 2].map((index): [string, string] => [`synthetic article ${index}`, syntheticArticle(index, [{ id: 'moyer-2004', strength: 'moderate' }, { id: 'field-2005', strength: 'very-limited' }]).replace(/^---[\s\S]*?\n---\n/, '')]),
    [
      'punctuation edge cases',
      [
        '# "Quoted" heading -- with a dash',
        '',
        'Spaced . . . dots, two.. dots, ``backticks\'\' and \'single\' quotes.',
        '',
        '| "cell" | it\'s |',
        '| --- | --- |',
        '| a -- b | c... |',
        '',
        '<script>{"\'not\' touched"}</script> and <em>"inside" JSX</em> and <>"fragment"</>',
        '',
        '- "list item" -- one',
        "- rock 'n' roll",
      ].join('\n'),
    ],
  ];

  it.each(documents)('%s', (_name, markdown) => {
    expect(texts(markdown, ours)).toEqual(texts(markdown, upstream));
  });
});
