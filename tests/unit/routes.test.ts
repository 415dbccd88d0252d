import { describe, expect, it } from 'vitest';
import { fixedRouteOf, staticRouteAnchors } from '../../src/rules/engine/routes';

describe('fixedRouteOf: the address a file in src/pages/ serves', () => {
  it.each([
    ['index.astro', '/'],
    ['search.astro', '/search/'],
    ['evidence/index.astro', '/evidence/'],
    ['evidence/map.astro', '/evidence/map/'],
    ['articles/index.astro', '/articles/'],
    ['rss.xml.ts', '/rss.xml'],
    ['og/site.png.ts', '/og/site.png'],
  ])('%s serves %s', (file, route) => {
    expect(fixedRouteOf(file)).toBe(route);
  });
  it.each(['[page].astro', 'articles/[id].astro', 'articles/page/[page].astro', 'articles/_components/ArchivePage.astro', 'topics/_utils.ts', '404.astro'])('%s has no fixed address', (file) => {
    expect(fixedRouteOf(file)).toBeUndefined();
  });
  it('knows the evidence scale’s fragment ids', () => {
    expect(staticRouteAnchors['/evidence/']).toContain('level-very-limited');
  });
});
