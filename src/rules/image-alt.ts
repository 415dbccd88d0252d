import { visit } from 'unist-util-visit';
import { defineRule } from './engine/rule.ts';
import { isJsx, jsxAttribute } from './engine/site.ts';

export default defineRule({
  id: 'image-alt',
  severity: 'error',
  appliesTo: ['article', 'page'],
  finds: 'An image without alt text: people who use a screen reader would not know what it shows.',
  example: 'the image /images/neck.jpg has no alt text. Write what it shows between the brackets: ![A person massaging their neck](/images/neck.jpg).',
  fix: 'Describe what the image shows between the brackets, or in alt="…".',
  check({ tree, report }) {
    visit(tree, (node) => {
      if (node.type === 'image' && !node.alt?.trim()) {
        report(node, `the image ${node.url} has no alt text. Write what it shows between the brackets: ![A person massaging their neck](${node.url}).`);
      }
      if (node.type === 'imageReference' && !node.alt?.trim()) report(node, 'an image has no alt text. Write what it shows between the brackets.');
      if (isJsx(node) && (node.name === 'img' || node.name === 'Image' || node.name === 'Picture')) {
        const alt = jsxAttribute(node, 'alt');
        if (alt === undefined || (typeof alt === 'string' && !alt.trim())) report(node, `<${node.name}> has no alt text. Add alt="…" saying what the image shows.`);
      }
    });
  },
});
