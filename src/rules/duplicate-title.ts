import { defineRule } from './engine/rule.ts';

const normalised = (title: string) => title.trim().toLowerCase().replace(/\s+/g, ' ');

export default defineRule({
  id: 'duplicate-title',
  severity: 'error',
  appliesTo: ['article', 'page'],
  finds: 'Two articles or pages with the same title: readers and search results could not tell them apart.',
  example: 'the title "Massage for sleep" is also the title of content/articles/massage-for-sleep.mdx. Give each page its own title.',
  fix: 'Give each page its own title.',
  check({ document, site, report }) {
    const title = document.data?.title;
    if (typeof title !== 'string' || !title.trim()) return;
    const first = site.documents.find(
      (other) => (other.kind === 'article' || other.kind === 'page') && typeof other.data?.title === 'string' && normalised(other.data.title) === normalised(title),
    );
    if (!first || first === document) return;
    report(document.fieldPlaces.get('title'), `the title "${title.trim()}" is also the title of ${first.path}. Give each page its own title.`);
  },
});
