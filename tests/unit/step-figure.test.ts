import { readdirSync, readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import StepFigure from '../../src/components/StepFigure.astro';

const figuresDir = new URL('../../src/figures/', import.meta.url);
const names = readdirSync(figuresDir)
  .filter((file) => file.endsWith('.svg'))
  .map((file) => file.replace(/\.svg$/, ''))
  .sort();
const drawing = (name: string): string => readFileSync(new URL(`${name}.svg`, figuresDir), 'utf8');
const titleOf = (svg: string): string | undefined => /<title>([^<]+)<\/title>/.exec(svg)?.[1];

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('StepFigure', () => {
  it('has drawings to show', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  it.each(names)('%s: shows the drawing as an image named by its description, with the visible caption', async (name) => {
    const caption = `Caption for ${name}, with "quotes" & an ampersand.`;
    const html = await container.renderToString(StepFigure, { props: { figure: name, caption } });
    expect(html).toMatch(/^<figure class="step-figure"/);
    const svg = html.match(/<svg[^>]*>/g) ?? [];
    expect(svg).toHaveLength(1);
    expect(svg[0]).toContain('role="img"');
    expect(svg[0]).toContain(`aria-label="${titleOf(drawing(name))}"`);
    expect(html).not.toContain('<title>');
    expect(html).toMatch(/<figcaption[^>]*>Caption for [a-z-]+, with &quot;quotes&quot; &amp; an ampersand\.<\/figcaption>/);
    // The pressure marks carry the class the stylesheet colours with the palette's accent (dark mode, print).
    expect(html).toContain('class="mark"');
  });

  it('stops the build on an unknown drawing, naming every drawing there is', async () => {
    const render = container.renderToString(StepFigure, { props: { figure: 'shoulder-sqeeze', caption: 'Squeeze.' } });
    await expect(render).rejects.toThrow(`<StepFigure figure="shoulder-sqeeze" /> is not a drawing in src/figures/. Use one of: ${names.join(', ')}.`);
  });

  it('stops the build when the caption is missing or blank', async () => {
    await expect(container.renderToString(StepFigure, { props: { figure: names[0], caption: ' ' } })).rejects.toThrow(/has no caption/);
    await expect(container.renderToString(StepFigure, { props: { figure: names[0] } })).rejects.toThrow(/has no caption/);
  });
});

describe('the drawings in src/figures/', () => {
  const houseStyle =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 180" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round">';

  it.each(names)('%s: one frame and line style, a description, accent marks, and under 3 KB', (name) => {
    const svg = drawing(name);
    expect(svg.startsWith(houseStyle), 'same viewBox, stroke width, round caps and joins as every other drawing').toBe(true);
    expect(titleOf(svg)?.trim().length ?? 0, '<title> describing what the drawing shows').toBeGreaterThan(40);
    expect(svg).toMatch(/<path class="mark" stroke="#b0582c" stroke-width="4" d="[^"]+"\/>/);
    // Colours come from the site's palette through the stylesheet, so none other is written in.
    expect(svg.match(/#[0-9a-f]{3,6}\b/gi)).toEqual(['#b0582c']);
    expect(Buffer.byteLength(svg)).toBeLessThan(3 * 1024);
  });
});
