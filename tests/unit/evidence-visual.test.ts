import { describe, expect, it } from 'vitest';
import { evidenceLevels, evidenceLevelSlugs, guidanceStrengths, scalePosition, symbolSlots, type EvidenceLevel } from '../../src/lib/evidence';
import { claimsByGrade } from '../../src/lib/evidence-map';
import type { GradedClaim } from '../../src/lib/graded-claims';
import { splitAfterKeyPoints } from '../../src/lib/key-points';
import { participantsLabel, referenceKindLabels, referenceKinds, referenceStrengths, seenInNotices } from '../../src/lib/references';

describe('the grade scale as readers see it', () => {
  it('gives each of the six grades its own place, strongest first, and its own symbol', () => {
    expect(evidenceLevelSlugs.map(scalePosition)).toEqual([1, 2, 3, 4, 5, 6]);
    const symbols = evidenceLevelSlugs.map((level) => evidenceLevels[level].symbol);
    expect(new Set(symbols).size).toBe(6);
  });

  it('fills one GRADE-style circle fewer for each step down the four graded levels', () => {
    const filled = (level: EvidenceLevel) => symbolSlots(level).filter((slot) => slot === 'filled').length;
    expect(['strong', 'moderate', 'limited', 'very-limited'].map((level) => filled(level as EvidenceLevel))).toEqual([4, 3, 2, 1]);
  });

  it('marks contradicted and untested claims with shapes no graded level uses', () => {
    expect(symbolSlots('contradicted')).toEqual(['struck', 'struck', 'struck', 'struck']);
    expect(symbolSlots('no-evidence')).toEqual(['untested', 'untested', 'untested', 'untested']);
  });

  it('has a place for every strength a source can have: a grade or guidance', () => {
    for (const strength of referenceStrengths) {
      expect(Object.hasOwn(evidenceLevels, strength) || Object.hasOwn(guidanceStrengths, strength), strength).toBe(true);
    }
  });
});

describe('what the Sources list says about a source', () => {
  it('has a plain label for every kind of source', () => {
    for (const kind of referenceKinds) expect(referenceKindLabels[kind]).toMatch(/^[A-Z][a-z -]+$/);
  });

  it('counts people the way readers write numbers', () => {
    expect(participantsLabel(1)).toBe('1 person');
    expect(participantsLabel(2494)).toBe('2,494 people');
  });

  it('says when we read only the abstract or a summary, and nothing for a full text or web page', () => {
    expect(seenInNotices.abstract).toBe('We read the abstract only.');
    expect(seenInNotices.summary).toBe('We read a summary, not the paper.');
    expect(seenInNotices['full-text']).toBeUndefined();
    expect(seenInNotices['web-page']).toBeUndefined();
  });
});

describe('splitAfterKeyPoints: the glance figure goes straight after the Key points box', () => {
  const keyPoints = '<section class="key-points" aria-labelledby="key-points-heading"><h2 id="key-points-heading">Key points</h2><ul><li>One</li></ul></section>';

  it('splits the body at the end of the box', () => {
    expect(splitAfterKeyPoints(`${keyPoints}<p>Opening</p><section><h2>Later</h2></section>`)).toEqual([keyPoints, '<p>Opening</p><section><h2>Later</h2></section>']);
  });

  it('puts the figure first when an article has no Key points box', () => {
    expect(splitAfterKeyPoints('<p>Opening</p>')).toEqual(['', '<p>Opening</p>']);
  });
});

describe('claimsByGrade: the evidence map', () => {
  const claim = (level: EvidenceLevel, slug: string | undefined): GradedClaim => ({
    level,
    label: evidenceLevels[level].label,
    statement: `Claim ${slug ?? 'in the opening'} with its finding`,
    heading: slug ? { text: slug.toUpperCase(), slug } : undefined,
    sources: [],
  });
  const map = claimsByGrade([
    { id: 'a', title: 'Article A', claims: [claim('limited', 'one'), claim('contradicted', 'two'), claim('limited', 'three')] },
    { id: 'b', title: 'Article B', claims: [claim('limited', undefined)] },
  ]);

  it('has every grade in the scale order, even grades no claim has', () => {
    expect(map.map((group) => group.level)).toEqual(evidenceLevelSlugs);
    expect(map.find((group) => group.level === 'strong')).toEqual({ level: 'strong', count: 0, articles: [] });
  });

  it('lists each claim once, under its grade and its article, in text order', () => {
    const limited = map.find((group) => group.level === 'limited')!;
    expect(limited.count).toBe(3);
    expect(limited.articles.map((article) => [article.id, article.claims.map((claim) => claim.section?.slug)])).toEqual([
      ['a', ['one', 'three']],
      ['b', [undefined]],
    ]);
    expect(limited.articles[0]!.claims.map((claim) => claim.statement)).toEqual(['Claim one with its finding', 'Claim three with its finding']);
    expect(map.reduce((sum, group) => sum + group.count, 0)).toBe(4);
  });
});
