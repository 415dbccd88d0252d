/**
 * The options table, the questions box and glossary words as a reader gets
 * them: the remark plugins hand the components their data (rows with citation
 * numbers, definitions), and the components render it.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import QuestionsToAsk from '../../src/components/QuestionsToAsk.astro';
import SleepOptions from '../../src/components/SleepOptions.astro';
import Term from '../../src/components/Term.astro';
import type { GlossaryEntry } from '../../src/lib/glossary';
import type { OptionData } from '../../src/lib/options';
import remarkEvidenceCitations from '../../src/remark/evidence-citations';
import remarkGlossaryTerms from '../../src/remark/glossary-terms';

const options: OptionData[] = [
  {
    id: 'cbt-i',
    name: 'CBT-I with a therapist',
    order: 1,
    howItMayWork: { text: 'A talking therapy.', sources: ['edinger-2021'] },
    found: [{ text: 'People fell asleep about 19 minutes sooner.', sources: ['trauer-2015'] }],
    risks: [{ text: 'Sleepier at first.', sources: ['kyle-2014'] }],
    grade: 'strong',
    verdict: 'Good evidence.',
    sources: ['trauer-2015'],
    coveredAt: '/articles/where-massage-fits-in-a-sleep-plan/#start-with-cbt-i',
  },
  {
    id: 'sleep-habits',
    name: 'Sleep habits on their own',
    order: 3,
    howItMayWork: { text: 'Advice on habits.', sources: [] },
    found: [{ text: 'Worse than sleep restriction.', sources: ['kyle-2023'] }],
    risks: [{ text: 'Not enough alone.', sources: [] }],
    grade: 'guideline',
    verdict: 'Guidelines advise more.',
    sources: ['edinger-2021'],
  },
];

interface Compiled {
  tree: Root;
  frontmatter: Record<string, unknown>;
}

async function compile(mdx: string, sources: string[] = []): Promise<Compiled> {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkEvidenceCitations, { options });
  const frontmatter: Record<string, unknown> = { sources };
  const tree = (await processor.run(processor.parse(mdx), { data: { astro: { frontmatter } } } as never)) as unknown as Root;
  return { tree, frontmatter };
}

function attributesOf(tree: Root, name: string): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = [];
  visit(tree, (node) => {
    const element = node as unknown as { type: string; name?: string; attributes?: Array<{ name: string; value: unknown }> };
    if ((element.type === 'mdxJsxFlowElement' || element.type === 'mdxJsxTextElement') && element.name === name) {
      found.push(Object.fromEntries((element.attributes ?? []).map((attribute) => [attribute.name, attribute.value])));
    }
  });
  return found;
}

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const visibleText = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
/** The HTML without the dev-only source attributes and scoped-style classes, so tests read it as a reader's browser gets it. */
const clean = (html: string) => html.replace(/ data-astro-[\w-]+(="[^"]*")?/g, '').replace(/ ?\bastro-[a-z0-9]{8}\b/g, '').replace(/ class=""/g, '');

describe('the options table joins the article’s citation numbering', () => {
  it('numbers its sources where it stands, after the text before it and before the text after it, each source once', async () => {
    const { tree, frontmatter } = await compile('Guidelines<Cite id="edinger-2021" />.\n\n<SleepOptions />\n\nLater<Cite id="moyer-2004" />.\n', ['edinger-2021', 'moyer-2004']);
    expect(frontmatter.citationOrder).toEqual(['edinger-2021', 'trauer-2015', 'kyle-2014', 'kyle-2023', 'moyer-2004']);
    const [table] = attributesOf(tree, 'SleepOptions');
    expect(Object.keys(table!)).toEqual(['rows']);
    const rows = JSON.parse(String(table!.rows)) as Array<{ id: string; gradeCitations: unknown; found: Array<{ citations: unknown }> }>;
    expect(rows.map((row) => row.id)).toEqual(['cbt-i', 'sleep-habits']);
    expect(rows[0]!.gradeCitations).toEqual([{ id: 'trauer-2015', n: 2 }]);
    expect(rows[1]!.found[0]!.citations).toEqual([{ id: 'kyle-2023', n: 4 }]);
    expect(attributesOf(tree, 'Cite').map((cite) => cite.n)).toEqual(['1', '5']);
  });

  it('shows only the options named in only={[…]}, and cites only their sources', async () => {
    const { tree, frontmatter } = await compile('<SleepOptions only={["sleep-habits"]} />\n');
    expect(frontmatter.citationOrder).toEqual(['edinger-2021', 'kyle-2023']);
    expect((JSON.parse(String(attributesOf(tree, 'SleepOptions')[0]!.rows)) as unknown[]).length).toBe(1);
  });
});

describe('<SleepOptions /> renders each option as a row of the table', () => {
  it('with its name linked to the page that covers it, its grade and plain verdict, and each statement cited', async () => {
    const { tree } = await compile('<SleepOptions />\n');
    const html = clean(await container.renderToString(SleepOptions, { props: { rows: String(attributesOf(tree, 'SleepOptions')[0]!.rows) } }));
    expect(html.match(/<tr data-option=/g)).toHaveLength(2);
    expect(html).toContain('<th scope="row">');
    expect(html).toMatch(/<a href="\/articles\/where-massage-fits-in-a-sleep-plan\/#start-with-cbt-i">CBT-I with a therapist<\/a>/);
    expect(html).toContain('data-level="strong"');
    expect(visibleText(html)).toContain('Sleep habits on their own Guidance, not graded Guidelines advise more. [2]');
    expect(html).toMatch(/People fell asleep about 19 minutes sooner\.<sup class="cite"><a href="#source-trauer-2015" aria-label="Source 1">\[1\]<\/a><\/sup>/);
    for (const label of ['How it may work', 'What studies found', 'Risks and downsides']) expect(html).toContain(`data-label="${label}"`);
  });

  it('fails the build, saying why, when the remark plugin has not given it rows', async () => {
    await expect(container.renderToString(SleepOptions, { props: {} })).rejects.toThrow(/has no rows: is the evidence-citations remark plugin configured\?/);
  });
});

describe('<Term> shows a glossary word with its plain meaning, without JavaScript', () => {
  const glossary: GlossaryEntry[] = [{ id: 'pilot', term: 'pilot study', aliases: [], definition: 'A small first study to test whether a bigger one can be done.', sources: [] }];

  it('gets its definition from the glossary through the remark plugin', async () => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGlossaryTerms, { glossary });
    const tree = (await processor.run(processor.parse('A <Term id="pilot">pilot study</Term> and <Term id="nothing">x</Term>.\n'))) as unknown as Root;
    expect(attributesOf(tree, 'Term').map((term) => term.definition)).toEqual(['A small first study to test whether a bigger one can be done.', undefined]);
  });

  it('renders phrasing content only: the word linked to /glossary/, then its meaning in brackets', async () => {
    const html = clean(await container.renderToString(Term, { props: { id: 'pilot', definition: glossary[0]!.definition }, slots: { default: 'pilot study' } }));
    expect(html).toMatch(/<a class="term-word" href="\/glossary\/#term-pilot">pilot study<\/a>/);
    expect(visibleText(html)).toBe('pilot study (a small first study to test whether a bigger one can be done)');
    expect(html).not.toMatch(/<(div|details|p|section)\b/);
  });
});

describe('<QuestionsToAsk>', () => {
  it('is an h2 box that says the questions are our suggestions', async () => {
    const html = await container.renderToString(QuestionsToAsk, { props: {}, slots: { default: '<ul><li>What are the risks?</li></ul>' } });
    expect(html).toMatch(/<h2[^>]*>Questions to ask your GP, midwife or therapist<\/h2>/);
    expect(visibleText(html)).toContain('Our suggestions: questions we think are worth asking, not an official list.');
  });
  it('takes its own heading, and says so when the questions come from an official list', async () => {
    const html = await container.renderToString(QuestionsToAsk, { props: { heading: 'Questions to ask your midwife', official: true }, slots: { default: '<ul><li>Q</li></ul>' } });
    expect(html).toMatch(/<h2[^>]*>Questions to ask your midwife<\/h2>/);
    expect(visibleText(html)).toContain('From an official list');
    expect(visibleText(html)).not.toContain('Our suggestions');
  });
});
