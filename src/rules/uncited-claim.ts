import type { Paragraph, RootContent } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { defineRule } from './engine/rule.ts';
import { isJsx } from './engine/site.ts';
import { PLACEHOLDER } from './todo.ts';

/**
 * A sentence that reads as a health claim someone could check: a figure (any
 * digit), a comparison ("more … than", "twice as"), or a study reported as
 * finding something ("a trial found", "studies show"). Advice ("Stay about a
 * minute on each area") and our own searches ("We found no trial") pass, so
 * the warning stays rare enough to read.
 */
const FIGURE = /(?<![\p{L}\d-])\d/u;
const COMPARISON = /\b(more|less|fewer|better|worse|higher|lower|bigger|smaller|larger|longer|shorter|faster|slower|deeper|stronger|weaker)\b[^.;:]*(?<!rather )\bthan\b|\b(twice|three times|half) as\b/i;
const FINDING = /\b(stud(y|ies)|trials?|reviews?|meta-analys[ie]s|research(ers)?|experiments?)\b[^.;:]*\b(found|find|finds|showed|shows|shown|suggests?|reported|proved?|confirmed)\b/i;
/** Advice to the reader ("If the buzz keeps you alert, put it away", "Stay no longer than a minute") is ours to give. */
const ADVICE = /^(if|when|once|before|after)\b|\bno (?:longer|more) than\b/i;
const OUR_SEARCH = /\b(we|nobody|no one)\b[^.;:]*\b(found no|did not find|could not find|found none|has not|have not|not tested)\b|\bno (study|trial|review)\b/i;

/** Blocks an editor writes without a citation on purpose: the key points repeat cited text, care cards give advice. */
const UNCHECKED_COMPONENTS = new Set(['KeyPoints', 'SeeADoctor', 'CareCard']);

export function claimIn(text: string): string | undefined {
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    if (OUR_SEARCH.test(sentence) || ADVICE.test(sentence.trim())) continue;
    if (FIGURE.test(sentence) || COMPARISON.test(sentence) || FINDING.test(sentence)) return sentence.trim();
  }
  return undefined;
}

function paragraphs(nodes: readonly RootContent[], found: Paragraph[] = []): Paragraph[] {
  for (const node of nodes) {
    if (node.type === 'paragraph') found.push(node);
    else if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') paragraphs(node.children, found);
    // Inside components the editor wrote text for; not inside HTML elements (the unsafe-html rule's), nor the unchecked ones.
    else if (node.type === 'mdxJsxFlowElement' && /^[A-Z]/.test(node.name ?? '') && !UNCHECKED_COMPONENTS.has(node.name ?? '')) paragraphs(node.children, found);
  }
  return found;
}

export default defineRule({
  id: 'uncited-claim',
  severity: 'warning',
  appliesTo: ['article'],
  finds: 'A paragraph with a sentence that reads as a health claim (a figure, a comparison, or a study said to find something) and no citation. Key points, care cards, tables and paragraphs that link to another article are not checked.',
  example: 'this paragraph makes a claim with no citation: "Doctors now rarely prescribe sleeping pills for insomnia.". Cite its source with <Cite id="…" />, link to the article that does, or say it is our advice.',
  fix: 'Cite the source after the claim, or link to the article that cites it.',
  check({ tree, report }) {
    for (const paragraph of paragraphs(tree.children)) {
      let cited = false;
      let linksToArticle = false;
      visit(paragraph, (node) => {
        if (isJsx(node) && node.name === 'Cite') cited = true;
        if (node.type === 'link' && /^(\/articles\/|\.\.\/)/.test(node.url)) linksToArticle = true;
      });
      if (cited || linksToArticle) continue;
      // Text inside raw HTML (a <script>, say) or code in braces is another rule's, not prose.
      const text = paragraph.children
        .filter((child) => child.type !== 'mdxTextExpression' && !(isJsx(child) && /^[a-z]/.test(child.name ?? '')))
        .map((child) => textOf(child))
        .join('');
      // A paragraph still marked TODO is the todo rule's to report.
      if (PLACEHOLDER.test(text)) continue;
      const claim = claimIn(text);
      if (!claim) continue;
      report(paragraph, `this paragraph makes a claim with no citation: "${claim.length > 90 ? `${claim.slice(0, 90)}…` : claim}". Cite its source with <Cite id="…" />, link to the article that does, or say it is our advice.`);
    }
  },
});
