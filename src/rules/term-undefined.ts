import { termPattern } from '../lib/glossary.ts';
import { defineRule } from './engine/rule.ts';
import { pointAt, proseEvents } from './engine/prose.ts';

export default defineRule({
  id: 'term-undefined',
  severity: 'warning',
  appliesTo: ['article'],
  finds:
    'A published article that uses a glossary word (a term or alias in content/glossary/, as a whole word in any case, outside headings and code) before defining it with `<Term>`: readers meet the word before its meaning.',
  example: '"pilot study" is in the glossary (content/glossary/pilot.yaml) but is used here before it is defined. Write its first use as <Term id="pilot">pilot study</Term>, which adds its plain meaning in brackets.',
  fix: 'Wrap the first use on the page in `<Term id="…">…</Term>` (the id is the glossary file name); later uses need nothing.',
  check({ tree, document, site, draft, report }) {
    if (draft || !document.data || site.glossary.length === 0) return;
    const defined = new Set<string>();
    const reported = new Set<string>();
    const patterns = site.glossary.map((entry) => ({ entry, pattern: termPattern(entry) }));
    for (const event of proseEvents(tree)) {
      if (event.kind === 'term') {
        if (event.id) defined.add(event.id);
        continue;
      }
      for (const { entry, pattern } of patterns) {
        if (defined.has(entry.id) || reported.has(entry.id)) continue;
        const match = pattern.exec(event.value);
        if (!match) continue;
        reported.add(entry.id);
        report(
          pointAt(event.start, event.value, match.index),
          `"${match[0]}" is in the glossary (content/glossary/${entry.id}.yaml) but is used here before it is defined. Write its first use as <Term id="${entry.id}">${match[0]}</Term>, which adds its plain meaning in brackets.`,
        );
      }
    }
  },
});
