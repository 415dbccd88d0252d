import { visit } from 'unist-util-visit';
import { defineRule } from './engine/rule.ts';
import { isJsx, jsxAttribute, optionsTableSources, stringList } from './engine/site.ts';

export default defineRule({
  id: 'source-uncited',
  severity: 'error',
  completeness: true,
  appliesTo: ['article'],
  finds: 'A source listed in `sources` that the text never cites (a warning while the article is a draft).',
  example: '"moyer-2011" is in sources but the text never cites it. Cite it with <Cite id="moyer-2011" /> after the claim it supports, or remove it from sources.',
  fix: 'Cite it after the claim it supports, or remove it from `sources:`.',
  check({ tree, document, site, report }) {
    if (!document.data) return;
    // An options table cites its rows' sources.
    const cited = new Set<string>(optionsTableSources(tree, site.sleepOptions));
    visit(tree, (node) => {
      const id = isJsx(node) && node.name === 'Cite' ? jsxAttribute(node, 'id') : undefined;
      if (id) cited.add(id);
    });
    const lines = document.text.split('\n');
    const sourcesPlace = document.fieldPlaces.get('sources');
    for (const id of stringList(document.data.sources)) {
      if (cited.has(id)) continue;
      // The line that names the id (a flow list or one item per line), else the field's own line.
      let place = sourcesPlace;
      if (sourcesPlace) {
        const pattern = new RegExp(`(^|[^\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w-])`);
        for (let index = sourcesPlace.line - 1; index < lines.length; index++) {
          const text = lines[index] ?? '';
          if (index > sourcesPlace.line - 1 && !/^\s+-/.test(text)) break;
          const match = pattern.exec(text);
          if (match) {
            place = { line: index + 1, column: match.index + match[1]!.length + 1 };
            break;
          }
        }
      }
      report(place, `"${id}" is in sources but the text never cites it. Cite it with <Cite id="${id}" /> after the claim it supports, or remove it from sources.`);
    }
  },
});
