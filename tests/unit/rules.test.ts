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
  articleComponents: ['Cite', 'Evidence', 'KeyPoints', 'PracticalAdvice', 'SeeADoctor', 'StepFigure'],
  pageComponents: [],
  schemas: {},
  fileExists: (path) => path === 'src/components/Box.astro' || path === 'src/figures/jaw-circles.svg',
};

/** Every article needs key points (the key-points rule): they come last here, so the body's lines are the ones written. */
const KEY_POINTS = '\n<KeyPoints>\n\n- A point for readers who skim.\n\n</KeyPoints>\n';
const article = (name: string, body: string, fields = '') =>
  readContentDocument(`content/articles/${name}.mdx`, 'content/articles', 'article', `---\ntitle: "${name}"\npubDate: 2026-01-01\nlastReviewed: 2026-01-01\nanswer: "${ANSWER}"\n${fields}---\n\n${body}${KEY_POINTS}`);
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
    const body = '## Part\n\n<Evidence level="limited" claim="Massage may ease anxiety for a short time after a session" />\n\n### Detail\n\nA<Cite id="ref-limited" />.\n\n## Other\n\n<PracticalAdvice />\n\nB<Cite id="ref-strong" />.\n';
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

describe('the article shape', () => {
  const bare = (name: string, body: string, fields = '') =>
    readContentDocument(`content/articles/${name}.mdx`, 'content/articles', 'article', `---\ntitle: "${name}"\npubDate: 2026-01-01\nlastReviewed: 2026-01-01\nanswer: "${ANSWER}"\n${fields}---\n\n${body}`);

  it('an article without <KeyPoints> is an error, a warning in a draft, and says how to add one', async () => {
    const found = await rulesFound([bare('k', 'Text.\n')]);
    expect(found).toEqual([['key-points', expect.stringContaining('Add one after the frontmatter: <KeyPoints>')]]);
    const files = await lintSite(buildSiteIndex([bare('k', 'Text.\n', 'draft: true\n')], options));
    expect(files[0]?.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['key-points', false]]);
  });

  describe('section-grade: a section that cites has exactly one grade', () => {
    const cited = (body: string) => article('s', body, 'sources: [ref-a]\n');
    it('a section that cites with no grade names the section and the citing line', async () => {
      const found = await rulesFound([cited('## Safety checks\n\nAdvice<Cite id="ref-a" />.\n')], 'content/articles/s.mdx');
      expect(found).toEqual([['section-grade', 'the section "## Safety checks" cites a source (line 11) but has no grade. Put <Evidence level="…" claim="…" /> right under the heading, or <PracticalAdvice /> if the section gives our suggestions rather than a claim.']]);
    });
    it('<PracticalAdvice /> or one <Evidence> satisfies it; a ## grade covers its ### parts', async () => {
      expect(await ids([cited('## Safety checks\n\n<PracticalAdvice />\n\nAdvice<Cite id="ref-a" />.\n')], 'content/articles/s.mdx')).toEqual([]);
      expect(await ids([cited(`## A claim\n\n<Evidence level="no-evidence" claim="${CLAIM}" />\n\n### Part\n\nA<Cite id="ref-a" />.\n`)], 'content/articles/s.mdx')).toEqual([]);
    });
    it('two grades in one section would list the claim twice; a ### part may have a grade or advice mark of its own', async () => {
      const two = await rulesFound([cited(`## A claim\n\n<Evidence level="no-evidence" claim="${CLAIM}" />\n\n<PracticalAdvice />\n\nA<Cite id="ref-a" />.\n`)], 'content/articles/s.mdx');
      expect(two).toEqual([['section-grade', expect.stringContaining('has two grades (lines 11 and 13)')]]);
      const nested = (mark: string) => cited(`## A claim\n\n<Evidence level="no-evidence" claim="${CLAIM}" />\n\n### Part\n\n${mark}\n\nA<Cite id="ref-a" />.\n`);
      expect(await ids([nested('<PracticalAdvice />')], 'content/articles/s.mdx')).toEqual([]);
      expect(await ids([nested('<Evidence level="no-evidence" claim="Nobody has tested massage for this part of the problem" />')], 'content/articles/s.mdx')).toEqual([]);
    });
    it('the opening, the standard treatment-choice sections and citations in key points or care cards need no grade', async () => {
      const body = 'Opening<Cite id="ref-a" />.\n\n## Your options\n\nA<Cite id="ref-a" />.\n\n### Pills\n\nB<Cite id="ref-a" />.\n\n## The bottom line\n\nC<Cite id="ref-a" />.\n\n## Warning signs\n\nWhen to get help.\n\n<SeeADoctor>\n\n- a sign<Cite id="ref-a" />\n\n</SeeADoctor>\n';
      expect(await ids([cited(body)], 'content/articles/s.mdx')).toEqual([]);
    });
  });

  it('http:// links, with the https:// address to use', async () => {
    const found = await rulesFound([article('h', 'See [the NHS](http://www.nhs.uk/conditions/insomnia/) and <a href="https://example.org/">this</a>.\n')]);
    expect(found).toEqual([['http-link', 'links to http://www.nhs.uk/conditions/insomnia/, which is not secure. Use https://www.nhs.uk/conditions/insomnia/ (open it first to check the site answers on https).']]);
  });

  it.each([
    ['<script>alert(1)</script>', 'an HTML or component tag'],
    ['Sleep with `code`', 'a backtick'],
    ['Sleep {and} massage', 'a curly brace'],
    ['**Sleep** and massage', 'Markdown'],
    ['Sleep well 😴', 'an emoji'],
  ])('a title with markup: %s', async (title, what) => {
    const document = readContentDocument('content/articles/t.mdx', 'content/articles', 'article', `---\ntitle: ${JSON.stringify(title)}\npubDate: 2026-01-01\nlastReviewed: 2026-01-01\nanswer: "${ANSWER}"\n---\n\n<KeyPoints>\n\n- A point.\n\n</KeyPoints>\n`);
    const files = await lintSite(buildSiteIndex([document], options));
    expect(files[0]?.messages.map((message) => [message.ruleId, message.line])).toEqual([['title-markup', 2]]);
    expect(files[0]?.messages[0]?.reason).toContain(what);
  });

  it('TODO, todo, FIXME and xxx in any case, in a heading or the text', async () => {
    const found = await rulesFound([article('t', '## todo: a heading\n\nSome fixme text.\n\nAnd Xxx here.\n\nA to-do list is fine.\n')]);
    expect(found.map(([rule, reason]) => [rule, reason.slice(0, 10)])).toEqual([
      ['todo', 'a TODO is '],
      ['todo', 'a FIXME is'],
      ['todo', 'a XXX is l'],
    ]);
  });

  it('an image in public/ over 300 KB, with where to move it so the build sizes it', async () => {
    const sized: SiteOptions = { ...options, publicFiles: ['/images/big.jpg', '/images/small.jpg'], fileSize: (path) => (path === 'public/images/big.jpg' ? 4_400_000 : 20_000) };
    const files = await lintSite(buildSiteIndex([article('i', '![A big photo](/images/big.jpg)\n\n![A small one](/images/small.jpg)\n')], sized));
    expect(files[0]?.messages.map((message) => [message.ruleId, message.line, message.reason])).toEqual([
      ['image-size', 8, 'the image /images/big.jpg is 4297 KB, over the 300 KB limit for files in public/. Move it beside the article (content/articles/big.jpg) and write ![…](./big.jpg): the build then resizes it and gives it a width, a height and lazy loading.'],
    ]);
  });
});

