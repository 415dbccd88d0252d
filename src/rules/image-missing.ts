import { dirname, posix } from 'node:path';
import { visit } from 'unist-util-visit';
import { defineRule } from './engine/rule.ts';
import { isJsx, jsxAttribute } from './engine/site.ts';

export default defineRule({
  id: 'image-missing',
  severity: 'error',
  appliesTo: ['article', 'page'],
  finds: 'An image whose file does not exist: under `public/` for an address starting with `/`, or beside the article for `./`.',
  example: 'the image /images/neck.jpg is not in public/ (no file public/images/neck.jpg). Add the file, or correct the address.',
  fix: 'Add the file, or correct the address.',
  check({ tree, document, site, report }) {
    const check = (url: string, node: Parameters<typeof report>[0]) => {
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url === '') return;
      const path = decodeURI(url.split(/[?#]/)[0] ?? '');
      if (path.startsWith('/')) {
        if (!site.publicFiles.includes(path)) report(node, `the image ${url} is not in public/ (no file public${path}). Add the file, or correct the address.`);
        return;
      }
      const file = posix.normalize(posix.join(dirname(document.path), path));
      if (!site.fileExists(file)) report(node, `the image ${url} does not exist (no file ${file}). Add the file, or correct the address.`);
    };
    visit(tree, (node) => {
      if (node.type === 'image') check(node.url, node);
      if (isJsx(node) && node.name === 'img') {
        const src = jsxAttribute(node, 'src');
        if (typeof src === 'string') check(src, node);
      }
    });
  },
});
