/**
 * The rulebook finds what an editor would otherwise find only on the live
 * site (or never): each fixture in tests/fixtures/lint/ holds the mistakes it
 * must catch, and clean.mdx holds none. (The schema rule, `fields`, needs
 * src/content.config.ts, which only Astro or the check command can load: the
 * build tests cover it.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentDocument, type ContentDocument } from '../../src/rules/engine/document';
import { formatReport, lintSite, summaryLine } from '../../src/rules/engine/runner';
import { buildSiteIndex, type SiteOptions } from '../../src/rules/engine/site';
import { rulebook } from '../../src/rules/index';

const folder = join(import.meta.dirname, '../fixtures/lint');
const article = (name: string, text: string) => readContentDocument(`content/articles/${name}`, 'content/articles', 'article', text);
const fixtures: ContentDocument[] = readdirSync(folder)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => article(name, readFileSync(join(folder, name), 'utf8')));
const aboutPage = readContentDocument('content/pages/about.mdx', 'content/pages', 'page', '---\ntitle: About\n---\n\nWho we are.\n');
const options: SiteOptions = {
  today: '2026-02-01',
  reviewCycleMonths: 12,
  topics: { insomnia: { label: 'Insomnia', description: 'Sleep.' } },
  fixedRoutes: ['/', '/articles/', '/topics/', '/search/', '/evidence/', '/rss.xml'],
  publicFiles: ['/images/shoulders.jpg'],
  articleComponents: ['Cite', 'Evidence', 'KeyPoints', 'SeeADoctor'],
  pageComponents: [],
  schemas: {},
  fileExists: () => false,
};

interface Found {
  file: string;
  line: number;
  rule: string;
  severity: 'error' | 'warning';
  message: string;
}

async function lint(documents: readonly ContentDocument[], overrides: Partial<SiteOptions> = {}): Promise<Found[]> {
  const files = await lintSite(buildSiteIndex(documents, { ...options, ...overrides }));
  return files.flatMap((file) =>
    file.messages.map((message) => ({
      file: file.path.replace('content/articles/', ''),
      line: message.line ?? 0,
      rule: message.ruleId ?? '',
      severity: message.fatal ? ('error' as const) : ('warning' as const),
      message: message.reason,
    })),
  );
}

const findings = await lint([...fixtures, aboutPage]);
const found = (file: string) => findings.filter((finding) => finding.file === file).map(({ line, rule }) => [line, rule]);
const sortedByLine = (rows: Array<[number, string]>) => [...rows].sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));

const expected: Array<[string, Array<[number, string]>]> = [
  ['clean.mdx', []],
  ['draft-target.mdx', []],
  ['future-target.mdx', []],
  [
    'links.mdx',
    [
      [12, 'broken-link'], // /articles/no-such-article/
      [13, 'broken-link'], // a typo
      [14, 'broken-link'], // no trailing slash
      [15, 'broken-anchor'], // #no-such-heading on this page
      [16, 'broken-anchor'], // #no-such-heading on another article
      [17, 'broken-anchor'], // a grade not on /evidence/
      [18, 'broken-link'], // a relative link, resolved against the article's address
      [19, 'broken-link'], // <a href> in JSX
      [20, 'unpublished-link'], // a draft
      [21, 'unpublished-link'], // an article published later
      [24, 'broken-link'], // a reference-style definition
    ],
  ],
  [
    'images.mdx',
    [
      [12, 'image-alt'], // ![](…)
      [14, 'image-alt'], // <img> with no alt
      [16, 'image-alt'], // <img alt="">
      [18, 'image-missing'], // an image file that is not in public/
    ],
  ],
  [
    'headings.mdx',
    [
      [10, 'heading-h1'],
      [14, 'heading-skip'],
      [18, 'empty-section'], // followed by a heading of the same level
      [22, 'empty-section'], // followed by a higher-level heading
      [24, 'empty-section'], // followed by the care card's own h2
      [32, 'empty-section'], // nothing after it
    ],
  ],
  [
    'citations.mdx',
    [
      [10, 'source-uncited'], // reported on the line of the id in `sources`
      [16, 'cite-unknown'], // a typo
      [16, 'cite-unknown'], // no id
      [16, 'cite-unknown'], // not listed
      [18, 'evidence-level'],
    ],
  ],
  [
    'claims.mdx',
    [
      [2, 'answer-missing'], // no answer: reported at the title, where it belongs
      [12, 'evidence-claim'], // one word
      [18, 'evidence-claim'], // numbered
      [24, 'evidence-claim'], // the heading again
      [30, 'evidence-claim'], // no claim
      [42, 'grade-table'], // a table that repeats the grades (the one without a Grade column passes)
    ],
  ],
  ['placeholders.mdx', [[3, 'description-todo'], [10, 'todo'], [12, 'todo'], [14, 'todo']]],
  ['overdue.mdx', [[5, 'review-overdue']]],
  ['history.mdx', [[6, 'updated-date'], [8, 'updated-date']]],
  ['history-missing-date.mdx', [[7, 'updated-date']]],
  ['syntax.mdx', [[12, 'mdx-syntax']]],
  ['bad-yaml.mdx', [[3, 'yaml-syntax']]],
];

describe('each fixture gets exactly the findings it was written to trigger', () => {
  it.each(expected)('%s', (file, lines) => {
    expect(sortedByLine(found(file) as Array<[number, string]>)).toEqual(sortedByLine(lines));
  });

  it('every fixture file is in the table, and every rule is exercised', () => {
    expect(expected.map(([file]) => file).sort()).toEqual(fixtures.map((fixture) => fixture.path.replace('content/articles/', '')).sort());
    const exercised = new Set(findings.map((finding) => finding.rule));
    // Rules that need other files than these fixtures are exercised in tests/build/rulebook-parity.test.ts and below.
    const elsewhere = ['empty-file', 'triage-level', 'triage-no-card', 'mdx-code', 'fields', 'file-name', 'duplicate-url', 'duplicate-title', 'mdx-import', 'component-unknown', 'unsafe-html', 'evidence-ceiling', 'source-strength', 'uncited-claim', 'shared-words', 'reference-reader-note', 'step-figure', 'sleep-options', 'option-data', 'term-unknown', 'term-undefined', 'effect-size', 'key-points', 'section-grade', 'http-link', 'title-markup', 'image-size', 'address-gone', 'address-new', 'redirect-target'];
    expect([...exercised].sort()).toEqual(rulebook.map((rule) => rule.id).filter((id) => !elsewhere.includes(id)).sort());
  });
});

describe('messages say what is wrong and how to fix it', () => {
  const message = (file: string, line: number, rule: string) =>
    findings.find((finding) => finding.file === file && finding.line === line && finding.rule === rule)?.message ?? '';

  it.each([
    ['links.mdx', 13, 'broken-link', 'Did you mean /articles/clean/?'],
    ['links.mdx', 14, 'broken-link', 'needs a slash at the end: /about/'],
    ['links.mdx', 16, 'broken-anchor', 'not on /articles/clean/'],
    ['links.mdx', 18, 'broken-link', '(that is, /articles/no-such-sibling/)'],
    ['links.mdx', 21, 'unpublished-link', 'published on 2026-03-01'],
    ['citations.mdx', 10, 'source-uncited', '"never-cited"'],
    ['citations.mdx', 18, 'evidence-level', 'Did you mean "moderate"?'],
    ['headings.mdx', 10, 'heading-h1', 'Use "## A second title"'],
    ['headings.mdx', 24, 'empty-section', '<SeeADoctor>'],
    ['overdue.mdx', 5, 'review-overdue', 'due on 2025-01-10'],
    ['history.mdx', 6, 'updated-date', 'Set updatedDate: 2026-01-20'],
    ['history.mdx', 8, 'updated-date', 'entry 2 (2026-01-20) is newer than entry 1 (2026-01-14)'],
    ['history-missing-date.mdx', 7, 'updated-date', 'Add updatedDate: 2026-01-14'],
    ['claims.mdx', 2, 'answer-missing', 'Add `answer:` below `title:`'],
    ['claims.mdx', 12, 'evidence-claim', 'in "## What we looked at" has a claim of one word ("Sleep")'],
    ['claims.mdx', 18, 'evidence-claim', 'has a numbered claim ("1. Relaxation helps you sleep")'],
    ['claims.mdx', 24, 'evidence-claim', 'only repeats its heading ("Massage and calm")'],
    ['claims.mdx', 30, 'evidence-claim', 'in "## No claim at all" has no claim. Write the claim as a statement with its finding'],
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

  it('treats a link from a standing page to a scheduled article as broken until that day', async () => {
    const page = readContentDocument('content/pages/page.mdx', 'content/pages', 'page', '---\ntitle: P\n---\n\nSee [later](/articles/future-target/).\n');
    const rules = async (today: string) => (await lint([...fixtures, page], { today })).filter((f) => f.file === 'content/pages/page.mdx').map((f) => f.rule);
    expect(await rules('2026-02-28')).toEqual(['unpublished-link']);
    expect(await rules('2026-03-01')).toEqual([]);
  });

  it('does not warn about overdue reviews of drafts, and warns the day after the due date', async () => {
    const draftOrNot = (draft: boolean) => article('a.mdx', `---\ntitle: A\npubDate: 2025-01-01\nlastReviewed: 2025-01-01\nanswer: A fixture answer, long enough for the schema, that says what to do.\ndraft: ${draft}\n---\n\n<KeyPoints>\n\n- A point.\n\n</KeyPoints>\n\n## A\n\nText.\n`);
    const overdue = async (file: ContentDocument, today: string) => (await lint([file], { today })).map((f) => f.rule);
    expect(await overdue(draftOrNot(false), '2026-01-01')).toEqual([]);
    expect(await overdue(draftOrNot(false), '2026-01-02')).toEqual(['review-overdue']);
    expect(await overdue(draftOrNot(true), '2026-01-02')).toEqual([]);
  });
});

describe('drafts are work in progress', () => {
  const placeholders = fixtures.find((fixture) => fixture.path.endsWith('placeholders.mdx'))!;
  const asDraft = article('placeholders.mdx', placeholders.text.replace(/^---\n/, '---\ndraft: true\n'));

  it('the TODO and completeness rules only warn in a draft', async () => {
    const draft = await lint([asDraft]);
    expect(draft.map((f) => [f.rule, f.severity])).toEqual([
      ['description-todo', 'warning'],
      ['todo', 'warning'],
      ['todo', 'warning'],
      ['todo', 'warning'],
    ]);
  });

  it('and are errors once the article is no longer a draft', async () => {
    expect((await lint([placeholders])).every((f) => f.severity === 'error')).toBe(true);
  });
});

describe('output', () => {
  it('is vfile-reporter\'s report of each file with findings, then one summary line', async () => {
    const files = await lintSite(buildSiteIndex([article('a.mdx', '---\ntitle: A\nanswer: A fixture answer, long enough for the schema, that says what to do.\n---\n\nSee [b](/articles/b/).\n\n<KeyPoints>\n\n- A point.\n\n</KeyPoints>\n')], options));
    expect(formatReport(files).split('\n')).toEqual([
      'content/articles/a.mdx',
      expect.stringMatching(/^6:5-6:22 +error +links to \/articles\/b\/, which does not exist on this site\. +broken-link +rulebook$/),
      '',
      'content check: 1 error in 1 file.',
    ]);
  });

  it.each([
    [[], 'content check: no problems in 0 files.'],
    [[article('ok.mdx', '---\ntitle: OK\nanswer: A fixture answer, long enough for the schema, that says what to do.\n---\n\n<KeyPoints>\n\n- A point.\n\n</KeyPoints>\n\nText.\n')], 'content check: no problems in 1 file.'],
  ])('summarises %# as %s', async (documents, text) => {
    expect(summaryLine(await lintSite(buildSiteIndex(documents, options)))).toBe(text);
  });
});
