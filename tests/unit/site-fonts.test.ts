import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteCharacters, subsetSiteFonts } from '../../src/integrations/site-fonts';

describe('siteCharacters', () => {
  it('always holds printable ASCII, adds what the texts use, once each, and leaves out line breaks and tabs', () => {
    const characters = siteCharacters(['Café “quoted” text\n', '\tcafé – again']);
    for (const character of 'Az09 !?&~') expect(characters).toContain(character);
    for (const character of 'é“”–') expect(characters).toContain(character);
    expect(characters).not.toMatch(/[\n\t]/);
    expect(new Set(characters).size).toBe([...characters].length);
    expect([...characters].map((c) => c.codePointAt(0))).toEqual([...characters].map((c) => c.codePointAt(0)).sort((a, b) => a! - b!));
  });
});

describe('subsetSiteFonts', () => {
  const cache = mkdtempSync(join(tmpdir(), 'site-fonts-'));
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  it('writes one WOFF2 file per face, smaller than the whole Latin font, and reuses it for the same characters', async () => {
    const root = resolve(import.meta.dirname, '../..');
    const faces = await subsetSiteFonts(root, siteCharacters(['Massage and sleep']), cache);
    expect(faces.map((face) => face.weight)).toEqual([400, 600]);
    for (const face of faces) {
      expect(readFileSync(face.path).subarray(0, 4).toString('latin1')).toBe('wOF2');
      expect(statSync(face.path).size).toBeLessThan(statSync(join(root, 'node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2')).size);
    }
    const again = await subsetSiteFonts(root, siteCharacters(['Massage and sleep']), cache);
    expect(again.map((face) => face.path)).toEqual(faces.map((face) => face.path));
    const other = await subsetSiteFonts(root, siteCharacters(['Ünïcödé']), cache);
    expect(other[0]!.path).not.toBe(faces[0]!.path);
    expect(existsSync(faces[0]!.path)).toBe(true);
  });
});
