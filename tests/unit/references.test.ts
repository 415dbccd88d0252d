import { describe, expect, it } from 'vitest';
import { DOI_PATTERN, PMCID_PATTERN, PMID_PATTERN, authorList, formatReference, publicationDetails, referenceLinks } from '../../src/lib/references';
import { referenceSchema } from '../../src/content.config';

describe('identifier formats', () => {
  it.each([
    ['10.1037/0033-2909.130.1.3', true],
    ['10.1002/14651858.CD001929.pub3', true],
    ['https://doi.org/10.1037/0033-2909.130.1.3', false],
    ['doi:10.1037/abc', false],
    ['10.12/abc', false],
  ])('DOI %s → %s', (doi, ok) => expect(DOI_PATTERN.test(doi)).toBe(ok));
  it.each([
    ['21147413', true],
    ['PMID21147413', false],
    ['0123', false],
  ])('PMID %s → %s', (pmid, ok) => expect(PMID_PATTERN.test(pmid)).toBe(ok));
  it.each([
    ['PMC5564319', true],
    ['5564319', false],
  ])('PMCID %s → %s', (pmcid, ok) => expect(PMCID_PATTERN.test(pmcid)).toBe(ok));
});

const moyer2011 = {
  kind: 'systematic-review' as const,
  authors: ['Moyer CA', 'Seefeldt L', 'Mann ES', 'Jackley LM'],
  year: 2011,
  title: 'Does massage therapy reduce cortisol? A comprehensive quantitative review',
  journal: 'J Bodyw Mov Ther',
  volume: '15',
  issue: '1',
  pages: '3–14',
  doi: '10.1016/j.jbmt.2010.06.001',
  pmid: '21147413',
  strength: 'moderate' as const,
  seenIn: 'abstract' as const,
  finding: 'Massage barely changed cortisol compared with control groups.',
};

describe('formatting a source for the Sources list', () => {
  it('writes a Vancouver-style citation with "et al." after three authors', () => {
    expect(formatReference(moyer2011)).toBe(
      'Moyer CA, Seefeldt L, Mann ES, et al. Does massage therapy reduce cortisol? A comprehensive quantitative review. J Bodyw Mov Ther. 2011;15(1):3–14.',
    );
  });
  it('lists up to three authors in full', () => {
    expect(authorList(['A B', 'C D', 'E F'])).toBe('A B, C D, E F');
    expect(authorList(undefined)).toBeUndefined();
  });
  it('leaves out what is unknown instead of guessing', () => {
    expect(publicationDetails({ kind: 'trial', title: 'T', journal: 'Clinics' })).toBe('Clinics');
    expect(formatReference({ kind: 'trial', title: 'A title.', journal: 'J', year: 2020 })).toBe('A title. J. 2020.');
  });
  it.each([
    ['https://pubmed.ncbi.nlm.nih.gov/?term=Post-exercise+massage', 'Search PubMed'],
    ['https://pubmed.ncbi.nlm.nih.gov/21147413/', 'Web page'],
    ['https://www.nccih.nih.gov/health/massage-therapy-what-you-need-to-know', 'Web page'],
    ['https://example.org/?term=massage', 'Web page'],
  ])('labels the web address %s as "%s"', (url, label) => {
    expect(referenceLinks({ kind: 'trial', title: 'T', url }).map((link) => link.label)).toEqual([label]);
  });
  it('links DOI, PubMed and PMC, most durable first', () => {
    expect(referenceLinks({ ...moyer2011, pmcid: 'PMC1234567' }).map((link) => link.href)).toEqual([
      'https://doi.org/10.1016/j.jbmt.2010.06.001',
      'https://pubmed.ncbi.nlm.nih.gov/21147413/',
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC1234567/',
    ]);
  });
});

describe('the references schema', () => {
  it('accepts a real entry', () => {
    expect(referenceSchema.safeParse(moyer2011).success).toBe(true);
  });
  it.each([
    ['a DOI written as a URL', { doi: 'https://doi.org/10.1016/j.jbmt.2010.06.001' }, 'doi'],
    ['a PMID with letters', { pmid: 'PMID21147413' }, 'pmid'],
    ['no identifier at all', { doi: undefined, pmid: undefined }, 'doi'],
    ['no strength', { strength: undefined }, 'strength'],
    ['no finding', { finding: undefined }, 'finding'],
    ['an empty finding', { finding: '  ' }, 'finding'],
    ['no seenIn', { seenIn: undefined }, 'seenIn'],
  ])('rejects %s', (_name, change, field) => {
    const result = referenceSchema.safeParse({ ...moyer2011, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });
});
