import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_READING_GRADE, proseFromMdx, readingGrade } from '../../scripts/lib/readability';

describe('proseFromMdx keeps only running prose', () => {
  it('drops frontmatter, tags, tables, code and link targets', () => {
    const mdx = [
      '---', 'title: x', '---', '', '## A heading', '', 'Massage can calm you<Cite id="moyer-2004" />. See [this page](/evidence/).', '',
      '| a | b |', '|---|---|', '| 1 | 2 |', '', '```', 'code here', '```', '- a list item',
    ].join('\n');
    expect(proseFromMdx(mdx)).toBe('A heading.\n\nMassage can calm you. See this page.\n\na list item.');
  });
});

describe('readingGrade', () => {
  it('scores simple prose low and dense prose high', () => {
    expect(readingGrade('The cat sat on the mat. It was warm. We slept well.').grade).toBeLessThan(3);
    expect(
      readingGrade('Polysomnographic evaluation demonstrated statistically insignificant differences in physiological parameters following intervention.').grade,
    ).toBeGreaterThan(MAX_READING_GRADE);
  });
});

const folder = join(import.meta.dirname, '../../content/articles');
const articles = readdirSync(folder).filter((name) => name.endsWith('.mdx'));

describe(`plain language: every article reads at grade ${MAX_READING_GRADE} or below (Flesch-Kincaid)`, () => {
  it.each(articles)('%s', (name) => {
    const { grade, words } = readingGrade(proseFromMdx(readFileSync(join(folder, name), 'utf8')));
    console.log(`[readability] ${name}: grade ${grade.toFixed(1)} (${words} words)`);
    expect(grade).toBeLessThanOrEqual(MAX_READING_GRADE);
  });
});
