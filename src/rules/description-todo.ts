import { defineRule } from './engine/rule.ts';

/** True while a description is still the placeholder `npm run new` writes: it starts with "TODO". */
export function isPlaceholderDescription(description: string): boolean {
  return /^\s*(TODO|FIXME|XXX)\b/i.test(description);
}

export default defineRule({
  id: 'description-todo',
  severity: 'error',
  completeness: true,
  appliesTo: ['article'],
  finds: 'A description that is still the TODO placeholder (a warning while the article is a draft).',
  example: 'the description is still the TODO placeholder. Write one or two sentences (50 to 160 characters) that tell a searcher what the article answers.',
  fix: 'Write one or two sentences (50 to 160 characters).',
  check({ document, report }) {
    const description = document.data?.description;
    if (typeof description !== 'string' || !isPlaceholderDescription(description)) return;
    report(
      document.fieldPlaces.get('description'),
      'the description is still the TODO placeholder. Write one or two sentences (50 to 160 characters) that tell a searcher what the article answers.',
    );
  },
});
