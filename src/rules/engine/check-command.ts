/** What src/rules/cli.ts runs once Node can load the site's TypeScript. */
import { appendFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { siteToday } from '../../lib/today.ts';
import { site, topics } from '../../site.config.ts';
import { annotations, jobSummary } from './github.ts';
import { formatReport, lintSite, readSite, summaryLine, verdictOf } from './runner.ts';
import { loadContentSchemas } from './schemas.ts';

// Content comes from the folder the command runs in; the schemas and routes from the code beside this file.
const root = process.cwd();
const codeRoot = resolve(import.meta.dirname, '../../..');
const today = siteToday({ timeZone: site.timeZone, now: new Date(), pinned: process.env.SITE_TODAY });
const index = readSite(root, { today, reviewCycleMonths: site.reviewCycleMonths, topics, schemas: await loadContentSchemas(codeRoot) }, codeRoot);
const files = await lintSite(index);

const only = new Set(process.argv.slice(2).map((path) => relative(root, resolve(path)).split('\\').join('/')));
const shown = only.size ? files.filter((file) => only.has(file.path)) : files;
const color = process.env.RULEBOOK_COLOR === '1' || (process.stdout.isTTY && !process.env.NO_COLOR);
console.log(formatReport(shown, { color }));
process.exitCode = verdictOf(shown).errors > 0 ? 1 : 0;

// In GitHub Actions the findings also go on the pull request's files and into the job summary
// (not from inside `astro build`, which runs this again after the check step).
if (process.env.GITHUB_ACTIONS === 'true' && process.env.RULEBOOK_IN_BUILD !== '1') {
  for (const line of annotations(shown)) console.log(line);
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, jobSummary(shown, summaryLine(shown)));
}
