/**
 * The content lint finds what an editor would otherwise find only on the live
 * site (or never): each fixture in tests/fixtures/lint/ holds the mistakes it
 * must catch, and clean.mdx holds none.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFinding, lintContent, lintRules, summarise, type ContentFile, type Finding, type RuleId } from '../../src/lib/lint';

const folder = join(import.meta.dirname, '../fixtures/lint');
const fixtures: ContentFile[] = readdirSync(folder)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({ path: name, id: name.replace(/\.mdx$/, ''), kind: 'article', source: readFileSync(join(folder, name), 'utf8') }));
const aboutPage: ContentFile = { path: 'about.mdx', id: 'about', kind: 'page', source: '---\ntitle: About\n---\n\nWho we are.\n' };
const options = { today: '2026-02-01', reviewCycleMonths: 12, topicSlugs: ['insomnia'], publicFiles: ['/images/shoulders.jpg'] };

const findings = lintContent([...fixtures, aboutPage], options);
const found = (file: string) => findings.filter((finding) => finding.file === file).map(({ line, rule }) => [line, rule]);

const expected: Array<[string, Array<[number, RuleId]>]> = [
  ['clean.mdx', []],
  ['draft-target.mdx', []],
  ['future-target.mdx', []],
  [
    'links.mdx',
    [
      [11, 'broken-link'], // /articles/no-such-article/
      [12, 'broken-link'], // a typo
      [13, 'broken-link'], // no trailing slash
      [14, 'broken-anchor'], // #no-such-heading on this page
      [15, 'broken-anchor'], // #no-such-heading on another article
      [16, 'broken-anchor'], // a grade not on /evidence/
      [17, 'broken-link'], // a relative link, resolved against the article's address
      [18, 'broken-link'], // <a href> in JSX
      [19, 'unpublished-link'], // a draft
      [20, 'unpublished-link'], // an article published later
      [23, 'broken-link'], // a reference-style definition
    ],
  ],
  [
    'images.mdx',
    [
      [11, 'image-alt'], // ![](…)
      [13, 'image-alt'], // <img> with no alt
      [15, 'image-alt'], // <img alt="">
      [17, 'broken-link'], // an image file that is not in public/
    ],
  ],
  [
    'headings.mdx',
    [
      [9, 'heading-h1'],
      [13, 'heading-skip'],
      [17, 'empty-section'], // followed by a heading of the same level
      [21, 'empty-section'], // followed by a higher-level heading
      [23, 'empty-section'], // followed by the care card's own h2
      [31, 'empty-section'], // nothing after it
    ],
  ],
  [
    'citations.mdx',
    [
      [10, 'source-uncited'], // reported on the line of the id in `sources`
      [15, 'cite-unknown'], // a typo
      [15, 'cite-unknown'], // no id
      [15, 'cite-unknown'], // not listed
      [17, 'evidence-level'],
    ],
  ],
  ['placeholders.mdx', [[3, 'description-todo'], [9, 'todo'], [11, 'todo']]],
  ['overdue.mdx', [[5, 'review-overdue']]],
  ['syntax.mdx', [[11, 'mdx-syntax']]],
  ['bad-yaml.mdx', [[3, 'frontmatter']]],
];

describe('each fixture gets exactly the findings it was written to trigger', () => {
  it.each(expected)('%s', (file, lines) => {
    expect(found(file)).toEqual(lines);
  });

  it('every fixture file is in the table, and every rule is exercised', () => {
    expect(expected.map(([file]) => file).sort()).toEqual(fixtures.map((fixture) => fixture.path).sort());
    expect(new Set(findings.map((finding) => finding.rule))).toEqual(new Set(Object.keys(lintRules)));
  });
});

describe('messages say what is wrong and how to fix it', () => {
  const message = (file: string, line: number, rule: RuleId) =>
    findings.find((finding) => finding.file === file && finding.line === line && finding.rule === rule)?.message ?? '';

  it.each([
    ['links.mdx', 12, 'broken-link', 'Did you mean /articles/clean/?'],
    ['links.mdx', 13, 'broken-link', 'needs a slash at the end: /about/'],
    ['links.mdx', 15, 'broken-anchor', 'not on /articles/clean/'],
    ['links.mdx', 17, 'broken-link', '(that is, /articles/no-such-sibling/)'],
    ['links.mdx', 20, 'unpublished-link', 'published on 2026-03-01'],
    ['citations.mdx', 10, 'source-uncited', '"never-cited"'],
    ['citations.mdx', 17, 'evidence-level', 'Did you mean "moderate"?'],
    ['headings.mdx', 9, 'heading-h1', 'Use "## A second title"'],
    ['headings.mdx', 23, 'empty-section', '<SeeADoctor>'],
    ['overdue.mdx', 5, 'review-overdue', 'due on 2025-01-10'],
  ] as const)('%s:%i %s says %j', (file, line, rule, fragment) => {
    expect(message(file, line, rule)).toContain(fragment);
  });

  it('suggests the closest source id for a mistyped citation', () => {
    expect(findings.some((finding) => finding.message.includes('<Cite id="moyer-2040" />') && finding.message.includes('Did you mean "moyer-2004"?'))).toBe(true);
  });
});

describe('publishing rules for links', () => {
  it('lets a draft link to other drafts and to articles published later', () => {
    expect(found('draft-target.mdx')).toEqual([]);
  });

  it('treats a link from a standing page to a scheduled article as broken until that day', () => {
    const page: ContentFile = { path: 'page.mdx', id: 'page', kind: 'page', source: '---\ntitle: P\n---\n\nSee [later](/articles/future-target/).\n' };
    const rules = (today: string) => lintContent([...fixtures, page], { ...options, today }).filter((f) => f.file === 'page.mdx').map((f) => f.rule);
    expect(rules('2026-02-28')).toEqual(['unpublished-link']);
    expect(rules('2026-03-01')).toEqual([]);
  });

  it('does not warn about overdue reviews of drafts, and warns the day after the due date', () => {
    const article = (draft: boolean): ContentFile => ({
      path: 'a.mdx',
      id: 'a',
      kind: 'article',
      source: `---\ntitle: A\npubDate: 2025-01-01\nlastReviewed: 2025-01-01\ndraft: ${draft}\n---\n\n## A\n\nText.\n`,
    });
    const overdue = (file: ContentFile, today: string) => lintContent([file], { ...options, today }).map((f) => f.rule);
    expect(overdue(article(false), '2026-01-01')).toEqual([]);
    expect(overdue(article(false), '2026-01-02')).toEqual(['review-overdue']);
    expect(overdue(article(true), '2026-01-02')).toEqual([]);
  });
});

describe('output', () => {
  const finding: Finding = { file: 'content/articles/a.mdx', line: 12, rule: 'broken-link', severity: 'error', message: 'links to /x/.' };
  it('is one line, file:line first, so editors can jump to it', () => {
    expect(formatFinding(finding)).toBe('content/articles/a.mdx:12  broken-link  links to /x/.');
    expect(formatFinding({ ...finding, rule: 'review-overdue', severity: 'warning' })).toBe('content/articles/a.mdx:12  review-overdue  warning: links to /x/.');
  });
  it.each([
    [[], 'no problems'],
    [[finding], '1 error'],
    [[finding, finding, { ...finding, severity: 'warning' as const }], '2 errors and 1 warning'],
  ])('summarises %# as %s', (list, text) => {
    expect(summarise(list)).toBe(text);
  });
});
