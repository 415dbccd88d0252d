/**
 * One rulebook: every mistake an editor can make fails `npm run check` and
 * `astro build` alike, with the same rule, severity and file:line:column, and
 * a correct article passes both. The bad articles share one fixture site (the
 * rulebook reports every file in one run), so the whole table costs one build
 * and one check; a second fixture holds only correct content and is built in full.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSource, buildFixtureAsync, fixtureEnv, freePort, makeFixture, removeFixture, runBuild, type FixtureBuild } from './fixture-site';

const projectRoot = resolve(import.meta.dirname, '../..');

interface Finding {
  file: string;
  place: string;
  severity: string;
  rule: string;
}

/** The findings in a vfile-reporter report: a file's path on its own line, then `line:column[-…]  severity  message  rule  rulebook`. */
function findingsIn(output: string): Finding[] {
  const findings: Finding[] = [];
  let file = '';
  for (const line of output.split('\n')) {
    if (/^content\/.+\.(mdx|ya?ml|txt)$/.test(line)) file = line;
    const match = /^\s*(\d+:\d+)(?:-\d+:\d+)?\s+(error|warning)\s+.*\s(\S+)\s+rulebook\s*$/.exec(line);
    if (match && file) findings.push({ file, place: match[1]!, severity: match[2]!, rule: match[3]! });
  }
  return findings;
}

/** Every article gets key points after its body (articleSource), so the lines of each case are the body's as written. */
const article = (title: string, body: string, frontmatter: Record<string, string | undefined> = {}) => articleSource({ title: JSON.stringify(title), ...frontmatter }, body);
/** An article as written, with no key points added (MDX that cannot be parsed gets no key-points finding). */
const bareArticle = (title: string, body: string, frontmatter: Record<string, string | undefined> = {}) => articleSource({ title: JSON.stringify(title), ...frontmatter }, body, { keyPoints: false });

