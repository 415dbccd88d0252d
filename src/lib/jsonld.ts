/**
 * Structured data (schema.org JSON-LD) built from plain data, typed with
 * schema-dts. The site is the author and publisher of every article: no
 * person is named unless a real clinical reviewer exists in content/people/.
 */
import type {
  BreadcrumbList,
  CreativeWork,
  MedicalCondition,
  MedicalWebPage,
  Organization,
  Person,
  ScholarlyArticle,
  Thing,
  WebSite,
  WithContext,
} from 'schema-dts';
import { referenceLinks, type ReferenceData } from './references';

/** The site facts structured data needs; `home` is the home page's absolute URL. */
export interface JsonLdSite {
  name: string;
  description: string;
  home: string;
  lang: string;
  /** The editors' email, only when one is confirmed (src/lib/contacts.ts). */
  email?: string | undefined;
  /** Absolute URL of the site's square logo (a PNG of at least 112 px). */
  logo: string;
}

export type JsonLd = WithContext<Thing>;

function organizationId(site: JsonLdSite): string {
  return `${site.home}#organization`;
}

function websiteId(site: JsonLdSite): string {
  return `${site.home}#website`;
}

/** The organisation that writes and publishes the site, as referenced from other blocks (search engines show its logo). */
function organizationRef(site: JsonLdSite) {
  return { '@type': 'Organization', '@id': organizationId(site), name: site.name, url: site.home, logo: site.logo } as const satisfies Organization;
}

export function organizationJsonLd(site: JsonLdSite): WithContext<Organization> {
  return {
    '@context': 'https://schema.org',
    ...organizationRef(site),
    description: site.description,
    ...(site.email ? { email: site.email } : {}),
  };
}

export function websiteJsonLd(site: JsonLdSite): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': websiteId(site),
    name: site.name,
    url: site.home,
    description: site.description,
    inLanguage: site.lang,
    publisher: { '@id': organizationId(site) },
  };
}

/** Study and trial reports are scholarly articles; guidelines in a journal too. Web pages are creative works. */
function isScholarly(reference: ReferenceData): boolean {
  return ['systematic-review', 'meta-analysis', 'narrative-review', 'trial', 'pilot-trial', 'non-randomised-study', 'case-review'].includes(reference.kind) || Boolean(reference.journal);
}

/** A source as a citation: its title, and its DOI, PubMed and PMC pages as the same work elsewhere. */
export function citationJsonLd(reference: ReferenceData): ScholarlyArticle | CreativeWork {
  const links = referenceLinks(reference);
  // DOI, PubMed and PMC pages are the same work elsewhere; a PubMed search finds the work but is not its address.
  const identifiers = links.filter((link) => link.kind === 'doi' || link.kind === 'pubmed' || link.kind === 'pmc').map((link) => link.href);
  const url = links.find((link) => link.kind === 'web-page')?.href ?? identifiers[0];
  const elsewhere = identifiers.filter((href) => href !== url);
  const work = {
    // Title and addresses only: the Sources list on the page has the full citation, and
    // each article page must stay within its 50 KB budget however many sources it cites.
    name: reference.title,
    ...(url ? { url } : {}),
    ...(elsewhere.length ? { sameAs: elsewhere } : {}),
  };
  return isScholarly(reference) ? { '@type': 'ScholarlyArticle', ...work } : { '@type': 'CreativeWork', ...work };
}

export interface ArticleJsonLdInput {
  /** Absolute URL of the article. */
  url: string;
  title: string;
  description: string;
  /** Absolute URL of its social image. */
  image: string;
  pubDate: string;
  updatedDate?: string | undefined;
  lastReviewed: string;
  /** Names of the health conditions it is about. */
  conditions: readonly string[];
  /** Topic names, as keywords. */
  topics: readonly string[];
  /** Cited sources, in order of first citation. */
  sources: readonly ReferenceData[];
  /** The clinical reviewer, only when a real one exists. */
  reviewer?: { name: string; credentials: string; role: string; url: string } | undefined;
}

export function medicalWebPageJsonLd(site: JsonLdSite, article: ArticleJsonLdInput): WithContext<MedicalWebPage> {
  const reviewer: Person | undefined = article.reviewer && {
    '@type': 'Person',
    name: article.reviewer.name,
    honorificSuffix: article.reviewer.credentials,
    jobTitle: article.reviewer.role,
    url: article.reviewer.url,
  };
  const about: MedicalCondition[] = article.conditions.map((name) => ({ '@type': 'MedicalCondition', name }));
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': article.url,
    url: article.url,
    name: article.title,
    headline: article.title,
    description: article.description,
    image: article.image,
    inLanguage: site.lang,
    datePublished: article.pubDate,
    dateModified: article.updatedDate ?? article.pubDate,
    lastReviewed: article.lastReviewed,
    author: organizationRef(site),
    publisher: organizationRef(site),
    ...(reviewer ? { reviewedBy: reviewer } : {}),
    ...(about.length ? { about } : {}),
    ...(article.topics.length ? { keywords: article.topics.join(', ') } : {}),
    ...(article.sources.length ? { citation: article.sources.map(citationJsonLd) } : {}),
    isPartOf: { '@id': websiteId(site) },
  };
}

/** Breadcrumbs from the home page down to the current page (absolute URLs). */
export function breadcrumbJsonLd(trail: ReadonlyArray<{ name: string; url: string }>): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> block. `<`, `>` and `&` are
 * written as \u escapes, so text such as "</script>" or "<!--" cannot end or
 * alter the block; U+2028 and U+2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
