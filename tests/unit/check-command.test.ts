/**
 * `npm run check` reads the content of the folder it runs in, prints only
 * findings and a one-line summary, and fails only on errors.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const projectRoot = resolve(import.meta.dirname, '../..');
let folder: string;

const article = (body: string, frontmatter = 'pubDate: 2026-01-10\nlastReviewed: 2026-01-10') =>
  `---\ntitle: A\ndescription: A description that is long enough for the schema to accept it.\n${frontmatter}\ntags: [insomnia]\nanswer: A fixture answer, long enough for the schema, that says what to do.\n---\n\n${body}`;
const page = '---\ntitle: About\ndescription: A standing page, with a description long enough for the schema.\n---\n\nText.\n';

function check(files: Record<string, string>, ...args: string[]) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  const result = spawnSync(join(projectRoot, 'node_modules/.bin/node'), [join(projectRoot, 'scripts/check.ts'), ...args], {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, SITE_TODAY: '2026-02-01', NO_COLOR: '1' },
  });
  return { status: result.status, lines: `${result.stdout}${result.stderr}`.trim().split('\n') };
}

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'kts-check-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('npm run check', () => {
  it('passes clean content, printing only the summary line', () => {
    const { status, lines } = check({ 'content/articles/a.mdx': article('## A\n\nText.\n'), 'content/pages/about.mdx': page });
    expect(status).toBe(0);
    expect(lines).toEqual(['content check: no problems in 2 files.']);
  });

  it('fails with each finding under its file, with line and column, then the summary', () => {
    const { status, lines } = check({ 'content/articles/a.mdx': article('## A\n\nSee [b](/articles/b/).\n') });
    expect(status).toBe(1);
    expect(lines).toEqual([
      'content/articles/a.mdx',
      expect.stringMatching(/^12:5-12:22 +error +links to \/articles\/b\/, which does not exist on this site\. +broken-link +rulebook$/),
      '',
      'content check: 1 error in 1 file.',
    ]);
  });

  it('checks the fields against the schema in src/content.config.ts', () => {
    const { status, lines } = check({ 'content/articles/a.mdx': article('Text.\n', 'pubDate: 2026-13-45\nlastReviewed: 2026-01-10') });
    expect(status).toBe(1);
    expect(lines[1]).toMatch(/^4:1 +error +field "pubDate": expected a real calendar date \(there is no month 13\), but found "2026-13-45"\. +fields +rulebook$/);
  });

  it('checks that a reviewer named in reviewedBy has a file in content/people/', () => {
    const { status, lines } = check({ 'content/articles/a.mdx': article('Text.\n', 'pubDate: 2026-01-10\nlastReviewed: 2026-01-10\nreviewedBy: dr-nobody') });
    expect(status).toBe(1);
    expect(lines[1]).toContain('field "reviewedBy": expected the id of a file in content/people/ (there is none called dr-nobody)');
  });

  it('warns about an overdue review without failing', () => {
    const { status, lines } = check({ 'content/articles/a.mdx': article('## A\n\nText.\n', 'pubDate: 2024-01-10\nlastReviewed: 2024-01-10') });
    expect(status).toBe(0);
    expect(lines[1]).toMatch(/^5:1 +warning +the next review was due on 2025-01-10\..* review-overdue +rulebook$/);
    expect(lines.at(-1)).toBe('content check: 1 warning in 1 file.');
  });

  it('given files, reports only theirs, but still knows every page for links', () => {
    const { status, lines } = check(
      { 'content/articles/a.mdx': article('## A\n\n[b](/articles/b/)\n'), 'content/articles/b.mdx': article('## B\n\n[gone](/gone/)\n').replace('title: A', 'title: B') },
      'content/articles/a.mdx',
    );
    expect(status).toBe(0);
    expect(lines).toEqual(['content check: no problems in 1 file.']);
  });
});
