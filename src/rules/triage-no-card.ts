import { cardFor, citeFor, signsIn } from '../lib/warning-signs.ts';
import { placedParagraphs, quoteOf } from './engine/care-cards.ts';
import { defineRule } from './engine/rule.ts';

export default defineRule({
  id: 'triage-no-card',
  severity: 'warning',
  appliesTo: ['article', 'page'],
  finds: 'A warning sign (src/lib/warning-signs.ts) in the running text of a page whose care cards do not give it, so the reader is not told where to get help. Reported once per sign, where it first appears.',
  example:
    '"If someone swallows an essential oil, get medical advice at once, even if…" mentions someone has swallowed an essential oil, but no care card on this page gives it. Add it to <CareCard level="immediate"> ("Call 999 or go to A&E if:") and cite <Cite id="nhs-poisoning" />.',
  fix: 'Add the sign to a care card at its level (the message names it), citing the official source, or reword the sentence if it is not the sign.',
  check({ tree, report }) {
    const placed = placedParagraphs(tree);
    // A card's items read on from its heading ("…if you have back pain and:" / "numbness…").
    const inCards = new Set(placed.flatMap((item) => (item.card ? signsIn(`${item.card.heading.replace(/:\s*$/, '')} ${item.text}`, { inCard: true }).map((sign) => sign.id) : [])));
    const reported = new Set<string>();
    for (const { paragraph, text, card } of placed) {
      if (card) continue;
      for (const sign of signsIn(text)) {
        if (inCards.has(sign.id) || reported.has(sign.id)) continue;
        reported.add(sign.id);
        report(paragraph, `"${quoteOf(text)}" mentions ${sign.label}, but no care card on this page gives it. Add it to ${cardFor(sign)} and cite ${citeFor(sign)}.`);
      }
    }
  },
});
