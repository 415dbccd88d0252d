import { defineRule } from './engine/rule.ts';

/** What a title must not hold, and what a reader would see instead. */
const MARKUP: ReadonlyArray<{ pattern: RegExp; what: string }> = [
  { pattern: /<\/?[A-Za-z][^>]*>/, what: 'an HTML or component tag, which readers would see as written, angle brackets and all' },
  { pattern: /`/, what: 'a backtick, which readers would see as written' },
  { pattern: /[{}]/, what: 'a curly brace, which readers would see as written' },
  { pattern: /\*\*|__|(?:^|\s)[*_][^*_\s]|\[[^\]]*\]\([^)]*\)/, what: 'Markdown (bold, italics or a link), which is not applied in a title: readers would see the marks' },
  { pattern: /\p{Extended_Pictographic}/u, what: 'an emoji, which the social image leaves out and some screen readers read out at length' },
];

export default defineRule({
  id: 'title-markup',
  severity: 'error',
  completeness: true,
  appliesTo: ['article', 'page'],
  finds: 'A title with markup, code or an emoji in it: titles are plain text everywhere they appear (the page, search results, the social image) (a warning while the article is a draft).',
  example: 'the title has an HTML or component tag, which readers would see as written, angle brackets and all: "<em>Sleep</em> and massage". Write the title as plain words.',
  fix: 'Write the title as plain words, without tags, Markdown marks, braces, backticks or emoji.',
  check({ document, report }) {
    const title = document.data?.title;
    if (typeof title !== 'string') return;
    const found = MARKUP.find(({ pattern }) => pattern.test(title));
    if (!found) return;
    report(document.fieldPlaces.get('title'), `the title has ${found.what}: "${title.trim()}". Write the title as plain words.`);
  },
});
