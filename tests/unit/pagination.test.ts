import { describe, expect, it } from 'vitest';
import { ARCHIVE_PAGE_SIZE, archivePagePath, paginate } from '../../src/lib/pagination';

const items = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('paginate: 12 articles to a page', () => {
  it.each([
    [0, [0]],
    [6, [6]],
    [12, [12]],
    [13, [12, 1]],
    [24, [12, 12]],
    [30, [12, 12, 6]],
  ])('%i articles → pages of %j', (count, sizes) => {
    const pages = paginate(items(count));
    expect(pages.map((page) => page.items.length)).toEqual(sizes);
    expect(pages.every((page) => page.total === sizes.length)).toBe(true);
  });

  it('keeps the order and loses nothing', () => {
    expect(paginate(items(30)).flatMap((page) => page.items)).toEqual(items(30));
    expect(paginate(items(30))[1]!.items[0]).toBe(ARCHIVE_PAGE_SIZE + 1);
  });

  it('links each page to its neighbours', () => {
    const pages = paginate(items(30));
    expect(pages.map(({ number, previous, next }) => [number, previous, next])).toEqual([
      [1, undefined, 2],
      [2, 1, 3],
      [3, 2, undefined],
    ]);
  });

  it('a single page has no neighbours', () => {
    expect(paginate(items(6))).toEqual([{ number: 1, total: 1, items: items(6), previous: undefined, next: undefined }]);
  });

  it.each([0, -1, 1.5])('refuses a page size of %s', (size) => {
    expect(() => paginate(items(3), size)).toThrow(/pageSize/);
  });
});

describe('archivePagePath', () => {
  it.each([
    [1, '/articles/'],
    [2, '/articles/page/2/'],
    [10, '/articles/page/10/'],
  ])('page %i → %s', (number, path) => {
    expect(archivePagePath(number)).toBe(path);
  });
});
