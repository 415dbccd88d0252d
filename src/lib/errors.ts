/**
 * Turns schema problems into messages an editor can act on: the file, the
 * field, what was expected, what was found, and a fix where one is obvious.
 * Pure: it takes plain issue objects (Zod's shape) and the raw data.
 */

/** The parts of a Zod issue this module reads. */
export interface SchemaIssue {
  code: string;
  path: ReadonlyArray<PropertyKey>;
  message: string;
  expected?: string;
  values?: ReadonlyArray<unknown>;
  keys?: ReadonlyArray<string>;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

export interface FriendlyIssue {
  field: string;
  /** Replaces "expected …, but found …" when the problem is not a wrong value. */
  problem?: string;
  expected: string;
  found: string;
  suggestion?: string | undefined;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date written YYYY-MM-DD',
};

/** What a value looks like, in words: `"abc"`, `42`, `a list of 2 items`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object') return 'a group of fields';
  return `${typeof value === 'boolean' ? 'the value' : 'the number'} ${String(value)}`;
}

export function valueAtPath(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

export function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`))
    .join('');
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** The closest candidate when it is close enough to be a likely typo. */
export function closestMatch(input: string, candidates: ReadonlyArray<string>): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(input.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  if (!best) return undefined;
  const allowed = Math.max(2, Math.floor(best.candidate.length / 3));
  return best.distance <= allowed ? best.candidate : undefined;
}

/** The allowed values in full (up to 30, so a list of topics is never cut short). */
function listOf(values: ReadonlyArray<unknown>): string {
  const words = values.map((value) => JSON.stringify(value));
  return words.length > 30 ? `one of ${words.slice(0, 30).join(', ')}, …` : `one of ${words.join(', ')}`;
}

/**
 * The values a mistyped one most likely meant: the closest spelling, or else the
 * values that share a word with it ("sleep-problems" → "sleep-disorders", "sleep-treatment").
 */
export function likelyValues(input: string, candidates: ReadonlyArray<string>): string[] {
  const close = closestMatch(input, candidates);
  if (close) return [close];
  const words = new Set(input.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word.length > 2));
  return candidates.filter((candidate) => candidate.toLowerCase().split(/[^a-z0-9]+/).some((word) => words.has(word))).slice(0, 3);
}

const orList = (values: readonly string[]) => values.map((value) => `"${value}"`).join(values.length === 2 ? ' or ' : ', ').replace(/, ([^,]*)$/, ', or $1');

/** Where an entry's fields are written: the frontmatter of an .mdx file, or a whole .yaml file. */
export type FieldsIn = 'frontmatter' | 'file';

/** The obvious fix for a value that is right but written the wrong way, such as a DOI given as a link. */
function rewriteSuggestion(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const doi = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)(10\..+)$/i.exec(value.trim());
  if (doi) return `write just the DOI: "${doi[1]}"`;
  const pmcid = /^pmc\s*(\d+)$/i.exec(value.trim());
  if (pmcid) return `write "PMC${pmcid[1]}"`;
  return undefined;
}

/** One issue in plain words. `knownKeys` are the fields the schema allows, for typo suggestions. */
export function friendlyIssue(
  issue: SchemaIssue,
  data: unknown,
  knownKeys: ReadonlyArray<string> = [],
  fieldsIn: FieldsIn = 'frontmatter',
): FriendlyIssue[] {
  const value = valueAtPath(data, issue.path);
  const field = fieldName(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((key) => {
        const suggestion = closestMatch(key, knownKeys);
        return {
          field: fieldName([...issue.path, key]),
          problem: `is not a field this file can have (allowed fields: ${knownKeys.join(', ')})`,
          expected: 'no such field',
          found: describeValue(valueAtPath(data, [...issue.path, key])),
          suggestion: suggestion ? `did you mean "${suggestion}"?` : 'remove it, or check its spelling',
        };
      });
    case 'invalid_type':
      if (value === undefined) {
        return [{ field, expected: `${TYPE_WORDS[issue.expected ?? ''] ?? issue.expected} (this field is required)`, found: describeValue(value), suggestion: `add "${field}:" to the ${fieldsIn}` }];
      }
      if (issue.expected === 'string' && typeof value === 'number') {
        // YAML reads 10.1000 as the number 10.1 (and 0012 as 12): the text the editor wrote is lost unless quoted.
        return [
          {
            field,
            expected: 'text',
            found: `${describeValue(value)} (written without quotes, it is read as a number, so zeros and other digits can be lost)`,
            suggestion: `put it in double quotes, exactly as it should read: ${field}: "…"`,
          },
        ];
      }
      return [{ field, expected: TYPE_WORDS[issue.expected ?? ''] ?? String(issue.expected), found: describeValue(value) }];
    case 'too_big':
    case 'too_small': {
      const limit = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
      const bound = issue.code === 'too_big' ? 'at most' : 'at least';
      if (issue.origin === 'string' && typeof value === 'string') {
        return [{ field, expected: `${bound} ${limit} characters`, found: `${value.length} characters` }];
      }
      if (issue.origin === 'array' && Array.isArray(value)) {
        return [{ field, expected: `${bound} ${limit} item${limit === 1 ? '' : 's'}`, found: describeValue(value) }];
      }
      return [{ field, expected: `${bound} ${limit}`, found: describeValue(value) }];
    }
    case 'invalid_value': {
      const values = issue.values ?? [];
      const likely = typeof value === 'string' ? likelyValues(value, values.filter((v): v is string => typeof v === 'string')) : [];
      return [{ field, expected: listOf(values), found: describeValue(value), ...(likely.length ? { suggestion: `did you mean ${orList(likely)}?` } : {}) }];
    }
    case 'invalid_format': {
      const suggestion = rewriteSuggestion(value);
      return [{ field, expected: issue.message, found: describeValue(value), ...(suggestion ? { suggestion } : {}) }];
    }
    default:
      return [{ field, expected: issue.message, found: describeValue(value) }];
  }
}

/**
 * The whole message for one file: a heading line naming the file, then one
 * line per problem. No Markdown markers, so it reads the same in a terminal.
 */
export function formatContentError(
  file: string,
  issues: ReadonlyArray<SchemaIssue>,
  data: unknown,
  knownKeys: ReadonlyArray<string> = [],
  fieldsIn: FieldsIn = 'frontmatter',
): string {
  const problems = issues.flatMap((issue) => friendlyIssue(issue, data, knownKeys, fieldsIn));
  const lines = problems.map(({ field, problem, expected, found, suggestion }) => {
    const where = field ? `field "${field}"` : 'the frontmatter';
    const what = problem ?? `expected ${expected}, but found ${found}`;
    return `  - ${where}: ${what}.${suggestion ? ` Fix: ${suggestion}` : ''}`;
  });
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [`${file} has ${count} in its ${fieldsIn === 'file' ? 'fields' : 'frontmatter'}:`, ...lines].join('\n');
}
