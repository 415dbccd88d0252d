import { visit } from 'unist-util-visit';
import { defineRule } from './engine/rule.ts';
import { isJsx, jsxAttribute } from './engine/site.ts';

/** The largest image file served as it is from public/ (in bytes): beyond this a phone on a slow line waits seconds. */
export const IMAGE_SIZE_LIMIT = 300 * 1024;

const kilobytes = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

export default defineRule({
  id: 'image-size',
  severity: 'error',
  completeness: true,
  appliesTo: ['article', 'page'],
  finds: `An image in \`public/\` over ${kilobytes(IMAGE_SIZE_LIMIT)}: it is copied unchanged, with no width or height, so the page is slow and jumps as it loads (a warning while the article is a draft).`,
  example: `the image /images/neck.jpg is 4301 KB, over the ${kilobytes(IMAGE_SIZE_LIMIT)} limit for files in public/. Move it beside the article (content/articles/neck.jpg) and write ![…](./neck.jpg): the build then resizes it and gives it a width, a height and lazy loading.`,
  fix: 'Move the image beside the article and link it as `./name.jpg` (the build sizes it), or shrink it below the limit.',
  check({ tree, document, site, report }) {
    const check = (url: string, node: Parameters<typeof report>[0]) => {
      if (!url.startsWith('/') || url.startsWith('//')) return;
      const path = decodeURI(url.split(/[?#]/)[0] ?? '');
      const size = site.fileSize?.(`public${path}`);
      if (size === undefined || size <= IMAGE_SIZE_LIMIT) return;
      const name = path.split('/').at(-1) ?? 'image.jpg';
      const beside = `${document.path.replace(/[^/]+$/, '')}${name}`;
      report(
        node,
        `the image ${url} is ${kilobytes(size)}, over the ${kilobytes(IMAGE_SIZE_LIMIT)} limit for files in public/. Move it beside the article (${beside}) and write ![…](./${name}): the build then resizes it and gives it a width, a height and lazy loading.`,
      );
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
