// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { site } from './src/config/site.ts';
import { buildSettings } from './src/config/env.ts';
import { documentCspDirectives } from './src/deploy/headers.ts';
import { rehypePlugins, remarkPlugins } from './src/markdown/pipeline.ts';

export default defineConfig({
  site: site.url,
  // Fixture builds in tests each get their own cache, so their content never mixes.
  cacheDir: buildSettings().cacheDir,
  trailingSlash: 'always',
  // English at the root, Russian under /ru/, Kazakh under /kk/, declared for
  // Astro's i18n routing; src/routing/urls.ts builds every path by the same rule.
  i18n: {
    locales: [...site.locales],
    defaultLocale: site.defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  // Two op-eds with the same file name would share one address: stop the build.
  prerenderConflictBehavior: 'error',
  build: {
    format: 'directory',
    // Every op-ed's CSS goes inline: one round trip, no render-blocking request.
    inlineStylesheets: 'always',
    // A rebuild copies each unchanged page from the cache, and one page at a time the walk waits on the disk.
    concurrency: 4,
  },
  // The smallest HTML + CSS of the three strategies (bench/results.md).
  scopedStyleStrategy: 'class',
  compressHTML: true,
  // Unchanged pages are copied from the last build; each route's getStaticPaths gives its cacheKey.
  experimental: { incrementalBuild: true },
  markdown: {
    // The unified pipeline is the one that runs remark plugins. Its built-in
    // smartypants and GFM are off: quotes are set per language by our own
    // wrapper, and op-eds need no tables or task lists.
    processor: unified({
      smartypants: false,
      gfm: false,
      // The same plugins as op-eds rendered in the content layer (src/markdown/render-opinion.ts).
      remarkPlugins,
      rehypePlugins,
    }),
    syntaxHighlight: false,
  },
  // Each page gets a CSP <meta> with hashes of its inline scripts and styles;
  // the header-only directives are in src/deploy/headers.ts.
  security: { csp: { directives: [...documentCspDirectives] } },
  vite: {
    // Astro marks every compiled MDX module with a "use astro:head-inject"
    // directive, and the bundler warned about each one, hiding real problems.
    // Op-eds and the site use no other directives.
    build: { rolldownOptions: { checks: { moduleLevelDirective: false } } },
    // Op-eds with images and the outlet's pages are MDX modules (the rest are
    // HTML in the content store); one chunk each, two with Astro's asset
    // wrapper, would make every build pay per-chunk work for each of them.
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
  // The search index and the output check run on the finished site, in tools/build.mjs.
  integrations: [mdx()],
});
