/** `npm run new -- "Title"` writes a draft, prints where and what next, and never overwrites a file. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const projectRoot = resolve(import.meta.dirname, '../..');
let folder: string;

function runNew(...args: string[]) {
  const result = spawnSync(join(projectRoot, 'node_modules/.bin/node'), [join(projectRoot, 'scripts/new-article.ts'), ...args], {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, SITE_TODAY: '2026-12-01' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'kts-new-'));
  mkdirSync(join(folder, 'content/articles'), { recursive: true });
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('npm run new', () => {
  it('creates content/articles/<slug>.mdx as a draft dated today, and says where it is and what to do next', () => {
    const { status, output } = runNew('Does a foot massage help you sleep?');
    expect(status, output).toBe(0);
    const path = 'content/articles/does-a-foot-massage-help-you-sleep.mdx';
    expect(output).toContain(`Created ${path}`);
    expect(output).toMatch(/Next steps:[\s\S]*npm run dev[\s\S]*npm run check[\s\S]*pull request/);
    const source = readFileSync(join(folder, path), 'utf8');
    expect(source).toContain('title: "Does a foot massage help you sleep?"');
    expect(source).toContain('pubDate: 2026-12-01');
    expect(source).toContain('draft: true');
  });

  it('refuses to overwrite an existing article, and leaves it as it was', () => {
    const path = join(folder, 'content/articles/sleep-and-massage.mdx');
    writeFileSync(path, 'the editor’s work');
    const { status, output } = runNew('Sleep and massage');
    expect(status).toBe(1);
    expect(output).toContain('content/articles/sleep-and-massage.mdx already exists, so nothing was written');
    expect(readFileSync(path, 'utf8')).toBe('the editor’s work');
  });

  it.each([
    [[], 'Usage: npm run new -- "Article title"'],
    [['x'.repeat(71)], 'titles may have at most 70'],
    [['???'], 'has no letters or digits'],
  ])('explains a title it cannot use (%#)', (args, message) => {
    const { status, output } = runNew(...args);
    expect(status).toBe(1);
    expect(output).toContain(message);
  });
});