/** Each case: its files, and the findings (rule, line:column, severity) the check and the build must both report. */
const cases: Array<{ name: string; files: Record<string, string>; expected: Array<[file: string, rule: string, place: string, severity?: string]> }> = [
  {
    name: 'a link to an article that does not exist',
    files: { 'content/articles/link-missing.mdx': article('Link missing', 'See [this](/articles/no-such-article/).\n') },
    expected: [['content/articles/link-missing.mdx', 'broken-link', '10:5']],
  },
  {
    name: 'links to a draft, a scheduled article and a topic with no published article',
    files: {
      'content/articles/link-unpublished.mdx': article('Link unpublished', '[a](/articles/a-draft/)\n\n[b](/articles/a-scheduled-one/)\n\n[c](/topics/older-people/)\n'),
      'content/articles/a-draft.mdx': article('A draft', 'Draft text.\n', { draft: 'true' }),
      'content/articles/a-scheduled-one.mdx': article('A scheduled one', 'Later text.\n', { pubDate: '2099-01-01', lastReviewed: '2099-01-01' }),
    },
    expected: [
      ['content/articles/link-unpublished.mdx', 'unpublished-link', '10:1'],
      ['content/articles/link-unpublished.mdx', 'unpublished-link', '12:1'],
      ['content/articles/link-unpublished.mdx', 'unpublished-link', '14:1'],
    ],
  },
  {
    name: 'an image under /images/ that is not in public/, and one beside the article that does not exist',
    files: { 'content/articles/images-missing.mdx': article('Images missing', '![A neck](/images/no-such.png)\n\n![A hand](./missing.png)\n') },
    expected: [
      ['content/articles/images-missing.mdx', 'image-missing', '10:1'],
      ['content/articles/images-missing.mdx', 'image-missing', '12:1'],
    ],
  },
  {
    name: 'an image without alt text',
    files: { 'content/articles/image-alt.mdx': article('Image alt', '![](/favicon.svg)\n') },
    expected: [['content/articles/image-alt.mdx', 'image-alt', '10:1']],
  },
  {
    name: 'an import of a component that does not exist',
    files: { 'content/articles/import-missing.mdx': article('Import missing', "import Box from '../../src/components/NoSuchBox.astro';\n\nText.\n") },
    expected: [['content/articles/import-missing.mdx', 'mdx-import', '10:1']],
  },
  {
    name: 'a component the site does not have',
    files: { 'content/articles/component-unknown.mdx': article('Component unknown', '<KeyPoint>\n\n- A point.\n\n</KeyPoint>\n') },
    expected: [['content/articles/component-unknown.mdx', 'component-unknown', '10:1']],
  },
  {
    name: 'an unclosed <KeyPoints>',
    files: { 'content/articles/unclosed.mdx': bareArticle('Unclosed', '<KeyPoints>\n\n- A point.\n') },
    expected: [['content/articles/unclosed.mdx', 'mdx-syntax', '10:1']],
  },
  {
    name: 'a stray {',
    files: { 'content/articles/stray-brace.mdx': bareArticle('Stray brace', 'A set {of things.\n') },
    expected: [['content/articles/stray-brace.mdx', 'mdx-syntax', '10:18']],
  },
  {
    name: 'code in braces that the build would run',
    files: { 'content/articles/code.mdx': article('Code', 'We saw {count} people.\n') },
    expected: [['content/articles/code.mdx', 'mdx-code', '10:8']],
  },
  {
    name: 'raw <script>, <iframe>, an onclick attribute and a javascript: link',
    files: {
      'content/articles/unsafe-html.mdx': article(
        'Unsafe HTML',
        '<script>alert(1)</script>\n\n<iframe src="https://example.org/"></iframe>\n\n<span onClick="alert(1)">x</span>\n\n[y](javascript:alert(1))\n',
      ),
    },
    expected: [
      ['content/articles/unsafe-html.mdx', 'unsafe-html', '10:1'],
      ['content/articles/unsafe-html.mdx', 'unsafe-html', '12:1'],
      ['content/articles/unsafe-html.mdx', 'unsafe-html', '14:1'],
      ['content/articles/unsafe-html.mdx', 'unsafe-html', '16:1'],
    ],
  },
  {
    name: '"My Post.mdx" beside "my-post.mdx"',
    files: { 'content/articles/my-post.mdx': article('My post', 'Text one.\n'), 'content/articles/My Post.mdx': article('My post, again', 'Text two.\n') },
    expected: [
      ['content/articles/My Post.mdx', 'file-name', '1:1'],
      ['content/articles/my-post.mdx', 'duplicate-url', '1:1'],
    ],
  },
  {
    name: 'two articles with the same title',
    files: { 'content/articles/title-one.mdx': article('The same title', 'One.\n'), 'content/articles/title-two.mdx': article('The same title', 'Two.\n') },
    expected: [['content/articles/title-two.mdx', 'duplicate-title', '2:1']],
  },
  {
    name: 'an empty file',
    files: { 'content/articles/empty.mdx': '' },
    expected: [['content/articles/empty.mdx', 'empty-file', '1:1']],
  },
  {
    name: 'a YAML error (and no follow-on errors from the citations)',
    files: { 'content/articles/bad-yaml.mdx': '---\ntitle: "An unclosed quote\nsources: [moyer-2004]\n---\n\nText<Cite id="moyer-2004" />.\n' },
    expected: [['content/articles/bad-yaml.mdx', 'yaml-syntax', '3:22']],
  },
  {
    name: 'a frontmatter field with an impossible date',
    files: { 'content/articles/bad-date.mdx': article('Bad date', 'Text.\n', { pubDate: '2026-13-45' }) },
    expected: [['content/articles/bad-date.mdx', 'fields', '4:1']],
  },
  {
    name: 'a citation of a source not in `sources`, and a source never cited',
    files: { 'content/articles/citations.mdx': article('Citations', 'A claim<Cite id="moyer-2011" />.\n', { sources: '[moyer-2004]' }) },
    expected: [
      ['content/articles/citations.mdx', 'source-uncited', '8:11'],
      ['content/articles/citations.mdx', 'cite-unknown', '11:8'],
    ],
  },
  {
    name: 'a grade higher than its only source allows',
    files: {
      'content/articles/ceiling.mdx': article('Ceiling', '## A claim\n\n<Evidence level="moderate" claim="A fixture finding that is graded too high" />\n\nA finding<Cite id="fixture-weak" />.\n', { sources: '[fixture-weak]' }),
      'content/references/fixture-weak.yaml': 'kind: pilot-trial\ntitle: "A fixture pilot"\nyear: 2020\nurl: "https://example.org/pilot"\nstrength: very-limited\nfinding: "Nothing much."\nseenIn: abstract\n',
    },
    expected: [['content/articles/ceiling.mdx', 'evidence-ceiling', '13:1']],
  },
  {
    name: 'a reference whose note is for editors',
    files: { 'content/references/fixture-note.yaml': 'kind: trial\ntitle: "A fixture trial"\nyear: 2020\nurl: "https://example.org/trial"\nstrength: limited\nfinding: "Something."\nseenIn: abstract\nnote: "PMID seen only in a secondary site\'s link."\n' },
    expected: [['content/references/fixture-note.yaml', 'reference-reader-note', '8:1']],
  },
  {
    name: 'twelve words in a row shared with another article',
    files: {
      'content/articles/shared-a.mdx': article('Shared A', 'The quick brown fox jumps over the lazy dog near the quiet river bank today.\n'),
      'content/articles/shared-b.mdx': article('Shared B', 'Yesterday the quick brown fox jumps over the lazy dog near the quiet river bank too.\n'),
    },
    expected: [['content/articles/shared-b.mdx', 'shared-words', '10:11']],
  },
  {
    name: 'a step figure that names no drawing',
    files: { 'content/articles/figure.mdx': article('Figure', '<StepFigure figure="shoulder-squeze" caption="Squeeze along the shoulder." />\n') },
    expected: [['content/articles/figure.mdx', 'step-figure', '10:1']],
  },
  {
    name: 'a published article with no answer first, and a grade whose claim is one word',
    files: {
      'content/articles/no-answer.mdx': article('No answer', 'Text.\n', { answer: undefined }),
      'content/articles/bare-claim.mdx': article('Bare claim', '## What we found\n\n<Evidence level="no-evidence" claim="Sleep" />\n\nWe found no trial.\n'),
    },
    expected: [
      ['content/articles/no-answer.mdx', 'answer-missing', '2:1', 'error'],
      ['content/articles/bare-claim.mdx', 'evidence-claim', '12:1', 'error'],
    ],
  },
  {
    name: 'an options table that names an option with no file',
    files: {
      'content/articles/options-unknown.mdx': article('Options unknown', '## Your options\n\n<SleepOptions only={["fixture-optoin"]} />\n'),
      'content/options/fixture-option.yaml':
        'name: "A fixture option"\norder: 1\nhowItMayWork:\n  text: "How it may work."\n  sources: [moyer-2004]\nfound:\n  - text: "Calmer after one session."\n    sources: [moyer-2004]\nrisks:\n  - text: "None reported."\ngrade: moderate\nverdict: "A fixture verdict."\nsources: [moyer-2004]\n',
    },
    expected: [['content/articles/options-unknown.mdx', 'sleep-options', '12:1']],
  },
  {
    name: 'an option whose finding gives a figure and cites no source',
    files: {
      'content/options/fixture-uncited.yaml':
        'name: "An uncited option"\norder: 2\nhowItMayWork:\n  text: "How it may work."\n  sources: [moyer-2004]\nfound:\n  - text: "In 19 trials, sleep improved."\nrisks:\n  - text: "None reported."\ngrade: limited\nverdict: "A fixture verdict."\nsources: [moyer-2004]\n',
    },
    expected: [['content/options/fixture-uncited.yaml', 'option-data', '6:1']],
  },
  {
    name: 'a <Term> whose id is not in the glossary',
    files: {
      'content/articles/term-unknown.mdx': article('Term unknown', 'A <Term id="fixture-wrod">fixtureword</Term> here.\n'),
      'content/glossary/fixture-word.yaml': 'term: "fixtureword"\naliases: ["fixturewords"]\ndefinition: "A word only the fixtures use."\n',
    },
    expected: [['content/articles/term-unknown.mdx', 'term-unknown', '10:3']],
  },
  {
    name: 'a glossary word used before its <Term> (a warning)',
    files: { 'content/articles/term-undefined.mdx': article('Term undefined', 'Two fixturewords first.\n\nThen the <Term id="fixture-word">fixtureword</Term>.\n') },
    expected: [['content/articles/term-undefined.mdx', 'term-undefined', '10:5', 'warning']],
  },
  {
    name: 'a bare effect size (a warning)',
    files: { 'content/articles/effect-size.mdx': article('Effect size', 'Yoga helped sleep quality, with an SMD 0.54 across trials<Cite id="moyer-2004" />.\n', { sources: '[moyer-2004]' }) },
    expected: [['content/articles/effect-size.mdx', 'effect-size', '11:36', 'warning']],
  },
  {
    name: 'an updatedDate that is not the date of the latest change entry',
    files: {
      'content/articles/history.mdx': article('History', 'Text.\n', {
        updatedDate: '2026-01-20',
        changes: '\n  - date: 2026-02-03\n    what: "Corrected a wrong number."\n    why: "It was copied wrongly."\n    correction: true',
      }),
    },
    expected: [['content/articles/history.mdx', 'updated-date', '8:1']],
  },
  {
    name: 'a claim with a figure and no citation (a warning)',
    files: { 'content/articles/uncited.mdx': article('Uncited', 'Massage helped 80% of people sleep.\n') },
    expected: [['content/articles/uncited.mdx', 'uncited-claim', '10:1', 'warning']],
  },
  {
    name: 'an article with no <KeyPoints>',
    files: { 'content/articles/no-key-points.mdx': bareArticle('No key points', 'Text.\n') },
    expected: [['content/articles/no-key-points.mdx', 'key-points', '10:1']],
  },
  {
    name: 'a section that cites with no grade, and one with two grades',
    files: {
      'content/articles/grades.mdx': article(
        'Grades',
        '## Safety checks\n\nAdvice<Cite id="moyer-2004" />.\n\n## A claim\n\n<Evidence level="limited" claim="Massage may ease anxiety for a short time after a session" />\n\n<Evidence level="limited" claim="Massage may ease anxiety for a while after a session" />\n\nA finding<Cite id="moyer-2004" />.\n\n## Oils\n\n<PracticalAdvice />\n\nAdvice<Cite id="moyer-2004" />.\n\n## Your options\n\nOptions<Cite id="moyer-2004" />.\n',
        { sources: '[moyer-2004]' },
      ),
    },
    expected: [
      ['content/articles/grades.mdx', 'section-grade', '11:1'],
      ['content/articles/grades.mdx', 'section-grade', '19:1'],
    ],
  },
  {
    name: 'an http:// link',
    files: { 'content/articles/http.mdx': article('Http', 'See [the NHS](http://www.nhs.uk/).\n') },
    expected: [['content/articles/http.mdx', 'http-link', '10:5']],
  },
  {
    name: 'markup in a title',
    files: { 'content/articles/title-markup.mdx': article('<script>alert(1)</script>', 'Text.\n') },
    expected: [['content/articles/title-markup.mdx', 'title-markup', '2:1']],
  },
  {
    name: 'todo and FIXME in lower and upper case, in a heading and the text',
    files: { 'content/articles/todo-case.mdx': article('Todo case', '## todo: the heading\n\nText with FIXME in it.\n') },
    expected: [
      ['content/articles/todo-case.mdx', 'todo', '10:4'],
      ['content/articles/todo-case.mdx', 'todo', '12:1'],
    ],
  },
  {
    name: 'an image in public/ over 300 KB',
    files: { 'public/images/fixture-big.jpg': 'x'.repeat(400 * 1024), 'content/articles/big-image.mdx': article('Big image', '![A big photo](/images/fixture-big.jpg)\n') },
    expected: [['content/articles/big-image.mdx', 'image-size', '10:1']],
  },
  {
    name: 'a published address that is gone (an article renamed without redirectFrom)',
    files: { 'content/addresses.txt': '# Every address this site has published.\n/articles/renamed-away/\n' },
    expected: [
      ['content/addresses.txt', 'address-new', '1:1', 'warning'],
      ['content/addresses.txt', 'address-gone', '2:1'],
    ],
  },
  {
    name: 'a byte-order mark and Windows line ends are harmless',
    files: {
      'content/articles/with-mark.mdx': `\uFEFF${article('With a byte-order mark', 'Text.\n')}`,
      'content/articles/crlf.mdx': article('With Windows line ends', '## A part\n\nText.\n').replace(/\n/g, '\r\n'),
    },
    expected: [],
  },
  {
    name: 'a possible blood clot in a "See a GP" card, and a stroke sign in an urgent card (triage-level)',
    files: {
      'content/articles/triage-level.mdx': article(
        'Triage level',
        '<SeeADoctor>\n\n- a calf is painful, warm or swollen for no clear reason\n\n</SeeADoctor>\n\n<CareCard level="urgent">\n\n- one side of the face droops or speech becomes slurred\n\n</CareCard>\n',
      ),
    },
    expected: [
      ['content/articles/triage-level.mdx', 'triage-level', '12:3', 'error'],
      ['content/articles/triage-level.mdx', 'triage-level', '18:3', 'error'],
    ],
  },
  {
    name: 'a swallowed oil in running text with no care card (triage-no-card, a warning)',
    files: { 'content/articles/triage-no-card.mdx': article('Triage no card', 'If someone swallows an essential oil, get advice.\n') },
    expected: [['content/articles/triage-no-card.mdx', 'triage-no-card', '10:1', 'warning']],
  },
];

