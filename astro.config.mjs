// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkSmartypants from './src/remark/smartypants.ts';
import remarkEvidenceCitations from './src/remark/evidence-citations.ts';
import remarkGlossaryTerms from './src/remark/glossary-terms.ts';
import { rulebookIntegration } from './src/rules/integration.ts';
import remarkGradedClaims from './src/remark/graded-claims.ts';
import remarkBaseLinks from './src/remark/base-links.ts';
import rehypeExternalLinks from './src/remark/external-links.ts';
import rehypeTableCaptions from './src/remark/table-captions.ts';
import mdxCompileCache from './src/integrations/mdx-compile-cache.ts';
import { ogCacheReporter } from './src/integrations/og-cache-report.ts';
import { publishingRules } from './src/integrations/publishing.ts';
import { contactsNotice } from './src/integrations/contacts.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { siteSitemap } from './src/integrations/sitemap.ts';
import { redirectsFileIntegration, siteRedirects } from './src/integrations/redirects.ts';
import { astroRedirects } from './src/lib/addresses.ts';
import { site } from './src/site.config.ts';
import { localFontVariants, siteCharacters, siteTexts, subsetSiteFonts } from './src/integrations/site-fonts.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// Source Serif 4, subset to the characters of content/ and src/ (src/integrations/site-fonts.ts).
// Old addresses (redirectFrom, content/unpublished.yaml) answered with a redirect page (src/integrations/redirects.ts).
const redirects = siteRedirects(root);
const fontFaces = await subsetSiteFonts(root, siteCharacters(siteTexts(root)), `${root}.cache/fonts/`);

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  redirects: astroRedirects(redirects, site.base),
  // Astro 7's HTML compression drops the space between a line of text and an element
  // that starts on the next line ("carries an<a>"), so it stays off.
  compressHTML: false,
  // A class is shorter than a data-astro-cid-* attribute on every scoped element.
  scopedStyleStrategy: 'class',
  // Caches (compiled MDX, incremental build, content store) stay with this checkout, not in node_modules,
  // which git worktrees may share.
  cacheDir: './.cache/astro/',
  markdown: {
    // Astro 7's default processor (Sätteri) runs no remark plugins; unified does.
    processor: unified({
      // GFM and smart punctuation are listed here rather than left on by default: Astro's defaults
      // plus remark-gfm in the list ran GFM twice, and our smartypants gives Astro's output for a
      // fraction of the CPU (src/remark/smartypants.ts).
      gfm: false,
      smartypants: false,
      // remarkBaseLinks: links written in content as /articles/x/ get the base path. remarkEvidenceCitations
      // also hands <SleepOptions /> its rows, and remarkGlossaryTerms hands <Term> its definition (src/remark/site-data.ts).
      remarkPlugins: [remarkGfm, remarkSmartypants, remarkEvidenceCitations, remarkGlossaryTerms, remarkGradedClaims, [remarkBaseLinks, { base: site.base }]],
      // Links to other sites get rel="noopener noreferrer"; tables get a caption and labelled cells.
      rehypePlugins: [[rehypeExternalLinks, { siteOrigins: [site.url] }], rehypeTableCaptions],
    }),
    syntaxHighlight: 'prism',
  },
  // rulebook: the content check (src/rules/) runs before every build and stops it on an error; `astro dev` prints it.
  // mdxCompileCache: a rebuild compiles only the MDX files that changed;
  // publishing: drafts only under `astro dev`; og: prints what the social-image cache did;
  // sitemap: every built page but 404 and the redirect pages, articles with lastmod; redirectsFile: dist/_redirects; (src/middleware.ts strips indentation from pages);
  // searchIndex runs Pagefind over the built pages (only elements with data-pagefind-body, without citation
  // numbers and grade badges) at the end of `astro build`.
  integrations: [rulebookIntegration(), mdx({ optimize: true }), mdxCompileCache(), publishingRules(), contactsNotice(site.contacts), ogCacheReporter(), siteSitemap({ leaveOut: redirects.map((redirect) => redirect.from) }), redirectsFileIntegration(redirects, site.lang), searchIndex({ excludeSelectors: ['.cite', '.evidence'], leaveOut: redirects.map((redirect) => redirect.from) })],
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Source Serif 4',
      cssVariable: '--font-serif',
      // The last fallback is generic, so Astro adds a face with Source Serif 4's metrics over a system serif.
      fallbacks: ['Georgia', 'serif'],
      options: { variants: localFontVariants(fontFaces) },
    },
  ],
  // Article pages whose cache key (src/data/page-cache.ts), code and body are unchanged are not rendered again.
  experimental: { incrementalBuild: true },
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "base-uri 'self'", "form-action 'self'", "object-src 'none'"],
      // GFM table alignment is written as a style attribute, so style attributes are allowed
      // (style-src-attr). Stylesheets and <style> keep Astro's default, style-src 'self' plus hashes:
      // listing 'self' here as well made Astro warn on every build and dev start that it does not
      // reach style-src-attr.
      styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  vite: {
    build: {
      rolldownOptions: {
        // Rolldown warns, with a ten-line diagram, about the "use astro:head-inject" directive Astro
        // itself puts in every compiled MDX file: a thousand articles meant ten thousand lines of
        // noise that buried the warnings editors need to read. Only that one warning is dropped.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
