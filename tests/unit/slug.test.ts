import { describe, expect, it } from 'vitest';
import { isSlug, slugify } from '../../src/rules/engine/slug';

describe('slugify: a title becomes a short, readable file name and address', () => {
  it.each([
    ['Massage therapy for insomnia', 'massage-therapy-for-insomnia'],
    ['Massage & sleep: what’s known?', 'massage-and-sleep-whats-known'],
    ["Don't rub it in", 'dont-rub-it-in'],
    ['Café-style self-massage', 'cafe-style-self-massage'],
    ['  Spaces   everywhere  ', 'spaces-everywhere'],
    ['CBT-I, 2026 update', 'cbt-i-2026-update'],
    ['Über Schlaf', 'uber-schlaf'],
    ['???', ''],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('cuts long titles at a word boundary, never mid-word', () => {
    const slug = slugify('Why a gentle evening massage might help some people who lie awake worrying at night');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('why-a-gentle-evening-massage-might-help-some-people-who-lie');
  });

  it('cuts a single overlong word rather than returning nothing', () => {
    expect(slugify('a'.repeat(80))).toBe('a'.repeat(60));
  });

  it('always returns a valid slug, or nothing', () => {
    for (const title of ['Ä–Ö', 'x', '2026: the year', '—', 'Sleep apnoea (OSA) & massage']) {
      const slug = slugify(title);
      expect(slug === '' || isSlug(slug), `${title} → ${slug}`).toBe(true);
    }
  });
});

describe('isSlug', () => {
  it.each([
    ['massage-and-sleep', true],
    ['a1', true],
    ['Massage', false],
    ['double--hyphen', false],
    ['-leading', false],
    ['trailing-', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(isSlug(text)).toBe(expected);
  });
});
