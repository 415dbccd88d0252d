import { belowLevel, cardFor, citeFor, levelWords, signsIn } from '../lib/warning-signs.ts';
import { placedParagraphs, quoteOf } from './engine/care-cards.ts';
import { defineRule } from './engine/rule.ts';

export default defineRule({
  id: 'triage-level',
  severity: 'error',
  appliesTo: ['article', 'page'],
  finds: 'A warning sign (src/lib/warning-signs.ts) in a care card below the level of help the official pages give it: a possible blood clot in a "See a GP" card, say.',
  example:
    '"a calf is painful, warm or swollen for no clear reason" is a possible blood clot in the leg (DVT), which needs urgent advice, but it is in <SeeADoctor> (non-urgent advice). Move it to <CareCard level="urgent"> ("Ask for an urgent GP appointment or call NHS 111 if:") and cite <Cite id="nhs-111-wales-dvt" /> or <Cite id="nhs-inform-dvt" />.',
  fix: 'Move the sign to a card at its level (the message names it) and cite the official source there.',
  check({ tree, report }) {
    for (const { paragraph, text, card } of placedParagraphs(tree)) {
      if (!card) continue;
      for (const sign of signsIn(text, { inCard: true })) {
        if (!belowLevel(sign, card.level)) continue;
        report(
          paragraph,
          `"${quoteOf(text)}" is ${sign.label}, which needs ${levelWords(sign.level)}, but it is in ${card.written} (${levelWords(card.level)}). Move it to ${cardFor(sign)} and cite ${citeFor(sign)}.`,
        );
      }
    }
  },
});
