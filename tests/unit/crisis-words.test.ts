import { describe, expect, it } from 'vitest';
import { crisisWords, mentionsCrisis } from '../../src/lib/crisis-words';

describe('crisis words in a search', () => {
  it.each(crisisWords)('"%s" on its own, and inside a sentence, shows the urgent help', (word) => {
    expect(mentionsCrisis(word)).toBe(true);
    expect(mentionsCrisis(`I feel ${word.toUpperCase()} tonight`)).toBe(true);
  });

  it.each([
    ["I feel hopeless and I don't see the point any more", true],
    ['Can’t go on like this', true],
    ['self harm and sleep', true],
    ['SELF-HARM', true],
    ['there is no point', true],
    ['pointless worry at night', false],
    ['endless insomnia', false],
    ['pressure points on the feet', false],
    ['massage for back pain', false],
    ['killer headache', false],
  ])('%s → %s', (query, expected) => {
    expect(mentionsCrisis(query)).toBe(expected);
  });
});
