/**
 * The contract for everything editors write in content/. Each field's doc
 * comment is the documentation: docs/editing.md's field table is generated
 * from this file. Unknown fields are errors, so a typo cannot pass unnoticed.
 */
import { readdirSync } from 'node:fs';
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { friendlyGlob } from './loaders/friendly-glob';
import { calendarDateProblem } from './lib/dates';
import { optionGrades } from './lib/options';
import { closestMatch } from './lib/errors';
import { DOI_PATTERN, PMCID_PATTERN, PMID_PATTERN, referenceKinds, referenceSeenIn, referenceStrengths } from './lib/references';
import { conditionSlugs, topicSlugs } from './site.config';

/** A day written YYYY-MM-DD that exists on the calendar. Kept as text: a calendar date has no time zone. */
const calendarDate = z.string().superRefine((value, context) => {
  const problem = calendarDateProblem(value);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

/** Ids of the files in content/references/, read once so a wrong source id fails with a suggestion. */
function referenceIdsOnDisk(): string[] {
  try {
    return readdirSync('./content/references')
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name) => name.replace(/\.ya?ml$/, ''));
  } catch {
    return [];
  }
}
const knownReferenceIds = referenceIdsOnDisk();

const sourceId = z.string().superRefine((id, context) => {
  if (knownReferenceIds.includes(id)) return;
  const guess = closestMatch(id, knownReferenceIds);
  context.addIssue({
    code: 'custom',
    message: `the id of a file in content/references/ (no file content/references/${id}.yaml)${guess ? `; did you mean "${guess}"?` : ''}`,
  });
});

export const articleSchema = z
  .strictObject({
    /** The headline: plain text, at most 70 characters so search results show all of it. */
    title: z.string().trim().min(1).max(70),
    /** One or two sentences, 50 to 160 characters. Used as the meta description and on article cards. */
    description: z.string().trim().min(50).max(160),
    /** The day the article was first published, YYYY-MM-DD. A future date keeps it off the live site until that day. */
    pubDate: calendarDate,
    /** The day the article last changed in a way readers should know about, YYYY-MM-DD. Not before pubDate. */
    updatedDate: calendarDate.optional(),
    /** The day the whole article was last checked against its sources, YYYY-MM-DD. */
    lastReviewed: calendarDate,
    /** When the next review is due, YYYY-MM-DD. Defaults to 12 months after lastReviewed. */
    nextReview: calendarDate.optional(),
    /** The id of a person in content/people/ who clinically reviewed the article. Leave out until a real reviewer has. */
    reviewedBy: reference('people').optional(),
    /** Topics, as slugs from the list in src/site.config.ts (for example `insomnia`). At least one. */
    tags: z.array(z.enum(topicSlugs)).min(1),
    /** Health conditions the article is about, for search engines (for example `insomnia`). */
    conditions: z.array(z.enum(conditionSlugs)).default([]),
    /** Ids of the sources the article cites, from content/references/. Cite each in the text with <Cite id="…" />. */
    sources: z.array(sourceId.pipe(reference('references'))).default([]),
    /** `true` keeps the article out of the built site; it still shows in `npm run dev`. */
    draft: z.boolean().default(false),
    /** The answer first: one to three short sentences, in the reader's words, answering the question the title asks and saying what to do. Shown under the title, on cards and in search results. Required in published articles. */
    answer: z.string().trim().min(40).max(320).optional(),
    /** Words readers search with that the text may not use (brand and common names: warfarin, blood thinner; third trimester). Indexed by search, never shown. */
    searchTerms: z.array(z.string().trim().min(2)).default([]),
    /** The day the evidence review this article's sources come from was last searched, YYYY-MM-DD. Shown beside "last reviewed". */
    evidenceSearched: calendarDate.optional(),
    /** The article's history, newest first: each change readers should know about, why, and whether it corrected a mistake. */
    changes: z
      .array(
        z.strictObject({
          /** The day of the change, YYYY-MM-DD. */
          date: calendarDate,
          /** What changed, in a sentence. */
          what: z.string().trim().min(10),
          /** Why it changed. */
          why: z.string().trim().min(10),
          /** `true` when the change corrected a mistake. */
          correction: z.boolean().default(false),
        }),
      )
      .default([]),
    /** Old addresses of this article (for example "/articles/old-id/"), which redirect here. */
    redirectFrom: z.array(z.string().regex(/^\/articles\/[a-z0-9-]+\/$/, { error: 'an old article address such as "/articles/old-id/"' })).default([]),
  })
  .superRefine((article, context) => {
    if (article.updatedDate && article.updatedDate < article.pubDate) {
      context.addIssue({
        code: 'custom',
        path: ['updatedDate'],
        message: `a date on or after pubDate (${article.pubDate})`,
      });
    }
    if (article.nextReview && article.nextReview <= article.lastReviewed) {
      context.addIssue({
        code: 'custom',
        path: ['nextReview'],
        message: `a date after lastReviewed (${article.lastReviewed})`,
      });
    }
    const seen = new Set<string>();
    article.sources.forEach(({ id }, index) => {
      if (seen.has(id)) context.addIssue({ code: 'custom', path: ['sources', index], message: 'each source listed once' });
      seen.add(id);
    });
  });

