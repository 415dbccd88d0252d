/**
 * `npm run sources -- <words>` finds a source by its title, finding or the
 * topics of the articles that cite it; docs/editing.md lists every source by topic.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourcesByTopicDocs } from '../../scripts/lib/read-sources';
import { formatMatch, indexSources, matchSources, searchWords, sourcesByTopicTable, type ArticleCitations, type ReferenceSummary } from '../../scripts/lib/sources';
import { fillGeneratedSections } from '../../scripts/lib/field-docs';

const topics = {
  insomnia: { label: 'Insomnia' },
  'sleep-treatment': { label: 'Treatments for sleep' },
  safety: { label: 'Safety' },
};

const references: ReferenceSummary[] = [
  { id: 'moyer-2011', year: 2011, title: 'Does massage therapy reduce cortisol?', finding: 'Massage barely changed cortisol.', strength: 'moderate' },
  { id: 'samuel-2021', year: 2021, title: 'Massage and relaxation on sleep in cancer survivors', finding: 'Massage helped, on a wrist monitor too.', strength: 'limited' },
  { id: 'edinger-2021', year: 2021, title: 'Behavioral treatments for chronic insomnia', finding: 'CBT-I comes first.', strength: 'guideline' },
  { id: 'ernst-2003', title: 'The safety of massage | a review', finding: 'Serious harm is rare.', strength: 'limited' },
];

const articles: ArticleCitations[] = [
  { id: 'where-massage-fits', tags: ['sleep-treatment', 'insomnia'], sources: ['edinger-2021', 'moyer-2011'] },
  { id: 'cortisol-myths', tags: ['insomnia'], sources: ['moyer-2011'] },
];

const index = indexSources(references, articles, topics);

describe('matchSources: every word must appear in the title, the finding or a topic', () => {
  it.each([
    ['a word in the title', ['reduce'], ['moyer-2011']],
    ['any case', ['CORTISOL'], ['moyer-2011']],
    ['a word only in the finding', ['wrist'], ['samuel-2021']],
    ['part of a longer word', ['surviv'], ['samuel-2021']],
    ['a topic slug of a citing article', ['sleep-treatment'], ['edinger-2021', 'moyer-2011']],
    ['a topic label of a citing article', ['treatments', 'for'], ['edinger-2021', 'moyer-2011']],
    ['all words, each anywhere', ['massage', 'insomnia'], ['moyer-2011']],
    ['a word no source has', ['massage', 'zebra'], []],
    ['no words: every source', [], ['edinger-2021', 'ernst-2003', 'moyer-2011', 'samuel-2021']],
  ])('%s', (_name, words, ids) => {
    expect(matchSources(index, words, topics).map((source) => source.id)).toEqual(ids);
  });

  it('does not match a topic of an article that does not cite the source', () => {
    expect(matchSources(index, ['insomnia'], topics).map((source) => source.id)).not.toContain('samuel-2021');
  });
});

describe('searchWords', () => {
  it.each([
    [['restless', 'legs'], ['restless', 'legs']],
    [['restless legs'], ['restless', 'legs']],
    [['  Sleep  '], ['sleep']],
    [[], []],
  ])('%j → %j', (args, words) => expect(searchWords(args)).toEqual(words));
});

describe('indexSources', () => {
  it('lists the citing articles and their topics in the site order', () => {
    const moyer = index.find((source) => source.id === 'moyer-2011');
    expect(moyer?.citedBy).toEqual(['cortisol-myths', 'where-massage-fits']);
    expect(moyer?.topics).toEqual(['insomnia', 'sleep-treatment']);
  });

  it.each([
    ['a cited source', 'edinger-2021', 'edinger-2021  2021  guideline  Behavioral treatments for chronic insomnia\n    cited by where-massage-fits'],
    ['an uncited source with no year', 'ernst-2003', 'ernst-2003  year unknown  limited  The safety of massage | a review\n    not cited yet'],
  ])('prints %s with its id, year, strength, title and citing articles', (_name, id, text) => {
    expect(formatMatch(index.find((source) => source.id === id)!)).toBe(text);
  });
});

describe('the sources-by-topic list', () => {
  const table = sourcesByTopicTable(index, topics);
  /** The text from a group's bold heading to the next group. */
  const group = (heading: string) => {
    const start = table.indexOf(`**${heading}**`);
    if (start < 0) return '';
    const end = table.indexOf('\n\n**', start);
    return table.slice(start, end < 0 ? undefined : end);
  };

  it('puts a source under each topic of the articles that cite it, in the site order', () => {
    expect(table.indexOf('**Insomnia**')).toBeLessThan(table.indexOf('**Treatments for sleep**'));
    expect(group('Insomnia')).toContain('`moyer-2011`');
    expect(group('Treatments for sleep')).toContain('`moyer-2011`');
  });

  it('leaves out topics no cited source has, and ends with the sources not cited yet', () => {
    expect(table).not.toContain('**Safety**');
    expect(group('Not cited yet')).toContain('`samuel-2021`');
    expect(group('Not cited yet')).toContain('`ernst-2003`');
    expect(group('Not cited yet')).not.toContain('`moyer-2011`');
  });

  it('keeps a | in a title inside its cell', () => {
    expect(table).toContain('| The safety of massage \\| a review |');
  });
});

describe('docs/editing.md', () => {
  it('has an up-to-date sources-by-topic list (if this fails, run `npm run docs` and commit docs/editing.md)', () => {
    const root = join(import.meta.dirname, '../..');
    const guide = readFileSync(join(root, 'docs/editing.md'), 'utf8');
    expect(fillGeneratedSections(guide, { 'sources-by-topic': sourcesByTopicDocs(root) })).toBe(guide);
  });
});
