import { bareEffectSizes } from '../lib/glossary.ts';
import { defineRule } from './engine/rule.ts';
import { pointAt, proseEvents } from './engine/prose.ts';

/** Words that say what an effect size means; a sentence with one of them has explained its number. */
const EXPLAINED = /\b(tiny|trivial|small|modest|moderate|medium|large|big|huge)\b/i;

export default defineRule({
  id: 'effect-size',
  severity: 'warning',
  appliesTo: ['article'],
  finds: 'A bare effect size in the text ("effect size 0.47", "SMD 0.5", "d = 0.4", "g of 1.10") with no words in its sentence to say what it means.',
  example: '"effect size of 0.47" is an effect size readers cannot interpret. Say what it means, for example "a small effect: most people would not notice a difference", and keep the number only beside those words.',
  fix: 'Say what the number means in words (small, moderate, large; what a reader would notice), as the source supports it.',
  check({ tree, report }) {
    for (const event of proseEvents(tree)) {
      if (event.kind !== 'text') continue;
      for (const found of bareEffectSizes(event.value)) {
        const sentenceStart = Math.max(event.value.lastIndexOf('. ', found.index) + 1, 0);
        const end = event.value.indexOf('. ', found.index);
        const sentence = event.value.slice(sentenceStart, end === -1 ? undefined : end);
        if (EXPLAINED.test(sentence)) continue;
        report(
          pointAt(event.start, event.value, found.index),
          `"${found.text.trim()}" is an effect size readers cannot interpret. Say what it means, for example "a small effect: most people would not notice a difference", and keep the number only beside those words.`,
        );
      }
    }
  },
});
