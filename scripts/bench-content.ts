/**
 * Realistic synthetic articles for `npm run bench`: about 900 words each, with
 * KeyPoints, headings, Evidence grades, citations of real reference ids, a
 * list, a table and footnotes. Deterministic: article i is the same every run.
 */
import { gradeAllowed, gradedLevels, highestCeiling, type EvidenceLevel } from '../src/lib/evidence.ts';
import type { ReferenceStrength } from '../src/lib/references.ts';
import { topicSlugs } from '../src/site.config.ts';

/** A small seeded random number generator (mulberry32), so runs are comparable. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (
  'massage sleep night rest study trial review people evening muscle calm anxiety stress pain body hands ' +
  'pressure minutes weeks therapist bedtime routine effect small group results measured reported felt better ' +
  'quality insomnia doctor advice short lasting evidence careful control compared light touch heat room quiet ' +
  'breathing slow gentle shoulders neck back feet oil warm relaxed awake tired morning questionnaire score'
).split(' ');
const headings = ['What the studies found', 'How it might work', 'Who took part', 'What we do not know', 'Trying it at home', 'When to see a doctor', 'Side effects and safety', 'How long the effect lasts'];

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)]!;
}

function sentence(next: () => number, length: number): string {
  const chosen = Array.from({ length }, () => pick(next, words));
  const text = chosen.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next: () => number, sentences: number, cite?: string): string {
  const parts = Array.from({ length: sentences }, () => sentence(next, 8 + Math.floor(next() * 8)));
  if (cite) parts[parts.length - 1] = `${parts.at(-1)!.slice(0, -1)}<Cite id="${cite}" />.`;
  return parts.join(' ');
}

function dateIn2025(next: () => number): string {
  const month = 1 + Math.floor(next() * 12);
  const day = 1 + Math.floor(next() * 28);
  return `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A reference the synthetic articles may cite, with its strength (which caps the grades it supports). */
export interface SyntheticSource {
  id: string;
  strength: ReferenceStrength;
}

/** A grade the section's cited sources allow, as the rulebook's evidence ceiling requires. */
function allowedGrade(next: () => number, cited: readonly SyntheticSource[]): EvidenceLevel {
  const ceiling = highestCeiling(cited.map((source) => source.strength));
  // no-evidence is for claims nobody has tested, so a section that cites a source never gets it.
  const candidates: EvidenceLevel[] = [...gradedLevels.filter((level) => level !== 'no-evidence' && gradeAllowed(level, ceiling)), 'contradicted'];
  return pick(next, candidates);
}

/** The MDX source of synthetic article `index`, citing sources from `references`. */
export function syntheticArticle(index: number, references: readonly SyntheticSource[]): string {
  const next = random(index + 1);
  const sources = [...new Map(Array.from({ length: 8 }, () => pick(next, references)).map((source) => [source.id, source])).values()].slice(0, 6);
  const tags = [...new Set([pick(next, topicSlugs), pick(next, topicSlugs)])];
  const date = dateIn2025(next);
  const body: string[] = [
    '<KeyPoints>',
    '',
    ...Array.from({ length: 4 }, () => `- ${sentence(next, 12)}`),
    '',
    '</KeyPoints>',
    '',
    paragraph(next, 5),
  ];
  let cited = 0;
  const nextCite = () => sources[cited++ % sources.length]!;
  for (const [section, heading] of headings.slice(0, 6).entries()) {
    const sectionSources = [nextCite(), nextCite()];
    body.push('', `## ${heading}`, '', `<Evidence level="${allowedGrade(next, sectionSources)}" claim="${sentence(next, 8).replace(/[".]/g, '')}" />`, '');
    body.push(paragraph(next, 5, sectionSources[0]!.id), '', paragraph(next, 5, sectionSources[1]!.id));
    if (section === 1) body.push('', ...Array.from({ length: 4 }, () => `- ${sentence(next, 9)}`));
    if (section === 2) {
      body.push('', '| Study | People | Sessions | Result |', '| --- | ---: | ---: | --- |');
      for (let row = 0; row < 4; row++) body.push(`| ${pick(next, words)} trial | ${20 + Math.floor(next() * 200)} | ${1 + Math.floor(next() * 12)} | ${sentence(next, 4)} |`);
    }
    if (section === 3) body.push('', `${paragraph(next, 2)}[^1] ${paragraph(next, 2)}[^2]`);
  }
  body.push('', `[^1]: ${sentence(next, 14)}`, '', `[^2]: ${sentence(next, 10)}`, '');
  const frontmatter = [
    '---',
    `title: "Synthetic article ${index}: ${pick(next, words)} and ${pick(next, words)} at night"`,
    `description: "${sentence(next, 14).replace(/"/g, '')}"`,
    `answer: "${sentence(next, 16).replace(/"/g, '')} ${sentence(next, 10).replace(/"/g, '')}"`,
    `pubDate: ${date}`,
    `lastReviewed: ${date}`,
    `tags: [${tags.join(', ')}]`,
    `sources: [${sources.map((source) => source.id).join(', ')}]`,
    '---',
    '',
  ];
  return `${frontmatter.join('\n')}${body.join('\n')}`;
}

/** Words of prose in an article (frontmatter, tags and table pipes left out), for checking the generator. */
export function proseWords(source: string): number {
  const body = source.replace(/^---[\s\S]*?---/, '').replace(/<[^>]+>/g, ' ').replace(/[|#:\-[\]^]/g, ' ');
  return body.split(/\s+/).filter((word) => /[a-z]/i.test(word)).length;
}
