import { visit } from 'unist-util-visit';
import { defineRule } from './engine/rule.ts';
import { isJsx } from './engine/site.ts';

/** Elements the site's Content Security Policy blocks, or that embed another site or run code. */
const blockedElements: Readonly<Record<string, string>> = {
  script: 'scripts do not run on this site (its security policy blocks them)',
  iframe: 'the site embeds nothing from other sites (its security policy blocks frames)',
  style: 'styles belong in the site\'s stylesheets (its security policy blocks <style> in a page)',
  object: 'the site embeds no plug-ins (its security policy blocks <object>)',
  embed: 'the site embeds no plug-ins (its security policy blocks <embed>)',
};

const isJavascriptUrl = (value: string) => /^\s*javascript:/i.test(value);

export default defineRule({
  id: 'unsafe-html',
  severity: 'error',
  appliesTo: ['article', 'page'],
  finds: 'HTML that cannot work under the site\'s security policy or is unsafe: `<script>`, `<iframe>`, `<style>`, `<object>`, `<embed>`, `on…=` attributes, `javascript:` addresses.',
  example: '<iframe> cannot be used: the site embeds nothing from other sites (its security policy blocks frames), so readers would see a broken box. Link to the page instead.',
  fix: 'Remove it; link to the other page instead of embedding it.',
  check({ tree, report }) {
    visit(tree, (node) => {
      if ((node.type === 'link' || node.type === 'definition') && isJavascriptUrl(node.url)) {
        report(node, `a link to "${node.url.slice(0, 40)}" runs code, which the site never does. Link to a page instead.`);
      }
      if (!isJsx(node)) return;
      const name = node.name ?? '';
      const why = blockedElements[name.toLowerCase()];
      if (why) {
        report(node, `<${name}> cannot be used: ${why}, so readers would see a broken box. Link to the page instead.`);
        return;
      }
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute') continue;
        // <SleepOptions only={[…]} />: `only` is the table's list of options, not an event handler.
        if (/^on[a-z]/i.test(attribute.name) && !(name === 'SleepOptions' && attribute.name === 'only')) {
          report(node, `<${name}> has an ${attribute.name}= attribute, which runs code; the site's security policy blocks it. Remove the attribute.`);
        } else if (typeof attribute.value === 'string' && /^(href|src|action|formaction)$/i.test(attribute.name) && isJavascriptUrl(attribute.value)) {
          report(node, `<${name}> has a javascript: address, which runs code; the site never does. Link to a page instead.`);
        }
      }
    });
  },
});
