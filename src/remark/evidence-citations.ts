/**
 * Remark plugin for MDX articles: numbers every <Cite id="…" /> in order of
 * first citation and hands the order to the page as `citationOrder` in the
 * remark frontmatter. An options table (<SleepOptions />) cites the sources of
 * its rows where it stands: they join the order (and so the Sources list) even
 * when the article's `sources` does not list them, and the table gets its
 * rows, citation numbers included, as its `rows` prop. Whether the ids and grades are right is the rulebook's
 * to say (src/rules/cite-unknown.ts, evidence-level.ts), before the build
 * compiles anything; an unknown id here simply gets no number.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { planCitations } from '../lib/citations';
import { optionRows, optionSources, parseOptionIds, selectOptions, type OptionData } from '../lib/options';
import { readOptions } from './site-data';

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface ExpressionValue {
  type: 'mdxJsxAttributeValueExpression';
  value: string;
}
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
}
interface AstroFile {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

function attribute(node: JsxElement, name: string): string | undefined {
  const found = node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** The ids in `only={["cbt-i", …]}`, or undefined when the table shows every option. */
export function onlyIds(node: JsxElement): string[] | undefined {
  const found = node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === 'only');
  const value = found?.value as ExpressionValue | string | undefined;
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return parseOptionIds(value.value) ?? [];
}

export interface EvidenceCitationsOptions {
  /** The options <SleepOptions /> draws from; read from content/options/ when not given (tests give them). */
  options?: readonly OptionData[];
}

export default function remarkEvidenceCitations(settings: EvidenceCitationsOptions = {}) {
  return (tree: Root, file: AstroFile) => {
    const frontmatter = file.data.astro?.frontmatter ?? {};
    const listed = Array.isArray(frontmatter.sources) ? frontmatter.sources.map(String) : [];
    const cites: JsxElement[] = [];
    const tables: Array<{ node: JsxElement; options: OptionData[] }> = [];
    /** Every citation in reading order: a <Cite>'s id, or each source of a table's rows. */
    const cited: string[] = [];
    let allOptions: readonly OptionData[] | undefined = settings.options;
    visit(tree, (node) => {
      // MDX's JSX node types are not in mdast's own type list.
      const type: string = node.type;
      if (type !== 'mdxJsxFlowElement' && type !== 'mdxJsxTextElement') return;
      const element = node as unknown as JsxElement;
      if (element.name === 'Cite') {
        cites.push(element);
        cited.push(attribute(element, 'id') ?? '');
      } else if (element.name === 'SleepOptions') {
        allOptions ??= readOptions();
        const options = selectOptions(allOptions, onlyIds(element));
        tables.push({ node: element, options });
        cited.push(...optionSources(options));
      }
    });
    const tableSources = tables.flatMap((table) => optionSources(table.options));
    const plan = planCitations(cited, [...listed, ...tableSources.filter((id) => !listed.includes(id))]);
    const numberOf = (id: string) => {
      const index = plan.order.indexOf(id);
      return index === -1 ? undefined : index + 1;
    };
    for (const cite of cites) {
      const id = attribute(cite, 'id') ?? '';
      cite.attributes.push({ type: 'mdxJsxAttribute', name: 'n', value: String(plan.order.indexOf(id) + 1) });
    }
    for (const { node, options } of tables) {
      // The rows replace what the editor wrote: `only` has done its work, and no expression is left to run.
      node.attributes = [{ type: 'mdxJsxAttribute', name: 'rows', value: JSON.stringify(optionRows(options, numberOf)) }];
    }
    if (file.data.astro?.frontmatter) file.data.astro.frontmatter.citationOrder = plan.order;
  };
}
