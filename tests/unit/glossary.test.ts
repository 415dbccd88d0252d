import { describe, expect, it } from 'vitest';
import { alphabetical, bareEffectSizes, bracketedDefinition, glossaryAnchor, glossaryFromFields, initialOf, termUses, type GlossaryEntry } from '../../src/lib/glossary';

const entry = (id: string, term: string, aliases: string[] = []): GlossaryEntry => ({ id, term, aliases, definition: `About ${term}.`, sources: [] });
const glossary = [entry('pilot', 'pilot study', ['pilot studies', 'pilot']), entry('cbt-i', 'CBT-I', ['cognitive behavioural therapy for insomnia']), entry('sham', 'sham'), entry('psqi', 'PSQI')];

describe('termUses: the first use of each term, whole words, any case', () => {
  it.each([
    ['a term as written', 'A pilot study of 20 women.', [['pilot', 'pilot study']]],
    ['any case', 'A PILOT STUDY found little.', [['pilot', 'PILOT STUDY']]],
    ['an alias, longest first', 'Two pilot studies and a pilot.', [['pilot', 'pilot studies']]],
    ['across a line break', 'A pilot\nstudy.', [['pilot', 'pilot\nstudy']]],
    ['not inside another word', 'The autopilot and shampoo.', []],
    ['not a hyphenated compound', 'A sham-free design.', []],
    ['a hyphenated term with a possessive', "CBT-I's parts.", [['cbt-i', 'CBT-I']]],
    ['several terms, in the order they appear', 'PSQI scores after sham massage.', [['psqi', 'PSQI'], ['sham', 'sham']]],
  ])('%s', (_name, text, uses) => {
    expect(termUses(text, glossary).map((use) => [use.id, use.text])).toEqual(uses);
  });
});

describe('bareEffectSizes: numbers readers cannot interpret', () => {
  it.each([
    ['The effect size was 0.47.', ['effect size was 0.47']],
    ['an effect size of 0.47', ['effect size of 0.47']],
    ['SMD 0.5 in 19 trials', ['SMD 0.5']],
    ['PSQI SMD −0.54', ['SMD −0.54']],
    ['d = 0.4', ['d = 0.4']],
    ["Hedges' g of 1.10", ["Hedges' g of 1.10"]],
    ['g −1.37 across trials', ['g −1.37']],
    ['ES 0.33 against controls', ['ES 0.33']],
    ['0.47 SMD', ['0.47 SMD']],
    ['Sleep rose by 25.2 minutes in 2,417 people aged 60.', []],
    ['About 2 in 100 people; 37.5% still had it.', []],
    ['aged 0.5 to 3 years', []],
  ])('%s', (text, found) => {
    expect(bareEffectSizes(text).map((match) => match.text)).toEqual(found);
  });
});

describe('bracketedDefinition: a definition as it reads in brackets after the word', () => {
  it.each([
    ['A small first study.', 'a small first study'],
    ['The Pittsburgh Sleep Quality Index, a questionnaire.', 'the Pittsburgh Sleep Quality Index, a questionnaire'],
    ['NICE guidance on sleep.', 'NICE guidance on sleep'],
    ['Deep vein thrombosis: a clot.', 'deep vein thrombosis: a clot'],
  ])('%s', (definition, shown) => {
    expect(bracketedDefinition(definition)).toBe(shown);
  });
});

describe('the glossary page order and anchors', () => {
  it('lists terms A to Z whatever their case, each under its initial', () => {
    const sorted = alphabetical([entry('sham', 'sham'), entry('cbt-i', 'CBT-I'), entry('actigraphy', 'actigraphy')]);
    expect(sorted.map((item) => item.term)).toEqual(['actigraphy', 'CBT-I', 'sham']);
    expect(sorted.map((item) => initialOf(item.term))).toEqual(['A', 'C', 'S']);
    expect(initialOf('5-HTP')).toBe('#');
  });
  it('gives each term the anchor <Term> links to', () => {
    expect(glossaryAnchor('pilot')).toBe('term-pilot');
  });
  it('reads a term file, and nothing from one without a term or a definition', () => {
    expect(glossaryFromFields('sham', { term: 'sham', definition: 'Pretend.' })).toEqual({ id: 'sham', term: 'sham', aliases: [], definition: 'Pretend.', sources: [] });
    expect(glossaryFromFields('sham', { term: 'sham' })).toBeUndefined();
  });
});