const optionalText = z.union([z.string(), z.number()]).transform(String).optional();

export const referenceSchema = z
  .strictObject({
    /** What sort of source this is. */
    kind: z.enum(referenceKinds),
    /** Authors as printed, "Surname AB". Leave out when the source does not show them. */
    authors: z.array(z.string().min(1)).min(1).optional(),
    /** Year of publication. Leave out when unknown. */
    year: z.number().int().min(1800).max(2100).optional(),
    /** The title as published. */
    title: z.string().min(1),
    /** The journal, for journal articles. */
    journal: z.string().optional(),
    /** The publisher or organisation, for guidelines and web pages. */
    publisher: z.string().optional(),
    /** Volume number. */
    volume: optionalText,
    /** Issue number. */
    issue: optionalText,
    /** Page range or article number. */
    pages: optionalText,
    /** Digital Object Identifier, for example 10.1037/0033-2909.130.1.3 (no https://doi.org/ prefix). */
    doi: z.string().regex(DOI_PATTERN, { error: 'a DOI such as 10.1037/0033-2909.130.1.3 (no URL prefix)' }).optional(),
    /** PubMed ID: digits only. */
    pmid: z.union([z.string(), z.number()]).transform(String).pipe(z.string().regex(PMID_PATTERN, { error: 'a PubMed ID made of digits only, such as 21147413' })).optional(),
    /** PubMed Central ID, for example PMC5564319. */
    pmcid: z.string().regex(PMCID_PATTERN, { error: 'a PubMed Central ID such as PMC5564319' }).optional(),
    /** A web address, for sources with no DOI or PubMed ID. */
    url: z.url({ error: 'a full web address starting with https://' }).optional(),
    /** Trial registry number, for example NCT01337713. */
    trialRegistration: z.string().optional(),
    /** A short note readers see beside the source: funding, a conflict of interest, a correction. */
    note: z.string().optional(),
    /** How strong the evidence review rates this source: an evidence grade, `no-evidence` for a review that found no eligible trial, or `guideline` / `institutional` for guidance that is not itself evidence. A claim's grade may not be higher than the strongest source cited for it. */
    strength: z.enum(referenceStrengths),
    /** How many people the study had, where the source says. */
    participants: z.number().int().positive().optional(),
    /** What the source found: one plain sentence in our own words, easy enough for a 14-year-old. Readers see it under the citation. */
    finding: z.string().trim().min(1),
    /** How the finding was read: `abstract` (the usual case; readers see "abstract only"), `full-text`, `summary` (only through someone else's account or a copy) or `web-page` (an official page read on the page). */
    seenIn: z.enum(referenceSeenIn),
    /** For editors only, never shown to readers: how a detail was seen, what is still unverified. */
    editorNote: z.string().optional(),
  })
  .superRefine((source, context) => {
    if (!source.doi && !source.pmid && !source.pmcid && !source.url) {
      context.addIssue({ code: 'custom', path: ['doi'], message: 'at least one of doi, pmid, pmcid or url, so readers can find the source' });
    }
  });

export const personSchema = z.strictObject({
  /** Full name as the person uses it professionally. */
  name: z.string().min(1),
  /** Professional credentials, exactly as registered (for example "MBBS, MRCGP"). */
  credentials: z.string().min(1),
  /** Role on the site, for example "Clinical reviewer". */
  role: z.string().min(1),
  /** A public page that confirms who they are (a register entry or institutional profile). */
  url: z.url(),
});

export const pageSchema = z.strictObject({
  /** The page heading and <title>, at most 70 characters. */
  title: z.string().trim().min(1).max(70),
  /** 50 to 160 characters; the meta description. */
  description: z.string().trim().min(50).max(160),
});

