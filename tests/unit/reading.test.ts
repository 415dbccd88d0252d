import { describe, expect, it } from 'vitest';
import { readableWords, readingMinutes, readingTimeLabel, tableOfContents, type Heading } from '../../src/lib/reading';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('readableWords counts what a reader reads', () => {
  it.each([
    ['plain prose', 'Massage may help you relax.', 5],
    ['a citation tag adds no words', 'Anxiety fell<Cite id="moyer-2004" /> in trials.', 4],
    ['a component keeps its text, not its tag', '<KeyPoints>\n\n- One point here\n\n</KeyPoints>', 3],
    ['a link keeps its words, not its address', 'See [how massage might help sleep](/articles/how-massage-may-help-sleep/).', 6],
    ['import lines and comments are skipped', "import X from './x';\n{/* editor note */}\nHello there.", 2],
    ['Markdown marks are not words', '## Heading\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n**Bold** - dash', 7],
    ['a bare address is not read', 'Visit https://example.org/some/long/path today', 2],
  ])('%s', (_, mdx, expected) => {
    expect(readableWords(mdx)).toHaveLength(expected);
  });
});

describe('readingMinutes at 200 words a minute', () => {
  it.each([
    [0, 1],
    [50, 1],
    [299, 1],
    [300, 2],
    [1000, 5],
    [1450, 7],
  ])('%i words → %i min', (count, minutes) => {
    expect(readingMinutes(words(count))).toBe(minutes);
  });
  it('uses the given speed', () => {
    expect(readingMinutes(words(1000), 250)).toBe(4);
  });
  it('labels the time in words', () => {
    expect(readingTimeLabel(7)).toBe('7 minute read');
  });
});

const h = (depth: number, text: string, slug = text.toLowerCase().replace(/\W+/g, '-')): Heading => ({ depth, slug, text });

describe('tableOfContents', () => {
  it.each([
    {
      name: 'lists the h2 sections in order, without h3s',
      headings: [h(2, 'One'), h(3, 'One a'), h(2, 'Two'), h(2, 'Three')],
      expected: ['One', 'Two', 'Three'],
    },
    {
      name: 'is empty with fewer than three sections',
      headings: [h(2, 'One'), h(3, 'Sub'), h(3, 'Sub two'), h(2, 'Two')],
      expected: [],
    },
    {
      name: 'leaves out the footnotes heading remark-gfm adds',
      headings: [h(2, 'One'), h(2, 'Two'), h(2, 'Footnotes', 'footnote-label')],
      expected: [],
    },
    {
      name: 'leaves out the Key points box',
      headings: [h(2, 'Key points', 'key-points-heading'), h(2, 'One'), h(2, 'Two'), h(2, 'Three')],
      expected: ['One', 'Two', 'Three'],
    },
    {
      name: 'leaves out a heading with no id',
      headings: [h(2, 'One'), h(2, 'Two'), h(2, 'No id', '')],
      expected: [],
    },
  ])('$name', ({ headings, expected }) => {
    expect(tableOfContents(headings).map((entry) => entry.text)).toEqual(expected);
  });

  it('links each entry to its heading id', () => {
    expect(tableOfContents([h(2, 'A', 'a'), h(2, 'B', 'b'), h(2, 'C', 'c')])).toEqual([
      { slug: 'a', text: 'A' },
      { slug: 'b', text: 'B' },
      { slug: 'c', text: 'C' },
    ]);
  });
});
