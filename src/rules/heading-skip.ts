import { defineRule } from './engine/rule.ts';
import { describeHeading, outline } from './engine/outline.ts';

export default defineRule({
  id: 'heading-skip',
  severity: 'error',
  appliesTo: ['article', 'page'],
  finds: 'A heading that skips a level, such as a `###` with no `##` above it.',
  example: '"#### Details" is a level-4 heading straight after level 2. Use ###, or add the missing level above it.',
  fix: 'Use the next level down, or add the missing heading above it.',
  check({ tree, report }) {
    // The page title is the h1, so the body starts under a level-1 heading.
    let previousDepth = 1;
    for (const item of outline(tree.children)) {
      if (item.kind !== 'heading') continue;
      if (item.depth > previousDepth + 1) {
        report(
          item.position,
          `${describeHeading(item)} is a level-${item.depth} heading straight after level ${previousDepth}. Use ${'#'.repeat(previousDepth + 1)}, or add the missing level above it.`,
        );
      }
      previousDepth = item.depth;
    }
  },
});
