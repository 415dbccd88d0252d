/** What src/rules/cli.ts runs once Node can load the site's TypeScript. */
import { relative, resolve } from 'node:path';
import { siteToday } from '../../lib/today.ts';
import { site, topics } from '../../site.config.ts';
import { formatReport, lintSite, readSite, verdictOf } from './runner.ts';
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
