import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts, matchingSections, resultCountMessage } from '../../src/lib/search';

describe('excerptParts turns a Pagefind excerpt into text, never markup', () => {
  it.each([
    ['plain text', 'Massage may help', [{ text: 'Massage may help', marked: false }]],
    [
      'marked words',
      'foot <mark>reflexology</mark> and <mark>reflexology</mark>',
      [
        { text: 'foot ', marked: false },
        { text: 'reflexology', marked: true },
        { text: ' and ', marked: false },
        { text: 'reflexology', marked: true },
      ],
    ],
    ['escaped markup stays text', 'a &lt;script&gt;alert(1)&lt;/script&gt; b', [{ text: 'a <script>alert(1)</script> b', marked: false }]],
    ['a stray tag is dropped', 'x <img src=x onerror=alert(1)>y', [{ text: 'x y', marked: false }]],
    ['entities inside a mark', '<mark>CBT&#x2d;I</mark> &amp; sleep', [{ text: 'CBT-I', marked: true }, { text: ' & sleep', marked: false }]],
    ['empty', '', []],
    [
      'punctuation beside a marked word is not highlighted',
      'take <mark>blood</mark> <mark>thinners.</mark> The <mark>(sleep,</mark>',
      [
        { text: 'take ', marked: false },
        { text: 'blood', marked: true },
        { text: ' ', marked: false },
        { text: 'thinners', marked: true },
        { text: '. The (', marked: false },
        { text: 'sleep', marked: true },
        { text: ',', marked: false },
      ],
    ],
  ])('%s', (_, excerpt, expected) => {
    expect(excerptParts(excerpt)).toEqual(expected);
  });
});

describe('matchingSections: results link to the sections that match', () => {
  const sub = (url: string, score: number) => ({ url, title: url, excerpt: '', weighted_locations: [{ balanced_score: score }] });

  it('leaves out the page top (its excerpt holds the hidden search terms) and puts the best match first', () => {
    const found = matchingSections([sub('/a/', 99), sub('/a/#one', 1), sub('/a/#two', 5), sub('/a/#three', 3)]);
    expect(found.map((s) => s.url)).toEqual(['/a/#two', '/a/#three']);
  });

  it('keeps page order for equal scores, and returns none when only the top matched', () => {
    expect(matchingSections([sub('/a/#x', 1), sub('/a/#y', 1)]).map((s) => s.url)).toEqual(['/a/#x', '/a/#y']);
    expect(matchingSections([sub('/a/', 4)])).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it.each([
    ['I&#39;m', "I'm"],
    ['&quot;a&quot; &amp; b', '"a" & b'],
    ['&unknown; stays', '&unknown; stays'],
    ['&#0; stays', '&#0; stays'],
  ])('%s → %s', (text, expected) => {
    expect(decodeEntities(text)).toBe(expected);
  });
});

describe('resultCountMessage', () => {
  it.each([
    [0, 'zzz', 'No articles found for “zzz”. Try another word, or browse the topics below.'],
    [1, 'apnoea', '1 article found for “apnoea”.'],
    [4, ' sleep ', '4 articles found for “sleep”.'],
    [3, '  ', ''],
  ])('%i for "%s"', (count, query, expected) => {
    expect(resultCountMessage(count, query)).toBe(expected);
  });
});
