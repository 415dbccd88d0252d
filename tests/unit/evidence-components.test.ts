import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Evidence from '../../src/components/Evidence.astro';
import EvidenceGlance from '../../src/components/EvidenceGlance.astro';
import GradeMark from '../../src/components/GradeMark.astro';
import Sources from '../../src/components/Sources.astro';
import ArticleLayout from '../../src/layouts/ArticleLayout.astro';
import type { CitedSource } from '../../src/data/article-page';
import { articlePage } from './fixtures/article-page';
import { evidenceLevelSlugs } from '../../src/lib/evidence';
import type { GradedClaim } from '../../src/lib/graded-claims';
import type { ReferenceData } from '../../src/lib/references';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** The text a reader sees: tags removed, white space folded. */
function visibleText(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/\s+/g, ' ').replace(/ ([.,:])/g, '$1').trim();
}

describe('GradeMark', () => {
  it('draws each grade with its own symbol and names it in text, hiding the drawing from screen readers', async () => {
    const marks = await Promise.all(evidenceLevelSlugs.map((level) => container.renderToString(GradeMark, { props: { level } })));
    const symbols = marks.map((html) => html.match(/<svg[^]*<\/svg>/)![0].replace(/ data-astro-[\w-]+(="[^"]*")?/g, ''));
    expect(new Set(symbols).size).toBe(6);
    for (const html of marks) expect(html).toMatch(/<svg[^>]*aria-hidden="true"/);
    expect(visibleText(marks[1]!)).toBe('Moderate: good trials agree on this, but with clear limits');
    expect(marks[1]).toContain('data-position="2"');
    expect(marks[1]!.match(/class="slot-filled"/g)).toHaveLength(3);
    expect(marks[1]!.match(/class="slot-open"/g)).toHaveLength(1);
    expect(marks[4]!.match(/class="slot-struck"/g)).toHaveLength(4);
  });

  it.each([
    ['very-limited', "Very limited: a few small studies, and we can't tell if it works"],
    ['contradicted', 'Contradicted: better studies found it does not work'],
    ['no-evidence', 'No evidence: we found no study that tested it'],
  ] as const)('says what %s means in everyday words, next to its name', async (level, text) => {
    expect(visibleText(await container.renderToString(GradeMark, { props: { level } }))).toBe(text);
  });

  it('can leave the meaning out where the text beside it says it (a source\'s own strength)', async () => {
    expect(visibleText(await container.renderToString(GradeMark, { props: { level: 'limited', plain: false } }))).toBe('Limited');
  });
});

describe('Evidence', () => {
  it('states the claim, then its grade with its name and plain meaning, linked to the scale', async () => {
    const html = await container.renderToString(Evidence, { props: { level: 'contradicted', claim: 'Massage does not lower cortisol' } });
    expect(visibleText(html)).toBe('Massage does not lower cortisol Strength of evidence: Contradicted: better studies found it does not work');
    expect(html).toMatch(/<span class="grade" data-level="contradicted" data-position="5"[^>]*><svg[^]*<\/svg> <a href="\/evidence\/#level-contradicted"[^>]*><span class="grade-label"[^>]*>Contradicted<\/span><\/a><span class="grade-plain"/);
  });
});

describe('EvidenceGlance', () => {
  const claims: GradedClaim[] = [
    { level: 'moderate', label: 'Moderate', statement: 'Massage may ease anxiety for a short time', heading: { text: 'Relaxation', slug: 'relaxation' }, sources: [] },
    { level: 'contradicted', label: 'Contradicted', statement: 'Massage does not lower cortisol', heading: { text: 'Cortisol', slug: 'cortisol' }, sources: [] },
  ];

  it('is a figure captioned "The evidence at a glance" listing each claim as its statement, in order, with its grade as the section shows it and a link to its section', async () => {
    const html = await container.renderToString(EvidenceGlance, { props: { claims } });
    expect(html).toMatch(/<figure[^>]*>\s*<figcaption[^>]*>.*The evidence at a glance.*<\/figcaption>/s);
    const items = [...html.matchAll(/<li data-level="([^"]+)"[^>]*>(.*?)<\/li>/gs)].map((match) => [match[1], visibleText(match[2]!)]);
    expect(items).toEqual([
      ['moderate', 'Massage may ease anxiety for a short time Moderate: good trials agree on this, but with clear limits'],
      ['contradicted', 'Massage does not lower cortisol Contradicted: better studies found it does not work'],
    ]);
    expect(html).toContain('href="#relaxation"');
    expect(html).toContain('href="#cortisol"');
  });

  it('sits straight after the key points on the article page, before the opening paragraph', async () => {
    const { page } = articlePage({ evidence: claims });
    const body = '<section class="key-points"><h2 id="key-points-heading">Key points</h2><ul><li>First point</li></ul></section><p>Opening paragraph</p>';
    const html = await container.renderToString(ArticleLayout, { props: { page }, slots: { default: body } });
    const order = ['First point', 'The evidence at a glance', 'Opening paragraph'].map((text) => html.indexOf(text));
    expect(order.every((position) => position > -1)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('is left out of an article with no graded claims', async () => {
    expect((await container.renderToString(EvidenceGlance, { props: { claims: [] } })).trim()).toBe('');
  });
});

describe('Sources', () => {
  const source = (id: string, number: number, data: ReferenceData): CitedSource => ({ id, number, anchor: `source-${id}`, data });
  const sources = [
    source('trial-2020', 1, {
      kind: 'pilot-trial',
      title: 'A pilot trial',
      doi: '10.1000/xyz',
      strength: 'very-limited',
      participants: 1234,
      finding: 'Massage helped a little',
      seenIn: 'abstract',
      note: 'Paid for by a maker of massage chairs.',
      editorNote: 'SECRET editor detail',
    }),
    source('nice', 2, { kind: 'guideline', title: 'A guideline', url: 'https://example.org/', strength: 'guideline', finding: 'Offer CBT-I first.', seenIn: 'summary' }),
  ];

  it('says of each source what kind it is, how many people, its strength, what it found and what we read', async () => {
    const text = visibleText(await container.renderToString(Sources, { props: { sources } }));
    expect(text).toContain('Pilot trial, 1,234 people. Strength: Very limited.');
    expect(text).toContain('Massage helped a little.');
    expect(text).toContain('Paid for by a maker of massage chairs.');
    expect(text).toContain('We read the abstract only.');
    expect(text).toContain('We read a summary, not the paper.');
  });

  it('shows guidelines as guidance, not as a grade', async () => {
    const html = await container.renderToString(Sources, { props: { sources } });
    const guideline = html.slice(html.indexOf('id="source-nice"'));
    expect(visibleText(guideline)).toContain('Guideline. Guidance, not graded.');
    expect(guideline).not.toContain('class="grade"');
  });

  it('never shows the editor-only note', async () => {
    expect(await container.renderToString(Sources, { props: { sources } })).not.toContain('SECRET');
  });
});
