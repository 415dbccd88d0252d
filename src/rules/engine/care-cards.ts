/**
 * Where each paragraph of a file sits with respect to the care cards: inside
 * a <CareCard level="…"> or a <SeeADoctor> (the non-urgent card), or in the
 * running text. The triage rules read it (src/rules/triage-level.ts,
 * src/rules/triage-no-card.ts).
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import { careLevelNames, type CareLevel } from '../../lib/care-levels.ts';
import { isJsx, jsxAttribute, type JsxElement } from './site.ts';

export interface CardOfParagraph {
  element: JsxElement;
  level: CareLevel;
  /** How the editor wrote it, for messages: `<SeeADoctor>` or `<CareCard level="urgent">`. */
  written: string;
  /** The card's own heading, when the editor gave one: its items read on from it ("If you have back pain and:" … "numbness"). */
  heading: string;
}

export interface PlacedParagraph {
  paragraph: Paragraph;
  /** The paragraph's words (code in braces and raw HTML left out). */
  text: string;
  /** The card it is in; undefined in running text. */
  card: CardOfParagraph | undefined;
}

function isCareLevel(value: unknown): value is CareLevel {
  return typeof value === 'string' && (careLevelNames as readonly string[]).includes(value);
}

/** The card an element opens, when it is one; `null` for a card whose level is not plain text (another rule's to report). */
function cardOf(node: JsxElement): CardOfParagraph | null | undefined {
  const heading = jsxAttribute(node, 'heading') ?? '';
  if (node.name === 'SeeADoctor') return { element: node, level: 'non-urgent', written: '<SeeADoctor>', heading };
  if (node.name !== 'CareCard') return undefined;
  const level = jsxAttribute(node, 'level');
  return isCareLevel(level) ? { element: node, level, written: `<CareCard level="${level}">`, heading } : null;
}

function paragraphText(paragraph: Paragraph): string {
  return paragraph.children
    .filter((child) => child.type !== 'mdxTextExpression' && !(isJsx(child) && /^[a-z]/.test(child.name ?? '')))
    .map((child) => textOf(child))
    .join('');
}

export function placedParagraphs(tree: Root): PlacedParagraph[] {
  const found: PlacedParagraph[] = [];
  const walk = (nodes: readonly RootContent[], card: CardOfParagraph | undefined) => {
    for (const node of nodes) {
      if (node.type === 'paragraph') found.push({ paragraph: node, text: paragraphText(node), card });
      else if (isJsx(node)) {
        const opened = cardOf(node);
        if (opened === null) continue;
        // Lower-case elements are raw HTML (the unsafe-html rule's); components hold the editor's text.
        if (/^[A-Z]/.test(node.name ?? '')) walk(node.children as RootContent[], opened ?? card);
      } else if ('children' in node && node.type !== 'heading') walk(node.children as RootContent[], card);
    }
  };
  walk(tree.children, undefined);
  return found;
}

/** A paragraph's opening words for a message. */
export function quoteOf(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return trimmed.length > 70 ? `${trimmed.slice(0, 70)}…` : trimmed;
}
