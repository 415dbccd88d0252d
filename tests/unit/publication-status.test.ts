import { describe, expect, it } from 'vitest';
import { publicationStatus } from '../../src/lib/publication-status';

describe('publicationStatus: what the dev preview tells an editor about an article', () => {
  it.each([
    [{ draft: true, pubDate: '2026-01-01' }, { kind: 'draft' }],
    [{ draft: true, pubDate: '2099-01-01' }, { kind: 'draft' }],
    [{ draft: false, pubDate: '2026-06-02' }, { kind: 'scheduled', on: '2026-06-02' }],
    [{ draft: false, pubDate: '2026-06-01' }, { kind: 'published' }],
  ])('%j on 2026-06-01 is %j', (article, status) => {
    expect(publicationStatus(article, '2026-06-01')).toEqual(status);
  });
});