let bad: FixtureBuild;
let badCheck: { status: number | null; output: string };

beforeAll(async () => {
  const files = Object.assign({}, ...cases.map((testCase) => testCase.files)) as Record<string, string>;
  bad = await buildFixtureAsync(files, { SITE_TODAY: '2026-06-01' });
  const result = spawnSync(join(projectRoot, 'node_modules/.bin/node'), [join(bad.root, 'src/rules/cli.ts')], { cwd: bad.root, encoding: 'utf8', env: fixtureEnv({ SITE_TODAY: '2026-06-01' }) });
  badCheck = { status: result.status, output: `${result.stdout}${result.stderr}` };
}, 240_000);
afterAll(() => removeFixture(bad));

describe('every mistake fails both the check and the build, at the same place', () => {
  it('the check and the build both fail, and report exactly the same findings', () => {
    expect(badCheck.status, badCheck.output).toBe(1);
    expect(bad.status, bad.output).not.toBe(0);
    expect(findingsIn(bad.output)).toEqual(findingsIn(badCheck.output));
  });

  it.each(cases)('$name', ({ files, expected }) => {
    const mine = (findings: Finding[]) => findings.filter((finding) => finding.file in files).map(({ file, rule, place, severity }) => [file, rule, place, severity]);
    const want = expected.map(([file, rule, place, severity = 'error']) => [file, rule, place, severity]);
    const sort = (rows: string[][]) => [...rows].sort((a, b) => a.join(' ').localeCompare(b.join(' ')));
    expect(sort(mine(findingsIn(badCheck.output))), badCheck.output).toEqual(sort(want));
    expect(sort(mine(findingsIn(bad.output))), bad.output).toEqual(sort(want));
  });

  it('the build stops before Astro compiles anything: no stack trace, no generated code, and no dist/ left behind', () => {
    expect(bad.output).toContain('The content check found errors');
    expect(bad.output).not.toMatch(/\d+ messages \(/);
    expect(bad.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(bad.output).not.toContain('_jsx');
    expect(existsSync(join(bad.root, 'dist'))).toBe(false);
  });

  it('after the failed build, npm run preview refuses, saying why', () => {
    const preview = spawnSync(join(projectRoot, 'node_modules/.bin/node'), [join(projectRoot, 'scripts/preview.ts')], { cwd: bad.root, encoding: 'utf8', env: fixtureEnv() });
    expect(preview.status).toBe(1);
    expect(preview.stderr).toContain('There is no finished build to preview');
  });
});

describe('a correct article', () => {
  it('passes the check and builds, the same saved with a byte-order mark and Windows line ends, and the built page carries no draft banner', async () => {
    const body = '## What we found\n\n<Evidence level="limited" claim="A small trial found calmer evenings after massage" />\n\nA small trial found calmer evenings<Cite id="moyer-2004" />.\n';
    // Beside it, the same article saved with a byte-order mark and Windows line ends, in other words (the
    // shared-words rule allows no twelve-word run twice): its page body is the first one's with those words.
    const [words, otherWords] = ['A small trial found calmer evenings', 'One little study saw quieter nights'];
    const root = makeFixture({
      'content/articles/correct.mdx': article('A correct article', body, { sources: '[moyer-2004]' }),
      'content/articles/correct-on-windows.mdx': `\uFEFF${article('A correct article, saved on Windows', body.replaceAll(words, otherWords), { sources: '[moyer-2004]' }).replace(/\n/g, '\r\n')}`,
    });
    const check = spawnSync(join(projectRoot, 'node_modules/.bin/node'), [join(root, 'src/rules/cli.ts')], { cwd: root, encoding: 'utf8', env: fixtureEnv() });
    const build = runBuild(root);
    try {
      expect(check.status, check.stdout).toBe(0);
      expect(check.stdout.trim().split('\n').at(-1)).toMatch(/^content check: no problems in \d+ files\.$/);
      expect(build.status, build.output).toBe(0);
      const html = readFileSync(join(root, 'dist/articles/correct/index.html'), 'utf8');
      expect(html).not.toContain('data-testid="draft-banner"');
      expect(build.output).not.toContain('[WARN] [csp]');

      const prose = (id: string) => {
        const page = readFileSync(join(root, `dist/articles/${id}/index.html`), 'utf8');
        return page.slice(page.indexOf('<div class="prose'), page.indexOf('<footer class="article-footer'));
      };
      expect(prose('correct')).toContain('calmer evenings');
      expect(prose('correct-on-windows')).toBe(prose('correct').replaceAll(words, otherWords));

      // npm run preview serves it on the port asked for.
      const port = await freePort();
      const preview = spawn(join(projectRoot, 'node_modules/.bin/node'), [join(projectRoot, 'scripts/preview.ts'), '--port', String(port)], { cwd: root, env: fixtureEnv() });
      try {
        await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/articles/correct/`).catch(() => undefined))?.status, { timeout: 30_000 }).toBe(200);
      } finally {
        preview.kill('SIGTERM');
      }
    } finally {
      removeFixture(build);
    }
  }, 240_000);
});
