/**
 * The rules for the options table and the glossary, each with content that
 * breaks it and content that does not, and the place (file:line:column) and
 * fix every message names.
 */
import { describe, expect, it } from 'vitest';
import { readContentDocument, type ContentDocument } from '../../src/rules/engine/document';
import { lintSite } from '../../src/rules/engine/runner';
import { buildSiteIndex, type SiteOptions } from '../../src/rules/engine/site';

const options: SiteOptions = {
  today: '2026-06-01',
  reviewCycleMonths: 12,
  topics: { insomnia: { label: 'Insomnia', description: 'Sleep.' } },
  fixedRoutes: ['/', '/articles/', '/topics/', '/search/', '/evidence/', '/glossary/', '/rss.xml'],
  publicFiles: [],
  articleComponents: ['Cite', 'Evidence', 'KeyPoints', 'SleepOptions', 'Term', 'QuestionsToAsk'],
  pageComponents: [],
  schemas: {},
  fileExists: () => false,
};

const article = (name: string, body: string, fields = '') =>
  readContentDocument(`content/articles/${name}.mdx`, 'content/articles', 'article', `---\ntitle: "${name}"\nanswer: A fixture answer, long enough for the schema, that says what to do.\npubDate: 2026-01-01\nlastReviewed: 2026-01-01\n${fields}---\n\n${body}\n<KeyPoints>\n\n- A point.\n\n</KeyPoints>\n`);
const yamlFile = (kind: 'reference' | 'option' | 'glossary', folder: string, id: string, text: string) => readContentDocument(`content/${folder}/${id}.yaml`, `content/${folder}`, kind, text);
const reference = (id: string, strength: string) => yamlFile('reference', 'references', id, `kind: trial\ntitle: T\nstrength: ${strength}\n`);
const option = (id: string, text: string) => yamlFile('option', 'options', id, text);
const term = (id: string, text: string) => yamlFile('glossary', 'glossary', id, text);

const cbtI = option(
  'cbt-i',
  'name: "CBT-I"\norder: 1\nhowItMayWork:\n  text: "A talking therapy."\n  sources: [ref-guideline]\nfound:\n  - text: "19 minutes sooner."\n    sources: [ref-strong]\nrisks:\n  - text: "Sleepier at first."\ngrade: strong\nverdict: "Good evidence."\nsources: [ref-strong]\n',
);
const massage = option('massage', 'name: "Massage"\norder: 6\nhowItMayWork:\n  text: "Touch."\nfound:\n  - text: "Small trials."\n    sources: [ref-limited]\nrisks:\n  - text: "Rare harm."\ngrade: limited\nverdict: "Small trials."\nsources: [ref-limited]\n');
const references = [reference('ref-strong', 'strong'), reference('ref-limited', 'limited'), reference('ref-guideline', 'guideline'), reference('ref-institutional', 'institutional')];
const pilot = term('pilot', 'term: "pilot study"\naliases: ["pilot studies", "pilot"]\ndefinition: "A small first study."\n');
const sham = term('sham', 'term: "sham"\ndefinition: "A pretend treatment."\n');

interface Finding {
  rule: string;
  place: string;
  reason: string;
}

async function findings(documents: ContentDocument[], path: string): Promise<Finding[]> {
  const files = await lintSite(buildSiteIndex([...documents, cbtI, massage, ...references, pilot, sham], options));
  return files
    .filter((file) => file.path === path)
    .flatMap((file) => file.messages.map((message) => ({ rule: message.ruleId ?? '', place: `${message.line}:${message.column}`, reason: message.reason })));
}
const rulesOf = async (documents: ContentDocument[], path: string) => (await findings(documents, path)).map((finding) => finding.rule);
const articlePath = (name: string) => `content/articles/${name}.mdx`;

describe('sleep-options: <SleepOptions> names options that exist', () => {
  it.each([
    ['every option', '<SleepOptions />\n', []],
    ['some options, in a list of quoted ids', '<SleepOptions only={["cbt-i", "massage"]} />\n', []],
    ['an id with no file', '<SleepOptions only={["cbti"]} />\n', ['sleep-options']],
    ['code rather than a list', '<SleepOptions only={ids} />\n', ['mdx-code', 'sleep-options']],
    ['an empty list', '<SleepOptions only={[]} />\n', ['sleep-options']],
  ])('%s: %j', async (_name, body, expected) => {
    expect((await rulesOf([article('table', body)], articlePath('table'))).sort()).toEqual(expected);
  });

  it('names the file, the line, the unknown id and the likely one', async () => {
    const [finding] = await findings([article('table', 'Intro.\n\n<SleepOptions only={["cbti"]} />\n')], articlePath('table'));
    expect(finding).toEqual({ rule: 'sleep-options', place: '10:1', reason: '<SleepOptions> names "cbti" in only, but there is no content/options/cbti.yaml. Did you mean "cbt-i"?' });
  });

  it('counts the table’s sources as cited, listed in `sources` or not', async () => {
    expect(await rulesOf([article('table', '<SleepOptions only={["massage"]} />\n', 'sources: [ref-limited]\n')], articlePath('table'))).toEqual([]);
    expect(await rulesOf([article('table', '<SleepOptions only={["massage"]} />\n', 'sources: [ref-strong]\n')], articlePath('table'))).toEqual(['source-uncited']);
  });

  it('knows the table’s sources are in the Sources list, so a link to one is not broken', async () => {
    expect(await rulesOf([article('table', '<SleepOptions />\n\nSee [the trial](#source-ref-strong).\n')], articlePath('table'))).toEqual([]);
  });
});

