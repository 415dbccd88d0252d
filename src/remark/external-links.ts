/**
 * Rehype plugin for Markdown and MDX content: every link to another site gets
 * rel="noopener noreferrer", so the other site can neither script this tab
 * nor learn which page the reader came from. Works on Markdown links and on
 * <a> written as JSX in MDX. Existing rel values (for example "nofollow") are kept.
 */
import type { Root } from 'hast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

export const EXTERNAL_REL = ['noopener', 'noreferrer'] as const;

export interface ExternalLinksOptions {
  /** Origins that count as this site (for example "https://kneadtosleep.org"); their links are left alone. */
  siteOrigins?: readonly string[];
}

/** True for an absolute http(s) link (or protocol-relative //host) whose origin is not one of the site's. */
export function isExternalHref(href: string, siteOrigins: readonly string[] = []): boolean {
  const trimmed = href.trim();
  if (!/^(https?:)?\/\//i.test(trimmed)) return false;
  let url: URL;
  try {
    url = new URL(trimmed.startsWith('//') ? `https:${trimmed}` : trimmed);
  } catch {
    return false;
  }
  return !siteOrigins.some((origin) => {
    try {
      return new URL(origin).host === url.host;
    } catch {
      return false;
    }
  });
}

/** The rel tokens of a link after adding noopener and noreferrer, keeping any already there. */
export function withExternalRel(rel: unknown): string[] {
  const tokens = (Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/) : []).filter(Boolean);
  for (const token of EXTERNAL_REL) if (!tokens.some((t) => t.toLowerCase() === token)) tokens.push(token);
  return tokens;
}

export default function rehypeExternalLinks(options: ExternalLinksOptions = {}) {
  const siteOrigins = options.siteOrigins ?? [];
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'element') {
        const href = node.properties['href'];
        if (node.tagName === 'a' && typeof href === 'string' && isExternalHref(href, siteOrigins)) {
          node.properties['rel'] = withExternalRel(node.properties['rel']);
        }
        return;
      }
      // An <a> written as JSX in MDX.
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'a') return;
      const named = (name: string) => node.attributes.find((attr): attr is MdxJsxAttribute => attr.type === 'mdxJsxAttribute' && attr.name === name);
      const href = named('href')?.value;
      if (typeof href !== 'string' || !isExternalHref(href, siteOrigins)) return;
      const existing = named('rel');
      const rel = withExternalRel(typeof existing?.value === 'string' ? existing.value : undefined).join(' ');
      if (existing) existing.value = rel;
      else node.attributes.push({ type: 'mdxJsxAttribute', name: 'rel', value: rel });
    });
  };
}
