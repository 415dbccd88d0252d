/**
 * `npm run new` starts an article that the dev server shows, that passes the
 * check with warnings while it is a draft, and fails it once it is not a draft
 * until its TODOs are gone.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { articleSchema } from '../../src/content.config';
import { newArticleSource, PLACEHOLDER_DESCRIPTION } from '../../scripts/lib/article-template';
import { isPlaceholderDescription } from '../../src/rules/description-todo';
import { readContentDocument } from '../../src/rules/engine/document';
import { lintSite } from '../../src/rules/engine/runner';
import { buildSiteIndex } from '../../src/rules/engine/site';
import { topics, topicSlugs } from '../../src/site.config';

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

  const check = async (text: string) => {
    const document = readContentDocument('content/articles/new.mdx', 'content/articles', 'article', text);
    const site = buildSiteIndex([document], {
      today: '2026-11-21',
      reviewCycleMonths: 12,
      topics,
      fixedRoutes: ['/', '/articles/', '/topics/', '/search/', '/evidence/', '/rss.xml'],
      publicFiles: [],
      articleComponents: ['Cite', 'Evidence', 'KeyPoints', 'SeeADoctor'],
      pageComponents: [],
      schemas: {},
      fileExists: () => false,
    });
    const [file] = await lintSite(site);
    return file!.messages.map((message) => [message.ruleId, message.fatal ? 'error' : 'warning']);
  };

  it('passes the check while it is a draft: its placeholders are warnings, and nothing else is found', async () => {
    const findings = await check(source);
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map(([rule]) => rule))).toEqual(new Set(['description-todo', 'answer-missing', 'todo']));
    expect(findings.every(([, severity]) => severity === 'warning')).toBe(true);
  });

  it('fails the check once `draft: true` is removed, until the TODOs are gone', async () => {
    const findings = await check(source.replace(/^draft: true\n/m, ''));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.map(([rule, severity]) => [rule, severity])).toEqual(findings.map((finding) => [finding[0], 'error']));
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
