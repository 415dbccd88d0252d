import { describe, expect, it } from 'vitest';
import { citationNumber, planCitations, sourceAnchor } from '../../src/lib/citations';

describe('planCitations numbers sources in order of first citation', () => {
  it.each([
    ['text order, not list order', ['b', 'a', 'b', 'c'], ['a', 'b', 'c'], ['b', 'a', 'c'], [], []],
    ['a repeated citation keeps its first number', ['a', 'a', 'a'], ['a'], ['a'], [], []],
    ['an id missing from sources is reported once', ['a', 'x', 'x'], ['a'], ['a'], ['x'], []],
    ['a listed source never cited is reported', ['a'], ['a', 'b'], ['a'], [], ['b']],
    ['no citations at all', [], ['a'], [], [], ['a']],
  ])('%s', (_name, cited, listed, order, unknown, uncited) => {
    expect(planCitations(cited, listed)).toEqual({ order, unknown, uncited });
  });

  it('gives each source the number shown next to the claim', () => {
    const plan = planCitations(['moyer-2011', 'moyer-2004'], ['moyer-2004', 'moyer-2011']);
    expect(citationNumber(plan, 'moyer-2011')).toBe(1);
    expect(citationNumber(plan, 'moyer-2004')).toBe(2);
    expect(citationNumber(plan, 'never-cited')).toBeUndefined();
  });

  it('links a citation to its entry in the Sources list', () => {
    expect(sourceAnchor('moyer-2011')).toBe('source-moyer-2011');
  });
});
