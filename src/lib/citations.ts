/**
 * Citation numbering: sources are numbered in the order the text first cites
 * them, as in medical journals. Pure, so the rules are tested with plain lists.
 */

export interface CitationPlan {
  /** Source ids in the order of first citation; position + 1 is the number shown. */
  order: string[];
  /** Ids cited in the text but missing from the article's `sources`. */
  unknown: string[];
  /** Ids listed in `sources` but never cited in the text. */
  uncited: string[];
}

export function planCitations(citedIds: readonly string[], sourceIds: readonly string[]): CitationPlan {
  const listed = new Set(sourceIds);
  const order: string[] = [];
  const unknown: string[] = [];
  for (const id of citedIds) {
    if (!listed.has(id)) {
      if (!unknown.includes(id)) unknown.push(id);
    } else if (!order.includes(id)) {
      order.push(id);
    }
  }
  const uncited = sourceIds.filter((id) => !order.includes(id));
  return { order, unknown, uncited };
}

/** The number shown for a source (1-based), or undefined when it is not cited. */
export function citationNumber(plan: Pick<CitationPlan, 'order'>, id: string): number | undefined {
  const index = plan.order.indexOf(id);
  return index === -1 ? undefined : index + 1;
}

/** The fragment id of a source in the Sources list, shared by <Cite> and <Sources>. */
export function sourceAnchor(id: string): string {
  return `source-${id}`;
}

/**
 * The citation order the remark plugin (src/remark/evidence-citations.ts) hands
 * the page as `citationOrder` in the remark frontmatter. Missing means the
 * article cites nothing; anything but a list of ids is a bug in the pipeline.
 */
export function recordedCitationOrder(value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((id) => typeof id === 'string')) {
    throw new Error('citationOrder in the remark frontmatter is not a list of source ids: is src/remark/evidence-citations.ts configured?');
  }
  return value;
}
