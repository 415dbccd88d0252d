import { visit } from 'unist-util-visit';
import { closestMatch } from '../lib/errors.ts';
import { defineRule } from './engine/rule.ts';
import { sleepOptionsOnly } from '../lib/options.ts';
import { isJsx } from './engine/site.ts';

export default defineRule({
  id: 'sleep-options',
  severity: 'error',
  appliesTo: ['article'],
  finds: 'A `<SleepOptions />` whose `only` is not a list of quoted option ids, or names an option with no file in content/options/.',
  example: '<SleepOptions> names "cbti" in only, but there is no content/options/cbti.yaml. Did you mean "cbt-i"?',
  fix: 'Write `only={["cbt-i", "massage"]}` with ids that are file names in content/options/, or leave `only` out to show every option.',
  check({ tree, site, report }) {
    const known = site.sleepOptions.map((option) => option.id);
    visit(tree, (node) => {
      if (!isJsx(node) || node.name !== 'SleepOptions') return;
      if (known.length === 0) {
        report(node, '<SleepOptions /> has no options to show: content/options/ has no option file that can be read. Add one file per option (docs/editing.md lists the fields).');
        return;
      }
      const only = sleepOptionsOnly(node);
      if (only === null) {
        report(node, `<SleepOptions> has an \`only\` that is not a list of quoted option ids. Write only={["cbt-i", "massage"]} with ids from content/options/ (${known.join(', ')}).`);
        return;
      }
      if (only?.length === 0) report(node, '<SleepOptions> has an empty `only` list, so the table would be empty. Name the options to show, or leave `only` out to show them all.');
      for (const id of only ?? []) {
        if (known.includes(id)) continue;
        const guess = closestMatch(id, known);
        report(node, `<SleepOptions> names "${id}" in only, but there is no content/options/${id}.yaml.${guess ? ` Did you mean "${guess}"?` : ` The options are: ${known.join(', ')}.`}`);
      }
    });
  },
});
