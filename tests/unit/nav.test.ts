import { describe, expect, it } from 'vitest';
import { navCurrent } from '../../src/lib/nav';

describe('the main navigation marks where the reader is', () => {
  it.each([
    ['/articles/', '/articles/', 'page'],
    ['/articles/is-massage-safe-for-me/', '/articles/', 'true'],
    ['/articles/page/2/', '/articles/', 'true'],
    ['/topics/insomnia/', '/topics/', 'true'],
    ['/evidence/map/', '/evidence/', 'true'],
    ['/evidence/map', '/evidence/', 'true'],
    ['/kts/articles/x/', '/kts/articles/', 'true'],
    ['/', '/articles/', undefined],
    ['/about/', '/articles/', undefined],
    ['/search/', '/', undefined],
  ] as const)('%s under %s → %s', (path, item, expected) => {
    expect(navCurrent(path, item)).toBe(expected);
  });
});
