/**
 * The shape of a rule. Each rule is a unified lint rule (the remark-lint shape,
 * through `unified-lint-rule`): a plugin that reads the syntax tree and adds
 * vfile messages, each with its place in the file. What a rule needs beyond the
 * tree (the file's fields, the rest of the site) is on `file.data.rulebook`.
 */
import type { Root } from 'mdast';
import type { Node, Position } from 'unist';
import { lintRule } from 'unified-lint-rule';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { ContentDocument, ContentKind, Point } from './document.ts';
import type { SiteIndex } from './site.ts';

export type Severity = 'error' | 'warning';

/** Where messages link to: the rule's row in the editors' guide. */
export const RULEBOOK_DOCS = 'docs/editing.md#what-the-check-and-the-build-report';

/** The source every message carries, printed after the rule id. */
export const RULEBOOK_SOURCE = 'rulebook';

export interface RuleInput {
  document: ContentDocument;
  site: SiteIndex;
  /** True for an article still marked `draft: true`: completeness rules only warn. */
  draft: boolean;
}

declare module 'vfile' {
  interface DataMap {
    rulebook: RuleInput;
  }
}

export interface RuleContext extends RuleInput {
  tree: Root;
  file: VFile;
  /** Adds a message at a node, a position or a point (line and column from 1). */
  report: (place: Node | Position | Point | undefined, reason: string) => void;
}

export interface RuleDefinition {
  /** The id printed with every message, such as `broken-link`. */
  id: string;
  /** What the rule does to a published article (and to every other file). */
  severity: Severity;
  /**
   * A completeness rule (TODOs, placeholders, uncited sources) only warns while an
   * article is a draft, and becomes an error once `draft: true` is removed.
   */
  completeness?: boolean;
  /** Which files the rule reads. */
  appliesTo: readonly ContentKind[];
  /** What it finds, in one sentence, for the editors' guide. */
  finds: string;
  /** A message exactly as an editor sees it (for the guide). */
  example: string;
  /** How to fix it, for the guide. */
  fix: string;
  check: (context: RuleContext) => void;
}

export interface Rule extends RuleDefinition {
  plugin: Plugin<[[1 | 2]], Root>;
}

function isNode(place: Node | Position | Point): place is Node {
  return 'type' in place;
}

function placeOf(place: Node | Position | Point | undefined): Position | Point | undefined {
  if (!place) return undefined;
  if (isNode(place)) return place.position;
  return place;
}

export function defineRule(definition: RuleDefinition): Rule {
  const plugin = lintRule<Root, undefined>({ origin: `${RULEBOOK_SOURCE}:${definition.id}`, url: `${RULEBOOK_DOCS}` }, (tree, file) => {
    const input = file.data.rulebook;
    if (!input || !definition.appliesTo.includes(input.document.kind)) return;
    definition.check({
      ...input,
      tree,
      file,
      report: (place, reason) => {
        file.message(reason, { place: placeOf(place) ?? { line: 1, column: 1 } });
      },
    });
  });
  return { ...definition, plugin: plugin as Rule['plugin'] };
}

/** The unified-lint-rule severity a rule runs at for a file. */
export function severityFor(rule: Pick<RuleDefinition, 'severity' | 'completeness'>, draft: boolean): 1 | 2 {
  if (rule.severity === 'warning') return 1;
  return rule.completeness && draft ? 1 : 2;
}
