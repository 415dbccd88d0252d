/**
 * An image beside the article (`![…](./photo.png)`) goes through Astro's image
 * pipeline: the page gets a resized WebP copy with its width and height, loaded
 * lazily, instead of the file as it was (the guide's advice, and the fix the
 * image-size rule gives for a large file in public/).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSource, makeFixture, removeFixture, runBuild, type FixtureBuild } from './fixture-site';

let build: FixtureBuild;

beforeAll(async () => {
  const photo = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: { r: 200, g: 180, b: 160 } } }).png().toBuffer();
  const root = makeFixture({
    'content/articles/with-photo.mdx': articleSource({ title: '"With a photo"' }, '![Hands resting on a shoulder](./with-photo.png)\n'),
  });
  // Fixture files are text; the photo is binary, so it is written here.
  writeFileSync(join(root, 'content/articles/with-photo.png'), photo);
  build = runBuild(root);
}, 240_000);
afterAll(() => removeFixture(build));

describe('an image beside the article', () => {
  it('is served as an optimised copy with its width, height and lazy loading', () => {
    expect(build.status, build.output).toBe(0);
    const page = readFileSync(join(build.root, 'dist/articles/with-photo/index.html'), 'utf8');
    const img = /<img [^>]*alt="Hands resting on a shoulder"[^>]*>/.exec(page)?.[0] ?? '';
    expect(img).toMatch(/src="\/_astro\/with-photo\.[\w-]+\.webp"/);
    expect(img).toContain('width="1600"');
    expect(img).toContain('height="1000"');
    expect(img).toContain('loading="lazy"');
  });
});
