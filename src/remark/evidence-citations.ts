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
import { isJsx, jsxAttribute, type JsxElement } from '../lib/mdx-jsx';
import { optionRows, optionSources, selectOptions, sleepOptionsOnly, type OptionData } from '../lib/options';
import { readOptions } from './site-data';

interface AstroFile {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** A plain-text attribute, or undefined (an expression gets no number; the rulebook reports it). */
function attribute(node: JsxElement, name: string): string | undefined {
  return jsxAttribute(node, name) ?? undefined;
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
      if (!isJsx(node)) return;
      if (node.name === 'Cite') {
        cites.push(node);
        cited.push(attribute(node, 'id') ?? '');
      } else if (node.name === 'SleepOptions') {
        allOptions ??= readOptions();
        const options = selectOptions(allOptions, sleepOptionsOnly(node) ?? undefined);
        tables.push({ node, options });
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