/** One statement in a row of the options table, cited after its text. */
const optionStatement = z.strictObject({
  /** One or two plain sentences in our own words. Figures exactly as the sources give them (a percentage stays a percentage; "2 in 100" only where the source says so); where no source gives a figure, say so. */
  text: z.string().trim().min(10).max(400),
  /** Ids of the sources in content/references/ the statement rests on; each is cited after it, and joins the Sources list of every article that shows the table. Leave empty only for advice or for saying the sources report nothing (a statement with a figure needs a source). */
  sources: z.array(sourceId).default([]),
});

/** One choice a reader with poor sleep has, as a row of the options table (<SleepOptions />). The file name is its id (`cbt-i`, used in `only={["cbt-i"]}`). */
export const optionSchema = z.strictObject({
  /** The option's name as readers know it, at most 60 characters ("CBT-I with a therapist"). */
  name: z.string().trim().min(1).max(60),
  /** Its place in the table, from 1; the table lists options in this order. */
  order: z.number().int().min(1),
  /** How it may work, as the sources describe it. */
  howItMayWork: optionStatement,
  /** What trials (or, for doing nothing, follow-up studies) found, in plain numbers: one statement per finding. */
  found: z.array(optionStatement).min(1),
  /** Its risks and downsides, one statement each; where the sources report none, say so. */
  risks: z.array(optionStatement).min(1),
  /** How strong the evidence is that it helps: a grade on the site's scale (src/lib/evidence.ts), or `guideline` where the row rests on what guidelines advise rather than on our grading. No higher than its `sources` allow. */
  grade: z.enum(optionGrades),
  /** The grade's plain meaning for this option, in one sentence ("Helps most people who finish a course; guidelines put it first."). */
  verdict: z.string().trim().min(10).max(200),
  /** Ids of the sources the grade rests on; cited beside the grade. */
  sources: z.array(sourceId).min(1),
  /** The address of the site page that covers the option ("/articles/where-massage-fits-in-a-sleep-plan/#start-with-cbt-i"); the option's name links there. Leave out until a page covers it. */
  coveredAt: z
    .string()
    .regex(/^\/articles\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/, { error: 'an article address such as "/articles/where-massage-fits-in-a-sleep-plan/", optionally with a #section' })
    .optional(),
});

/** One word or phrase readers may not know, defined in plain words (<Term id="…">, /glossary/). The file name is its id. */
export const glossarySchema = z.strictObject({
  /** The term as the glossary lists it ("pilot study"). */
  term: z.string().trim().min(1).max(60),
  /** Other spellings, plurals and abbreviations articles use for it ("pilot studies", "pilot"); the rulebook looks for these too. */
  aliases: z.array(z.string().trim().min(2).max(60)).default([]),
  /** What it means, in our own plain words: one or two short sentences a 14-year-old can follow, that read well in brackets after the term. */
  definition: z.string().trim().min(10).max(200),
  /** Ids of sources in content/references/ behind the definition, where it states a fact about health. */
  sources: z.array(sourceId).default([]),
});

const articles = defineCollection({
  loader: friendlyGlob({ pattern: '**/*.mdx', base: './content/articles', schema: articleSchema }),
  schema: articleSchema,
});

const references = defineCollection({
  loader: friendlyGlob({ pattern: '**/*.{yaml,yml}', base: './content/references', schema: referenceSchema }),
  schema: referenceSchema,
});

const people = defineCollection({
  loader: friendlyGlob({ pattern: '**/*.{yaml,yml}', base: './content/people', schema: personSchema, mayBeEmpty: true }),
  schema: personSchema,
});

/** Standing pages (About, Editorial standards, Disclaimer), rendered at /<id>/. */
const pages = defineCollection({
  loader: friendlyGlob({ pattern: '**/*.mdx', base: './content/pages', schema: pageSchema }),
  schema: pageSchema,
});

/** The options a reader with poor sleep has, one file each: the rows of <SleepOptions />. */
const options = defineCollection({
  loader: friendlyGlob({ pattern: '**/*.{yaml,yml}', base: './content/options', schema: optionSchema, mayBeEmpty: true }),
  schema: optionSchema,
});

/** The glossary: one term per file, listed on /glossary/ and defined in articles by <Term id="…">. */
const glossary = defineCollection({
  loader: friendlyGlob({ pattern: '**/*.{yaml,yml}', base: './content/glossary', schema: glossarySchema, mayBeEmpty: true }),
  schema: glossarySchema,
});

export const collections = { articles, references, people, pages, options, glossary };
