/**
 * Remark plugin for MDX articles: gives each <Term id="…"> the plain
 * definition from content/glossary/<id>.yaml as its `definition` prop. An
 * unknown id gets none; the rulebook's term-undefined rule reports it with the
 * file and line before any build compiles an article.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { GlossaryEntry } from '../lib/glossary';
import { readGlossary } from './site-data';

interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
}

export interface GlossaryTermsOptions {
  /** The glossary; read from content/glossary/ when not given (tests give it). */
  glossary?: readonly GlossaryEntry[];
}

export default function remarkGlossaryTerms(settings: GlossaryTermsOptions = {}) {
  return (tree: Root) => {
    let byId: Map<string, GlossaryEntry> | undefined;
    visit(tree, (node) => {
      const type: string = node.type;
      if (type !== 'mdxJsxFlowElement' && type !== 'mdxJsxTextElement') return;
      const element = node as unknown as JsxElement;
      if (element.name !== 'Term') return;
      byId ??= new Map((settings.glossary ?? readGlossary()).map((entry) => [entry.id, entry]));
      const id = element.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === 'id')?.value;
      const entry = typeof id === 'string' ? byId.get(id) : undefined;
      element.attributes = element.attributes.filter((attr) => attr.name !== 'definition');
      if (entry) element.attributes.push({ type: 'mdxJsxAttribute', name: 'definition', value: entry.definition });
    });
  };
}
