/**
 * Source identifiers and how a source is written out in an article's list.
 * Pure: takes plain reference data.
 */

/** A DOI: "10." then a registrant code of 4–9 digits, a slash and a suffix. */
export const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;
/** A PubMed ID: digits only. */
export const PMID_PATTERN = /^[1-9]\d{0,8}$/;
/** A PubMed Central ID: "PMC" then digits. */
export const PMCID_PATTERN = /^PMC\d{4,9}$/;

export const referenceKinds = [
  'systematic-review',
  'meta-analysis',
  'narrative-review',
  'trial',
  'pilot-trial',
  'non-randomised-study',
  'case-review',
  'guideline',
  'institutional',
  'web-page',
] as const;
export type ReferenceKind = (typeof referenceKinds)[number];

/** What readers see for each kind, beside the citation in the Sources list. */
export const referenceKindLabels = {
  'systematic-review': 'Systematic review',
  'meta-analysis': 'Meta-analysis',
  'narrative-review': 'Narrative review',
  trial: 'Trial',
  'pilot-trial': 'Pilot trial',
  'non-randomised-study': 'Non-randomised study',
  'case-review': 'Case review',
  guideline: 'Guideline',
  institutional: 'Official health information',
  'web-page': 'Web page',
} as const satisfies Record<ReferenceKind, string>;

/**
 * How strong the evidence review rates a source. The four evidence grades a
 * source can support, `no-evidence` for a review that found no eligible trial,
 * and two kinds of guidance that are not themselves evidence.
 */
export const referenceStrengths = [
  'strong',
  'moderate',
  'limited',
  'very-limited',
  'no-evidence',
  'guideline',
  'institutional',
] as const;
export type ReferenceStrength = (typeof referenceStrengths)[number];

/** How the evidence review read a source's finding; readers are told when it was not the full text. */
export const referenceSeenIn = ['full-text', 'abstract', 'summary', 'web-page'] as const;
export type ReferenceSeenIn = (typeof referenceSeenIn)[number];

/** The line readers see when we did not read the source itself in full. */
export const seenInNotices: Partial<Record<ReferenceSeenIn, string>> = {
  abstract: 'We read the abstract only.',
  summary: 'We read a summary, not the paper.',
};

/** "1 person", "2,494 people". */
export function participantsLabel(count: number): string {
  return count === 1 ? '1 person' : `${count.toLocaleString('en-GB')} people`;
}

export interface ReferenceData {
  kind: ReferenceKind;
  authors?: readonly string[] | undefined;
  year?: number | undefined;
  title: string;
  journal?: string | undefined;
  publisher?: string | undefined;
  volume?: string | undefined;
  issue?: string | undefined;
  pages?: string | undefined;
  doi?: string | undefined;
  pmid?: string | undefined;
  pmcid?: string | undefined;
  url?: string | undefined;
  trialRegistration?: string | undefined;
  note?: string | undefined;
  strength?: ReferenceStrength | undefined;
  participants?: number | undefined;
  finding?: string | undefined;
  seenIn?: ReferenceSeenIn | undefined;
  editorNote?: string | undefined;
}

/**
 * What a link to a source is: the work itself under one of its identifiers
 * (`doi`, `pubmed`, `pmc`), its own web page, or a PubMed search that finds it
 * (for a paper with no identifier we could confirm).
 */
export type ReferenceLinkKind = 'doi' | 'pubmed' | 'pmc' | 'web-page' | 'pubmed-search';

export interface ReferenceLink {
  kind: ReferenceLinkKind;
  label: string;
  href: string;
}

const linkLabels: Record<ReferenceLinkKind, string> = {
  doi: 'DOI',
  pubmed: 'PubMed',
  pmc: 'PubMed Central',
  'web-page': 'Web page',
  'pubmed-search': 'Search PubMed',
};

/** Whether a source's `url` is its own page or a PubMed search for it. */
export function urlKind(url: string): 'web-page' | 'pubmed-search' {
  const { hostname, pathname, searchParams } = new URL(url);
  return hostname === 'pubmed.ncbi.nlm.nih.gov' && pathname === '/' && searchParams.has('term') ? 'pubmed-search' : 'web-page';
}

function link(kind: ReferenceLinkKind, href: string): ReferenceLink {
  return { kind, label: linkLabels[kind], href };
}

/** DOI, PubMed, PMC and web links for a source, most durable first. */
export function referenceLinks(reference: ReferenceData): ReferenceLink[] {
  const links: ReferenceLink[] = [];
  if (reference.doi) links.push(link('doi', `https://doi.org/${reference.doi}`));
  if (reference.pmid) links.push(link('pubmed', `https://pubmed.ncbi.nlm.nih.gov/${reference.pmid}/`));
  if (reference.pmcid) links.push(link('pmc', `https://pmc.ncbi.nlm.nih.gov/articles/${reference.pmcid}/`));
  if (reference.url) links.push(link(urlKind(reference.url), reference.url));
  return links;
}

/** "Moyer CA, Rounds J, Hannum JW" or the first three followed by "et al.". */
export function authorList(authors: readonly string[] | undefined): string | undefined {
  if (!authors?.length) return undefined;
  return authors.length > 3 ? `${authors.slice(0, 3).join(', ')}, et al.` : authors.join(', ');
}

/** Ends a fragment with exactly one full stop ("et al." stays "et al."). */
export function asSentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

/** Journal, year, volume(issue) and pages in the Vancouver style most medical sites use. */
export function publicationDetails(reference: ReferenceData): string {
  const where = reference.journal ?? reference.publisher;
  let numbers = '';
  if (reference.volume) numbers += reference.volume;
  if (reference.issue) numbers += `(${reference.issue})`;
  if (reference.pages) numbers += `${numbers ? ':' : ''}${reference.pages}`;
  const yearAndNumbers = [reference.year ? String(reference.year) : undefined, numbers || undefined]
    .filter(Boolean)
    .join(';');
  return [where, yearAndNumbers].filter(Boolean).join('. ');
}

/** The whole citation as one line of text (for feeds, structured data and tests). */
export function formatReference(reference: ReferenceData): string {
  const parts = [authorList(reference.authors), reference.title.replace(/\.$/, ''), publicationDetails(reference)];
  return parts
    .filter((part): part is string => Boolean(part))
    .map(asSentence)
    .join(' ');
}
