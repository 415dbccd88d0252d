/**
 * In `npm run dev`, a draft says "Draft: not published" and a scheduled
 * article "Scheduled for" its day, so an editor never mistakes a preview for
 * the live page; a published article has no banner. (A production build never
 * has one: tests/build/rulebook-parity.test.ts checks a built page.)
 */
import { describe, expect, it } from 'vitest';
import { articleSource, devFixture } from './fixture-site';

describe('npm run dev', () => {
  it('marks drafts and scheduled articles, and only them', async () => {
    const dev = await devFixture({
      'content/articles/a-draft.mdx': articleSource({ title: '"A draft"', draft: 'true' }),
      'content/articles/a-scheduled-one.mdx': articleSource({ title: '"A scheduled one"', pubDate: '2099-03-01', lastReviewed: '2099-03-01' }),
      'content/articles/a-live-one.mdx': articleSource({ title: '"A live one"' }),
    });
    try {
      expect(await dev.started, dev.output()).toBe('ready');
      const page = async (id: string) => (await fetch(`${dev.url}/articles/${id}/`)).text();
      expect(await page('a-draft')).toMatch(/data-testid="draft-banner"[^>]*>\s*Draft: not published/);
      expect(await page('a-scheduled-one')).toMatch(/data-testid="draft-banner"[^>]*>\s*Scheduled for 1 March 2099: not published yet\./);
      expect(await page('a-live-one')).not.toContain('data-testid="draft-banner"');
      // The content check runs at start, without holding the server up, and reports without stopping it.
      await expect.poll(() => dev.output(), { timeout: 30_000 }).toContain('content check:');
    } finally {
      await dev.stop();
    }
  }, 180_000);
});
