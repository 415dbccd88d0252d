import { ADDRESS_LIST, parseAddressList, recordedAddress } from '../lib/addresses.ts';
import { defineRule } from './engine/rule.ts';

export default defineRule({
  id: 'address-new',
  severity: 'warning',
  appliesTo: ['addresses'],
  finds: `A published address (a new article, topic or page) not yet in ${ADDRESS_LIST}, so nothing would notice if it later vanished.`,
  example: `/articles/foot-massage/ is published but not on this list yet. Run \`npm run addresses\` and commit ${ADDRESS_LIST}.`,
  fix: `Run \`npm run addresses\` and commit ${ADDRESS_LIST} with the article.`,
  check({ document, site, report }) {
    const onList = new Set(parseAddressList(document.text).map(({ address }) => address));
    const publicFiles = new Set(site.publicFiles);
    const missing = [...site.liveRoutes].filter((route) => recordedAddress(route, publicFiles) && !onList.has(route)).sort();
    if (missing.length === 0) return;
    const which = missing.length === 1 ? `${missing[0]} is published but not` : `${missing.length} published addresses (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''}) are not`;
    report({ line: 1, column: 1 }, `${which} on this list yet. Run \`npm run addresses\` and commit ${ADDRESS_LIST}.`);
  },
});
