// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { site } from './src/config/site.ts';
import { documentCspDirectives } from './src/config/headers.ts';
import { security } from './src/integrations/security.ts';
import { remarkLocalizedSmartypants } from './src/markdown/remark-localized-smartypants.ts';
import { remarkOpinionStructure } from './src/markdown/remark-opinion-structure.ts';

export default defineConfig({
  site: site.url,
  // Fixture builds in tests each get their own cache, so their content never mixes.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // The unified pipeline is the one that runs remark plugins (Sätteri runs
    // none). Its built-in smartypants and GFM are off: quotes are set per
    // language by our own wrapper, and op-eds need no tables or task lists.
    processor: unified({
      smartypants: false,
      gfm: false,
      remarkPlugins: [remarkOpinionStructure, remarkLocalizedSmartypants],
    }),
    syntaxHighlight: false,
  },
  // Each page gets a CSP <meta> with hashes of its inline scripts and styles;
  // the header-only directives are in src/config/headers.ts.
  security: { csp: { directives: [...documentCspDirectives] } },
  // security last: it checks the finished output and writes _headers.
  integrations: [mdx(), sitemap(), security()],
});
