import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance, formatContentError } from '../../src/lib/errors';
import { articleSchema, referenceSchema } from '../../src/content.config';
import { yamlProblem } from '../../src/rules/engine/yaml-problem';

const valid = {
  title: 'How might massage help sleep?',
  description: 'A plain-language look at what studies of massage and sleep really found, graded by strength.',
  pubDate: '2026-11-21',
  lastReviewed: '2026-11-21',
  tags: ['insomnia'],
};

function messageFor(data: Record<string, unknown>): string {
  const result = articleSchema.safeParse(data);
  if (result.success) return '';
  return formatContentError('content/articles/example.mdx', result.error.issues, data, Object.keys(articleSchema.shape));
}

describe('article frontmatter errors name the file, the field, what was expected and what was found', () => {
  it('accepts valid frontmatter', () => {
    expect(messageFor(valid)).toBe('');
  });

  it.each([
    ['missing title', { title: undefined }, 'field "title"', 'text (this field is required)', 'nothing (the field is missing)'],
    ['title too long', { title: 'x'.repeat(71) }, 'field "title"', 'at most 70 characters', '71 characters'],
    ['missing description', { description: undefined }, 'field "description"', 'required', 'missing'],
    ['description too short', { description: 'Too short.' }, 'field "description"', 'at least 50 characters', '10 characters'],
    ['malformed date', { pubDate: '21/11/2026' }, 'field "pubDate"', 'a date written YYYY-MM-DD', '"21/11/2026"'],
    ['impossible date', { pubDate: '2026-13-45' }, 'field "pubDate"', 'there is no month 13', '"2026-13-45"'],
    ['updatedDate before pubDate', { updatedDate: '2026-01-01' }, 'field "updatedDate"', 'on or after pubDate (2026-11-21)', '"2026-01-01"'],
    ['unknown tag', { tags: ['insomnai'] }, 'field "tags[0]"', 'one of "insomnia"', 'did you mean "insomnia"?'],
    ['unknown key', { sourcse: [] }, 'field "sourcse"', 'is not a field this file can have', 'did you mean "sources"?'],
    ['wrong type', { draft: 'yes' }, 'field "draft"', 'true or false', '"yes"'],
  ])('%s', (_name, change, field, expected, found) => {
    const message = messageFor({ ...valid, ...change });
    expect(message).toContain('content/articles/example.mdx');
    expect(message).toContain(field);
    expect(message).toContain(expected);
    expect(message).toContain(found);
    expect(message).not.toContain('**');
  });
});

describe('closestMatch suggests likely typos only', () => {
  it.each([
    ['insomnai', ['insomnia', 'self-massage'], 'insomnia'],
    ['sleep-disorder', ['sleep-disorders', 'insomnia'], 'sleep-disorders'],
    ['banana', ['insomnia', 'self-massage'], undefined],
  ])('%s', (input, candidates, expected) => {
    expect(closestMatch(input, candidates)).toBe(expected);
  });
  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('reference files get the same plain messages, worded for a YAML file', () => {
  const validReference = { kind: 'trial', title: 'A trial', doi: '10.1037/0033-2909.130.1.3', strength: 'limited', seenIn: 'abstract', finding: 'It helped.' };
  function referenceMessage(data: Record<string, unknown>): string {
    const result = referenceSchema.safeParse(data);
    if (result.success) return '';
    return formatContentError('content/references/x.yaml', result.error.issues, data, Object.keys(referenceSchema.shape), 'file');
  }

  it('accepts a valid reference', () => {
    expect(referenceMessage(validReference)).toBe('');
  });

  it.each([
    ['a DOI written as a link', { doi: 'https://doi.org/10.1037/0033-2909.130.1.3' }, ['field "doi"', 'a DOI such as', '"https://doi.org/10.1037/0033-2909.130.1.3"', 'Fix: write just the DOI: "10.1037/0033-2909.130.1.3"']],
    ['a DOI with a doi: prefix', { doi: 'doi:10.1000/xyz' }, ['field "doi"', 'Fix: write just the DOI: "10.1000/xyz"']],
    ['a malformed DOI', { doi: '10.12/abc' }, ['field "doi"', 'a DOI such as', '"10.12/abc"']],
    ['a lower-case PMC id', { pmcid: 'pmc5564319' }, ['field "pmcid"', 'Fix: write "PMC5564319"']],
    ['a missing title', { title: undefined }, ['field "title"', 'this field is required', 'add "title:" to the file']],
    ['an unknown kind', { kind: 'trail' }, ['field "kind"', 'did you mean "trial"?']],
  ])('%s', (_name, change, fragments) => {
    const message = referenceMessage({ ...validReference, ...change });
    expect(message).toContain('content/references/x.yaml has 1 problem in its fields:');
    for (const fragment of fragments) expect(message).toContain(fragment);
  });
});

describe('yamlProblem: where YAML cannot be read, in words', () => {
  it.each([
    ['title: "unclosed\ndescription: x\n', 'Missing closing "quote'],
    ['title: a: b\n', 'Nested mappings'],
    ['tags: [a, b\nx: 1\n', 'Flow sequence'],
  ])('%j', (text, reason) => {
    const problem = yamlProblem(text);
    expect(problem?.reason).toContain(reason);
    expect(problem?.reason).not.toMatch(/at line \d+/);
    expect(problem?.line).toBeGreaterThanOrEqual(1);
  });
  it('finds nothing wrong with valid YAML', () => {
    expect(yamlProblem('title: "A: b"\ntags: [a]\n')).toBeUndefined();
  });
});
