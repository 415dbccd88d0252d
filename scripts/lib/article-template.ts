/**
 * The starting file `npm run new -- "Title"` writes: valid frontmatter (so the
 * dev server shows it at once), `draft: true`, a placeholder description the
 * content check flags, and the sections every article on the site has.
 */
import type { CalendarDate } from '../../src/lib/dates.ts';
import { evidenceLevelSlugs } from '../../src/lib/evidence.ts';

/**
 * Long enough for the schema (50–160 characters), and flagged by the description-todo
 * rule (src/rules/description-todo.ts) until replaced, because it starts with "TODO".
 */
export const PLACEHOLDER_DESCRIPTION = 'TODO: write a one- or two-sentence summary of this article for search results.';

/**
 * Long enough for the schema (40–320 characters), and reported by the answer-missing rule
 * (src/rules/answer-missing.ts) until replaced, because it starts with "TODO".
 */
export const PLACEHOLDER_ANSWER = 'TODO: answer the question the title asks in one to three short sentences, in the reader\'s words, and say what to do.';

export interface NewArticle {
  title: string;
  today: CalendarDate;
  /** Topic slugs editors can choose from; the first is filled in so the file is valid. */
  topicSlugs: readonly [string, ...string[]];
}

export function newArticleSource({ title, today, topicSlugs }: NewArticle): string {
  // JSON strings are valid YAML double-quoted strings, so any title is safe.
  return `---
title: ${JSON.stringify(title)}
description: ${JSON.stringify(PLACEHOLDER_DESCRIPTION)}
# The answer first: shown under the title, on cards and in search results.
answer: ${JSON.stringify(PLACEHOLDER_ANSWER)}
pubDate: ${today}
lastReviewed: ${today}
# One or more topics: ${topicSlugs.join(', ')}
tags: [${topicSlugs[0]}]
# Ids of files in content/references/ (for example moyer-2011). Cite each one in the text with <Cite id="…" />.
sources: []
# Drafts show in \`npm run dev\` only. Delete this line when the article is ready to publish.
draft: true
---

{/*
  How to write this article: docs/editing.md.
  The Sources list at the end of the page is made from \`sources:\` above, numbered in the
  order the text first cites them. Do not write a sources section by hand.
  Lines starting with TODO are flagged by \`npm run check\` until you replace them.
*/}

<KeyPoints>

- TODO: the most important thing a reader should take away.
- TODO: what the evidence does and does not show, in plain words.
- TODO: when to talk to a doctor.

</KeyPoints>

TODO: an opening paragraph. Say what question the article answers and why it matters to someone who sleeps badly.

## TODO: the first question or claim

{/* Grade each claim, and write the claim as a statement with its finding. Levels: ${evidenceLevelSlugs.join(', ')}. */}
{/* <Evidence level="limited" claim="Massage may ease anxiety for a short time after a session" /> */}
{/* A section that cites sources but gives practical advice rather than a claim: <PracticalAdvice /> */}

TODO: what the studies found, with a citation after each claim, written \`<Cite id="source-id" />\`.

## TODO: the next question or claim

TODO: what the studies found.

{/*
<SeeADoctor>

- TODO: a sign that means the reader should see a GP

</SeeADoctor>
*/}

## The bottom line

TODO: two or three sentences a reader can act on.
`;
}
