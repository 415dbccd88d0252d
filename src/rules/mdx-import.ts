import { dirname, posix } from 'node:path';
import { mdxImports } from './engine/imports.ts';
import { defineRule } from './engine/rule.ts';

const extensions = ['', '.astro', '.ts', '.tsx', '.js', '.jsx', '.mdx', '.md'];

export default defineRule({
  id: 'mdx-import',
  severity: 'error',
  appliesTo: ['article', 'page'],
  finds: 'An `import` of a file or package that does not exist. Articles need no imports for the site\'s own components.',
  example: 'imports "../../src/components/KeyPoint.astro", which does not exist (no file src/components/KeyPoint.astro). The site\'s own components need no import: delete this line.',
  fix: 'Delete the import (the site\'s components need none), or correct the path.',
  check({ tree, document, site, report }) {
    for (const entry of mdxImports(tree)) {
      const { source } = entry;
      if (source.startsWith('.') || source.startsWith('/')) {
        const base = source.startsWith('/') ? source.slice(1) : posix.normalize(posix.join(dirname(document.path), source));
        if (extensions.some((extension) => site.fileExists(base + extension))) continue;
        report(entry.node, `imports "${source}", which does not exist (no file ${base}). The site's own components need no import: delete this line, or correct the path.`);
      } else {
        const name = source.startsWith('@') ? source.split('/').slice(0, 2).join('/') : (source.split('/')[0] ?? source);
        if (site.fileExists(`node_modules/${name}/package.json`)) continue;
        report(entry.node, `imports "${source}", but the package ${name} is not installed. The site's own components need no import: delete this line.`);
      }
    }
  },
});
