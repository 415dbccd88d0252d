import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts, resultCountMessage } from '../../src/lib/search';

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
  ])('%s', (_, excerpt, expected) => {
    expect(excerptParts(excerpt)).toEqual(expected);
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
