import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeTableCaptions from '../../src/remark/table-captions';

const html = async (markdown: string) =>
  String(await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeTableCaptions).use(rehypeStringify).process(markdown));

const table = '| Claim | Grade |\n|---|---|\n| Calmer for a while | Moderate |\n| Lowers cortisol | Contradicted |\n';

describe('rehypeTableCaptions', () => {
  it('captions a table with the heading of its section, for screen readers', async () => {
    const out = await html(`## Summary: the nine claims\n\nSome text first.\n\n${table}`);
    expect(out).toContain('<caption class="visually-hidden">Summary: the nine claims</caption>');
  });

  it('labels each body cell with its column name, so a phone can show it beside the cell', async () => {
    const out = await html(`## Summary\n\n${table}`);
    expect(out).toContain('<td data-label="Claim">Calmer for a while</td>');
    expect(out).toContain('<td data-label="Grade">Contradicted</td>');
    expect(out).not.toContain('<th data-label');
  });

  it('turns a column aligned in Markdown into a class, not the obsolete align attribute', async () => {
    const out = await html('| Study | People | Result |\n| :--- | ---: | :---: |\n| A trial | 120 | Better |\n');
    expect(out).not.toContain('align=');
    expect(out).toContain('<th class="align-right">People</th>');
    expect(out).toContain('<td data-label="People" class="align-right">120</td>');
    expect(out).toContain('<td data-label="Result" class="align-center">Better</td>');
    expect(out).toContain('<td data-label="Study" class="align-left">A trial</td>');
  });

  it('numbers a table that comes before any heading', async () => {
    expect(await html(table)).toContain('<caption class="visually-hidden">Table 1</caption>');
  });
});
