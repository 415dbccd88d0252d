import { describe, expect, it } from 'vitest';
import { isOptionRows, optionFromFields, optionRows, optionSources, parseOptionIds, selectOptions, type OptionData } from '../../src/lib/options';

const option = (id: string, order: number, sources: Partial<Record<'grade' | 'how' | 'found' | 'risks', string[]>> = {}): OptionData => ({
  id,
  name: `Option ${id}`,
  order,
  howItMayWork: { text: `How ${id} works.`, sources: sources.how ?? [] },
  found: [{ text: `${id} found 19 minutes.`, sources: sources.found ?? [] }],
  risks: [{ text: `${id} risks.`, sources: sources.risks ?? [] }],
  grade: 'limited',
  verdict: `Verdict for ${id}.`,
  sources: sources.grade ?? [],
});

const all = [option('massage', 6, { grade: ['b'], found: ['b', 'c'] }), option('cbt-i', 1, { grade: ['a'], how: ['g'], found: ['a'], risks: ['k', 'a'] }), option('waiting', 9)];

describe('selectOptions: which rows a table shows', () => {
  it.each([
    ['every option, in the site order', undefined, ['cbt-i', 'massage', 'waiting']],
    ['only some, still in the site order whatever order `only` names them', ['waiting', 'cbt-i'], ['cbt-i', 'waiting']],
    ['an id with no option is left out (the rulebook reports it)', ['cbt-i', 'no-such'], ['cbt-i']],
    ['an empty list shows nothing', [], []],
  ])('%s', (_name, only, ids) => {
    expect(selectOptions(all, only).map((row) => row.id)).toEqual(ids);
  });
});

describe('optionSources: the sources a table cites, in reading order, once each', () => {
  it.each([
    ['row by row: the grade beside the name, then how it may work, findings and risks', undefined, ['a', 'g', 'k', 'b', 'c']],
    ['only the rows shown', ['massage'], ['b', 'c']],
    ['a row that cites nothing adds nothing', ['waiting'], []],
  ])('%s', (_name, only, ids) => {
    expect(optionSources(selectOptions(all, only))).toEqual(ids);
  });
});

describe('optionRows: each statement carries its citation numbers', () => {
  it('numbers every citation from the article’s numbering and drops ids it has no number for', () => {
    const numbers: Record<string, number> = { a: 3, g: 4, k: 5 };
    const [row] = optionRows(selectOptions(all, ['cbt-i']), (id) => numbers[id]);
    expect(row!.gradeCitations).toEqual([{ id: 'a', n: 3 }]);
    expect(row!.howItMayWork).toEqual({ text: 'How cbt-i works.', citations: [{ id: 'g', n: 4 }] });
    expect(row!.risks[0]!.citations).toEqual([
      { id: 'k', n: 5 },
      { id: 'a', n: 3 },
    ]);
    expect(optionRows(selectOptions(all, ['massage']), () => undefined)[0]!.found[0]!.citations).toEqual([]);
  });

  it('round-trips through JSON as the remark plugin hands it to the component', () => {
    expect(isOptionRows(JSON.parse(JSON.stringify(optionRows(all, () => 1))))).toBe(true);
    expect(isOptionRows([{ id: 'x' }])).toBe(false);
    expect(isOptionRows('rows')).toBe(false);
  });
});

describe('parseOptionIds: only={[…]} is a list of quoted ids and nothing else', () => {
  it.each([
    ['["cbt-i", "massage"]', ['cbt-i', 'massage']],
    ["['cbt-i','massage']", ['cbt-i', 'massage']],
    ['[ "cbt-i", ]', ['cbt-i']],
    ['[]', []],
    ['["cbt-i", massage]', undefined],
    ['ids', undefined],
    ['["CBT-I"]', undefined],
    ['["a"].concat(["b"])', undefined],
    ['[1, 2]', undefined],
  ])('%s', (expression, ids) => {
    expect(parseOptionIds(expression)).toEqual(ids);
  });
});

describe('optionFromFields: an option file as read from YAML', () => {
  const fields = {
    name: ' Massage ',
    order: 6,
    howItMayWork: { text: 'Touch.', sources: ['moyer-2004'] },
    found: [{ text: 'Found.', sources: ['fang-2023'] }],
    risks: [{ text: 'Rare harm.' }],
    grade: 'limited',
    verdict: 'Small trials.',
    sources: ['fang-2023'],
  };
  it('reads a whole file, with empty sources where a statement cites none', () => {
    expect(optionFromFields('massage', fields)).toMatchObject({ id: 'massage', name: 'Massage', risks: [{ text: 'Rare harm.', sources: [] }], coveredAt: undefined });
  });
  it.each([
    ['no name', { ...fields, name: undefined }],
    ['a grade off the scale', { ...fields, grade: 'good' }],
    ['a finding that is not a statement', { ...fields, found: ['Found.'] }],
    ['no file at all', undefined],
  ])('gives nothing for %s (the fields rule reports it)', (_name, value) => {
    expect(optionFromFields('massage', value as Record<string, unknown> | undefined)).toBeUndefined();
  });
});
