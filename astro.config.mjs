// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { site } from './src/config/site.ts';
import { contentDir } from './src/config/content-dir.ts';
import { featureRoutes } from './src/integrations/feature-routes.ts';
import { opinionLastModified } from './src/lib/sitemap-lastmod.ts';
import { remarkLocalizedSmartypants } from './src/markdown/remark-localized-smartypants.ts';
import { remarkOpinionStructure } from './src/markdown/remark-opinion-structure.ts';

/** @type {Map<string, string> | undefined} Read once, on the sitemap's first entry. */
let lastModified;

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
  integrations: [
    mdx(),
    sitemap({
      serialize: (item) => {
        lastModified ??= opinionLastModified(`${contentDir}/opinions`);
        const lastmod = lastModified.get(item.url);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    featureRoutes(),
  ],
});
