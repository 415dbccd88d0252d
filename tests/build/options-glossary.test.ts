/**
 * The options table and the glossary are drawn from their data files: a fixture
 * site with two options, two glossary terms and two articles that show the
 * table builds pages whose rows, citations, Sources lists and glossary come
 * from those files, and adding an option is one new file that every table shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSource, buildFixtureAsync, decodeHtml, rebuildFixture, removeFixture, type FixtureBuild } from './fixture-site';

const optionFile = (name: string, order: number, finding: string, source: string, grade = 'limited') =>
  `name: "${name}"\norder: ${order}\nhowItMayWork:\n  text: "How ${name} may work."\n  sources: [moyer-2004]\nfound:\n  - text: "${finding}"\n    sources: [${source}]\nrisks:\n  - text: "No harms reported for ${name}."\ngrade: ${grade}\nverdict: "What the grade means for ${name}."\nsources: [${source}]\n`;

const files = {
  'content/options/talking.yaml': optionFile('Talking therapy', 1, 'In 20 trials, people fell asleep 19 minutes sooner.', 'trauer-2015', 'strong'),
  'content/options/rubbing.yaml': optionFile('Rubbing', 2, 'In 44 women, insomnia scores eased in both groups.', 'climacteric-2012'),
  'content/references/trauer-2015.yaml': 'kind: meta-analysis\ntitle: "A fixture meta-analysis of CBT-I"\nyear: 2015\ndoi: "10.7326/M14-2841"\nstrength: strong\nfinding: "Faster sleep."\nseenIn: abstract\n',
  'content/glossary/pilot.yaml': 'term: "pilot study"\naliases: ["pilot"]\ndefinition: "A small first study to test whether a bigger one can be done."\n',
  'content/glossary/actigraphy.yaml': 'term: "actigraphy"\ndefinition: "Measuring sleep with a device worn on the wrist."\n',
  'content/articles/plan.mdx': articleSource(
    { title: '"A sleep plan"', sources: '[edinger-2021]' },
    'Guidelines put CBT-I first<Cite id="edinger-2021" />. A <Term id="pilot">pilot study</Term> is small.\n\n## Your options\n\n<SleepOptions />\n',
  ),
  'content/articles/insomnia.mdx': articleSource({ title: '"About insomnia"' }, '## Your options\n\n<SleepOptions only={["rubbing"]} />\n'),
};

let build: FixtureBuild;
const page = (id: string) => decodeHtml(readFileSync(join(build.root, `dist/articles/${id}/index.html`), 'utf8'));
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
/** The ids of the Sources list, in order: the number a reader sees is the position + 1. */
const sourceIds = (html: string) => [...html.matchAll(/<li id="source-([a-z0-9-]+)"/g)].map((match) => match[1]);
const cites = (html: string) => [...html.matchAll(/href="#source-([a-z0-9-]+)" aria-label="Source (\d+)"/g)].map((match) => [match[1], Number(match[2])] as const);

beforeAll(async () => {
  build = await buildFixtureAsync(files);
}, 300_000);
afterAll(() => removeFixture(build));

describe('the options table, from content/options/', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('shows a row per option file, in order, with the words of each file', () => {
    const html = page('plan');
    expect([...html.matchAll(/data-option="([a-z-]+)"/g)].map((match) => match[1])).toEqual(['talking', 'rubbing']);
    expect(text(html)).toContain('In 20 trials, people fell asleep 19 minutes sooner.');
    expect(text(html)).toContain('What the grade means for Rubbing.');
    expect(html).toMatch(/data-option="talking"[\s\S]*?data-level="strong"/);
  });

  it('adds the sources of its rows to the article’s Sources list, numbered where the table stands, whether `sources` lists them or not', () => {
    const html = page('plan');
    expect(sourceIds(html)).toEqual(['edinger-2021', 'trauer-2015', 'moyer-2004', 'climacteric-2012']);
    for (const [id, n] of cites(html)) expect(sourceIds(html).indexOf(id) + 1, id).toBe(n);
  });

  it('shows only the options an article names in `only`, with only their sources', () => {
    const html = page('insomnia');
    expect([...html.matchAll(/data-option="([a-z-]+)"/g)].map((match) => match[1])).toEqual(['rubbing']);
    expect(sourceIds(html)).toEqual(['climacteric-2012', 'moyer-2004']);
  });

  it('defines a glossary word in brackets where it is first used, and links it to /glossary/', () => {
    expect(text(page('plan'))).toContain('A pilot study (a small first study to test whether a bigger one can be done) is small.');
    expect(page('plan')).toContain('href="/glossary/#term-pilot"');
  });

  it('lists every glossary file on /glossary/, A to Z, each at its anchor', () => {
    const html = decodeHtml(readFileSync(join(build.root, 'dist/glossary/index.html'), 'utf8'));
    expect([...html.matchAll(/<div class="glossary-entry[^"]*" id="term-([a-z-]+)"/g)].map((match) => match[1])).toEqual(['actigraphy', 'pilot']);
    expect(text(html)).toContain('Measuring sleep with a device worn on the wrist.');
  });

  it('adding an option is one new file: every table shows it, and its sources join the Sources list', () => {
    const again = rebuildFixture(build, { 'content/options/yoga.yaml': optionFile('Yoga', 3, 'In 19 trials, sleep quality scores improved.', 'wang-2020') });
    expect(again.status, again.output).toBe(0);
    const html = page('plan');
    expect([...html.matchAll(/data-option="([a-z-]+)"/g)].map((match) => match[1])).toEqual(['talking', 'rubbing', 'yoga']);
    expect(sourceIds(html)).toContain('wang-2020');
    expect(text(html)).toContain('In 19 trials, sleep quality scores improved.');
  }, 300_000);
});
