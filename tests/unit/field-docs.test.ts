/**
 * The editor guide's tables come from the code: the frontmatter fields from the
 * schema's doc comments and types, the topics, evidence levels and check rules
 * from their lists. A test fails when the committed guide is out of date.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldTable, fillGeneratedSections, generatedSections, schemaFields } from '../../scripts/lib/field-docs';

const root = join(import.meta.dirname, '../..');
const configSource = readFileSync(join(root, 'src/content.config.ts'), 'utf8');
const guide = readFileSync(join(root, 'docs/editing.md'), 'utf8');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('docs/editing.md', () => {
  it('has up-to-date generated tables (if this fails, run `npm run docs` and commit docs/editing.md)', () => {
    expect(fillGeneratedSections(guide, generatedSections(configSource))).toBe(guide);
  });

  it('README.md carries the same generated frontmatter table (if this fails, run `npm run docs`)', () => {
    expect(readme).toContain('<!-- generated:article-fields');
    expect(fillGeneratedSections(readme, generatedSections(configSource), ['article-fields'])).toBe(readme);
  });

  it('documents every article field the schema accepts', () => {
    for (const field of schemaFields(configSource, 'articleSchema')) expect(guide).toContain(`| \`${field.name}\` |`);
  });

  it('goes stale when a field’s doc comment changes', () => {
    const edited = configSource.replace('The headline: plain text', 'The headline, in sentence case');
    expect(fillGeneratedSections(guide, generatedSections(edited))).not.toBe(guide);
  });
});

describe('schemaFields reads each field’s doc comment, whether it is required, and its type', () => {
  const source = `
    const calendarDate = z.string();
    export const demoSchema = z.strictObject({
      /** The headline. */
      title: z.string().trim().min(1).max(70),
      /**
       * A comment over
       * two lines.
       */
      pubDate: calendarDate,
      /** Optional date. */
      updatedDate: calendarDate.optional(),
      /** Topics. */
      tags: z.array(z.enum(topicSlugs)).min(1),
      /** Sources. */
      sources: z.array(sourceId.pipe(reference('references'))).default([]),
      // A plain comment is not documentation.
      draft: z.boolean().default(false),
      year: z.number().int().min(1800).max(2100).optional(),
      pages: z.union([z.string(), z.number()]).transform(String).optional(),
      reviewedBy: reference('people').optional(),
      url: z.url({ error: 'a web address' }),
    }).superRefine(() => {});
  `;
  const fields = Object.fromEntries(schemaFields(source, 'demoSchema').map((field) => [field.name, field]));

  it.each([
    ['title', true, 'text, 1–70 characters', 'The headline.'],
    ['pubDate', true, 'date, YYYY-MM-DD', 'A comment over two lines.'],
    ['updatedDate', false, 'date, YYYY-MM-DD', 'Optional date.'],
    ['tags', true, 'list (at least 1): each one of `insomnia`', 'Topics.'],
    ['sources', false, 'list: each id of a file in content/references/', 'Sources.'],
    ['draft', false, '`true` or `false`', ''],
    ['year', false, 'whole number, 1800–2100', ''],
    ['pages', false, 'text or number', ''],
    ['reviewedBy', false, 'id of a file in content/people/', ''],
    ['url', true, 'web address, starting https://', ''],
  ])('%s', (name, required, type, description) => {
    const field = fields[name]!;
    expect(field.required).toBe(required);
    expect(field.type).toContain(type);
    expect(field.description).toBe(description);
  });

  it('shows defaults', () => {
    expect(fields.draft?.defaultValue).toBe('false');
    expect(fieldTable([fields.draft!])).toContain('| `draft` | no (default `false`) |');
  });

  it('keeps a component written in a doc comment visible in the table', () => {
    expect(fieldTable([{ name: 'sources', required: false, type: 'list', description: 'Cite each with <Cite id="…" />, or `<Cite />`.' }])).toContain(
      'Cite each with &lt;Cite id="…" />, or `<Cite />`.',
    );
  });

  it('says which schema is missing', () => {
    expect(() => schemaFields(source, 'noSuchSchema')).toThrow(/declares no noSuchSchema/);
  });
});

describe('fillGeneratedSections', () => {
  it('replaces only the text between the markers', () => {
    const document = 'Before\n<!-- generated:demo (note) -->\nold\n<!-- /generated:demo -->\nAfter\n';
    expect(fillGeneratedSections(document, { demo: 'new\ntable' })).toBe('Before\n<!-- generated:demo (note) -->\nnew\ntable\n<!-- /generated:demo -->\nAfter\n');
  });
  it('accepts a start marker without a note', () => {
    expect(fillGeneratedSections('<!-- generated:demo -->\nold\n<!-- /generated:demo -->', { demo: 'new' })).toBe('<!-- generated:demo -->\nnew\n<!-- /generated:demo -->');
  });
  it('names the missing marker', () => {
    expect(() => fillGeneratedSections('no markers', { demo: 'x' })).toThrow(/generated:demo/);
  });
});
