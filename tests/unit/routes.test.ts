import { describe, expect, it } from 'vitest';
import { siteRoutes, staticRouteAnchors } from '../../src/rules/engine/routes';

describe('siteRoutes: every address the site serves, from content plus the fixed routes', () => {
  const routes = siteRoutes({ articleIds: ['massage-and-sleep'], pageIds: ['about', 'disclaimer'], topicSlugs: ['insomnia'], publicFiles: ['/favicon.svg'] });
  it.each([
    '/',
    '/articles/',
    '/articles/massage-and-sleep/',
    '/topics/',
    '/topics/insomnia/',
    '/search/',
    '/evidence/',
    '/about/',
    '/disclaimer/',
    '/rss.xml',
    '/favicon.svg',
  ])('includes %s', (route) => {
    expect(routes.has(route)).toBe(true);
  });
  it.each(['/articles/other/', '/about', '/topics/other/', '/editorial-standards/'])('does not include %s', (route) => {
    expect(routes.has(route)).toBe(false);
  });
  it('knows the evidence scale’s fragment ids', () => {
    expect(staticRouteAnchors['/evidence/']).toContain('level-very-limited');
  });
});
