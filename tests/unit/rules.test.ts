/**
 * The rules that need more than one article, the references or the file
 * system, each with content that breaks it and content that does not.
 */
import { describe, expect, it } from 'vitest';
import { gradeCeilings } from '../../src/lib/evidence';
import { readContentDocument, type ContentDocument } from '../../src/rules/engine/document';
import { lintSite } from '../../src/rules/engine/runner';
import { buildSiteIndex, type SiteOptions } from '../../src/rules/engine/site';
import { claimIn } from '../../src/rules/uncited-claim';

const options: SiteOptions = {
  today: '2026-06-01',
  reviewCycleMonths: 12,
  topics: { insomnia: { label: 'Insomnia', description: 'Sleep.' } },
  fixedRoutes: ['/', '/articles/', '/topics/', '/search/', '/evidence/', '/rss.xml'],
  publicFiles: [],
  articleComponents: ['Cite', 'Evidence', 'KeyPoints', 'SeeADoctor', 'StepFigure'],
  pageComponents: [],
  schemas: {},
  fileExists: (path) => path === 'src/components/Box.astro' || path === 'src/figures/jaw-circles.svg',
};

const article = (name: string, body: string, fields = '') =>
  readContentDocument(`content/articles/${name}.mdx`, 'content/articles', 'article', `---\ntitle: "${name}"\npubDate: 2026-01-01\nlastReviewed: 2026-01-01\nanswer: "${ANSWER}"\n${fields}---\n\n${body}`);
/** A claim that passes the evidence-claim rule. */
const CLAIM = 'Massage may ease anxiety for a short time after a session';
/** An answer first that passes the answer-missing rule. */
const ANSWER = 'A fixture answer: long enough for the schema, and it says what to do.';
const reference = (id: string, text: string) => readContentDocument(`content/references/${id}.yaml`, 'content/references', 'reference', text);

async function rulesFound(documents: ContentDocument[], path?: string): Promise<Array<[string, string]>> {
  const files = await lintSite(buildSiteIndex(documents, options));
  return files
    .filter((file) => !path || file.path === path)
    .flatMap((file) => file.messages.map((message): [string, string] => [message.ruleId ?? '', message.reason]));
}
const ids = async (documents: ContentDocument[], path?: string) => (await rulesFound(documents, path)).map(([rule]) => rule);

describe('evidence-ceiling: a grade may be no higher than its sources allow', () => {
  const strengths = Object.keys(gradeCeilings);
  const refs = strengths.map((strength) => reference(`ref-${strength}`, `kind: trial\ntitle: T\nstrength: ${strength}\n`));
  const graded = (level: string, cites: string[]) =>
    article('graded', `## A claim\n\n<Evidence level="${level}" claim="${CLAIM}" />\n\nText${cites.map((id) => `<Cite id="${id}" />`).join('')}.\n`, `sources: [${cites.join(', ')}]\n`);

  it.each([
    ['strong', ['ref-guideline'], []],
    ['moderate', ['ref-institutional'], ['evidence-ceiling']],
    ['limited', ['ref-institutional'], []],
    ['limited', ['ref-very-limited'], ['evidence-ceiling']],
    ['limited', ['ref-very-limited', 'ref-limited'], []],
    ['very-limited', ['ref-no-evidence'], ['evidence-ceiling']],
    ['no-evidence', [], []],
    ['limited', [], ['evidence-ceiling']],
    ['contradicted', [], ['evidence-ceiling']],
    ['contradicted', ['ref-no-evidence'], []],
  ])('%s with %j: %j', async (level, cites, expected) => {
    expect(await ids([graded(level, cites), ...refs], 'content/articles/graded.mdx')).toEqual(expected);
  });

  it('names the section, the grade, the sources and their strengths', async () => {
    const [[, message] = ['', '']] = await rulesFound([graded('moderate', ['ref-limited']), ...refs], 'content/articles/graded.mdx');
    expect(message).toBe('<Evidence level="moderate" /> in "## A claim" is higher than its sources allow: ref-limited (limited) allows at most limited. Lower the grade, or cite a stronger source in this section.');
  });

  it('a source with no strength yet gives a warning (source-strength), not an error', async () => {
    const files = await lintSite(buildSiteIndex([graded('moderate', ['ref-unrated']), reference('ref-unrated', 'kind: trial\ntitle: T\n')], options));
    const messages = files.flatMap((file) => file.messages);
    expect(messages.map((message) => [message.ruleId, message.fatal])).toEqual([['source-strength', false]]);
  });

  it('a reference whose YAML cannot be read gives one message, not one per citation', async () => {
    const found = await ids([graded('moderate', ['ref-broken']), reference('ref-broken', 'kind: trial\ntitle: "unclosed\n')]);
    expect(found).toEqual(['yaml-syntax']);
  });

  it('a ## grade covers its ### parts; a later ## section does not count', async () => {
    const body = '## Part\n\n<Evidence level="limited" claim="Massage may ease anxiety for a short time after a session" />\n\n### Detail\n\nA<Cite id="ref-limited" />.\n\n## Other\n\nB<Cite id="ref-strong" />.\n';
    expect(await ids([article('nested', body, 'sources: [ref-limited, ref-strong]\n'), ...refs], 'content/articles/nested.mdx')).toEqual([]);
    const higher = body.replace('"limited"', '"strong"');
    expect(await ids([article('nested', higher, 'sources: [ref-limited, ref-strong]\n'), ...refs], 'content/articles/nested.mdx')).toEqual(['evidence-ceiling']);
  });
});

