import { describe, expect, it } from 'vitest';
import {
  breadcrumbJsonLd,
  citationJsonLd,
  medicalWebPageJsonLd,
  organizationJsonLd,
  serializeJsonLd,
  websiteJsonLd,
  type ArticleJsonLdInput,
} from '../../src/lib/jsonld';
import type { ReferenceData } from '../../src/lib/references';

const site = {
  name: 'Knead to Sleep',
  description: 'Plain-language articles on massage and sleep.',
  home: 'https://example.org/kts/',
  lang: 'en-GB',
  email: 'editors@example.org',
  logo: 'https://example.org/kts/logo.png',
};

const trial: ReferenceData = {
  kind: 'trial',
  title: 'A randomised trial of massage',
  journal: 'J Sleep Res',
  year: 2020,
  doi: '10.1000/xyz123',
  pmid: '12345678',
};

const article: ArticleJsonLdInput = {
  url: 'https://example.org/kts/articles/a/',
  title: 'Massage for insomnia',
  description: 'What the trials found.',
  image: 'https://example.org/kts/og/articles/a.png',
  pubDate: '2026-01-15',
  lastReviewed: '2026-02-01',
  conditions: ['Insomnia'],
  topics: ['Insomnia', 'Self-massage'],
  sources: [trial],
};

/** What a JSON-LD consumer sees: the object after a round trip through JSON. */
function asJson(value: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

describe('serializeJsonLd', () => {
  it.each([
    ['</script><script>alert(1)</script>'],
    ['<!-- comment -->'],
    ['Tom & Jerry > "quotes" \'single\''],
    ['line\u2028separator\u2029paragraph'],
    ['sleep 😴 and ünïcödé'],
  ])('%j cannot end the script block and reads back unchanged', (text) => {
    const json = serializeJsonLd({ headline: text });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ headline: text });
  });

  it('writes < > & as \\u escapes', () => {
    expect(serializeJsonLd({ a: '</script>&' })).toBe('{"a":"\\u003c/script\\u003e\\u0026"}');
  });
});

describe('home page structured data', () => {
  it('describes the website, published by the organisation', () => {
    expect(asJson(websiteJsonLd(site))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      '@id': 'https://example.org/kts/#website',
      name: 'Knead to Sleep',
      url: 'https://example.org/kts/',
      description: site.description,
      inLanguage: 'en-GB',
      publisher: { '@id': 'https://example.org/kts/#organization' },
    });
  });

  it('describes the organisation with its contact address and no invented people', () => {
    const organization = asJson(organizationJsonLd(site));
    expect(organization).toMatchObject({ '@type': 'Organization', '@id': 'https://example.org/kts/#organization', name: 'Knead to Sleep', url: site.home, email: site.email, logo: site.logo });
    expect(JSON.stringify(organization)).not.toContain('Person');
  });

  it('carries no email when none is confirmed', () => {
    const { email: _email, ...withoutEmail } = site;
    expect(organizationJsonLd(withoutEmail)).not.toHaveProperty('email');
  });
});

describe('medicalWebPageJsonLd', () => {
  it('carries every property search engines need for a health article', () => {
    const page = asJson(medicalWebPageJsonLd(site, article));
    expect(page).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      url: article.url,
      headline: 'Massage for insomnia',
      description: 'What the trials found.',
      image: article.image,
      datePublished: '2026-01-15',
      dateModified: '2026-01-15',
      lastReviewed: '2026-02-01',
      inLanguage: 'en-GB',
      author: { '@type': 'Organization', name: 'Knead to Sleep', url: site.home },
      publisher: { '@type': 'Organization', name: 'Knead to Sleep', url: site.home, logo: site.logo },
      about: [{ '@type': 'MedicalCondition', name: 'Insomnia' }],
      keywords: 'Insomnia, Self-massage',
      isPartOf: { '@id': 'https://example.org/kts/#website' },
    });
    expect(page['citation']).toHaveLength(1);
  });

  it.each([
    [undefined, '2026-01-15'],
    ['2026-03-09', '2026-03-09'],
  ])('updatedDate %s gives dateModified %s', (updatedDate, dateModified) => {
    expect(medicalWebPageJsonLd(site, { ...article, updatedDate }).dateModified).toBe(dateModified);
  });

  it('names no reviewer unless a real one exists', () => {
    const page = asJson(medicalWebPageJsonLd(site, article));
    expect(page).not.toHaveProperty('reviewedBy');
    expect(JSON.stringify(page)).not.toContain('"Person"');
  });

  it('names the clinical reviewer, with credentials and a public profile, when there is one', () => {
    const reviewer = { name: 'Dr A Example', credentials: 'MBBS', role: 'Clinical reviewer', url: 'https://register.example/a' };
    expect(asJson(medicalWebPageJsonLd(site, { ...article, reviewer }))['reviewedBy']).toEqual({
      '@type': 'Person',
      name: 'Dr A Example',
      honorificSuffix: 'MBBS',
      jobTitle: 'Clinical reviewer',
      url: 'https://register.example/a',
    });
  });

  it('leaves out about, keywords and citation when there is nothing to say', () => {
    const page = asJson(medicalWebPageJsonLd(site, { ...article, conditions: [], topics: [], sources: [] }));
    expect(page).not.toHaveProperty('about');
    expect(page).not.toHaveProperty('keywords');
    expect(page).not.toHaveProperty('citation');
  });
});

describe('citationJsonLd: a title and addresses (the page itself lists the full citation)', () => {
  it.each<[string, ReferenceData, Record<string, unknown>]>([
    [
      'a trial with a DOI and a PubMed ID',
      trial,
      {
        '@type': 'ScholarlyArticle',
        name: 'A randomised trial of massage',
        url: 'https://doi.org/10.1000/xyz123',
        sameAs: ['https://pubmed.ncbi.nlm.nih.gov/12345678/'],
      },
    ],
    [
      'a review with a PubMed ID only',
      { kind: 'systematic-review', title: 'A review', pmid: '999', pmcid: 'PMC1234567' },
      {
        '@type': 'ScholarlyArticle',
        name: 'A review',
        url: 'https://pubmed.ncbi.nlm.nih.gov/999/',
        sameAs: ['https://pmc.ncbi.nlm.nih.gov/articles/PMC1234567/'],
      },
    ],
    [
      'an institutional web page',
      { kind: 'institutional', title: 'Massage: what you need to know', publisher: 'NCCIH', url: 'https://nccih.example/massage' },
      {
        '@type': 'CreativeWork',
        name: 'Massage: what you need to know',
        url: 'https://nccih.example/massage',
      },
    ],
    [
      'a paper found only by a PubMed search (the search is not its address)',
      { kind: 'trial', title: 'Post-exercise massage', journal: 'J Sports Sci Med', year: 2018, url: 'https://pubmed.ncbi.nlm.nih.gov/?term=Post-exercise+massage' },
      { '@type': 'ScholarlyArticle', name: 'Post-exercise massage' },
    ],
  ])('%s', (_name, reference, expected) => {
    expect(asJson(citationJsonLd(reference))).toEqual(expected);
  });
});

describe('breadcrumbJsonLd', () => {
  it('numbers the trail from the home page, with absolute URLs', () => {
    expect(asJson(breadcrumbJsonLd([{ name: 'Home', url: site.home }, { name: 'Massage for insomnia', url: article.url }]))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: site.home },
        { '@type': 'ListItem', position: 2, name: 'Massage for insomnia', item: article.url },
      ],
    });
  });
});