describe('option-data: each option file is cited and graded within its sources', () => {
  const file = (text: string) => option('yoga', text);
  const base = 'name: "Yoga"\norder: 5\nhowItMayWork:\n  text: "Movement."\nrisks:\n  - text: "None reported."\nverdict: "Small trials."\n';
  it.each([
    ['a figure with its source, a grade its sources allow', `${base}found:\n  - text: "In 19 trials."\n    sources: [ref-limited]\ngrade: limited\nsources: [ref-limited]\n`, []],
    ['a figure with no source', `${base}found:\n  - text: "In 19 trials."\ngrade: limited\nsources: [ref-limited]\n`, ['option-data']],
    ['a grade higher than its sources allow', `${base}found:\n  - text: "Trials."\n    sources: [ref-institutional]\ngrade: moderate\nsources: [ref-institutional]\n`, ['option-data']],
    ['guidance, not graded', `${base}found:\n  - text: "Trials."\n    sources: [ref-guideline]\ngrade: guideline\nsources: [ref-guideline]\n`, []],
    ['a page that covers it', `${base}found:\n  - text: "Trials."\n    sources: [ref-limited]\ngrade: limited\nsources: [ref-limited]\ncoveredAt: "/articles/covers/#yoga"\n`, []],
    ['a page that does not exist', `${base}found:\n  - text: "Trials."\n    sources: [ref-limited]\ngrade: limited\nsources: [ref-limited]\ncoveredAt: "/articles/no-such/"\n`, ['option-data']],
    ['a section the page does not have', `${base}found:\n  - text: "Trials."\n    sources: [ref-limited]\ngrade: limited\nsources: [ref-limited]\ncoveredAt: "/articles/covers/#tai-chi"\n`, ['option-data']],
  ])('%s: %j', async (_name, text, expected) => {
    expect(await rulesOf([file(text), article('covers', '## Yoga\n\nText.\n')], 'content/options/yoga.yaml')).toEqual(expected);
  });

  it('says which statement gives a figure without a source, on its line', async () => {
    const [finding] = await findings([file(`${base}found:\n  - text: "In 19 trials."\ngrade: limited\nsources: [ref-limited]\n`)], 'content/options/yoga.yaml');
    expect(finding).toEqual({ rule: 'option-data', place: '8:1', reason: 'found[0] gives a figure ("In 19 trials.") but cites no source. Add the id of its source to its sources, or take the figure out.' });
  });
});

describe('term-unknown: every <Term> names a glossary file', () => {
  it('names the line and the likely id', async () => {
    const found = await findings([article('terms', 'A <Term id="pilots">pilot study</Term>.\n')], articlePath('terms'));
    expect(found).toEqual([{ rule: 'term-unknown', place: '8:3', reason: '<Term id="pilots"> names a term with no file content/glossary/pilots.yaml. Did you mean "pilot"?' }]);
  });
});

describe('term-undefined: a glossary word is defined where readers first meet it', () => {
  it.each([
    ['defined at its first use', 'A <Term id="pilot">pilot study</Term>. Another pilot study.\n', []],
    ['used before it is defined', 'A pilot study.\n\nA <Term id="pilot">pilot study</Term>.\n', ['8:3']],
    ['never defined: one warning, at the first use', 'A pilot.\n\nTwo pilot studies.\n', ['8:3']],
    ['in a heading or code: not prose', '## A pilot study\n\n`pilot`\n', []],
    ['inside the key points box, which readers see first', '<KeyPoints>\n\n- A sham massage.\n\n</KeyPoints>\n\nThe <Term id="sham">sham</Term>.\n', ['10:5']],
    ['inside another word', 'The autopilot.\n', []],
  ])('%s', async (_name, body, places) => {
    const found = await findings([article('terms', body)], articlePath('terms'));
    expect(found.filter((finding) => finding.rule === 'term-undefined').map((finding) => finding.place)).toEqual(places);
  });

  it('gives the fix in the message, and leaves drafts alone', async () => {
    const [finding] = (await findings([article('terms', 'A pilot study of 20.\n')], articlePath('terms'))).filter((found) => found.rule === 'term-undefined');
    expect(finding?.reason).toBe('"pilot study" is in the glossary (content/glossary/pilot.yaml) but is used here before it is defined. Write its first use as <Term id="pilot">pilot study</Term>, which adds its plain meaning in brackets.');
    expect(await rulesOf([article('terms', 'A pilot study.\n', 'draft: true\n')], articlePath('terms'))).toEqual([]);
  });
});

describe('effect-size: an effect size always says what it means', () => {
  it.each([
    ['a bare standardised mean difference', 'Yoga improved sleep quality, SMD 0.54.\n', ['8:30']],
    ['an effect size in words beside it', 'A small effect (effect size 0.14).\n', []],
    ['Hedges’ g in a table cell', '| Review | Effect |\n|---|---|\n| Lin | g 1.10 |\n', ['10:9']],
    ['minutes and percentages are not effect sizes', 'About 19 minutes sooner; 37.5% still had it.\n', []],
  ])('%s', async (_name, body, places) => {
    const found = await findings([article('effects', body)], articlePath('effects'));
    expect(found.filter((finding) => finding.rule === 'effect-size').map((finding) => finding.place)).toEqual(places);
  });
});
