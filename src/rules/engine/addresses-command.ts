/** What scripts/addresses.ts runs once Node can load the site's TypeScript. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADDRESS_LIST, formatAddressList, parseAddressList, recordedAddress, UNPUBLISHED_LIST } from '../../lib/addresses.ts';
import { siteToday } from '../../lib/today.ts';
import { site, topics } from '../../site.config.ts';
import { readSite } from './runner.ts';

const root = process.cwd();
const today = siteToday({ timeZone: site.timeZone, now: new Date(), pinned: process.env.SITE_TODAY });
const index = readSite(root, { today, reviewCycleMonths: site.reviewCycleMonths, topics, schemas: {} });
const path = join(root, ADDRESS_LIST);
const listed = existsSync(path) ? parseAddressList(readFileSync(path, 'utf8')).map(({ address }) => address) : [];
const publicFiles = new Set(index.publicFiles);
const served = [...index.liveRoutes].filter((route) => recordedAddress(route, publicFiles));
const gone = listed.filter((address) => !index.liveRoutes.has(address) && !index.redirects.has(address));
const added = served.filter((address) => !listed.includes(address));

writeFileSync(path, formatAddressList([...listed, ...served]));
console.log(`${ADDRESS_LIST}: ${added.length ? `added ${added.length > 10 ? `${added.length} addresses` : added.join(', ')}` : 'no new addresses'}.`);
if (gone.length) {
  console.error(
    `Kept on the list, and no longer served: ${gone.join(', ')}. Name each in the redirectFrom of the article that replaced it, or add it to ${UNPUBLISHED_LIST} with where readers should go (docs/editing.md, "Renaming or taking down an article").`,
  );
  process.exitCode = 1;
}
