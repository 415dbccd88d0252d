import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../src/integrations/search-index';

let site: string;

async function page(path: string, body: string): Promise<void> {
  await mkdir(join(site, path, '..'), { recursive: true });
  await writeFile(join(site, path), `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`);
}

beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'search-index-'));
  await page('articles/foot-massage/index.html', '<main data-pagefind-body><h1>Foot massage</h1><p>Reflexology and sleep.</p></main>');
  await page('articles/neck-massage/index.html', '<main data-pagefind-body><h1>Neck massage</h1><p>Tension and sleep.</p></main>');
  // A listing page names every article; it is not read, so it cannot show up as a result.
  await page('topics/insomnia/index.html', '<main data-pagefind-body><h1>Insomnia</h1><p>Foot massage, neck massage.</p></main>');
});
afterAll(() => rm(site, { recursive: true, force: true }));

describe('the search index', () => {
  it('indexes only the article pages, into the site folder, and reports how many', async () => {
    expect(await writeSearchIndex(site, { excludeSelectors: ['.cite'] })).toBe(2);
    expect(existsSync(join(site, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(site, 'pagefind/pagefind-entry.json'))).toBe(true);
  });
});
