// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { site } from './src/config/site.ts';
import { remarkLocalizedSmartypants } from './src/markdown/remark-localized-smartypants.ts';
import { remarkOpinionStructure } from './src/markdown/remark-opinion-structure.ts';
import { editorRemarkPlugins } from './src/markdown/editor-plugins.ts';
import { explainMdxSyntaxErrors } from './src/markdown/vite-plugin-explain-mdx.ts';

export default defineConfig({
  site: site.url,
  // Fixture builds in tests each get their own cache, so their content never mixes.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Two op-eds with the same file name would share one address: stop the build.
  prerenderConflictBehavior: 'error',
  build: { format: 'directory' },
  markdown: {
    // The unified pipeline is the one that runs remark plugins (Sätteri runs
    // none). Its built-in smartypants and GFM are off: quotes are set per
    // language by our own wrapper, and op-eds need no tables or task lists.
    processor: unified({
      smartypants: false,
      gfm: false,
      remarkPlugins: [...editorRemarkPlugins, remarkOpinionStructure, remarkLocalizedSmartypants],
    }),
    syntaxHighlight: false,
  },
  vite: { plugins: [explainMdxSyntaxErrors()] },
  integrations: [mdx(), sitemap()],
});
