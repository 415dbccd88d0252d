import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { gradedClaims, recordedClaims, verdictOf, type RecordedClaim } from '../../src/lib/graded-claims';
import { gradedSections, sectionName } from '../../src/lib/graded-sections';
import { claimProblem } from '../../src/rules/evidence-claim';
import { recordedCitationOrder } from '../../src/lib/citations';
import remarkGradedClaims from '../../src/remark/graded-claims';

/** Runs the remark plugin over MDX text and returns what it hands the page. */
async function record(mdx: string): Promise<unknown> {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGradedClaims);
  const frontmatter: Record<string, unknown> = {};
  const file = new VFile();
  (file.data as Record<string, unknown>).astro = { frontmatter };
  await processor.run(processor.parse(mdx), file);
  return frontmatter.gradedClaims;
}

const article = `
Intro that cites <Cite id="intro-source" /> before any grade.

## Claims

### 1. Relaxation

A review sets the scene<Cite id="setting" />.

<Evidence level="moderate" claim="Massage may ease anxiety for a short time after a session" />

A review<Cite id="moyer-2004" /> and a trial<Cite id="guo-2020" />, then the review again<Cite id="moyer-2004" />.

#### A detail inside the claim

Still the same claim<Cite id="detail-study" />.

### 2. Circulation

<Evidence level="contradicted" />

Blood flow did not change<Cite id="shoemaker-1997" />.

## Outside any claim

Cited but ungraded<Cite id="later" />.
`;

describe('graded claims, as the article page receives them', () => {
  it('lists each grade in text order with every source its section cites (subsections too), and nothing outside it', async () => {
    expect(await record(article)).toEqual([
      { level: 'moderate', claim: 'Massage may ease anxiety for a short time after a session', headingIndex: 1, sources: ['setting', 'moyer-2004', 'guo-2020', 'detail-study'] },
      { level: 'contradicted', claim: '', headingIndex: 3, sources: ['shoemaker-1997'] },
    ]);
  });

  it('gives each claim its section heading text and anchor from the rendered headings', () => {
    const headings = [
      { depth: 2, slug: 'claims', text: 'Claims' },
      { depth: 3, slug: '1-relaxation', text: '1. Relaxation' },
    ];
    const recorded: RecordedClaim[] = [
      { level: 'limited', claim: 'Massage may ease anxiety for a short time', headingIndex: -1, sources: [] },
      { level: 'very-limited', claim: '', headingIndex: 1, sources: ['a'] },
    ];
    expect(gradedClaims(recorded, headings)).toEqual([
      { level: 'limited', label: 'Limited', statement: 'Massage may ease anxiety for a short time', heading: undefined, sources: [] },
      // A mark with no claim yet (the evidence-claim rule reports it) is shown by its heading.
      { level: 'very-limited', label: 'Very limited', statement: '1. Relaxation', heading: { text: '1. Relaxation', slug: '1-relaxation' }, sources: ['a'] },
    ]);
  });

  it('records no claims for an article without grades', async () => {
    expect(recordedClaims(await record('Just text<Cite id="a" />.'))).toEqual([]);
  });

  it('fails loudly when the pipeline hands the page something else', () => {
    expect(() => recordedClaims('moderate')).toThrow(/graded-claims\.ts configured/);
    expect(() => recordedCitationOrder([1, 2])).toThrow(/not a list of source ids/);
    expect(recordedCitationOrder(undefined)).toEqual([]);
    expect(recordedCitationOrder(['b', 'a'])).toEqual(['b', 'a']);
  });
});

describe('one reading of graded sections, shared by the page and the rulebook', () => {
  it('gives the rules the same sections, claims and sources the page records', async () => {
    const tree = unified().use(remarkParse).use(remarkMdx).parse(article);
    const sections = gradedSections(tree);
    expect(sections.map((section) => [section.level, section.claim ?? '', section.heading?.index ?? -1, section.cited])).toEqual(
      ((await record(article)) as RecordedClaim[]).map((claim) => [claim.level, claim.claim, claim.headingIndex, claim.sources]),
    );
    expect(sections.map(sectionName)).toEqual(['"### 1. Relaxation"', '"### 2. Circulation"']);
    expect(sections.map((section) => section.evidence.position?.start.line)).toEqual([10, 20]);
  });

  it('names the opening for a grade above the first heading', () => {
    const [section] = gradedSections(unified().use(remarkParse).use(remarkMdx).parse('<Evidence level="limited" claim="A claim in the opening paragraphs" />\n\nA trial<Cite id="a" />.\n\n## Later\n\nMore<Cite id="b" />.\n'));
    expect(section && [sectionName(section), section.cited]).toEqual(['the opening', ['a']]);
  });
});

describe('verdictOf: what an article card shows', () => {
  it.each([
    [[], undefined],
    [['limited'], { strongest: 'limited', weakest: 'limited' }],
    [['very-limited', 'moderate', 'limited'], { strongest: 'moderate', weakest: 'very-limited' }],
    [['no-evidence', 'contradicted', 'limited'], { strongest: 'limited', weakest: 'no-evidence' }],
    [['contradicted', 'very-limited'], { strongest: 'very-limited', weakest: 'contradicted' }],
  ] as const)('%j → %j', (levels, verdict) => {
    expect(verdictOf(levels)).toEqual(verdict);
  });
});

describe('claimProblem: a claim must stand on its own', () => {
  it.each([
    ['Massage may ease anxiety for a short time after a session', 'Relaxation', undefined],
    ['Foam rolling may slightly reduce soreness', undefined, undefined],
    [undefined, 'Sleep', 'has no claim'],
    [null, 'Sleep', 'has a claim written as an expression'],
    ['  ', 'Sleep', 'has an empty claim'],
    ['Sleep', 'Does massage help?', 'has a claim of one word ("Sleep")'],
    ['Self-massage for sleep', 'Self-massage', 'has a claim of 3 words'],
    ['1. Relaxation helps you sleep', 'Relaxation', 'has a numbered claim'],
    ['2) Massage lowers cortisol levels', 'Cortisol', 'has a numbered claim'],
    ['Self-massage for better sleep', '3. Self-massage for better sleep', 'only repeats its heading'],
  ] as const)('%j under %j → %j', (claim, heading, problem) => {
    const found = claimProblem(claim, heading);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(problem);
  });
});