describe('addresses never silently break', () => {
  const list = (text: string) => readContentDocument('content/addresses.txt', 'content', 'addresses', text);
  const unpublished = (text: string) => readContentDocument('content/unpublished.yaml', 'content', 'unpublished', text);
  const kept = article('foot-massage-at-bedtime', 'Text.\n');

  it('an address on the list that is gone is an error at its line, suggesting the likely new address', async () => {
    const found = (await rulesFound([kept, list('# Published.\n/articles/foot-massage-at-bedtime/\n/articles/foot-massage/\n')], 'content/addresses.txt')).filter(([rule]) => rule === 'address-gone');
    expect(found).toEqual([
      ['address-gone', expect.stringContaining('/articles/foot-massage/ was published, and the site no longer serves it')],
    ]);
    expect(found[0]?.[1]).toContain('add redirectFrom: ["/articles/foot-massage/"] to its frontmatter (did it become /articles/foot-massage-at-bedtime/?)');
  });

  it('redirectFrom or content/unpublished.yaml keeps the old address served', async () => {
    const renamed = article('foot-massage-at-bedtime', 'Text.\n', 'redirectFrom: ["/articles/foot-massage/"]\n');
    const gones = async (documents: ContentDocument[]) => (await ids(documents)).filter((rule) => rule !== 'address-new');
    expect(await gones([renamed, list('/articles/foot-massage-at-bedtime/\n/articles/foot-massage/\n')])).toEqual([]);
    const gone = unpublished('pages:\n  - address: /articles/foot-massage/\n    goTo: /articles/foot-massage-at-bedtime/\n');
    expect(await gones([kept, gone, list('/articles/foot-massage-at-bedtime/\n/articles/foot-massage/\n')])).toEqual([]);
  });

  it('a published address not on the list is a warning to run npm run addresses', async () => {
    const files = await lintSite(buildSiteIndex([kept, list('# Published.\n')], options));
    const messages = files.find((file) => file.path === 'content/addresses.txt')?.messages ?? [];
    expect(messages.map((message) => [message.ruleId, message.fatal, message.line])).toEqual([['address-new', false, 1]]);
    expect(messages[0]?.reason).toContain('Run `npm run addresses`');
  });

  it('a redirect from an address that is still a page, claimed twice, or sent nowhere is an error', async () => {
    const other = article('other', 'Text.\n', 'redirectFrom: ["/articles/foot-massage-at-bedtime/"]\n');
    expect(await rulesFound([kept, other], 'content/articles/other.mdx')).toEqual([['redirect-target', expect.stringContaining('which is still a page of this site (content/articles/foot-massage-at-bedtime.mdx)')]]);
    const nowhere = unpublished('pages:\n  - address: /articles/old/\n    goTo: /articles/nowhere/\n');
    expect(await rulesFound([kept, nowhere], 'content/unpublished.yaml')).toEqual([['redirect-target', expect.stringContaining('goTo for /articles/old/ is /articles/nowhere/, which is not a published page')]]);
    const twice = unpublished('pages:\n  - address: /articles/old/\n    goTo: /articles/\n');
    const claimed = article('foot-massage-at-bedtime', 'Text.\n', 'redirectFrom: ["/articles/old/"]\n');
    expect(await rulesFound([claimed, twice], 'content/unpublished.yaml')).toEqual([['redirect-target', expect.stringContaining('which content/articles/foot-massage-at-bedtime.mdx already redirects to /articles/foot-massage-at-bedtime/')]]);
  });

  it('a link to an old address names the new one', async () => {
    const renamed = article('foot-massage-at-bedtime', 'Text.\n', 'redirectFrom: ["/articles/foot-massage/"]\n');
    const linking = article('linking', 'See [it](/articles/foot-massage/#how).\n');
    expect(await rulesFound([renamed, linking], 'content/articles/linking.mdx')).toEqual([
      ['broken-link', 'links to /articles/foot-massage/#how, an old address that now redirects to /articles/foot-massage-at-bedtime/. Link to /articles/foot-massage-at-bedtime/#how directly.'],
    ]);
  });
});

describe('link messages that give the fix', () => {
  const target = article('target', '## What we found\n\nText.\n\n## Safety and side effects\n\nText.\n');
  it('a link to an article\'s .mdx file gives its address', async () => {
    expect(await rulesFound([target, article('from', 'See [it](./target.mdx).\n')], 'content/articles/from.mdx')).toEqual([
      ['broken-link', "links to ./target.mdx, the article's file. Link to its address instead: /articles/target/"],
    ]);
  });
  it('a missing #fragment lists the closest sections of that page', async () => {
    expect(await rulesFound([target, article('from', 'See [it](/articles/target/#risks).\n')], 'content/articles/from.mdx')).toEqual([
      ['broken-anchor', 'links to #risks, which is not on /articles/target/. Its closest sections: #what-we-found, #safety-and-side-effects.'],
    ]);
  });
});
