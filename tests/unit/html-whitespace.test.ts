import { describe, expect, it } from 'vitest';
import { collapseIndentation } from '../../src/lib/html-whitespace';

describe('collapseIndentation', () => {
  it.each([
    ['indentation becomes one line break', '<ul>\n    <li>a</li>\n    <li>b</li>\n  </ul>', '<ul>\n<li>a</li>\n<li>b</li>\n</ul>'],
    ['blank lines go', '<p>a</p>\n\n\n   <p>b</p>', '<p>a</p>\n<p>b</p>'],
    ['the space between text and a link survives as a line break', 'carries an\n      <a href="/e/">grade</a>', 'carries an\n<a href="/e/">grade</a>'],
    ['spaces within a line stay', '<p>one  two</p>', '<p>one  two</p>'],
    ['pre keeps its indentation', '<div>\n  <pre>  x\n    y</pre>\n</div>', '<div>\n<pre>  x\n    y</pre>\n</div>'],
    ['script and style stay as written', '<script type="application/ld+json">\n  {"a": 1}\n</script>\n  <style>\n  a { b: c }\n</style>', '<script type="application/ld+json">\n  {"a": 1}\n</script>\n<style>\n  a { b: c }\n</style>'],
  ])('%s', (_name, input, expected) => {
    expect(collapseIndentation(input)).toBe(expected);
  });
});