describe('shared-words: runs of 12 words two articles share', () => {
  const twelve = 'one two three four five six seven eight nine ten eleven twelve';
  it('reports a run once, in the later file, naming the other file and its line', async () => {
    const found = await rulesFound([article('a-first', `Intro.\n\n${twelve} and more.\n`), article('b-second', `Other words: ${twelve}.\n`)]);
    expect(found).toEqual([['shared-words', `these 12 words also appear in content/articles/a-first.mdx:10:1: "${twelve}". Say it once, in the article that owns the subject, and link to it from the other.`]]);
  });
  it('lets two articles share eleven words', async () => {
    const eleven = twelve.replace(' twelve', '');
    expect(await ids([article('a-first', `${eleven} x.\n`), article('b-second', `${eleven} y.\n`)])).toEqual([]);
  });
});

describe('uncited-claim: only sentences that read as checkable claims', () => {
  it.each([
    ['Massage helped 80% of people sleep.', true],
    ['People slept longer than those who rested.', true],
    ['A trial found that people slept better.', true],
    ['Use a light touch on your neck.', false],
    ['Stay no longer than about a minute on each area.', false],
    ['If the buzz keeps you more alert rather than calmer, put it away.', false],
    ['We found no trial of massage for restless legs.', false],
    ['Text under a level-3 heading.', false],
  ])('%s → %s', (sentence, isClaim) => {
    expect(Boolean(claimIn(sentence))).toBe(isClaim);
  });
  it('skips cited paragraphs, key points and paragraphs that link to another article', async () => {
    const body = '<KeyPoints>\n\n- 80% slept better.\n\n</KeyPoints>\n\n80% slept better<Cite id="x" />.\n\n80% slept better, as [our other article](/articles/other/) explains.\n\n90% slept worse.\n';
    expect(await ids([article('claims', body, 'sources: [x]\n'), article('other', 'Text.\n')], 'content/articles/claims.mdx')).toEqual(['uncited-claim']);
  });
});

describe('files and addresses', () => {
  it('an empty file gets one message, and nothing else', async () => {
    const empty = readContentDocument('content/articles/empty.mdx', 'content/articles', 'article', '\n');
    expect(await ids([empty])).toEqual(['empty-file']);
  });
  it('a file name with capitals or spaces gets the name to use', async () => {
    const [[rule, message] = ['', '']] = await rulesFound([article('My Post', 'Text.\n')]);
    expect(rule).toBe('file-name');
    expect(message).toContain('Rename the file to my-post.mdx');
  });
  it('two files with one address: the second is reported, naming the first', async () => {
    const found = await rulesFound([article('my-post', 'One.\n'), article('My-Post', 'Two.\n')], 'content/articles/my-post.mdx');
    expect(found.map(([rule]) => rule)).toEqual(['duplicate-url']);
    expect(found[0]?.[1]).toContain('content/articles/My-Post.mdx both become /articles/my-post/');
  });
  it('a reference note written for editors', async () => {
    const note = (text: string) => reference('r', `kind: trial\ntitle: T\nnote: "${text}"\n`);
    expect(await ids([note("PMID seen only in a secondary site's link.")])).toEqual(['reference-reader-note']);
    expect(await ids([note('Part-funded by a massage-oil maker.')])).toEqual([]);
  });
});

describe('components, imports and HTML', () => {
  it('a component the page cannot use, with the nearest name', async () => {
    const found = await rulesFound([article('c', '<Evidense level="limited" />\n')]);
    expect(found.map(([rule]) => rule)).toEqual(['component-unknown']);
    expect(found[0]?.[1]).toContain('Did you mean <Evidence>?');
  });
  it('an import of a file that exists makes its component usable; one that does not is reported', async () => {
    expect(await ids([article('c', "import Box from '../../src/components/Box.astro';\n\n<Box />\n")])).toEqual([]);
    expect(await ids([article('c', "import Box from '../../src/components/Bx.astro';\n\n<Box />\n")])).toEqual(['mdx-import']);
  });
  it('a step figure names a drawing in src/figures/ and has a caption', async () => {
    expect(await ids([article('f', '<StepFigure figure="jaw-circles" caption="Small circles in front of the ear." />\n')])).toEqual([]);
    const found = await rulesFound([article('f', '<StepFigure figure="jaw-circle" caption="Circles." />\n\n<StepFigure figure="jaw-circles" />\n')]);
    expect(found.map(([rule]) => rule)).toEqual(['step-figure', 'step-figure']);
    expect(found[0]?.[1]).toContain('there is no src/figures/jaw-circle.svg');
    expect(found[1]?.[1]).toContain('has no caption');
  });
  it('code in braces or an export, but not a note to editors', async () => {
    expect(await ids([article('c', 'A {/* note */} and {1 + 1}.\n\n{/* a note on its own */}\n')])).toEqual(['mdx-code']);
    expect(await ids([article('c', 'export const x = 1;\n\nText.\n')])).toEqual(['mdx-code']);
    expect(await ids([article('c', '<SeeADoctor heading={title}>\n\n- a sign\n\n</SeeADoctor>\n')])).toEqual(['mdx-code']);
  });
  it.each(['<script>x</script>', '<iframe src="https://example.org/" />', '<style>{`p{}`}</style>', '<object data="x" />', '<a href="/" onClick="x()">a</a>', '[a](javascript:void(0))'])(
    '%s is unsafe under the site’s security policy',
    async (html) => {
      expect(await ids([article('h', `${html}\n`)])).toContain('unsafe-html');
    },
  );
});
