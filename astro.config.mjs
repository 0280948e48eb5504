// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { site } from './src/config/site.ts';
import { contentDir } from './src/content-model/content-dir.ts';
import { buildCacheDir } from './src/config/cache-dir.ts';
import { featureRoutes } from './src/integrations/feature-routes.ts';
import { sitemapSerializer } from './src/sharing/sitemap.ts';
import { documentCspDirectives } from './src/deploy/headers.ts';
import { security } from './src/deploy/output-check.ts';
import { socialImages } from './src/integrations/social-images.ts';
import { searchIndex } from './src/search/search-index.ts';
import { remarkLocalizedSmartypants } from './src/markdown/remark-localized-smartypants.ts';
import { remarkOpinionStructure } from './src/markdown/remark-opinion-structure.ts';
import { editorRemarkPlugins } from './src/markdown/editor-plugins.ts';
import { mdxCompileCache } from './src/markdown/mdx-compile-cache.ts';
import { explainMdxSyntaxErrors } from './src/markdown/vite-plugin-explain-mdx.ts';

export default defineConfig({
  site: site.url,
  // Fixture builds in tests each get their own cache, so their content never mixes.
  cacheDir: buildCacheDir,
  trailingSlash: 'always',
  // Two op-eds with the same file name would share one address: stop the build.
  prerenderConflictBehavior: 'error',
  build: {
    format: 'directory',
    // Every op-ed's CSS goes inline: one round trip, no render-blocking request.
    inlineStylesheets: 'always',
    // Four pages in flight: a rebuild copies each unchanged page from the
    // cache, and one at a time the walk mostly waited on the disk (at 1,000
    // op-eds, 4.5-5.7 s against 2.9 s, runs interleaved).
    concurrency: 4,
  },
  // Astro's log, but with one written page a line at that concurrency.
  logger: { entrypoint: './src/logger/page-log.mjs' },
  // Measured on the seed op-ed (brotli HTML + CSS): class 3,657 B, where 3,676 B, attribute 3,679 B.
  scopedStyleStrategy: 'class',
  compressHTML: true,
  // Unchanged op-eds are copied from the last build (cache in cacheDir); see the cacheKey in [slug].astro.
  experimental: { incrementalBuild: true },
  markdown: {
    // The unified pipeline is the one that runs remark plugins (Sätteri runs
    // none). Its built-in smartypants and GFM are off: quotes are set per
    // language by our own wrapper, and op-eds need no tables or task lists.
    // BENCH_MARKDOWN=satteri is for `npm run bench` only: it measures what the
    // unified pipeline costs by building the same op-eds with Astro's default.
    ...(process.env.BENCH_MARKDOWN === 'satteri'
      ? {}
      : {
          processor: unified({
            smartypants: false,
            gfm: false,
            remarkPlugins: [...editorRemarkPlugins, remarkOpinionStructure, remarkLocalizedSmartypants],
          }),
        }),
    syntaxHighlight: false,
  },
  // Each page gets a CSP <meta> with hashes of its inline scripts and styles;
  // the header-only directives are in src/deploy/headers.ts.
  security: { csp: { directives: [...documentCspDirectives] } },
  vite: {
    plugins: [explainMdxSyntaxErrors()],
    // Astro marks every compiled MDX module with a "use astro:head-inject"
    // directive, and the bundler warned about each one (thousands of lines a
    // build, hiding real problems). Op-eds and the site use no other directives.
    build: { rolldownOptions: { checks: { moduleLevelDirective: false } } },
    // The pages are rendered from a server bundle in which each op-ed was two
    // chunks (its content and Astro's asset wrapper): 2,000 chunks at 1,000
    // op-eds, each paying the bundler's and Astro's per-chunk work on every
    // build, edited or not. Grouped into chunks of up to 1 MB, the bundling
    // step of a rebuild went from 6.2 s to 3.4 s; the built site is byte-identical.
    environments: {
      prerender: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  { name: 'opinions', test: /\.mdx(?:\?astroPropagatedAssets)?$/, maxSize: 1024 * 1024 },
                ],
              },
            },
          },
        },
      },
    },
  },
  integrations: [
    mdx(),
    sitemap({ serialize: sitemapSerializer(`${contentDir}/opinions`) }),
    featureRoutes(),
    mdxCompileCache(),
    socialImages(),
    searchIndex(),
    // security last: it checks the finished output and writes _headers.
    security(),
  ],
});
