/**
 * `npm run check` reads the content of the folder it runs in, prints only
 * findings and a one-line summary, and fails only on errors.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const projectRoot = resolve(import.meta.dirname, '../..');
let folder: string;

/** Key points come last, so the body's lines are the ones written. */
const article = (body: string, frontmatter = 'pubDate: 2026-01-10\nlastReviewed: 2026-01-10') =>
  `---\ntitle: A\ndescription: A description that is long enough for the schema to accept it.\n${frontmatter}\ntags: [insomnia]\nanswer: A fixture answer, long enough for the schema, that says what to do.\n---\n\n${body}\n<KeyPoints>\n\n- A point.\n\n</KeyPoints>\n`;
const page = '---\ntitle: About\ndescription: A standing page, with a description long enough for the schema.\n---\n\nText.\n';

function check(files: Record<string, string>, ...args: string[]) {
  return checkWith({}, files, ...args);
}

/** Runs the check with extra environment variables; outside GitHub unless told. */
function checkWith(env: Record<string, string>, files: Record<string, string>, ...args: string[]) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  const result = spawnSync(join(projectRoot, 'node_modules/.bin/node'), [join(projectRoot, 'scripts/check.ts'), ...args], {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', SITE_TODAY: '2026-02-01', NO_COLOR: '1', ...env },
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

describe('in GitHub Actions', () => {
  const twelve = Array.from({ length: 12 }, (_, index) => `See [b](/articles/missing-${index}/).\n`).join('\n');

  it('prints each finding as an annotation on its file and line, at most 10 of a kind, and the whole report to the job summary', () => {
    const summary = join(folder, 'summary.md');
    writeFileSync(summary, '');
    const { status, lines } = checkWith({ GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary }, { 'content/articles/a.mdx': article(`## A\n\n${twelve}`, 'pubDate: 2024-01-10\nlastReviewed: 2024-01-10') });
    expect(status).toBe(1);
    // The usual report comes first, unchanged.
    expect(lines[0]).toBe('content/articles/a.mdx');
    expect(lines).toContain('content check: 12 errors and 1 warning in 1 file.');
    const errors = lines.filter((line) => line.startsWith('::error '));
    expect(errors).toHaveLength(10);
    expect(errors[0]).toBe('::error file=content/articles/a.mdx,line=12,col=5,endColumn=30,title=content check%3A broken-link::links to /articles/missing-0/, which does not exist on this site.');
    expect(lines.filter((line) => line.startsWith('::warning '))).toEqual([expect.stringMatching(/^::warning file=content\/articles\/a\.mdx,line=5,col=1,title=content check%3A review-overdue::the next review was due on 2025-01-10/)]);
    expect(lines.at(-1)).toBe('::notice title=content check::2 more findings than GitHub shows on the files: see the job summary, or run npm run check.');
    const markdown = readFileSync(summary, 'utf8');
    expect(markdown).toContain('## Content check');
    expect(markdown).toContain('content check: 12 errors and 1 warning in 1 file.');
    expect(markdown).toContain('| error | `content/articles/a.mdx:34:5` | links to /articles/missing-11/, which does not exist on this site. | broken-link |');
  });

  it('prints no annotations outside GitHub Actions', () => {
    const { lines } = check({ 'content/articles/a.mdx': article('## A\n\nSee [b](/articles/b/).\n') });
    expect(lines.some((line) => line.startsWith('::'))).toBe(false);
  });
});
