/**
 * Starts a new article: `npm run new -- "Article title"`.
 * Writes content/articles/<slug>.mdx as a draft and never overwrites a file.
 */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { newArticleSource } from './lib/article-template.ts';
import { slugify } from '../src/rules/engine/slug.ts';
import { siteToday } from '../src/lib/today.ts';
import { site, topicSlugs } from '../src/site.config.ts';

/** The schema's limit for titles (src/content.config.ts). */
const MAX_TITLE_LENGTH = 70;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const title = process.argv.slice(2).join(' ').trim();
if (!title) fail('Usage: npm run new -- "Article title"');
if (title.length > MAX_TITLE_LENGTH) {
  fail(`The title is ${title.length} characters; titles may have at most ${MAX_TITLE_LENGTH}, so search results show all of it. Shorten it and run the command again.`);
}
const slug = slugify(title);
if (!slug) fail(`"${title}" has no letters or digits to make a file name from. Use a title with words in it.`);

const path = join('content/articles', `${slug}.mdx`);
const today = siteToday({ timeZone: site.timeZone, now: new Date(), pinned: process.env.SITE_TODAY });
try {
  // 'wx' fails if the file exists, so an existing article is never overwritten.
  writeFileSync(path, newArticleSource({ title, today, topicSlugs }), { flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
    fail(`${path} already exists, so nothing was written. Choose another title, or edit that file.`);
  }
  throw error;
}

const shown = relative(process.cwd(), path);
console.log(`Created ${shown} (a draft, dated ${today}).

Next steps:
  1. Write the article in ${shown}. The guide is docs/editing.md.
  2. Replace every TODO, including the description, and list your sources in \`sources:\`.
  3. Preview it with \`npm run dev\` at http://localhost:4321${site.base}articles/${slug}/ (drafts show only there).
  4. Run \`npm run check\` and fix what it reports.
  5. When it is ready, delete the \`draft: true\` line and open a pull request.`);
