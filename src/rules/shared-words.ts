import { defineRule } from './engine/rule.ts';
import { sharedRuns, type SharedRun } from './engine/shared-runs.ts';
import type { SiteIndex } from './engine/site.ts';

/** The shortest run of words two articles may not share. */
export const SHARED_RUN_WORDS = 12;

const cache = new WeakMap<SiteIndex, Map<string, SharedRun[]>>();

function runsFor(site: SiteIndex): Map<string, SharedRun[]> {
  let runs = cache.get(site);
  if (!runs) {
    runs = sharedRuns(site.documents.filter((document) => document.kind === 'article'), SHARED_RUN_WORDS);
    cache.set(site, runs);
  }
  return runs;
}

export default defineRule({
  id: 'shared-words',
  severity: 'error',
  appliesTo: ['article'],
  finds: `A run of ${SHARED_RUN_WORDS} or more words that another article also has: each article should own its subject and link to the other.`,
  example:
    'these 14 words also appear in content/articles/how-massage-may-help-sleep.mdx:23:5: "A review of 37 trials found that a single massage lowered anxiety for a while". Say it once, in the article that owns the subject, and link to it from the other.',
  fix: 'Rewrite it in this article\'s own words, or keep it in one article and link to it from the other.',
  check({ document, site, report }) {
    for (const run of runsFor(site).get(document.path) ?? []) {
      report(
        run.place,
        `these ${run.words} words also appear in ${run.other.path}:${run.other.place.line}:${run.other.place.column}: "${run.text}${run.words > 16 ? ' …' : ''}". Say it once, in the article that owns the subject, and link to it from the other.`,
      );
    }
  },
});
