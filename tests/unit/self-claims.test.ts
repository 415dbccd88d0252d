/**
 * What the site says about itself stays true (issue 18.6): each claim the home
 * page, /evidence/, About and the editorial standards keep has a test here.
 * ("No ads, no trackers" is kept by tests/e2e/quality.spec.ts: no page requests
 * another origin; the "Report a mistake" link by tests/unit/replies.test.ts.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { evidenceLevels } from '../../src/lib/evidence';

const references = readdirSync('content/references')
  .filter((file) => /\.ya?ml$/.test(file))
  .map((file) => ({ file, data: (parse(readFileSync(`content/references/${file}`, 'utf8')) ?? {}) as Record<string, unknown> }));

describe('"every source we cite has a DOI, a PubMed number or a web address" (home, /evidence/, editorial standards)', () => {
  it('the claim is what the home page and /evidence/ say', () => {
    expect(readFileSync('src/pages/index.astro', 'utf8')).toContain('every source we cite has a DOI, a PubMed number or a web address');
    expect(readFileSync('src/pages/evidence/index.astro', 'utf8')).toContain('its DOI, its PubMed or PubMed Central number, or the web address where we saw it');
  });

  it('every reference file gives one of them', () => {
    expect(references.length).toBeGreaterThan(0);
    const without = references.filter(({ data }) => !['doi', 'pmid', 'pmcid', 'url'].some((field) => typeof data[field] === 'string' || typeof data[field] === 'number')).map(({ file }) => file);
    expect(without).toEqual([]);
  });
});

describe('how a null result is graded (/evidence/, from src/lib/evidence.ts)', () => {
  it('one small study that found no effect is very limited; contradicted needs better studies that looked and found none', () => {
    expect(evidenceLevels['very-limited'].meaning).toContain('One small study that found no effect is graded here too');
    expect(evidenceLevels.contradicted.meaning).toContain('A single small study that found no effect is not enough for this grade; it is very limited.');
  });
});

describe('the corrections promise (editorial standards, About)', () => {
  const standards = readFileSync('content/pages/editorial-standards.mdx', 'utf8');
  it('says where the "Report a mistake" link is, and what happens when no channel is set', () => {
    expect(standards).toContain('the end of every article has a "Report a mistake" link');
    expect(standards).toContain('If you do not see that link, no way to report a mistake has been set up');
    expect(readFileSync('content/pages/about.mdx', 'utf8')).toContain('what happens when there is no such link');
  });

  it('no longer promises what the content does not meet', () => {
    const pages = ['src/pages/index.astro', 'src/pages/evidence/index.astro', 'content/pages/about.mdx', 'content/pages/editorial-standards.mdx'].map((file) => readFileSync(file, 'utf8')).join('\n');
    for (const overclaim of ['Every claim cited', 'Every claim graded', 'no claims we cannot back up', 'then read the trials themselves', 'with a DOI or PubMed link', 'Peer-reviewed research first', 'Each finding links']) {
      expect(pages).not.toContain(overclaim);
    }
  });
});
