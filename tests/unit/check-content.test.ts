/** `npm run check:content` prints one `file:line  rule  message` line per finding and fails only on errors. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const projectRoot = resolve(import.meta.dirname, '../..');
let folder: string;

const article = (body: string, frontmatter = 'pubDate: 2026-01-10\nlastReviewed: 2026-01-10') =>
  `---\ntitle: A\ndescription: A description that is long enough for the schema to accept it.\n${frontmatter}\ntags: [insomnia]\n---\n\n${body}`;

function check(files: Record<string, string>, ...args: string[]) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  const result = spawnSync(join(projectRoot, 'node_modules/.bin/node'), [join(projectRoot, 'scripts/check-content.ts'), ...args], {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, SITE_TODAY: '2026-02-01' },
  });
  return { status: result.status, lines: result.stdout.trim().split('\n') };
}

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'kts-check-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('npm run check:content', () => {
  it('passes clean content', () => {
    const { status, lines } = check({ 'content/articles/a.mdx': article('## A\n\nText.\n'), 'content/pages/about.mdx': '---\ntitle: About\n---\n\nText.\n' });
    expect(status).toBe(0);
    expect(lines).toEqual(['content check: no problems in 2 files.']);
  });

  it('fails with one located line per error', () => {
    const { status, lines } = check({ 'content/articles/a.mdx': article('## A\n\nSee [b](/articles/b/).\n') });
    expect(status).toBe(1);
    expect(lines).toEqual([
      'content/articles/a.mdx:11  broken-link  links to /articles/b/, which does not exist on this site.',
      'content check: 1 error in 1 file.',
    ]);
  });

  it('warns about an overdue review without failing', () => {
    const { status, lines } = check({ 'content/articles/a.mdx': article('## A\n\nText.\n', 'pubDate: 2024-01-10\nlastReviewed: 2024-01-10') });
    expect(status).toBe(0);
    expect(lines[0]).toMatch(/^content\/articles\/a\.mdx:5 {2}review-overdue {2}warning: /);
  });

  it('given files, reports only theirs, but still knows every page for links', () => {
    const { status, lines } = check(
      { 'content/articles/a.mdx': article('## A\n\n[b](/articles/b/)\n'), 'content/articles/b.mdx': article('## B\n\n[gone](/gone/)\n') },
      'content/articles/a.mdx',
    );
    expect(status).toBe(0);
    expect(lines).toEqual(['content check: no problems in 1 file.']);
  });
});
