import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { gradedClaims, recordedClaims, type RecordedClaim } from '../../src/lib/graded-claims';
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

<Evidence level="moderate" />

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
      { level: 'moderate', headingIndex: 1, sources: ['setting', 'moyer-2004', 'guo-2020', 'detail-study'] },
      { level: 'contradicted', headingIndex: 3, sources: ['shoemaker-1997'] },
    ]);
  });

  it('gives each claim its section heading text and anchor from the rendered headings', () => {
    const headings = [
      { depth: 2, slug: 'claims', text: 'Claims' },
      { depth: 3, slug: '1-relaxation', text: '1. Relaxation' },
    ];
    const recorded: RecordedClaim[] = [
      { level: 'limited', headingIndex: -1, sources: [] },
      { level: 'very-limited', headingIndex: 1, sources: ['a'] },
    ];
    expect(gradedClaims(recorded, headings)).toEqual([
      { level: 'limited', label: 'Limited', heading: undefined, sources: [] },
      { level: 'very-limited', label: 'Very limited', heading: { text: '1. Relaxation', slug: '1-relaxation' }, sources: ['a'] },
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
