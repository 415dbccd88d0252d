import { describe, expect, it } from 'vitest';
import { pagefindArguments } from '../../src/integrations/search-index';

describe('pagefindArguments', () => {
  it('indexes the built site into its pagefind folder, leaving out the given selectors', () => {
    expect(pagefindArguments('/site/dist', { excludeSelectors: ['.cite', '.evidence'] })).toEqual([
      '--site',
      '/site/dist',
      '--glob',
      'articles/**/index.html',
      '--output-subdir',
      'pagefind',
      '--quiet',
      '--exclude-selectors',
      '.cite',
      '--exclude-selectors',
      '.evidence',
    ]);
  });

  it('excludes nothing when asked for nothing', () => {
    expect(pagefindArguments('/dist')).not.toContain('--exclude-selectors');
  });
});
