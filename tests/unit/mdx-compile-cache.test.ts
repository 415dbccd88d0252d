import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryKey, fingerprint } from '../../src/integrations/mdx-compile-cache';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kts-mdx-cache-'));
  mkdirSync(join(root, 'src/remark'), { recursive: true });
  writeFileSync(join(root, 'src/remark/plugin.ts'), 'export default 1;');
  writeFileSync(join(root, 'astro.config.mjs'), 'export default {};');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const inputs = ['astro.config.mjs', 'src/remark', 'missing-file.json'];

describe('fingerprint: what invalidates every cached MDX file', () => {
  it.each<[string, () => void]>([
    ['a plugin file changes', () => writeFileSync(join(root, 'src/remark/plugin.ts'), 'export default 2;')],
    ['a plugin file is added', () => writeFileSync(join(root, 'src/remark/other.ts'), '')],
    ['the Astro config changes', () => writeFileSync(join(root, 'astro.config.mjs'), 'export default { base: "/x" };')],
    ['a listed file appears', () => writeFileSync(join(root, 'missing-file.json'), '{}')],
    ['a listed environment variable changes', () => (process.env.KTS_TEST_SITE_URL = 'https://example.org')],
  ])('changes when %s', (_name, change) => {
    delete process.env.KTS_TEST_SITE_URL;
    const before = fingerprint(root, inputs, ['KTS_TEST_SITE_URL']);
    change();
    expect(fingerprint(root, inputs, ['KTS_TEST_SITE_URL'])).not.toBe(before);
    delete process.env.KTS_TEST_SITE_URL;
  });

  it('stays the same when nothing changes', () => {
    expect(fingerprint(root, inputs, [])).toBe(fingerprint(root, inputs, []));
  });
});

describe('entryKey: one cached entry per file version', () => {
  it.each([
    ['another path', ['base', '/a/other.mdx', 'text']],
    ['other text', ['base', '/a/first.mdx', 'text!']],
    ['another fingerprint', ['base2', '/a/first.mdx', 'text']],
  ] as const)('differs for %s', (_name, [base, id, code]) => {
    expect(entryKey(base, id, code)).not.toBe(entryKey('base', '/a/first.mdx', 'text'));
  });
});
