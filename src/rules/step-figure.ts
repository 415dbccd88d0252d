import { visit } from 'unist-util-visit';
import { defineRule } from './engine/rule.ts';
import { isJsx, jsxAttribute } from './engine/site.ts';

/** Where the drawings live; StepFigure.astro reads the same folder. */
const FIGURES = 'src/figures';

export default defineRule({
  id: 'step-figure',
  severity: 'error',
  appliesTo: ['article', 'page'],
  finds: 'A `<StepFigure>` whose drawing is not in src/figures/, or that has no caption.',
  example: `<StepFigure figure="shoulder-squeze" /> names no drawing: there is no ${FIGURES}/shoulder-squeze.svg. Use a file name from ${FIGURES}/ without ".svg".`,
  fix: 'Use the name of a drawing in src/figures/ (without `.svg`) and give the figure a `caption`.',
  check({ tree, site, report }) {
    visit(tree, (node) => {
      if (!isJsx(node) || node.name !== 'StepFigure') return;
      const figure = jsxAttribute(node, 'figure');
      if (typeof figure !== 'string' || !/^[a-z0-9-]+$/.test(figure) || !site.fileExists(`${FIGURES}/${figure}.svg`)) {
        report(node, `<StepFigure figure="${typeof figure === 'string' ? figure : ''}" /> names no drawing: there is no ${FIGURES}/${typeof figure === 'string' ? figure : '…'}.svg. Use a file name from ${FIGURES}/ without ".svg".`);
      }
      const caption = jsxAttribute(node, 'caption');
      if (typeof caption !== 'string' || !caption.trim()) report(node, '<StepFigure> has no caption: add caption="…", a sentence that says what the drawing shows.');
    });
  },
});
