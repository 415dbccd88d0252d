/** `npm run new` starts an article that the dev server shows and the check flags until it is finished. */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { articleSchema } from '../../src/content.config';
import { isPlaceholderDescription, newArticleSource, PLACEHOLDER_DESCRIPTION } from '../../src/lib/article-template';
import { lintContent } from '../../src/lib/lint';
import { topicSlugs } from '../../src/site.config';

const source = newArticleSource({ title: 'Massage & sleep: what’s "known"?', today: '2026-11-21', topicSlugs });
const frontmatter = parseYaml(/^---\n([\s\S]*?)\n---/.exec(source)![1]!) as Record<string, unknown>;

describe('a new article', () => {
  it('has frontmatter the schema accepts, so the dev server shows it at once', () => {
    const result = articleSchema.safeParse(frontmatter);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('is a draft dated today, with the title exactly as typed', () => {
    expect(frontmatter).toMatchObject({ draft: true, pubDate: '2026-11-21', lastReviewed: '2026-11-21', title: 'Massage & sleep: what’s "known"?' });
  });

  it('has the placeholder description, which passes the schema but not the check', () => {
    expect(frontmatter.description).toBe(PLACEHOLDER_DESCRIPTION);
    expect(PLACEHOLDER_DESCRIPTION.length).toBeGreaterThanOrEqual(50);
    expect(PLACEHOLDER_DESCRIPTION.length).toBeLessThanOrEqual(160);
    expect(isPlaceholderDescription(PLACEHOLDER_DESCRIPTION)).toBe(true);
  });

  it('has the section skeleton: key points, body sections, a commented-out care card and a note about Sources', () => {
    expect(source).toMatch(/<KeyPoints>\n\n- .+\n/);
    expect(source.match(/^## /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(source).toMatch(/\{\/\*\s*<SeeADoctor>[\s\S]*<\/SeeADoctor>\s*\*\/\}/);
    expect(source).toMatch(/Sources list .* made from `sources:`/);
  });

  it('is flagged by the content check for its placeholders only, with no structural problems', () => {
    const findings = lintContent([{ path: 'new.mdx', id: 'new', kind: 'article', source }], { today: '2026-11-21', reviewCycleMonths: 12, topicSlugs });
    expect(new Set(findings.map((finding) => finding.rule))).toEqual(new Set(['description-todo', 'todo']));
  });
});

describe('isPlaceholderDescription', () => {
  it.each([
    ['TODO: write it', true],
    ['  todo later', true],
    ['A real description of what massage studies found about sleep.', false],
    ['Studies on TODO lists', false],
  ])('%j → %s', (text, expected) => {
    expect(isPlaceholderDescription(text)).toBe(expected);
  });
});
